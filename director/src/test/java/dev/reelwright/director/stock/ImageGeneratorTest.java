package dev.reelwright.director.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.reelwright.director.make.UserMedia;
import dev.reelwright.director.storyboard.Scene;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generated pictures from an OpenAI-compatible endpoint, AUTOMATIC1111 and ComfyUI, each a local fake; and what happens when one fails. */
class ImageGeneratorTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Scene SCENE = new Scene(0, null, List.of("A lighthouse on a cliff at dawn."), "lighthouse", List.of("lighthouse"), 3_000, -1);

    @TempDir
    Path dir;

    private HttpServer server;
    private final List<JsonNode> received = new ArrayList<>();
    private final Map<String, byte[]> answers = new HashMap<>();
    private String png64;

    @BeforeEach
    void start() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(64, 36, BufferedImage.TYPE_INT_RGB), "png", out);
        png64 = Base64.getEncoder().encodeToString(out.toByteArray());
        answers.put("/view", out.toByteArray());
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] in = exchange.getRequestBody().readAllBytes();
            if (in.length > 0) {
                received.add(JSON.readTree(in));
            }
            String path = exchange.getRequestURI().getPath();
            byte[] body = answers.getOrDefault(path.startsWith("/history/") ? "/history" : path, new byte[0]);
            exchange.sendResponseHeaders(body.length == 0 ? 404 : 200, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private Optional<UserMedia> generate(Map<String, String> env) throws IOException {
        Map<String, String> all = new HashMap<>(env);
        all.put("REEL_IMAGES_URL", "http://127.0.0.1:" + server.getAddress().getPort());
        ImageGenerator generator = ImageGenerator.fromEnv(all, (file, item) -> {
            BufferedImage image = ImageIO.read(file.toFile());
            return new UserMedia(file, false, image.getWidth(), image.getHeight(), 0, "", item.credit());
        }).orElseThrow();
        Optional<UserMedia> made = generator.forScene(SCENE, 1920, 1080, 3_000, Files.createDirectories(dir.resolve("media")));
        if (made.isEmpty()) {
            assertEquals(1, generator.notes().size(), generator.notes().toString());
        }
        return made;
    }

    @Test
    void anOpenAiCompatibleEndpointGetsTheScenesPromptInTheVideosShape() throws Exception {
        answers.put("/v1/images/generations", ("{\"data\":[{\"b64_json\":\"" + png64 + "\"}]}").getBytes(StandardCharsets.UTF_8));
        UserMedia made = generate(Map.of("REEL_IMAGES_KEY", "sk-1", "REEL_IMAGES_MODEL", "gpt-image-1")).orElseThrow();
        assertEquals(64, made.widthPx());
        assertTrue(made.credit().startsWith("Picture generated for this video"), made.credit());
        JsonNode asked = received.get(0);
        assertEquals("1792x1024", asked.path("size").asText());
        assertEquals("gpt-image-1", asked.path("model").asText());
        assertTrue(asked.path("prompt").asText().toLowerCase().contains("lighthouse"), asked.toString());
    }

    @Test
    void automatic1111GetsANegativePromptAndAStableDiffusionSize() throws Exception {
        answers.put("/sdapi/v1/txt2img", ("{\"images\":[\"" + png64 + "\"]}").getBytes(StandardCharsets.UTF_8));
        assertTrue(generate(Map.of("REEL_IMAGES_API", "automatic1111")).isPresent());
        JsonNode asked = received.get(0);
        assertEquals(0, asked.path("width").asInt() % 64);
        assertTrue(asked.path("width").asInt() > asked.path("height").asInt());
        assertTrue(!asked.path("negative_prompt").asText().isEmpty());
    }

    @Test
    void aComfyUiWorkflowHasItsPromptInputFilledAndItsOutputFetched() throws Exception {
        Path workflow = Files.writeString(dir.resolve("workflow.json"),
                "{\"6\":{\"class_type\":\"CLIPTextEncode\",\"inputs\":{\"text\":\"PROMPT\"}},\"9\":{\"class_type\":\"SaveImage\",\"inputs\":{}}}");
        answers.put("/prompt", "{\"prompt_id\":\"p1\"}".getBytes());
        answers.put("/history", "{\"p1\":{\"outputs\":{\"9\":{\"images\":[{\"filename\":\"x.png\",\"subfolder\":\"\",\"type\":\"output\"}]}}}}".getBytes());
        assertTrue(generate(Map.of("REEL_IMAGES_API", "comfyui", "REEL_COMFYUI_WORKFLOW", workflow.toString(),
                "REEL_COMFYUI_PROMPT", "6.inputs.text")).isPresent());
        assertTrue(received.get(0).path("prompt").path("6").path("inputs").path("text").asText().toLowerCase().contains("lighthouse"));
    }

    @Test
    void aServerThatFailsOrSendsAPageLeavesTheBuiltInPictures() throws Exception {
        assertTrue(generate(Map.of()).isEmpty(), "HTTP 404");
        answers.put("/v1/images/generations", ("{\"data\":[{\"b64_json\":\""
                + Base64.getEncoder().encodeToString("<!DOCTYPE html><html></html>".getBytes()) + "\"}]}").getBytes());
        assertTrue(generate(Map.of()).isEmpty(), "a web page");
        assertTrue(generate(Map.of("REEL_IMAGES_API", "comfyui")).isEmpty(), "no workflow configured");
        try (var left = Files.list(dir.resolve("media"))) {
            assertEquals(0, left.count());
        }
    }
}
