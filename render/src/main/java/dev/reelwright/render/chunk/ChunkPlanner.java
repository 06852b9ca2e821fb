package dev.reelwright.render.chunk;

import dev.reelwright.draft.Draft;
import dev.reelwright.render.Quality;
import dev.reelwright.render.media.X264Settings;
import dev.reelwright.render.plan.FrameTiming;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a render into chunks on a fixed grid of {@value #CHUNK_SECONDS} s, counted from the first
 * frame. The grid does not move when a scene's content changes, so an edit that keeps the timing
 * leaves every other chunk's frames, and so its cache key, as it was. A tail shorter than a quarter
 * chunk joins the chunk before it, so no chunk is a handful of frames (whose encoder would have no
 * room for B-frames and a different start delay).
 */
public final class ChunkPlanner {
    /** The chunk length, and so the keyframe interval (the same 2 s a one-piece encode used). */
    public static final int CHUNK_SECONDS = 2;

    private ChunkPlanner() {
    }

    /** The draft's frames in chunks at its frame rate, for an encoder at {@code quality}. */
    public static List<Chunk> plan(Draft draft, Quality quality) {
        FrameTiming timing = new FrameTiming(draft.meta().fps());
        int chunkFrames = chunkFrames(draft.meta().fps());
        return plan(timing.frameCount(draft.durationMs()), chunkFrames, X264Settings.lookaheadFrames(quality, chunkFrames));
    }

    public static int chunkFrames(int fps) {
        return fps * CHUNK_SECONDS;
    }

    /**
     * {@code frames} frames in chunks of {@code chunkFrames}, each read {@code lookaheadFrames} past its
     * end; a whole-video chunk when {@code chunkFrames} covers it.
     */
    public static List<Chunk> plan(long frames, int chunkFrames, int lookaheadFrames) {
        if (frames <= 0) {
            throw new IllegalArgumentException("nothing to plan: " + frames + " frames");
        }
        if (lookaheadFrames < 0 || lookaheadFrames > chunkFrames) {
            throw new IllegalArgumentException("a lookahead of " + lookaheadFrames + " frames, for chunks of " + chunkFrames);
        }
        if (chunkFrames <= 0) {
            throw new IllegalArgumentException("a chunk needs at least one frame, not " + chunkFrames);
        }
        List<Chunk> chunks = new ArrayList<>();
        long first = 0;
        while (first < frames) {
            long end = Math.min(frames, first + chunkFrames);
            long tail = frames - end;
            if (tail > 0 && tail < Math.max(1, chunkFrames / 4)) {
                end = frames;
            }
            chunks.add(new Chunk(chunks.size(), first, end, (int) Math.min(lookaheadFrames, frames - end)));
            first = end;
        }
        return List.copyOf(chunks);
    }
}
