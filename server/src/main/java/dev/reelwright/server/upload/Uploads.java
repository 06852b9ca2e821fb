package dev.reelwright.server.upload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reelwright.director.script.ScriptException;
import dev.reelwright.director.script.ScriptReader;
import dev.reelwright.server.account.Ids;
import dev.reelwright.server.export.ProbeWorker;
import dev.reelwright.server.export.WorkerProcess;
import dev.reelwright.server.store.DataFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

/**
 * Keeps one uploaded file: streamed to disk under a new id with the size cap enforced as it
 * arrives, its type decided by its first bytes (which must agree with its extension), media
 * probed in a worker process (a hostile file can crash only that), documents read by the
 * director. Anything refused is deleted; nothing half-kept stays behind.
 */
public final class Uploads {
    private static final int HEAD_BYTES = 64;
    private static final Duration PROBE_LIMIT = Duration.ofSeconds(60);
    private static final int CODE_TYPE = 4001;
    private static final int CODE_SIZE = 4002;

    private final MediaStore store;
    private final Path mediaRoot;
    private final long maxBytes;
    private final DataFiles files;

    public Uploads(MediaStore store, Path mediaRoot, long maxBytes, DataFiles files) {
        this.files = files;
        this.store = store;
        this.mediaRoot = mediaRoot;
        this.maxBytes = maxBytes;
    }

    public MediaStore.StoredMedia keep(String userId, String sessionId, String filename, InputStream content) throws IOException,
            InterruptedException {
        String name = safeName(filename);
        String id = Ids.next("m");
        Path folder = Files.createDirectories(DataFiles.sessionFolder(mediaRoot, userId, sessionId).resolve("uploads"));
        Path file = folder.resolve(id + "." + FileKind.extension(name));
        boolean kept = false;
        try {
            byte[] head = new byte[HEAD_BYTES];
            int headLength = content.readNBytes(head, 0, HEAD_BYTES);
            FileKind kind = FileKind.of(name, head, headLength);
            if (kind == null) {
                throw new UploadRefused(CODE_TYPE, name + ": not an accepted file, or its content is not what its name says"
                        + " (accepted: " + FileKind.accepted() + ")");
            }
            String sha256 = copyCapped(head, headLength, content, file, name);
            long size = Files.size(file);
            MediaStore.StoredMedia media = kind == FileKind.DOCUMENT ? document(id, userId, sessionId, name, file, size, sha256)
                    : probed(id, userId, sessionId, name, kind, file, size, sha256, folder);
            store.add(media);
            kept = true;
            files.wrote(folder.getParent());
            return media;
        } finally {
            if (!kept) {
                Files.deleteIfExists(file);
            }
        }
    }

    private String copyCapped(byte[] head, int headLength, InputStream rest, Path file, String name) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), sha)) {
            out.write(head, 0, headLength);
            long total = headLength;
            byte[] buffer = new byte[64 * 1024];
            for (int read = rest.read(buffer); read >= 0; read = rest.read(buffer)) {
                total += read;
                if (total > maxBytes) {
                    throw new UploadRefused(CODE_SIZE, name + ": larger than the " + maxBytes / (1024 * 1024) + " MB a file may be");
                }
                out.write(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private MediaStore.StoredMedia document(String id, String userId, String sessionId, String name, Path file, long size, String sha256) {
        try {
            ScriptReader.read(file);
        } catch (ScriptException e) {
            throw new UploadRefused(CODE_TYPE, name + ": " + e.getMessage().replace(file.toString(), "the document"));
        }
        return new MediaStore.StoredMedia(id, userId, sessionId, name, FileKind.DOCUMENT.wireName(), file.toString(), size, sha256, null,
                null, null, null, System.currentTimeMillis());
    }

    private MediaStore.StoredMedia probed(String id, String userId, String sessionId, String name, FileKind kind, Path file, long size,
                                          String sha256, Path folder) throws IOException, InterruptedException {
        WorkerProcess probe = new WorkerProcess(ProbeWorker.class, "512m", PROBE_LIMIT);
        Path log = folder.resolve("." + id + ".probe.log");
        WorkerProcess.Outcome outcome;
        try {
            outcome = probe.run(List.of(file.toString(), kind.wireName()), log, percent -> {
            });
        } finally {
            Files.deleteIfExists(log);
        }
        if (!(outcome instanceof WorkerProcess.Done done) || done.result() == null) {
            String why = outcome instanceof WorkerProcess.Refused refused ? refused.message()
                    : outcome instanceof WorkerProcess.Broke broke ? broke.message() : "it could not be read";
            throw new UploadRefused(CODE_TYPE, name + ": cannot be read as " + kind.wireName() + " (" + why.replace(file.toString(), "the file")
                    + ")");
        }
        JsonNode info = new ObjectMapper().readTree(done.result());
        if (!info.path("kind").asText().equals(kind.wireName())) {
            throw new UploadRefused(CODE_TYPE, name + ": its content is " + info.path("kind").asText() + ", not " + kind.wireName());
        }
        return new MediaStore.StoredMedia(id, userId, sessionId, name, kind.wireName(), file.toString(), size, sha256,
                info.path("durationMs").asLong(), info.path("width").asInt(), info.path("height").asInt(), info.path("fps").asDouble(),
                System.currentTimeMillis());
    }

    /** The name as shown back to the user: no folders, no control characters, at most 120 characters. */
    static String safeName(String filename) {
        String name = filename == null ? "" : filename.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "upload";
        }
        return name.length() > 120 ? name.substring(name.length() - 120) : name;
    }
}
