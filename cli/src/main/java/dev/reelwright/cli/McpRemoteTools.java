package dev.reelwright.cli;

import static dev.reelwright.cli.McpTools.captured;
import static dev.reelwright.cli.McpTools.enumProp;
import static dev.reelwright.cli.McpTools.option;
import static dev.reelwright.cli.McpTools.prop;
import static dev.reelwright.cli.McpTools.required;
import static dev.reelwright.cli.McpTools.schema;
import static dev.reelwright.cli.McpTools.text;

import dev.reelwright.render.Cancellation;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** {@code reel mcp --server URL}: the MCP tools through a server's API, with the plumbing of {@link McpTools}. */
final class McpRemoteTools {
    private McpRemoteTools() {
    }

    /**
     * The tools when {@code reel mcp --server URL}: the same names, through that server's API (as
     * {@code reel say}, {@code reel export} ... do it) in the session the client keeps for it.
     * There the typed edits are the chat's: edit says them in words.
     */
    static List<SyncToolSpecification> all(McpTools local, String server, Map<String, String> env) {
        Remote remote = new Remote(server, env);
        List<SyncToolSpecification> tools = new ArrayList<>();
        tools.add(local.tool("make_video", "Make a video on the server " + server + " from a script (text or a file) and optional photos,"
                + " clips or a voiceover, uploaded first; with output, also export it and download the MP4 there.", local.makeSchema(), remote::make));
        tools.add(local.tool("edit", "Change the session's video by saying what to change, in English or Chinese (\"make it vertical\","
                + " \"add lo-fi music at 35%\", \"undo\"); answers what changed.",
                schema(Map.of("request", prop("string", "what to change, in words")), List.of("request")),
                (args, progress, cancellation) -> remote.run(progress, "say", required(args, "request"))));
        tools.add(local.tool("get_timeline", "The session's timeline: summary and draft (JSON).", schema(Map.of(), List.of()),
                (args, progress, cancellation) -> remote.run(progress, "status", "--json")));
        tools.add(local.tool("undo", "Go back to the version before the last change.", schema(Map.of(), List.of()),
                (args, progress, cancellation) -> remote.run(progress, "say", "undo")));
        tools.add(local.tool("render", "Export the session's video to MP4 on the server, with progress, and download it.", schema(Map.of(
                "output", prop("string", "path of the MP4 to write (default: the current folder)"),
                "resolution", enumProp("the output size", dev.reelwright.draft.Resolution.names())), List.of()), remote::export));
        tools.add(local.tool("upload", "Upload photos, clips, sound or a script document into the session.", schema(Map.of(
                "paths", Map.of("type", "array", "items", Map.of("type", "string"), "description", "the files")), List.of("paths")),
                (args, progress, cancellation) -> remote.run(progress, strings("upload", args.get("paths")))));
        tools.add(local.tool("credits", "The account's credit balance on the server.", schema(Map.of(), List.of()),
                (args, progress, cancellation) -> remote.run(progress, "credits")));
        tools.add(local.tool("probe_media", "What a photo, clip or sound file on this machine holds (JSON).",
                schema(Map.of("path", prop("string", "the file")), List.of("path")), local::probe));
        return tools;
    }

    /** The client commands, run in-process against one server. */
    private static final class Remote {
        private final String server;
        private final Map<String, String> env;

        Remote(String server, Map<String, String> env) {
            this.server = server;
            this.env = env;
        }

        String run(Consumer<String> progress, String... argv) throws Exception {
            List<String> args = new ArrayList<>(List.of(argv));
            args.addAll(List.of("--server", server));
            return captured(out -> Reel.invoke(new ReelCommand.Context(InputStream.nullInputStream(), env, out, System.err, new Cancellation()),
                    args), progress);
        }

        String make(Map<String, Object> args, Consumer<String> progress, Cancellation cancellation) throws Exception {
            String text = text(args, "script");
            List<String> files = new ArrayList<>();
            if (args.get("media") instanceof List<?> media) {
                for (Object item : media) {
                    Path path = Path.of(String.valueOf(item));
                    if (Files.isDirectory(path)) {
                        try (var listed = Files.list(path)) {
                            listed.filter(Files::isRegularFile).sorted().forEach(p -> files.add(p.toString()));
                        }
                    } else {
                        files.add(path.toString());
                    }
                }
            }
            for (String name : List.of("script_file", "voiceover")) {
                if (text(args, name) != null) {
                    files.add(text(args, name));
                }
            }
            if (text == null && files.isEmpty()) {
                throw new CliException("give script (the text), script_file, media or a voiceover");
            }
            StringBuilder said = new StringBuilder();
            if (!files.isEmpty()) {
                said.append(run(progress, strings("upload", files))).append('\n');
            }
            said.append(run(progress, "say", wish(args, text)));
            if (text(args, "output") != null) {
                said.append('\n').append(export(Map.of("output", text(args, "output")), progress, cancellation));
            }
            return said.toString().strip();
        }

        /** The making asked for in words, the way any NemoVideo-compatible chat reads it. */
        private String wish(Map<String, Object> args, String script) {
            StringBuilder wish = new StringBuilder(script != null ? "turn my script into a" : text(args, "script_file") != null
                    ? "turn the uploaded script into a" : "turn these photos and clips into a");
            if (args.get("duration_s") instanceof Number seconds) {
                wish.append(" ").append(Math.round(seconds.doubleValue())).append("-second");
            }
            String aspect = text(args, "aspect");
            wish.append(aspect == null ? "" : switch (aspect) {
                case "9:16" -> " vertical 9:16";
                case "1:1" -> " square 1:1";
                case "4:5" -> " 4:5";
                default -> " 16:9";
            }).append(" video");
            if (text(args, "mood") != null) {
                wish.append(" with ").append(text(args, "mood")).append(" music");
            }
            if (text(args, "captions") != null) {
                wish.append(" and ").append(text(args, "captions")).append(" captions");
            }
            if (text(args, "voiceover") != null) {
                wish.append(", using my recording as the voiceover");
            }
            return script != null ? wish + ": " + script : wish.toString();
        }

        String export(Map<String, Object> args, Consumer<String> progress, Cancellation cancellation) throws Exception {
            List<String> argv = new ArrayList<>(List.of("export"));
            option(argv, "-o", text(args, "output"));
            option(argv, "--resolution", text(args, "resolution"));
            return run(progress, argv.toArray(String[]::new));
        }
    }

    private static String[] strings(String first, Object rest) {
        List<String> all = new ArrayList<>(List.of(first));
        if (rest instanceof List<?> list) {
            list.forEach(item -> all.add(String.valueOf(item)));
        }
        return all.toArray(String[]::new);
    }

}
