package dev.reelwright.render;

import dev.reelwright.render.audio.MasterSound;
import dev.reelwright.render.audio.Mixdown;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The render's sound, mixed and mastered on its own thread while the first frames are painted
 * and encoded, so pictures do not wait for it. Until it is ready the muxer holds back the
 * pictures already encoded (a second or two of compressed video, however long the render).
 */
final class SoundTrack implements AutoCloseable {
    private final Cancellation stop;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread sound = new Thread(runnable, "reel-sound");
        sound.setDaemon(true);
        return sound;
    });
    private final CompletableFuture<MasterSound> mastered;
    private volatile double mixLoudnessLufs = Double.NEGATIVE_INFINITY;

    SoundTrack(Mixdown mixdown, Path scratch, Cancellation cancellation) {
        stop = cancellation.child();
        mastered = CompletableFuture.supplyAsync(() -> {
            double lufs = mixdown.mixTo(scratch, stop);
            mixLoudnessLufs = lufs;
            return new MasterSound(scratch, mixdown.totalFrames(), MasterSound.normalisingGainDb(scratch, mixdown.totalFrames(), lufs));
        }, thread);
    }

    boolean isReady() {
        return mastered.isDone();
    }

    /** The mastered sound, waiting for it if need be; a failure in the sound thread is thrown here. */
    MasterSound await() {
        try {
            return mastered.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new RenderException("mixing the sound failed: " + e.getCause(), e.getCause());
        }
    }

    /** Integrated loudness of the mix before mastering. */
    double mixLoudnessLufs() {
        return mixLoudnessLufs;
    }

    /** Stops the sound thread (if still working) and waits for it, so its scratch file can go. */
    @Override
    public void close() {
        stop.cancel();
        try {
            mastered.handle((sound, failure) -> sound).join();
            if (mastered.isDone() && !mastered.isCompletedExceptionally()) {
                mastered.join().close();
            }
        } catch (RuntimeException ignored) {
            // Closing after a failure that is already being reported.
        }
        thread.shutdownNow();
    }
}
