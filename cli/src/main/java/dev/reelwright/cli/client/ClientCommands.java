package dev.reelwright.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reelwright.cli.CliException;
import dev.reelwright.cli.ReelCommand;
import dev.reelwright.cli.TerminalBar;
import dev.reelwright.draft.DraftCodec;
import dev.reelwright.draft.TimelineSummary;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The client commands: {@code reel chat} (a conversation in the terminal) and the one-shots
 * {@code reel credits | status | upload FILE... | say "MESSAGE" | export [-o OUT.mp4]}, against
 * any NemoVideo-compatible server ({@code --server URL}, else {@code REEL_SERVER}, else
 * {@code http://127.0.0.1:8080}). Each one-shot has {@code --json}; a failure exits 2 with one line.
 */
public final class ClientCommands {
    private final Connection connection;
    private final PrintStream out;
    private final boolean json;
    private final Timing timing;

    /** How long the client waits between polls and before it says it is still working; shorter in tests. */
    record Timing(long pollMillis, long stillWorkingSeconds, boolean bar) {
        static Timing of(Map<String, String> env) {
            long poll = env.containsKey("REEL_POLL_MS") ? Long.parseLong(env.get("REEL_POLL_MS")) : 1_000;
            return new Timing(poll, 120, TerminalBar.wanted(env));
        }
    }

    private ClientCommands(Connection connection, PrintStream out, boolean json, Map<String, String> env) {
        this.connection = connection;
        this.out = out;
        this.json = json;
        this.timing = Timing.of(env);
    }

    /** Connects to the server the options name (token and session as they need), and says where notes go. */
    static ClientCommands connect(ClientCli.ClientOptions options, ReelCommand.Context context) {
        String server = options.server.orDefault(context.env());
        PrintStream notes = options.json ? context.err() : context.out();
        Connection connection = new Connection(server, options.session, options.language.code(), context.env(), notes,
                seconds -> Thread.sleep(seconds * 1000));
        return new ClientCommands(connection, context.out(), options.json, context.env());
    }

    // The interactive client

    void chat(InputStream in) {
        out.println("Connecting to " + connection.server() + " ...");
        String session = connection.session();
        out.println("Ready (session " + session + "). Type a script or a request; \"export\", \"credits\", \"status\", a file's path to"
                + " upload it; \"exit\" to leave.");
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        while (true) {
            out.print("> ");
            out.flush();
            String line;
            try {
                line = lines.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (line == null || line.strip().matches("(?i)exit|quit|bye|退出")) {
                out.println(line == null ? "" : "Bye.");
                return;
            }
            if (line.isBlank()) {
                continue;
            }
            try {
                route(line.strip());
            } catch (CliException e) {
                out.println("\u26a0 " + e.getMessage());
            }
        }
    }

    /** A line of the conversation, where the NemoVideo skills send it. */
    private void route(String line) {
        Routing.Route route = Routing.of(line);
        switch (route.kind()) {
            case EXPORT -> export(route.argument(), null);
            case CREDITS -> credits();
            case STATUS -> status();
            case UPLOAD -> upload(route.files());
            case CHAT -> say(line);
        }
    }

    // The one-shots

    void credits() {
        JsonNode balance = connection.authorized(() -> connection.client().credits());
        if (json) {
            out.println(balance.toPrettyString());
            return;
        }
        out.println("Credits: " + balance.path("available").asLong() + " available" + (balance.path("frozen").asLong() > 0
                ? ", " + balance.path("frozen").asLong() + " held for work in progress" : "") + ".");
    }

    void status() {
        JsonNode state = connection.inSession(sid -> connection.client().state(sid));
        JsonNode draft = state.path("state").path("draft");
        if (json) {
            ObjectNode answer = NemoClient.JSON.createObjectNode().put("session_id", connection.session()).put("summary", summary(draft));
            answer.set("draft", draft);
            out.println(answer.toPrettyString());
            return;
        }
        out.println(summary(draft));
    }

    void upload(List<Path> files) {
        List<JsonNode> uploaded = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new CliException(file + ": no such file");
            }
        }
        for (Path file : files) {
            JsonNode record = connection.inSession(sid -> connection.client().upload(sid, file));
            uploaded.add(record);
            if (!json) {
                out.println("Uploaded " + file.getFileName() + " (" + record.path("file_type").asText("file")
                        + (record.path("duration").asDouble(0) > 0 ? String.format(Locale.ROOT, ", %.1f s", record.path("duration").asDouble()) : "")
                        + "). Say what to make with it, e.g. \u201cturn my photos into a 20-second video\u201d.");
            }
        }
        if (json) {
            out.println(NemoClient.JSON.valueToTree(uploaded).toPrettyString());
        }
    }

    /** A chat turn: the reply as it streams, resumed if the stream is cut; what changed when no words come back. */
    void say(String message) {
        TurnReader reader = new TurnReader(json ? new PrintStream(java.io.OutputStream.nullOutputStream()) : out, timing.stillWorkingSeconds());
        boolean cut = !stream(message, reader, null);
        for (int attempt = 0; cut && attempt < 2 && reader.lastId() != null; attempt++) {
            if (!json) {
                out.println("(the connection dropped; picking the reply up again ...)");
            }
            cut = !stream(message, reader, reader.lastId());
        }
        if (reader.error() != null) {
            throw new CliException("the server stopped the turn: " + reader.error());
        }
        String text = reader.text();
        // The state is read only when the reply needs it: for --json, a cut stream, or a turn without words.
        String after = json || cut || text.isBlank() ? summary(connection.inSession(sid -> connection.client().state(sid)).path("state").path("draft")) : null;
        if (json) {
            ObjectNode answer = NemoClient.JSON.createObjectNode().put("reply", text).put("complete", reader.complete())
                    .put("draft_version", reader.draftVersion()).put("summary", after);
            answer.set("tools", NemoClient.JSON.valueToTree(reader.tools()));
            out.println(answer.toPrettyString());
            return;
        }
        if (cut) {
            out.println("The connection dropped before the reply ended. The timeline now: " + after);
        } else if (text.isBlank()) {
            out.println(reader.draftVersion() < 0 ? "Done; the server made no new version. The timeline: " + after : "Done. The timeline now: " + after);
        }
        actOnGuiWording(text);
    }

    /** Streams the turn into {@code reader}; false when the stream was cut before the turn completed. */
    private boolean stream(String message, TurnReader reader, String lastId) {
        return connection.inSession(sid -> {
            try {
                connection.client().chat(sid, message, lastId, reader);
            } catch (UncheckedIOException e) {
                if (reader.lastId() == null) {
                    throw e;
                }
            }
            return reader.complete() || reader.error() != null;
        });
    }

    /** Replies written for a web page ("click Export") are acted on here instead. */
    private void actOnGuiWording(String reply) {
        String lower = reply.toLowerCase(Locale.ROOT);
        if (lower.matches("(?s).*\\b(?:click|press|tap|hit) (?:the )?[\"'\u201c]?export\\b.*") || reply.contains("点击导出")) {
            out.println("(The reply asks to click Export; exporting now.)");
            export(null, null);
        } else if (lower.matches("(?s).*\\b(?:open|preview|view|check) (?:it )?(?:in )?(?:the )?(?:timeline|editor|preview)\\b.*")) {
            out.println("(The reply points at the timeline; here it is.) " + summary(connection.inSession(sid -> connection.client().state(sid))
                    .path("state").path("draft")));
        }
    }

    /** Starts an export, shows its progress, and downloads the MP4 into the current folder (or {@code output}). */
    void export(String resolution, String output) {
        if (output != null && !output.toLowerCase(Locale.ROOT).endsWith(".mp4")) {
            throw new CliException("-o must name an .mp4 file (got \"" + output + "\")");
        }
        JsonNode started = connection.inSession(sid -> connection.client().startExport(sid, resolution));
        String id = started.path("id").asText();
        if (!json) {
            out.println("Exporting" + (resolution == null ? "" : " at " + resolution) + " ...");
        }
        JsonNode poll;
        int lastShown = -1;
        try (TerminalBar bar = json || !timing.bar() ? null : TerminalBar.open(out, "export", 100, "%")) {
            while (true) {
                poll = connection.authorized(() -> connection.client().export(id));
                String status = poll.path("status").asText();
                int progress = Math.max(0, Math.min(100, poll.path("progress").asInt()));
                if (bar != null) {
                    bar.stepTo(progress, status);
                } else if (!json && progress / 10 > lastShown / 10) {
                    out.println("export: " + progress + "%");
                    lastShown = progress;
                }
                if (status.equals("completed")) {
                    break;
                }
                if (status.equals("failed") || status.equals("cancelled")) {
                    throw new CliException("the export " + status + (poll.hasNonNull("error") ? ": " + poll.path("error").asText() : ""));
                }
                try {
                    Thread.sleep(timing.pollMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CliException("stopped while the export was running (it goes on on the server: reel export again)");
                }
            }
        }
        String url = poll.path("output").path("url").asText(poll.path("outputUrl").asText());
        Path file = Path.of(output != null ? output : id + ".mp4").toAbsolutePath();
        connection.call(() -> {
            connection.client().download(url, file);
            return null;
        }, false);
        long bytes = file.toFile().length();
        double seconds = poll.path("output").path("duration").asDouble(0);
        if (json) {
            out.println(NemoClient.JSON.createObjectNode().put("path", file.toString()).put("duration_s", seconds).put("size_bytes", bytes)
                    .put("url", url).toPrettyString());
            return;
        }
        out.printf(Locale.ROOT, "Saved %s (%.1f s, %.1f MB)%n", file, seconds, bytes / 1e6);
    }

    /** The timeline in one line, whatever server wrote the draft. */
    private static String summary(JsonNode draft) {
        if (draft == null || draft.isMissingNode() || draft.isNull()) {
            return "Timeline: empty (no video yet)";
        }
        try {
            return TimelineSummary.of(DraftCodec.parse(draft.toString()));
        } catch (RuntimeException e) {
            return "Timeline: " + draft.path("t").size() + " tracks (a draft this client cannot read in full)";
        }
    }
}
