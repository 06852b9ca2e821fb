package dev.reelwright.render;

import dev.reelwright.render.chunk.Chunk;
import dev.reelwright.render.media.ChunkEncoder;
import dev.reelwright.render.paint.FrameCanvas;
import dev.reelwright.render.paint.FramePainter;
import dev.reelwright.render.plan.FrameTiming;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Paints and encodes the chunks a render has to make, in time order through one painting pipeline,
 * each chunk into its own picture-only MP4 with a fresh encoder that also reads the frames the chunk
 * reads ahead: so a chunk's bytes depend on its frames and those alone, whichever other chunks were
 * made with it, and where (see {@link ChunkEncoder}).
 */
final class ChunkEncoding implements FramePipeline.FrameSink, AutoCloseable {
    /** Where a chunk's file is written, and what to do with it once finished. */
    interface Files {
        Path scratchFor(Chunk chunk);

        void finished(Chunk chunk, Path file);
    }

    private final List<Chunk> chunks;
    /** The pipeline index of each chunk's first frame. */
    private final long[] startsAt;
    /** The frames of the chunks before each. */
    private final long[] keptBefore;
    private final long work;
    private final long keptWork;
    private final int widthPx;
    private final int heightPx;
    private final int fps;
    private final int keyframeFrames;
    private final Quality quality;
    private final Files files;
    private final BiConsumer<Long, Long> progress;
    private int current = -1;
    private ChunkEncoder encoder;

    /**
     * @param chunks the chunks to make, in time order
     * @param keyframeFrames the keyframe interval: the chunk grid
     * @param progress told (frames made, frames to make) after every frame
     */
    ChunkEncoding(List<Chunk> chunks, int widthPx, int heightPx, int fps, int keyframeFrames, Quality quality, Files files,
                  BiConsumer<Long, Long> progress) {
        this.chunks = List.copyOf(chunks);
        this.startsAt = new long[chunks.size()];
        this.keptBefore = new long[chunks.size()];
        long read = 0;
        long kept = 0;
        for (int i = 0; i < chunks.size(); i++) {
            startsAt[i] = read;
            keptBefore[i] = kept;
            read += chunks.get(i).frames() + chunks.get(i).aheadFrames();
            kept += chunks.get(i).frames();
        }
        this.work = read;
        this.keptWork = kept;
        this.widthPx = widthPx;
        this.heightPx = heightPx;
        this.fps = fps;
        this.keyframeFrames = keyframeFrames;
        this.quality = quality;
        this.files = files;
        this.progress = progress;
    }

    /** Frames to paint and encode, those read ahead included. */
    long frames() {
        return work;
    }

    /** The render frame that is the pipeline's {@code index}-th. */
    long frameAt(long index) {
        int at = chunkAt(index);
        return chunks.get(at).firstFrame() + index - startsAt[at];
    }

    private int chunkAt(long index) {
        int found = java.util.Arrays.binarySearch(startsAt, index);
        return found >= 0 ? found : -found - 2;
    }

    void run(FramePainter painter, FrameTiming timing, Cancellation cancellation) {
        FramePipeline pipeline = new FramePipeline(widthPx, heightPx, cancellation);
        pipeline.run(work, (index, canvas) -> {
            painter.paint(timing.frameTimeMs(frameAt(index)), canvas);
            canvas.toNv12();
        }, this);
    }

    @Override
    public void accept(long index, FrameCanvas canvas) {
        int at = chunkAt(index);
        Chunk chunk = chunks.get(at);
        if (at != current) {
            current = at;
            encoder = new ChunkEncoder(files.scratchFor(chunk), chunk.frames(), widthPx, heightPx, fps, quality, keyframeFrames);
        }
        encoder.writePicture(canvas.nv12());
        long inChunk = index - startsAt[at];
        if (inChunk == chunk.frames() + chunk.aheadFrames() - 1) {
            encoder.finish();
            encoder.close();
            encoder = null;
            files.finished(chunk, files.scratchFor(chunk));
        }
        progress.accept(keptBefore[at] + Math.min(inChunk + 1, chunk.frames()), keptWork);
    }

    @Override
    public void close() {
        if (encoder != null) {
            encoder.close();
            encoder = null;
        }
    }
}
