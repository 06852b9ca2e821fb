package dev.reelwright.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a chat turn's server-sent events as they come and shows the user what is for them: the
 * text (streamed deltas as they arrive, a complete text once), never the tool calls or raw JSON;
 * "⏳ Still working..." when only heartbeats have come for a while. Keeps the last event id, so a
 * cut stream can be resumed, and whether the turn completed.
 */
final class TurnReader implements Consumer<String> {
    private static final java.util.regex.Pattern NOTE = java.util.regex.Pattern.compile("(?s)\\s*[^\\n]{1,120}(?:\\.\\.\\.|\u2026|……)\\s*");
    private final PrintStream out;
    private final long stillWorkingNanos;
    private long quietSince = System.nanoTime();
    private final StringBuilder partial = new StringBuilder();
    private final StringBuilder said = new StringBuilder();
    private final List<String> tools = new ArrayList<>();
    private String lastId;
    private boolean complete;
    private String error;
    private int draftVersion = -1;

    TurnReader(PrintStream out, long stillWorkingSeconds) {
        this.out = out;
        this.stillWorkingNanos = stillWorkingSeconds * 1_000_000_000L;
    }

    @Override
    public void accept(String line) {
        if (line.startsWith(":")) {
            if (System.nanoTime() - quietSince >= stillWorkingNanos) {
                endPartialLine();
                out.println("\u23f3 Still working...");
                quietSince = System.nanoTime();
            }
        } else if (line.startsWith("id:")) {
            lastId = line.substring(3).strip();
        } else if (line.startsWith("data:")) {
            try {
                event(NemoClient.JSON.readTree(line.substring(5).strip()));
            } catch (IOException e) {
                // A line that is not JSON is not for the user either.
            }
        }
    }

    private void event(JsonNode event) {
        quietSince = System.nanoTime();
        if (event.hasNonNull("errorCode")) {
            error = event.path("errorMessage").asText(event.path("errorCode").asText());
        }
        boolean streamed = event.path("partial").asBoolean(false);
        for (JsonNode part : event.path("content").path("parts")) {
            if (part.has("functionCall")) {
                tools.add(part.path("functionCall").path("name").asText());
            } else if (part.hasNonNull("text")) {
                String text = part.path("text").asText();
                if (streamed && NOTE.matcher(text).matches() && partial.length() == 0) {
                    // "Working on the voice ...": what the server is doing, a line of its own, not part of the reply.
                    out.println(text.strip());
                } else if (streamed) {
                    out.print(text);
                    out.flush();
                    partial.append(text);
                } else if (partial.length() > 0) {
                    // The complete event repeats what the deltas showed; anything more is new.
                    String shown = partial.toString();
                    if (!shown.endsWith("\n")) {
                        out.println();
                    }
                    partial.setLength(0);
                    if (!shown.strip().endsWith(text.strip())) {
                        out.println(text.startsWith(shown) ? text.substring(shown.length()).strip() : text);
                    }
                    said.append(text).append('\n');
                } else if (!text.isBlank()) {
                    out.println(text);
                    said.append(text).append('\n');
                }
            }
        }
        JsonNode version = event.path("actions").path("stateDelta").path("draft_version");
        if (version.canConvertToInt()) {
            draftVersion = version.asInt();
        }
        if (event.path("turnComplete").asBoolean(false)) {
            endPartialLine();
            complete = true;
        }
    }

    private void endPartialLine() {
        if (partial.length() > 0) {
            if (partial.charAt(partial.length() - 1) != '\n') {
                out.println();
            }
            said.append(partial).append('\n');
            partial.setLength(0);
        }
    }

    String lastId() {
        return lastId;
    }

    boolean complete() {
        return complete;
    }

    String error() {
        return error;
    }

    /** Everything the turn said in words. */
    String text() {
        endPartialLine();
        return said.toString().strip();
    }

    List<String> tools() {
        return List.copyOf(tools);
    }

    int draftVersion() {
        return draftVersion;
    }
}
