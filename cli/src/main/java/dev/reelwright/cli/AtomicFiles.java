package dev.reelwright.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes text files so that readers see the old file or the whole new one, never half. */
final class AtomicFiles {
    private AtomicFiles() {
    }

    static void writeString(Path file, String text) {
        Path absolute = file.toAbsolutePath();
        Path partial = null;
        try {
            partial = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".part");
            Files.writeString(partial, text, StandardCharsets.UTF_8);
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
