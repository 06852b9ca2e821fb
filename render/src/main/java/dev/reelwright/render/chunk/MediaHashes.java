package dev.reelwright.render.chunk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A media file's identity is its content, not its name: a photo replaced under the same name
 * changes every chunk that shows it. Hashes are remembered per path, size and modification time, so
 * a re-export reads each file once per process; but not for a file changed in the last seconds, as
 * file times are coarse (a few ms) and a file rewritten at once with the same size keeps the same
 * time (git's "racily clean" rule).
 */
public final class MediaHashes {
    private record Seen(Path file, long sizeBytes, long modifiedMs) {
    }

    private static final Map<Seen, String> KNOWN = new ConcurrentHashMap<>();
    private static final long SETTLED_MS = 2_000;

    private MediaHashes() {
    }

    public static String of(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            Seen seen = new Seen(file.toAbsolutePath().normalize(), attributes.size(), attributes.lastModifiedTime().toMillis());
            if (System.currentTimeMillis() - seen.modifiedMs() < SETTLED_MS) {
                return hash(seen);
            }
            return KNOWN.computeIfAbsent(seen, MediaHashes::hash);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String hash(Seen seen) {
        Fingerprint fingerprint = new Fingerprint();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(seen.file())) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                fingerprint.bytes(buffer, read);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + seen.file(), e);
        }
        return fingerprint.hex();
    }
}
