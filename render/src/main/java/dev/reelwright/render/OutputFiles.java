package dev.reelwright.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Outputs are written under private temporary names and renamed when complete; this gives them
 * the usual permissions afterwards (readable by all, like any file a program writes).
 */
public final class OutputFiles {
    private OutputFiles() {
    }

    public static void makeReadable(Path path) {
        if (Files.getFileAttributeView(path, PosixFileAttributeView.class) == null) {
            return;
        }
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--"));
        } catch (IOException | UnsupportedOperationException ignored) {
            // Not ours to change (another owner, a file system without modes): the file is complete all the same.
        }
    }
}
