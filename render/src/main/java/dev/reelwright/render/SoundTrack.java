package dev.reelwright.render;

import dev.reelwright.render.audio.MasterSound;
import dev.reelwright.render.audio.Mixdown;
import dev.reelwright.render.media.SoundEncoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The render's sound, mixed, mastered and encoded once for the whole video on its own thread while
 * the pictures are painted, so pictures do not wait for it.
 */
final class SoundTrack implements AutoCloseable {
    /** The encoded sound and the loudness of the mix before mastering. */
    record Encoded(Path file, double mixLoudnessLufs) {
    }

    private final Cancellation stop;
    private final ExecutorService thread;
    private final CompletableFuture<Encoded> encoded;

    private SoundTrack(CompletableFuture<Encoded> encoded, ExecutorService thread, Cancellation stop) {
        this.encoded = encoded;
        this.thread = thread;
        this.stop = stop;
    }

    /** Sound already encoded (a cached mix). */
    static SoundTrack ready(Encoded encoded) {
        return new SoundTrack(CompletableFuture.completedFuture(encoded), null, new Cancellation());
    }

    /** Mixes and masters in {@code scratch} (deleted by the caller), then encodes into {@code file}. */
    static SoundTrack start(Mixdown mixdown, Path scratch, Path file, Cancellation cancellation) {
        Cancellation stop = cancellation.child();
        ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
            Thread sound = new Thread(runnable, "reel-sound");
            sound.setDaemon(true);
            return sound;
        });
        CompletableFuture<Encoded> encoded = CompletableFuture.supplyAsync(() -> {
            Path mix = scratch.resolve("mix.f32");
            Path mastered = scratch.resolve("mastered.f32");
            double lufs = mixdown.mixTo(mix, stop);
            MasterSound.master(mix, mixdown.totalFrames(), lufs, mastered, stop);
            deleteEarly(mix);
            SoundEncoder.encode(mastered, mixdown.totalFrames(), file, stop);
            deleteEarly(mastered);
            return new Encoded(file, lufs);
        }, thread);
        return new SoundTrack(encoded, thread, stop);
    }

    /** A long video's mix is large: it goes as soon as the next stage has its copy. */
    private static void deleteEarly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // The renderer deletes its scratch folder at the end.
        }
    }

    /** The encoded sound, waiting for it if need be; a failure in the sound thread is thrown here. */
    Encoded await() {
        try {
            return encoded.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new RenderException("mixing the sound failed: " + e.getCause(), e.getCause());
        }
    }

    /** Stops the sound thread (if still working) and waits for it, so its scratch files can go. */
    @Override
    public void close() {
        stop.cancel();
        try {
            encoded.handle((sound, failure) -> sound).join();
        } catch (RuntimeException ignored) {
            // Closing after a failure that is already being reported.
        }
        if (thread != null) {
            thread.shutdownNow();
        }
    }
}
