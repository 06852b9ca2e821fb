package dev.reelwright.farm;

import dev.reelwright.render.chunk.MediaHashes;
import io.nats.client.JetStreamApiException;
import io.nats.client.api.ObjectMeta;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Files through the farm's media bucket by content hash: a server sends each file once (what is
 * there is not sent again); a worker fetches it once into its work folder and keeps it there.
 */
final class FarmFiles {
    private FarmFiles() {
    }

    static String mediaName(String hash) {
        return "media/" + hash;
    }

    /** {@code file} in the media bucket; its hash. {@code what} names it in an error. */
    static String send(Farm farm, Path file, String what) {
        String hash = MediaHashes.of(file);
        try {
            if (farm.media().getInfo(mediaName(hash)) == null) {
                try (var in = Files.newInputStream(file)) {
                    farm.media().put(ObjectMeta.builder(mediaName(hash)).build(), in);
                }
            }
        } catch (IOException | JetStreamApiException | java.security.NoSuchAlgorithmException e) {
            throw new FarmException("cannot send " + what + " to the farm (" + e.getMessage() + ")", e);
        }
        return hash;
    }

    /**
     * A media file by hash: from {@code work}, else fetched from the farm's store. It keeps the
     * source's file name ({@code media/HASH/harbour.jpg}), so an error about it names the file the user knows.
     */
    static Path local(Farm farm, Path work, String hash, String source) throws IOException {
        if (!hash.matches("[0-9a-f]{64}")) {
            throw new FarmException("not a media hash: " + hash);
        }
        String name = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf(':')) + 1).replaceAll("[^A-Za-z0-9._-]", "_");
        Path file = Files.createDirectories(work.resolve("media").resolve(hash)).resolve(name.isEmpty() || name.startsWith(".") ? "media" : name);
        if (Files.isRegularFile(file)) {
            return file;
        }
        Path partial = Files.createTempFile(work, "media-", ".part");
        try (OutputStream out = Files.newOutputStream(partial)) {
            farm.media().get(mediaName(hash), out);
        } catch (RuntimeException | InterruptedException | JetStreamApiException | java.security.NoSuchAlgorithmException e) {
            Files.deleteIfExists(partial);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new FarmException("the farm's store has no media " + hash + " (" + e.getMessage() + ")", e);
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return file;
    }
}
