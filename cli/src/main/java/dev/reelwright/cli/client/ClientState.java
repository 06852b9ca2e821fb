package dev.reelwright.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * What the client keeps between runs, in {@code client.json} of the user's config folder (mode
 * 0600): its client id, and per server the anonymous token, when it expires and the last session.
 * The folder is {@code REEL_CONFIG_DIR}, else {@code $XDG_CONFIG_HOME/reelwright}, else
 * {@code ~/.config/reelwright}.
 */
final class ClientState {
    private final Path file;
    private final ObjectNode root;

    private ClientState(Path file, ObjectNode root) {
        this.file = file;
        this.root = root;
    }

    static ClientState load(Map<String, String> env) {
        Path folder = env.containsKey("REEL_CONFIG_DIR") ? Path.of(env.get("REEL_CONFIG_DIR"))
                : env.containsKey("XDG_CONFIG_HOME") ? Path.of(env.get("XDG_CONFIG_HOME"), "reelwright")
                : Path.of(System.getProperty("user.home"), ".config", "reelwright");
        Path file = folder.resolve("client.json");
        ObjectNode root = NemoClient.JSON.createObjectNode();
        if (Files.isRegularFile(file)) {
            try {
                JsonNode read = NemoClient.JSON.readTree(file.toFile());
                if (read instanceof ObjectNode object) {
                    root = object;
                }
            } catch (IOException e) {
                // A damaged file is replaced: the worst it costs is a new anonymous token.
            }
        }
        if (!root.hasNonNull("client_id")) {
            root.put("client_id", UUID.randomUUID().toString());
        }
        return new ClientState(file, root);
    }

    void newClientId() {
        root.put("client_id", UUID.randomUUID().toString());
        save();
    }

    String clientId() {
        return root.path("client_id").asText();
    }

    /** The token kept for {@code server}, if it is still valid for at least a minute. */
    String token(String server) {
        JsonNode entry = root.path("servers").path(server);
        String token = entry.path("token").asText(null);
        String expires = entry.path("expires_at").asText(null);
        if (token == null || expires == null) {
            return null;
        }
        try {
            return Instant.parse(expires).isAfter(Instant.now().plusSeconds(60)) ? token : null;
        } catch (RuntimeException e) {
            return token;
        }
    }

    void token(String server, String token, String expiresAt) {
        entry(server).put("token", token).put("expires_at", expiresAt);
        save();
    }

    String session(String server) {
        return root.path("servers").path(server).path("session").asText(null);
    }

    void session(String server, String session) {
        entry(server).put("session", session);
        save();
    }

    private ObjectNode entry(String server) {
        ObjectNode servers = root.has("servers") && root.get("servers").isObject() ? (ObjectNode) root.get("servers") : root.putObject("servers");
        return servers.has(server) && servers.get(server).isObject() ? (ObjectNode) servers.get(server) : servers.putObject(server);
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            Path partial = file.resolveSibling("client.json.part");
            Files.writeString(partial, NemoClient.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
            try {
                Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // Not a POSIX file system: the folder's own protection is what there is.
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the client's token in " + file + " (" + e.getMessage() + ")", e);
        }
    }
}
