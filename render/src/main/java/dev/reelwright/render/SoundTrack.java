package dev.reelwright.render;

import dev.reelwright.render.audio.FloatFile;
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
    private final CompletableFuture<FloatFile.Reader> mastered;
    private volatile double mixLoudnessLufs = Double.NEGATIVE_INFINITY;

    /** Mixes into {@code mixFile}, then masters that into {@code masteredFile}; the caller deletes both at the end. */
    SoundTrack(Mixdown mixdown, Path mixFile, Path masteredFile, Cancellation cancellation) {
        stop = cancellation.child();
        mastered = CompletableFuture.supplyAsync(() -> {
            double lufs = mixdown.mixTo(mixFile, stop);
            mixLoudnessLufs = lufs;
            MasterSound.master(mixFile, mixdown.totalFrames(), lufs, masteredFile, stop);
            deleteEarly(mixFile);
            return new FloatFile.Reader(masteredFile);
        }, thread);
    }

    /** A long video's mix is large: it goes as soon as the mastered copy exists. */
    private static void deleteEarly(Path file) {
        try {
            java.nio.file.Files.deleteIfExists(file);
        } catch (java.io.IOException ignored) {
            // The renderer deletes it again at the end.
        }
    }

    boolean isReady() {
        return mastered.isDone();
    }

    /** The mastered sound, waiting for it if need be; a failure in the sound thread is thrown here. */
    FloatFile.Reader await() {
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
