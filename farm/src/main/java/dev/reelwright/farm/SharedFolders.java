package dev.reelwright.farm;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nats.client.JetStreamApiException;
import io.nats.client.ObjectStore;
import io.nats.client.api.ObjectInfo;
import io.nats.client.api.ObjectMeta;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A data folder every server of a farm reaches, through the farm's object store: what one server
 * writes (a session's uploads and made media, a finished export) it publishes, and another server
 * that needs it and does not have it fetches it to the same place. Objects are named by their path
 * under the data folder, so every server runs with the same {@code --data} path. A folder is
 * published with a list of its files, so it can be fetched whole; files already published with
 * the same size are not sent again.
 */
public final class SharedFolders {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<TreeMap<String, Long>> LISTING = new TypeReference<>() { };

    private final Farm farm;
    private final Path root;
    private final Map<String, Long> sent = new ConcurrentHashMap<>();

    public SharedFolders(Farm farm, Path root) {
        this.farm = farm;
        this.root = root.toAbsolutePath().normalize();
    }

    /** Publishes {@code path} (a file, or a folder and everything in it) under the data folder. */
    public void publish(Path path) {
        String name = name(path);
        if (name == null || !Files.exists(path)) {
            return;
        }
        try {
            if (Files.isRegularFile(path)) {
                send(path, name);
                return;
            }
            TreeMap<String, Long> files = listing(name);
            try (var walk = Files.walk(path)) {
                for (Path file : walk.filter(Files::isRegularFile).filter(file -> !file.getFileName().toString().startsWith(".")).toList()) {
                    String relative = path.relativize(file).toString().replace('\\', '/');
                    send(file, name + "/" + relative);
                    files.put(relative, Files.size(file));
                }
            }
            store().put(ObjectMeta.builder(folderName(name)).build(), new java.io.ByteArrayInputStream(JSON.writeValueAsBytes(files)));
        } catch (IOException | JetStreamApiException | java.security.NoSuchAlgorithmException e) {
            throw new FarmException("cannot share " + name + " through the farm's store (" + e.getMessage() + ")", e);
        }
    }

    /** Fetches {@code path} (a file, or a published folder's files) when it is not here; what is here is kept. */
    public void fetch(Path path) {
        String name = name(path);
        if (name == null) {
            return;
        }
        try {
            TreeMap<String, Long> files = listing(name);
            if (files.isEmpty()) {
                if (!Files.isRegularFile(path)) {
                    get(name, path);
                }
                return;
            }
            for (var file : files.entrySet()) {
                Path local = path.resolve(file.getKey()).normalize();
                if (local.startsWith(path) && (!Files.isRegularFile(local) || Files.size(local) != file.getValue())) {
                    get(name + "/" + file.getKey(), local);
                }
            }
        } catch (IOException | JetStreamApiException e) {
            throw new FarmException("cannot fetch " + name + " from the farm's store (" + e.getMessage() + ")", e);
        }
    }

    /** The object name of a path under the data folder; null for a path elsewhere. */
    private String name(Path path) {
        Path normal = path.toAbsolutePath().normalize();
        return normal.startsWith(root) && !normal.equals(root) ? root.relativize(normal).toString().replace('\\', '/') : null;
    }

    private static String folderName(String name) {
        return "folder:" + name;
    }

    private TreeMap<String, Long> listing(String name) throws IOException, JetStreamApiException {
        if (store().getInfo(folderName(name)) == null) {
            return new TreeMap<>();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            store().get(folderName(name), out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FarmException("interrupted while reading " + name, e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new FarmException("cannot check " + name, e);
        }
        return JSON.readValue(out.toByteArray(), LISTING);
    }

    private void send(Path file, String name) throws IOException, JetStreamApiException, java.security.NoSuchAlgorithmException {
        long size = Files.size(file);
        if (Long.valueOf(size).equals(sent.get(name))) {
            return;
        }
        ObjectInfo there = store().getInfo(name);
        if (there == null || there.getSize() != size) {
            try (var in = Files.newInputStream(file)) {
                store().put(ObjectMeta.builder(name).build(), in);
            }
        }
        sent.put(name, size);
    }

    private void get(String name, Path file) throws IOException, JetStreamApiException {
        if (store().getInfo(name) == null) {
            return; // Nobody published it: the caller finds it missing and says so.
        }
        Files.createDirectories(file.getParent());
        Path partial = Files.createTempFile(file.getParent(), ".fetch-", ".part");
        try (OutputStream out = Files.newOutputStream(partial)) {
            store().get(name, out);
        } catch (InterruptedException e) {
            Files.deleteIfExists(partial);
            Thread.currentThread().interrupt();
            throw new FarmException("interrupted while fetching " + name, e);
        } catch (java.security.NoSuchAlgorithmException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw new FarmException("cannot fetch " + name + " (" + e.getMessage() + ")", e);
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        sent.put(name, Files.size(file));
    }

    private ObjectStore store() {
        return farm.files();
    }
}
