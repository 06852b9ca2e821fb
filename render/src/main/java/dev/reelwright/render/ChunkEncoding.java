package dev.reelwright.render;

import dev.reelwright.render.chunk.Chunk;
import dev.reelwright.render.chunk.ChunkPlanner;
import dev.reelwright.render.media.ChunkEncoder;
import dev.reelwright.render.media.Nv12;
import dev.reelwright.render.paint.FrameCanvas;
import dev.reelwright.render.paint.FramePainter;
import dev.reelwright.render.plan.FrameTiming;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Paints and encodes the chunks a render has to make, in time order through one painting pipeline,
 * each chunk into its own picture-only MP4 with a fresh encoder that also reads the frames the chunk
 * reads ahead: so a chunk's bytes depend on its frames and those alone, whichever other chunks were
 * made with it, and where (see {@link ChunkEncoder}). Each frame is painted once: the first frames of
 * a chunk are also the frames the chunk before it reads ahead, and are kept (10 pictures at standard,
 * 20 at high) until the chunk before is finished and its own encoder starts. One encoder at a time: a
 * second x264 session at 1080p costs more memory than the pictures.
 */
final class ChunkEncoding implements FramePipeline.FrameSink, AutoCloseable {
    /** Where a chunk's file is written, and what to do with it once finished. */
    interface Files {
        Path scratchFor(Chunk chunk);

        void finished(Chunk chunk, Path file);
    }

    private final List<Chunk> chunks;
    /** The frames to paint, as runs without a gap: each run's first frame, and its first pipeline index. */
    private final long[] spanFirstFrames;
    private final long[] spanStarts;
    /** Frames to paint, those read ahead included, each once. */
    private final long work;
    private final long keptWork;
    private final int widthPx;
    private final int heightPx;
    private final int fps;
    private final int keyframeFrames;
    private final Quality quality;
    private final Files files;
    private final BiConsumer<Long, Long> progress;
    private int nextToOpen;
    private Chunk current;
    private ChunkEncoder encoder;
    /** The next chunk's first pictures, painted while the current chunk reads them ahead. */
    private final List<Nv12> nextPictures = new ArrayList<>();
    private long keptDone;

    /**
     * @param chunks the chunks to make, in time order, from {@link ChunkPlanner}
     * @param progress told (frames made, frames to make) after every frame
     */
    ChunkEncoding(List<Chunk> chunks, int widthPx, int heightPx, int fps, Quality quality, Files files,
                  BiConsumer<Long, Long> progress) {
        this.chunks = List.copyOf(chunks);
        this.keyframeFrames = ChunkPlanner.chunkFrames(fps);
        List<long[]> spans = new ArrayList<>();
        long painted = 0;
        long kept = 0;
        long spanEnd = -1;
        long previousEnd = 0;
        for (Chunk chunk : chunks) {
            if (chunk.firstFrame() < previousEnd || chunk.aheadFrames() > keyframeFrames) {
                throw new IllegalArgumentException("chunks out of time order, or reading ahead past the next: " + chunks);
            }
            previousEnd = chunk.endFrame();
            if (chunk.firstFrame() > spanEnd) {
                spans.add(new long[] {chunk.firstFrame(), painted});
            }
            long from = Math.max(chunk.firstFrame(), spanEnd);
            painted += Math.max(0, chunk.readEndFrame() - from);
            spanEnd = Math.max(spanEnd, chunk.readEndFrame());
            kept += chunk.frames();
        }
        this.spanFirstFrames = spans.stream().mapToLong(span -> span[0]).toArray();
        this.spanStarts = spans.stream().mapToLong(span -> span[1]).toArray();
        this.work = painted;
        this.keptWork = kept;
        this.widthPx = widthPx;
        this.heightPx = heightPx;
        this.fps = fps;
        this.quality = quality;
        this.files = files;
        this.progress = progress;
    }

    /** The render frame that is the pipeline's {@code index}-th. */
    long frameAt(long index) {
        int found = java.util.Arrays.binarySearch(spanStarts, index);
        int span = found >= 0 ? found : -found - 2;
        return spanFirstFrames[span] + index - spanStarts[span];
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
        long frame = frameAt(index);
        if (encoder == null) {
            start(chunks.get(nextToOpen++));
        }
        encoder.writePicture(canvas.nv12());
        if (current.contains(frame)) {
            keptDone++;
        } else if (nextToOpen < chunks.size() && chunks.get(nextToOpen).contains(frame)) {
            nextPictures.add(canvas.nv12().copy());
        }
        if (frame == current.readEndFrame() - 1) {
            finishCurrent();
            if (!nextPictures.isEmpty()) {
                start(chunks.get(nextToOpen++));
                for (Nv12 picture : nextPictures) {
                    encoder.writePicture(picture);
                    keptDone++;
                }
                if (current.firstFrame() + nextPictures.size() == current.readEndFrame()) {
                    finishCurrent(); // a tail chunk, all of it read ahead by the one before
                }
                nextPictures.clear();
            }
        }
        progress.accept(keptDone, keptWork);
    }

    private void start(Chunk chunk) {
        current = chunk;
        encoder = new ChunkEncoder(files.scratchFor(chunk), chunk.frames(), widthPx, heightPx, fps, quality, keyframeFrames);
    }

    private void finishCurrent() {
        encoder.finish();
        encoder.close();
        encoder = null;
        files.finished(current, files.scratchFor(current));
    }

    @Override
    public void close() {
        if (encoder != null) {
            encoder.close();
            encoder = null;
        }
        nextPictures.clear();
    }
}
