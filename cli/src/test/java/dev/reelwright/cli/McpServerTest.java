package dev.reelwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelwright.draft.Draft;
import dev.reelwright.draft.TrackRole;
import dev.reelwright.render.DecodedVideo;
import dev.reelwright.server.ServerSettings;
import dev.reelwright.server.http.ApiServer;
import dev.reelwright.server.store.Database;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reel mcp} driven by the MCP SDK's own client over stdio, as an agent platform would launch it. */
class McpServerTest {
    @TempDir
    Path dir;

    private McpSyncClient client;
    private final List<McpSchema.ProgressNotification> progress = new CopyOnWriteArrayList<>();

    private ApiServer server;

    @BeforeEach
    void start() {
        client = connect(List.of(), Map.of());
    }

    private McpSyncClient connect(List<String> options, Map<String, String> env) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> args = new java.util.ArrayList<>(List.of("-cp", System.getProperty("java.class.path"), "-Xmx768m",
                "--add-modules", "jdk.incubator.vector", "-Djava.awt.headless=true", "dev.reelwright.cli.Reel", "mcp"));
        args.addAll(options);
        ServerParameters reel = ServerParameters.builder(java).args(args).env(env).build();
        var json = new JacksonMcpJsonMapper(new com.fasterxml.jackson.databind.ObjectMapper());
        McpSyncClient connected = McpClient.sync(new StdioClientTransport(reel, json)).requestTimeout(Duration.ofMinutes(4))
                .initializationTimeout(Duration.ofMinutes(1)).progressConsumer(progress::add).build();
        connected.initialize();
        return connected;
    }

    @AfterEach
    void stop() {
        client.closeGracefully();
        if (server != null) {
            server.close();
        }
    }

    private McpSchema.CallToolResult call(String tool, Map<String, Object> args) {
        return client.callTool(McpSchema.CallToolRequest.builder().name(tool).arguments(args).progressToken(tool + "-1").build());
    }

    private static String text(McpSchema.CallToolResult result) {
        return ((McpSchema.TextContent) result.content().get(0)).text();
    }

    @Test
    void anAgentListsTheToolsMakesAVideoEditsItAndRendersItWithProgress() throws Exception {
        List<McpSchema.Tool> tools = client.listTools().tools();
        List<String> names = tools.stream().map(McpSchema.Tool::name).toList();
        for (String name : List.of("make_video", "video_prompt", "get_timeline", "edit", "set_bgm", "set_aspect", "add_text", "delete_scene",
                "undo", "render", "probe_media")) {
            assertTrue(names.contains(name), name + " in " + names);
        }
        for (McpSchema.Tool tool : tools) {
            assertTrue(tool.description() != null && tool.description().length() > 20, tool.name());
            assertEquals("object", tool.inputSchema().get("type"), tool.name());
        }
        McpSchema.Tool setBgm = tools.stream().filter(t -> t.name().equals("set_bgm")).findFirst().orElseThrow();
        assertTrue(((Map<?, ?>) setBgm.inputSchema().get("properties")).containsKey("mood"), setBgm.inputSchema().toString());
        assertTrue(((List<?>) setBgm.inputSchema().get("required")).contains("draft"), setBgm.inputSchema().toString());

        Path video = dir.resolve("garden.mp4");
        McpSchema.CallToolResult made = call("make_video", Map.of("script", "Grow herbs on any windowsill. Basil and mint need only light.",
                "output", video.toString(), "resolution", "480p", "quality", "draft"));
        assertFalse(made.isError(), text(made));
        assertTrue(text(made).contains("garden.draft.json"), text(made));
        assertTrue(progress.stream().anyMatch(p -> p.progressToken().equals("make_video-1") && p.progress() >= 50), progress.toString());
        Path draft = dir.resolve("garden.draft.json");
        assertTrue(Files.isRegularFile(video) && Files.isRegularFile(draft));

        McpSchema.CallToolResult timeline = call("get_timeline", Map.of("draft", draft.toString()));
        assertTrue(text(timeline).startsWith("Timeline ("), text(timeline));

        McpSchema.CallToolResult vertical = call("edit", Map.of("draft", draft.toString(), "request", "make it vertical for TikTok"));
        assertFalse(vertical.isError(), text(vertical));
        Draft tall = DraftFiles.read(draft);
        assertTrue(tall.meta().heightPx() > tall.meta().widthPx(), text(vertical));
        McpSchema.CallToolResult calm = call("set_bgm", Map.of("draft", draft.toString(), "mood", "calm", "volume", 0.2));
        assertFalse(calm.isError(), text(calm));
        assertEquals(0.2, DraftFiles.read(draft).trackWithRole(TrackRole.BGM).orElseThrow().segments().get(0).meta().volumeOr(1), 1e-9);
        McpSchema.CallToolResult undone = call("undo", Map.of("draft", draft.toString()));
        assertFalse(undone.isError(), text(undone));
        assertTrue(DraftFiles.read(draft).meta().heightPx() > DraftFiles.read(draft).meta().widthPx(), "undo takes back the music only");

        progress.clear();
        Path again = dir.resolve("garden-vertical.mp4");
        McpSchema.CallToolResult rendered = call("render", Map.of("draft", draft.toString(), "output", again.toString(), "quality", "draft"));
        assertFalse(rendered.isError(), text(rendered));
        assertTrue(progress.stream().anyMatch(p -> p.progressToken().equals("render-1")), "render sends progress");
        DecodedVideo decoded = new DecodedVideo(again);
        assertTrue(decoded.heightPx > decoded.widthPx, decoded.widthPx + "x" + decoded.heightPx);
        McpSchema.CallToolResult probed = call("probe_media", Map.of("path", again.toString()));
        assertTrue(text(probed).contains("\"video\""), text(probed));
    }

    @Test
    void withServerTheToolsWorkThroughItsApi() throws Exception {
        server = new ApiServer(Database.embedded(dir.resolve("db")), ServerSettings.defaults(), dir.resolve("data"),
                new PrintStream(OutputStream.nullOutputStream()));
        String url = "http://127.0.0.1:" + server.start("127.0.0.1", 0);
        client.closeGracefully();
        client = connect(List.of("--server", url), Map.of("REEL_CONFIG_DIR", dir.resolve("config").toString(), "REEL_POLL_MS", "200"));
        List<String> names = client.listTools().tools().stream().map(McpSchema.Tool::name).toList();
        assertTrue(names.containsAll(List.of("make_video", "edit", "get_timeline", "undo", "render", "upload", "credits", "probe_media")), names.toString());
        McpSchema.CallToolResult made = call("make_video", Map.of("script", "Fresh bread every morning. Visit our bakery today.", "duration_s", 10));
        assertFalse(made.isError(), text(made));
        assertTrue(text(made).contains("ready to export"), text(made));
        McpSchema.CallToolResult vertical = call("edit", Map.of("request", "make it vertical"));
        assertTrue(text(vertical).contains("9:16"), text(vertical));
        assertTrue(text(call("get_timeline", Map.of())).contains("\"summary\""));
        progress.clear();
        Path mp4 = dir.resolve("remote.mp4");
        McpSchema.CallToolResult rendered = call("render", Map.of("output", mp4.toString(), "resolution", "480p"));
        assertFalse(rendered.isError(), text(rendered));
        assertTrue(progress.stream().anyMatch(p -> p.progressToken().equals("render-1")), "export progress");
        assertTrue(new DecodedVideo(mp4).heightPx > new DecodedVideo(mp4).widthPx, "the vertical export, downloaded");
        assertTrue(text(call("credits", Map.of())).contains("89 available"), "a make and an edit paid for");
    }

    /** notifications/cancelled, sent as a client sends it, stops the running make; no video is left behind. */
    @Test
    void aRunningMakeIsCancelledByTheClient() throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process reel = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"), "-Xmx768m", "--add-modules", "jdk.incubator.vector",
                "-Djava.awt.headless=true", "dev.reelwright.cli.Reel", "mcp").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        var lines = new LinkedBlockingQueue<String>();
        Thread reader = new Thread(() -> new BufferedReader(new InputStreamReader(reel.getInputStream(), StandardCharsets.UTF_8))
                .lines().forEach(lines::add));
        reader.setDaemon(true);
        reader.start();
        var in = new PrintWriter(new OutputStreamWriter(reel.getOutputStream(), StandardCharsets.UTF_8), true);
        in.println("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
                + "\"capabilities\":{},\"clientInfo\":{\"name\":\"test\",\"version\":\"1\"}}}");
        assertTrue(next(lines, "\"id\":1").contains("reelwright"));
        in.println("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
        Path video = dir.resolve("long.mp4");
        String script = "Morning light falls on the harbour. ".repeat(12).replace("\"", "");
        in.println("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\",\"params\":{\"name\":\"make_video\",\"_meta\":{\"progressToken\":\"p7\"},"
                + "\"arguments\":{\"script\":\"" + script + "\",\"output\":\"" + video + "\",\"resolution\":\"480p\"}}}");
        assertTrue(next(lines, "notifications/progress").contains("p7"));
        in.println("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":7,\"reason\":\"the user stopped it\"}}");
        String answer = next(lines, "\"id\":7");
        assertTrue(answer.contains("\"isError\":true") && answer.contains("cancelled"), answer);
        assertFalse(Files.exists(video), "no partial video");
        in.close();
        assertTrue(reel.waitFor(30, TimeUnit.SECONDS), "the server ends when its input closes");
    }

    private static String next(BlockingQueue<String> lines, String containing) throws InterruptedException {
        long until = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < until) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line != null && line.contains(containing)) {
                return line;
            }
        }
        throw new AssertionError("no line with " + containing);
    }

    @Test
    void badRequestsAreToolErrorsWithAMessageAndTheServerGoesOn() throws Exception {
        McpSchema.CallToolResult missing = call("edit", Map.of("draft", dir.resolve("nope.json").toString(), "request", "make it vertical"));
        assertTrue(missing.isError());
        assertTrue(text(missing).contains("nope.json"), text(missing));
        McpSchema.CallToolResult nothing = call("make_video", Map.of("output", dir.resolve("x.mp4").toString()));
        assertTrue(nothing.isError());
        assertTrue(text(nothing).contains("script"), text(nothing));
        Path hostile = Files.writeString(dir.resolve("hostile.draft.json"), "{\"v\": 1, \"t\": [{\"sg\": \"" + "x".repeat(1000) + "\"}");
        McpSchema.CallToolResult broken = call("get_timeline", Map.of("draft", hostile.toString()));
        assertTrue(broken.isError(), text(broken));
        McpSchema.CallToolResult fake = call("probe_media", Map.of("path", Files.writeString(dir.resolve("fake.mp4"), "not a video").toString()));
        assertTrue(fake.isError(), text(fake));
        assertNotNull(client.listTools(), "still serving");
    }
}
