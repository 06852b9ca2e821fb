package dev.reelwright.cli;

import dev.reelwright.agent.OpCall;
import dev.reelwright.draft.Draft;
import dev.reelwright.draft.DraftCodec;
import dev.reelwright.draft.DraftException;
import dev.reelwright.draft.TimelineSummary;
import dev.reelwright.draft.edit.Arg;
import dev.reelwright.draft.edit.Operation;
import dev.reelwright.render.Cancellation;
import dev.reelwright.render.RenderException;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tools {@code reel mcp} offers. Each runs the same code as the {@code reel} command it is
 * named after (make, prompt, render, edit, probe), with the options of that command; the typed
 * edits are the chat agent's operations, one tool each, with the arguments the operation defines.
 * A tool that fails answers with {@code isError} and the command's message; the server goes on.
 */
final class McpTools {
    static final String VERSION = "0.1.0";
    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3})%");
    /** What the commands print while they work: "out.mp4: 40% (120/300 frames)", "[####----] 40%", "make: voice", "Working on the music ...". */
    private static final Pattern PROGRESS_LINE = Pattern.compile(
            "\\[[#-]+\\] \\d{1,3}%|[\\w.-]+: \\d{1,3}%.*|[\\w.-]+: [a-z ]+|[^\\n]{1,80}(?:\\.\\.\\.|\u2026|……)|Exporting.*");
    private static final String DRAFT_DESCRIPTION = "path of the draft (a .draft.json timeline, as make_video writes it)";

    private final McpCancels cancels;
    /** Making and rendering use both cores: one at a time, the next waits. */
    private final Semaphore heavy = new Semaphore(1);

    McpTools(McpCancels cancels) {
        this.cancels = cancels;
    }

    List<SyncToolSpecification> all() {
        List<SyncToolSpecification> tools = new ArrayList<>();
        tools.add(tool("make_video", "Make an MP4 from a script: voiceover, pictures (your photos and clips when given), captions, music."
                + " Writes OUT.mp4, OUT.draft.json (the timeline, for edit and render), OUT.srt and OUT.vtt. Takes about a second"
                + " per second of video; sends progress.", makeSchema(), this::make));
        tools.add(tool("video_prompt", "Write a detailed prompt for a video model (Sora, Veo, Runway, Kling or generic) from a short idea;"
                + " with animatic, also render its shot list as a storyboard MP4.", schema(Map.of(
                "idea", prop("string", "what the video shows"),
                "for", enumProp("the video model the prompt is for", List.of("generic", "sora", "veo", "runway", "kling")),
                "animatic", prop("string", "path of an MP4 to render the storyboard into (optional)")), List.of("idea")), this::prompt));
        tools.add(tool("get_timeline", "What is on a draft's timeline: a one-line summary, then the draft itself (JSON).",
                schema(Map.of("draft", prop("string", DRAFT_DESCRIPTION)), List.of("draft")), this::timeline));
        tools.add(tool("edit", "Change a draft by saying what to change, in English or Chinese, as in a chat: \"make it vertical\","
                + " \"add lo-fi music at 35%\", \"delete scene 3\", \"把背景音乐调小一点\". Several requests may be in one message."
                + " The draft file is changed; undo goes back. Answers what changed, or why it could not.",
                schema(Map.of("draft", prop("string", DRAFT_DESCRIPTION), "request", prop("string", "what to change, in words"),
                        "lang", enumProp("the reply's language", List.of("en", "zh"))), List.of("draft", "request")), this::edit));
        for (Operation op : Operation.values()) {
            if (op.kind() == Operation.Kind.EDIT) {
                tools.add(typed(op));
            }
        }
        tools.add(tool("undo", "Put a draft back as it was before its last change (by edit or a typed operation).",
                schema(Map.of("draft", prop("string", DRAFT_DESCRIPTION)), List.of("draft")), this::undo));
        tools.add(tool("render", "Render a draft to MP4 (and .srt/.vtt when it has captions); sends progress.", schema(Map.of(
                "draft", prop("string", DRAFT_DESCRIPTION),
                "output", prop("string", "path of the MP4 to write (default: beside the draft, same name)"),
                "quality", enumProp("encoder effort", List.of("draft", "standard", "high"))), List.of("draft")), this::render));
        tools.add(tool("probe_media", "What a photo, clip or sound file holds: kind, size, length, streams (JSON).",
                schema(Map.of("path", prop("string", "the file")), List.of("path")), this::probe));
        return tools;
    }

    SyncToolSpecification tool(String name, String description, Map<String, Object> schema, Handler handler) {
        McpSchema.Tool tool = McpSchema.Tool.builder(name, schema).description(description).build();
        return SyncToolSpecification.builder().tool(tool).callHandler((exchange, request) -> answer(exchange, request, handler)).build();
    }

    /** What a tool does with its arguments; its text answer. */
    @FunctionalInterface
    interface Handler {
        String handle(Map<String, Object> args, Consumer<String> progress, Cancellation cancellation) throws Exception;
    }

    private McpSchema.CallToolResult answer(McpSyncServerExchange exchange, McpSchema.CallToolRequest request, Handler handler) {
        Object token = request.progressToken();
        double[] last = {-1};
        Consumer<String> progress = line -> {
            Matcher m = PERCENT.matcher(line);
            double value = m.find() ? Math.min(100, Integer.parseInt(m.group(1))) : Math.max(0, last[0]);
            if (token != null && value >= last[0]) {
                last[0] = value + 1e-3;
                exchange.progressNotification(McpSchema.ProgressNotification.builder(token, value).total(100.0).message(line.strip()).build());
            }
        };
        Object id = request.meta() == null ? null : request.meta().get(McpCancels.REQUEST_KEY);
        try {
            String text = handler.handle(request.arguments() == null ? Map.of() : request.arguments(), progress, cancels.forCall(id));
            return McpSchema.CallToolResult.builder().addTextContent(text).isError(false).build();
        } catch (Cancellation.Cancelled e) {
            return failure("cancelled; no output was written");
        } catch (CliException | DraftException | RenderException | dev.reelwright.draft.edit.EditException e) {
            return failure(e.getMessage());
        } catch (Exception | Error e) {
            return failure("internal error: " + e + " (please report it)");
        } finally {
            cancels.finished(id);
        }
    }

    private static McpSchema.CallToolResult failure(String message) {
        return McpSchema.CallToolResult.builder().addTextContent(message).isError(true).build();
    }

    // The tools

    Map<String, Object> makeSchema() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("script", prop("string", "the script's text (or give script_file)"));
        properties.put("script_file", prop("string", "a script file: .txt, .md, .docx, .pdf or .srt"));
        properties.put("output", prop("string", "path of the MP4 to write (default: reelwright-videos/NAME.mp4 in the working folder)"));
        properties.put("media", Map.of("type", "array", "items", Map.of("type", "string"),
                "description", "photos and clips (files or folders) to use as the pictures"));
        properties.put("voiceover", prop("string", "your recording to use as the voiceover (the video is timed to it)"));
        Operation make = Operation.GENERATE_VIDEO_FROM_SCRIPT;
        for (String name : List.of("aspect", "duration_s", "mood")) {
            properties.put(name, make.arg(name).map(Arg::schema).orElseThrow());
        }
        properties.put("captions", make.arg("style").map(Arg::schema).orElseThrow());
        properties.put("voice", prop("string", "a voice as `reel voices` names it"));
        properties.put("title", prop("string", "the title card's text (default: from the script)"));
        properties.put("resolution", Operation.EXPORT_VIDEO.arg("resolution").map(Arg::schema).orElseThrow());
        properties.put("quality", enumProp("encoder effort: draft is quickest, high the smallest file", dev.reelwright.render.Quality.names()));
        return schema(properties, List.of());
    }

    private String make(Map<String, Object> args, Consumer<String> progress, Cancellation cancellation) throws Exception {
        String text = text(args, "script");
        String file = text(args, "script_file");
        String voiceover = text(args, "voiceover");
        if (text == null && file == null && voiceover == null) {
            throw new CliException("give script (the text) or script_file (a .txt, .md, .docx, .pdf or .srt), or a voiceover");
        }
        if (text != null && file != null) {
            throw new CliException("give script or script_file, not both");
        }
        String output = text(args, "output");
        if (output == null) {
            Path folder = Path.of("reelwright-videos").toAbsolutePath();
            Files.createDirectories(folder);
            String stem = file != null ? Path.of(file).getFileName().toString().replaceFirst("\\.[^.]+$", "") : "video";
            output = folder.resolve(stem + "-" + System.currentTimeMillis() / 1000 + ".mp4").toString();
        }
        List<String> argv = new ArrayList<>();
        if (text != null || file != null) {
            argv.add(text != null ? "-" : file);
        }
        argv.addAll(List.of("-o", output));
        option(argv, "--aspect", text(args, "aspect"));
        option(argv, "--resolution", text(args, "resolution"));
        option(argv, "--music", text(args, "mood"));
        option(argv, "--captions", text(args, "captions"));
        option(argv, "--voice", text(args, "voice"));
        option(argv, "--title", text(args, "title"));
        option(argv, "--voiceover", voiceover);
        option(argv, "--quality", text(args, "quality"));
        if (args.get("duration_s") instanceof Number seconds) {
            option(argv, "--duration", seconds.doubleValue() + "s");
        }
        if (args.get("media") instanceof List<?> media) {
            media.forEach(m -> option(argv, "--media", String.valueOf(m)));
        }
        byte[] script = text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
        return heavily(() -> captured(out -> invoke(new ByteArrayInputStream(script), out, cancellation, "make", argv), progress));
    }

    private String prompt(Map<String, Object> args, Consumer<String> progress, Cancellation cancellation) throws Exception {
        List<String> argv = new ArrayList<>(List.of(required(args, "idea")));
        option(argv, "--for", text(args, "for"));
        String animatic = text(args, "animatic");
        option(argv, "--animatic", animatic);
        Command run = () -> captured(out -> invoke(InputStream.nullInputStream(), out, cancellation, "prompt", argv), progress);
        return animatic == null ? run.call() : heavily(run);
    }

    private String timeline(Map<String, Object> args, Consumer<String> progress, Cancellation cancellation) {
        Path file = Path.of(required(args, "draft"));
        Draft draft = DraftFiles.read(file);
        return TimelineSummary.of(draft) + "\n\n" + DraftCodec.write(draft);
    }

    private String edit(Map<String, Object> args, Consumer<String> progress, Cancellation cancellation) {
        LocalDraft draft = new LocalDraft(Path.of(required(args, "draft")), null);
        List<String> replies = draft.say(List.of(required(args, "request")), language(args));
        return String.join("\n", replies);
    }

    /** One of the chat agent's edit operations, with its own arguments and the draft to change. */
    private SyncToolSpecification typed(Operation op) {
        Map<String, Object> schema = new LinkedHashMap<>(op.parametersSchema());
        @SuppressWarnings("unchecked")
        Map<String, Object> properties = new LinkedHashMap<>((Map<String, Object>) schema.get("properties"));
        properties.put("draft", prop("string", DRAFT_DESCRIPTION));
        schema.put("properties", properties);
        schema.put("required", List.of("draft"));
        return tool(op.toolName(), op.description() + " Changes the draft file; undo goes back.", schema, (args, progress, cancellation) -> {
            Map<String, Object> opArgs = new LinkedHashMap<>(args);
            LocalDraft draft = new LocalDraft(Path.of(required(opArgs, "draft")), null);
            opArgs.remove("draft");
            return draft.apply(new OpCall(op, opArgs), "en");
        });
    }

    private String undo(Map<String, Object> args, Consumer<String> progress, Cancellation cancellation) {
        Draft before = new LocalDraft(Path.of(required(args, "draft")), null).undo();
        return "Undone: " + TimelineSummary.of(before);
    }

    private String render(Map<String, Object> args, Consumer<String> progress, Cancellation cancellation) throws Exception {
        Path draft = Path.of(required(args, "draft"));
        String output = text(args, "output");
        if (output == null) {
            output = draft.toAbsolutePath().toString().replaceFirst("(?i)(\\.draft)?\\.json$", "") + ".mp4";
        }
        List<String> argv = new ArrayList<>(List.of(draft.toString(), "-o", output));
        option(argv, "--quality", text(args, "quality"));
        return heavily(() -> captured(out -> invoke(InputStream.nullInputStream(), out, cancellation, "render", argv), progress));
    }

    String probe(Map<String, Object> args, Consumer<String> progress, Cancellation cancellation) throws Exception {
        return captured(out -> invoke(InputStream.nullInputStream(), out, cancellation, "probe", List.of(required(args, "path"))), progress);
    }

    // Running a command in-process

    /** One {@code reel} command, in this process, printing to {@code out}; its failures are thrown. */
    static void invoke(InputStream in, PrintStream out, Cancellation cancellation, String command, List<String> args) throws Exception {
        List<String> argv = new ArrayList<>(List.of(command));
        argv.addAll(args);
        Reel.invoke(new ReelCommand.Context(in, System.getenv(), out, System.err, cancellation), argv);
    }

    @FunctionalInterface
    private interface Command {
        String call() throws Exception;
    }

    @FunctionalInterface
    interface Printing {
        void run(PrintStream out) throws Exception;
    }

    private String heavily(Command command) throws Exception {
        heavy.acquire();
        try {
            return command.call();
        } finally {
            heavy.release();
        }
    }

    /** What the command prints, without its progress lines, which go to {@code progress} as they come. */
    static String captured(Printing command, Consumer<String> progress) throws Exception {
        StringBuilder kept = new StringBuilder();
        OutputStream lines = new OutputStream() {
            private final ByteArrayOutputStream line = new ByteArrayOutputStream();

            @Override
            public void write(int b) {
                if (b == '\n' || b == '\r') {
                    flushLine();
                } else {
                    line.write(b);
                }
            }

            private void flushLine() {
                String text = line.toString(StandardCharsets.UTF_8);
                line.reset();
                if (text.isBlank()) {
                    return;
                }
                if (PROGRESS_LINE.matcher(text).matches()) {
                    progress.accept(text);
                } else {
                    kept.append(text).append('\n');
                }
            }

            @Override
            public void close() {
                flushLine();
            }
        };
        try (PrintStream out = new PrintStream(lines, true, StandardCharsets.UTF_8)) {
            command.run(out);
        }
        return kept.toString().strip();
    }

    // Arguments and schemas

    static String text(Map<String, Object> args, String name) {
        Object value = args.get(name);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    static String required(Map<String, Object> args, String name) {
        String value = text(args, name);
        if (value == null) {
            throw new CliException("give " + name);
        }
        return value;
    }

    private static String language(Map<String, Object> args) {
        String lang = text(args, "lang");
        return lang == null ? "en" : lang.toLowerCase(Locale.ROOT);
    }

    static void option(List<String> argv, String name, String value) {
        if (value != null) {
            argv.add(name);
            argv.add(value);
        }
    }

    static Map<String, Object> prop(String type, String description) {
        return Map.of("type", type, "description", description);
    }

    static Map<String, Object> enumProp(String description, List<String> values) {
        return Map.of("type", "string", "enum", values, "description", description);
    }

    static Map<String, Object> schema(Map<String, Object> properties, List<String> required) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", new LinkedHashMap<>(properties));
        if (!required.isEmpty()) {
            schema.put("required", required);
        }
        schema.put("additionalProperties", false);
        return schema;
    }
}
