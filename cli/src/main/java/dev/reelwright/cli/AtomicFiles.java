package dev.reelwright.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes files so that readers see the old file or the whole new one, never half. */
final class AtomicFiles {
    private AtomicFiles() {
    }

    static void writeString(Path file, String text) {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    static void write(Path file, byte[] bytes) {
        Path absolute = file.toAbsolutePath();
        if (!Files.isDirectory(absolute.getParent())) {
            throw new CliException(file + ": the folder " + absolute.getParent() + " does not exist");
        }
        Path partial = null;
        try {
            partial = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".part");
            Files.write(partial, bytes);
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            dev.reelwright.render.OutputFiles.makeReadable(absolute);
        } catch (IOException e) {
            throw new CliException(file + ": cannot write (" + e.getMessage() + ")");
        } finally {
            if (partial != null) {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException ignored) {
                    // Best effort: a stray hidden .part file is all that remains.
                }
            }
        }
    }
}
