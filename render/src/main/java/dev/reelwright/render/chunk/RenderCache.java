package dev.reelwright.render.chunk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Encoded chunks and sound kept on disk by their key, so a re-export after a small edit encodes only
 * what changed; kept in a folder, so it survives a restart. Over its size limit the entries used
 * least recently go first (a hit touches the entry's modification time). Entries appear whole, by an
 * atomic rename, so a crashed render or a second process never sees half a chunk.
 */
public final class RenderCache {
    public static final long DEFAULT_MAX_BYTES = 2L << 30;
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{16,128}");
    private static final Pattern EXTENSION = Pattern.compile("\\.[a-z0-9]{1,8}");

    private final Path folder;
    private final long maxBytes;

    public RenderCache(Path folder, long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("the cache's size limit must be > 0 bytes");
        }
        this.folder = folder.toAbsolutePath().normalize();
        this.maxBytes = maxBytes;
        try {
            Files.createDirectories(this.folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the render cache " + this.folder + " (" + e.getMessage() + ")", e);
        }
    }

    public Path folder() {
        return folder;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** The cached file for {@code key}, marked as just used; empty when not cached. */
    public Optional<Path> find(String key, String extension) {
        Path file = fileFor(key, extension);
        try {
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
            return Optional.of(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Moves {@code file} into the cache under {@code key} (replacing an equal entry), then evicts down to the limit. */
    public Path store(String key, String extension, Path file) {
        Path target = fileFor(key, extension);
        try {
            Path staged = Files.createTempFile(folder, ".incoming-", extension);
            Files.move(file, staged, StandardCopyOption.REPLACE_EXISTING);
            try {
                Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store in the render cache " + folder + " (" + e.getMessage() + ")", e);
        }
        evict(target);
        return target;
    }

    /** Bytes held now. */
    public long sizeBytes() {
        return entries().stream().mapToLong(Entry::sizeBytes).sum();
    }

    private record Entry(Path file, long sizeBytes, long usedMs) {
    }

    /** Drops least recently used entries until the total fits; never the one just stored. */
    private void evict(Path keep) {
        List<Entry> entries = new ArrayList<>(entries());
        long total = entries.stream().mapToLong(Entry::sizeBytes).sum();
        entries.sort(Comparator.comparingLong(Entry::usedMs).thenComparing(entry -> entry.file().toString()));
        for (Entry entry : entries) {
            if (total <= maxBytes) {
                break;
            }
            if (entry.file().equals(keep)) {
                continue;
            }
            try {
                Files.deleteIfExists(entry.file());
                total -= entry.sizeBytes();
            } catch (IOException ignored) {
                // Another process took it first; the next store tries again.
            }
        }
    }

    private List<Entry> entries() {
        try (Stream<Path> files = Files.list(folder)) {
            List<Entry> entries = new ArrayList<>();
            for (Path file : files.filter(file -> !file.getFileName().toString().startsWith(".")).toList()) {
                try {
                    entries.add(new Entry(file, Files.size(file), Files.getLastModifiedTime(file).toMillis()));
                } catch (IOException ignored) {
                    // Evicted by another process meanwhile.
                }
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the render cache " + folder, e);
        }
    }

    private Path fileFor(String key, String extension) {
        if (!KEY.matcher(key).matches() || !EXTENSION.matcher(extension).matches()) {
            throw new IllegalArgumentException("not a cache key: " + key + extension);
        }
        return folder.resolve(key + extension);
    }
}
