package dev.reelwright.render;

import dev.reelwright.draft.Draft;
import dev.reelwright.render.chunk.Chunk;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.LongConsumer;

/**
 * Makes a render's missing chunks somewhere else (a render farm) instead of in this process. The
 * renderer still checks the media, mixes the sound and joins; a farm only paints and encodes.
 */
public interface ChunkFarm {
    /** A chunk to make and the key its file must have (what a worker must compute too, or refuse). */
    record Job(Chunk chunk, String key) {
    }

    /**
     * Makes every job's chunk; returns when all are made, throws a {@link RenderException} saying
     * why when one cannot be.
     *
     * @param draft the playable draft
     * @param media the local file of each {@code src}, for workers that cannot reach this machine's folders
     * @param done told each chunk's file (in {@code scratch}) as it arrives, in any order
     * @param framesDone told how many of the jobs' frames are made so far
     */
    void make(Draft draft, java.util.function.Function<String, Path> media, Quality quality, List<Job> jobs, Path scratch,
              BiConsumer<Chunk, Path> done, LongConsumer framesDone, Cancellation cancellation);
}
