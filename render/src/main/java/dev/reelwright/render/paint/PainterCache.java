package dev.reelwright.render.paint;

import dev.reelwright.draft.Segment;
import dev.reelwright.render.RenderException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * Prepares each segment's painter on a background thread a little before the segment starts
 * (decoding and fitting a photo takes longer than a frame), and closes it once the segment has
 * ended, so only the segments near the playhead hold memory.
 */
public final class PainterCache implements AutoCloseable {
    private static final double LOOKAHEAD_MS = 2_000;

    private final Function<Segment, SegmentPainter> factory;
    private final List<Segment> byStart;
    private final Map<String, Segment> byId = new HashMap<>();
    private final Map<String, CompletableFuture<SegmentPainter>> prepared = new HashMap<>();
    private final ExecutorService preparer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "reel-prepare");
        thread.setDaemon(true);
        return thread;
    });
    private int nextToPrepare;

    public PainterCache(List<Segment> segments, Function<Segment, SegmentPainter> factory) {
        this.factory = factory;
        this.byStart = new ArrayList<>(segments);
        this.byStart.sort(Comparator.comparingLong(Segment::startMs));
        segments.forEach(segment -> byId.put(segment.id(), segment));
    }

    /** Starts preparing what begins soon and closes what has ended by {@code timeMs}. */
    public void advanceTo(double timeMs) {
        while (nextToPrepare < byStart.size() && byStart.get(nextToPrepare).startMs() <= timeMs + LOOKAHEAD_MS) {
            Segment segment = byStart.get(nextToPrepare++);
            if (segment.endMs() <= timeMs) {
                continue; // Skipped over (a chunk taken from the cache): never shown, never prepared.
            }
            prepared.computeIfAbsent(segment.id(), id -> CompletableFuture.supplyAsync(() -> factory.apply(segment), preparer));
        }
        prepared.entrySet().removeIf(entry -> {
            Segment segment = byId.get(entry.getKey());
            if (segment != null && segment.endMs() <= timeMs) {
                entry.getValue().thenAccept(SegmentPainter::close);
                return true;
            }
            return false;
        });
    }

    /** The painter for a segment on screen now, waiting for its preparation if need be. */
    public SegmentPainter get(Segment segment) {
        CompletableFuture<SegmentPainter> future = prepared.computeIfAbsent(segment.id(),
                id -> CompletableFuture.supplyAsync(() -> factory.apply(segment), preparer));
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new RenderException("preparing " + segment.id() + " failed: " + e.getCause(), e.getCause());
        }
    }

    @Override
    public void close() {
        prepared.values().forEach(future -> future.thenAccept(SegmentPainter::close));
        prepared.clear();
        preparer.shutdownNow();
    }
}
