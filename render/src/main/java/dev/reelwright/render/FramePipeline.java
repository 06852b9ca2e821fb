package dev.reelwright.render;

import dev.reelwright.render.paint.FrameCanvas;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Paints ahead of the encoder in a bounded pipeline: a painter thread fills a small pool of
 * canvases while the calling thread encodes, so both cores work and memory stays at a few frames
 * however long the video. A failure on either side stops both.
 */
final class FramePipeline {
    private static final int CANVASES = 4;

    /** Paints frame {@code index} into a canvas. */
    interface FrameSource {
        void paint(long index, FrameCanvas canvas);
    }

    /** Takes frames in order. */
    interface FrameSink {
        void accept(long index, FrameCanvas canvas);
    }

    private final BlockingQueue<FrameCanvas> free = new ArrayBlockingQueue<>(CANVASES);
    private final BlockingQueue<Object> painted = new ArrayBlockingQueue<>(CANVASES + 1);
    private final Cancellation cancellation;

    FramePipeline(int widthPx, int heightPx, Cancellation cancellation) {
        this.cancellation = cancellation;
        for (int i = 0; i < CANVASES; i++) {
            free.add(new FrameCanvas(widthPx, heightPx));
        }
    }

    void run(long frames, FrameSource source, FrameSink sink) {
        Cancellation stopPainter = new Cancellation();
        Thread painter = new Thread(() -> paintAll(frames, source, stopPainter), "reel-paint");
        painter.setDaemon(true);
        painter.start();
        try {
            for (long index = 0; index < frames; index++) {
                cancellation.check();
                Object next = take();
                if (next instanceof RuntimeException failure) {
                    throw failure;
                }
                if (next instanceof Error error) {
                    throw error;
                }
                FrameCanvas canvas = (FrameCanvas) next;
                sink.accept(index, canvas);
                free.add(canvas);
            }
        } finally {
            stopPainter.cancel();
            painter.interrupt();
            joinQuietly(painter);
        }
    }

    private void paintAll(long frames, FrameSource source, Cancellation stop) {
        try {
            for (long index = 0; index < frames && !stop.isCancelled(); index++) {
                FrameCanvas canvas = free.take();
                source.paint(index, canvas);
                painted.put(canvas);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            painted.offer(e);
        }
    }

    private Object take() {
        try {
            while (true) {
                Object next = painted.poll(200, TimeUnit.MILLISECONDS);
                if (next != null) {
                    return next;
                }
                cancellation.check();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Cancellation.Cancelled();
        }
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
