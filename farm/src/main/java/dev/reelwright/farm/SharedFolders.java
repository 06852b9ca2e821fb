package dev.reelwright.farm;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nats.client.JetStreamApiException;
import io.nats.client.KeyValue;
import io.nats.client.api.KeyValueEntry;
import io.nats.client.ObjectStore;
import io.nats.client.api.ObjectInfo;
import io.nats.client.api.ObjectMeta;
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
 * published with a list of its files (in a key-value bucket, changed only if nobody changed it in
 * between, so two servers adding files at once both keep theirs), so it can be fetched whole;
 * files already published with the same size are not sent again.
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
    public void publish(Path given) {
        Path path = given.toAbsolutePath().normalize();
        String name = name(path);
        if (name == null || !Files.exists(path)) {
            return;
        }
        try {
            if (Files.isRegularFile(path)) {
                send(path, name);
                return;
            }
            TreeMap<String, Long> ours = new TreeMap<>();
            try (var walk = Files.walk(path)) {
                for (Path file : walk.filter(Files::isRegularFile).filter(file -> !file.getFileName().toString().startsWith(".")).toList()) {
                    String relative = path.relativize(file).toString().replace('\\', '/');
                    send(file, name + "/" + relative);
                    ours.put(relative, Files.size(file));
                }
            }
            list(name, ours);
        } catch (IOException | JetStreamApiException | java.security.NoSuchAlgorithmException e) {
            throw new FarmException("cannot share " + name + " through the farm's store (" + e.getMessage() + ")", e);
        }
    }

    /** Fetches {@code path} (a file, or a published folder's files) when it is not here; what is here is kept. */
    public void fetch(Path given) {
        Path path = given.toAbsolutePath().normalize();
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

    /** The folder's key in the folders bucket (keys are a restricted alphabet: a hash of the name). */
    private static String folderKey(String name) {
        try {
            return "f" + java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private TreeMap<String, Long> listing(String name) throws IOException, JetStreamApiException {
        KeyValueEntry entry = farm.folders().get(folderKey(name));
        return entry == null || entry.getValue() == null ? new TreeMap<>() : JSON.readValue(entry.getValue(), LISTING);
    }

    /** Adds {@code files} to the folder's list: read, merged, written only if unchanged since (else again). */
    private void list(String name, TreeMap<String, Long> files) throws IOException, JetStreamApiException {
        KeyValue folders = farm.folders();
        String key = folderKey(name);
        for (int attempt = 0; ; attempt++) {
            KeyValueEntry entry = folders.get(key);
            TreeMap<String, Long> merged = entry == null || entry.getValue() == null ? new TreeMap<>() : JSON.readValue(entry.getValue(), LISTING);
            TreeMap<String, Long> before = new TreeMap<>(merged);
            merged.putAll(files);
            if (merged.equals(before) && entry != null) {
                return;
            }
            try {
                if (entry == null) {
                    folders.create(key, JSON.writeValueAsBytes(merged));
                } else {
                    folders.update(key, JSON.writeValueAsBytes(merged), entry.getRevision());
                }
                return;
            } catch (JetStreamApiException changed) {
                if (attempt >= 20) {
                    throw changed;
                }
            }
        }
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
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                store().get(name, out);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FarmException("interrupted while fetching " + name, e);
        } catch (java.security.NoSuchAlgorithmException | RuntimeException e) {
            throw new FarmException("cannot fetch " + name + " (" + e.getMessage() + ")", e);
        } finally {
            Files.deleteIfExists(partial);
        }
        sent.put(name, Files.size(file));
    }

    private ObjectStore store() {
        return farm.files();
    }
}
