package dev.reelwright.farm;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** A made folder as one object: zipped by the worker, unzipped by the server that asked (plain names inside it, never a path out). */
final class FolderZip {
    private static final long MAX_BYTES = 8L * 1024 * 1024 * 1024;

    private FolderZip() {
    }

    static void zip(Path folder, OutputStream out) throws IOException {
        List<Path> files;
        try (var listing = Files.walk(folder)) {
            files = listing.filter(Files::isRegularFile).sorted().toList();
        }
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Path file : files) {
                zip.putNextEntry(new ZipEntry(folder.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        }
    }

    static void unzip(InputStream in, Path folder) throws IOException {
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (entry.isDirectory() || !name.matches("[A-Za-z0-9._-]+(?:/[A-Za-z0-9._-]+)*")
                        || java.util.Arrays.stream(name.split("/")).anyMatch(part -> part.matches("\\.+"))) {
                    throw new FarmException("the farm sent a made file with a name it may not have: " + name);
                }
                Path file = folder.resolve(name);
                Files.createDirectories(file.getParent());
                total += Files.copy(zip, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                if (total > MAX_BYTES) {
                    throw new FarmException("the farm sent more than " + MAX_BYTES / (1024 * 1024 * 1024) + " GiB of made files");
                }
            }
        }
    }
}
