package dev.reelwright.director.stock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reelwright.director.make.SceneStock;
import dev.reelwright.director.make.UserMedia;
import dev.reelwright.director.prompt.PromptWriter;
import dev.reelwright.director.prompt.VideoPrompt;
import dev.reelwright.director.storyboard.Scene;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Pictures generated for the scenes by an image server the user runs, off unless
 * {@code REEL_IMAGES_URL} is set: an OpenAI-compatible images endpoint ({@code REEL_IMAGES_API=openai},
 * the default; {@code REEL_IMAGES_KEY}, {@code REEL_IMAGES_MODEL}), AUTOMATIC1111's {@code txt2img}
 * ({@code automatic1111}) or a ComfyUI workflow ({@code comfyui}: {@code REEL_COMFYUI_WORKFLOW} the
 * workflow saved in API format, {@code REEL_COMFYUI_PROMPT} the input to fill, as
 * {@code NODE.inputs.NAME}, and optionally {@code REEL_COMFYUI_NEGATIVE}). The prompt is the prompt
 * writer's for the scene's narration. What comes back is checked like a stock download; any
 * failure leaves the scene to the built-in pictures, said once.
 */
public final class ImageGenerator implements SceneStock {
    enum Api { OPENAI, AUTOMATIC1111, COMFYUI }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Api api;
    private final String url;
    private final Map<String, String> env;
    private final StockLibrary.MediaCheck check;
    private final HttpClient http;
    private final Duration timeout;
    private final Set<String> notes = new LinkedHashSet<>();
    private boolean failed;
    private int made;

    private ImageGenerator(Api api, String url, Map<String, String> env, StockLibrary.MediaCheck check, Duration timeout) {
        this.api = api;
        this.url = url.replaceAll("/$", "");
        this.env = env;
        this.check = check;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** The generator the environment configures, or empty. */
    public static Optional<ImageGenerator> fromEnv(Map<String, String> env, StockLibrary.MediaCheck check) {
        String url = env.getOrDefault("REEL_IMAGES_URL", "");
        if (url.isBlank()) {
            return Optional.empty();
        }
        Api api;
        try {
            api = Api.valueOf(env.getOrDefault("REEL_IMAGES_API", "openai").strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            api = Api.OPENAI;
        }
        long timeoutMs = 120_000;
        try {
            timeoutMs = Math.max(100, Long.parseLong(env.getOrDefault("REEL_IMAGES_TIMEOUT_MS", "120000").strip()));
        } catch (NumberFormatException ignored) {
            // The default.
        }
        return Optional.of(new ImageGenerator(api, url.strip(), env, check, Duration.ofMillis(timeoutMs)));
    }

    private String server() {
        return switch (api) {
            case OPENAI -> "the image server";
            case AUTOMATIC1111 -> "AUTOMATIC1111";
            case COMFYUI -> "ComfyUI";
        };
    }

    @Override
    public Optional<UserMedia> forScene(Scene scene, int widthPx, int heightPx, long sceneMs, Path mediaFolder) {
        if (failed || scene == null || scene.narration().isBlank()) {
            return Optional.empty();
        }
        VideoPrompt prompt = PromptWriter.write(scene.narration());
        String text = prompt.concept() + " " + prompt.style() + "; " + prompt.lighting() + "; " + prompt.colorGrade() + ". A still image, no text.";
        int[] size = generatedSize(widthPx, heightPx);
        try {
            byte[] image = switch (api) {
                case OPENAI -> openAi(text, size);
                case AUTOMATIC1111 -> automatic1111(text, prompt.negativePrompt(), size);
                case COMFYUI -> comfyUi(text, prompt.negativePrompt());
            };
            String kind = MediaBytes.kind(java.util.Arrays.copyOf(image, Math.min(16, image.length)));
            if (kind == null || kind.equals("mp4") || kind.equals("webm")) {
                throw new StockException(server() + " sent " + MediaBytes.describe(java.util.Arrays.copyOf(image, Math.min(16, image.length)))
                        + " instead of an image");
            }
            if (image.length > StockLibrary.MAX_BYTES) {
                throw new StockException(server() + "'s image is too large");
            }
            Path file = mediaFolder.resolve("generated-" + (++made) + "." + kind);
            Files.write(file, image);
            StockItem item = new StockItem(server(), "generated-" + made, file.toUri(), false, size[0], size[1], 0,
                    "Picture generated for this video by " + server() + " (" + url + ")");
            try {
                return Optional.of(check.check(file, item));
            } catch (Exception e) {
                Files.deleteIfExists(file);
                throw new StockException(server() + "'s image cannot be read (" + e.getMessage() + ")");
            }
        } catch (StockException e) {
            failed = true;
            notes.add(e.getMessage() + "; using the built-in pictures instead");
        } catch (IOException e) {
            failed = true;
            notes.add(server() + " cannot be reached (" + e.getClass().getSimpleName() + "); using the built-in pictures instead");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed = true;
        }
        return Optional.empty();
    }

    /** A size image models make, in the canvas's shape: 1792x1024, 1024x1792 or 1024x1024. */
    static int[] generatedSize(int widthPx, int heightPx) {
        double ratio = widthPx / (double) heightPx;
        return ratio > 1.2 ? new int[] {1792, 1024} : ratio < 0.83 ? new int[] {1024, 1792} : new int[] {1024, 1024};
    }

    private byte[] openAi(String prompt, int[] size) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode().put("prompt", prompt).put("n", 1).put("size", size[0] + "x" + size[1])
                .put("response_format", "b64_json");
        if (env.containsKey("REEL_IMAGES_MODEL")) {
            body.put("model", env.get("REEL_IMAGES_MODEL"));
        }
        JsonNode answer = post("/v1/images/generations", body, env.get("REEL_IMAGES_KEY"));
        JsonNode first = answer.path("data").path(0);
        if (first.hasNonNull("b64_json")) {
            return decode(first.path("b64_json").asText());
        }
        if (first.hasNonNull("url")) {
            return get(URI.create(first.path("url").asText()));
        }
        throw new StockException(server() + " answered without an image");
    }

    private byte[] automatic1111(String prompt, String negative, int[] size) throws IOException, InterruptedException {
        // Stable Diffusion works best near its training size: the same shape at about a megapixel, in multiples of 64.
        double scale = Math.sqrt(1024.0 * 1024 / (size[0] * (double) size[1]));
        ObjectNode body = JSON.createObjectNode().put("prompt", prompt).put("negative_prompt", negative).put("steps", 25)
                .put("width", 64 * Math.round(size[0] * scale / 64)).put("height", 64 * Math.round(size[1] * scale / 64));
        JsonNode answer = post("/sdapi/v1/txt2img", body, null);
        if (!answer.path("images").path(0).isTextual()) {
            throw new StockException(server() + " answered without an image");
        }
        return decode(answer.path("images").path(0).asText());
    }

    private byte[] comfyUi(String prompt, String negative) throws IOException, InterruptedException {
        String workflowFile = env.get("REEL_COMFYUI_WORKFLOW");
        String promptInput = env.get("REEL_COMFYUI_PROMPT");
        if (workflowFile == null || promptInput == null) {
            throw new StockException("ComfyUI needs REEL_COMFYUI_WORKFLOW (the workflow in API format) and REEL_COMFYUI_PROMPT"
                    + " (the input to fill, e.g. 6.inputs.text)");
        }
        ObjectNode workflow;
        try {
            workflow = (ObjectNode) JSON.readTree(Files.readString(Path.of(workflowFile)));
        } catch (IOException | ClassCastException e) {
            throw new StockException("ComfyUI: " + workflowFile + " is not a workflow in API format (JSON)");
        }
        fill(workflow, promptInput, prompt);
        if (env.containsKey("REEL_COMFYUI_NEGATIVE")) {
            fill(workflow, env.get("REEL_COMFYUI_NEGATIVE"), negative);
        }
        ObjectNode body = JSON.createObjectNode().put("client_id", "reelwright");
        body.set("prompt", workflow);
        String id = post("/prompt", body, null).path("prompt_id").asText();
        if (id.isEmpty()) {
            throw new StockException("ComfyUI did not queue the workflow");
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode history = JSON.readTree(get(URI.create(url + "/history/" + URLEncoder.encode(id, StandardCharsets.UTF_8)))).path(id);
            for (Iterator<JsonNode> outputs = history.path("outputs").elements(); outputs.hasNext(); ) {
                JsonNode image = outputs.next().path("images").path(0);
                if (image.hasNonNull("filename")) {
                    return get(URI.create(url + "/view?filename=" + URLEncoder.encode(image.path("filename").asText(), StandardCharsets.UTF_8)
                            + "&subfolder=" + URLEncoder.encode(image.path("subfolder").asText(""), StandardCharsets.UTF_8)
                            + "&type=" + URLEncoder.encode(image.path("type").asText("output"), StandardCharsets.UTF_8)));
                }
            }
            Thread.sleep(250);
        }
        throw new StockException("ComfyUI did not finish within " + timeout.toSeconds() + " s");
    }

    /** Sets {@code NODE.inputs.NAME} of a ComfyUI workflow. */
    private static void fill(ObjectNode workflow, String input, String value) {
        String[] path = input.split("\\.");
        if (path.length != 3 || !path[1].equals("inputs") || !(workflow.path(path[0]).path("inputs") instanceof ObjectNode inputs)) {
            throw new StockException("ComfyUI: the workflow has no input " + input + " (give it as NODE.inputs.NAME, e.g. 6.inputs.text)");
        }
        inputs.put(path[2], value);
    }

    private JsonNode post(String path, ObjectNode body, String key) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path)).timeout(timeout).header("Content-Type", "application/json")
                .header("User-Agent", "Reelwright").POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (key != null && !key.isBlank()) {
            request.header("Authorization", "Bearer " + key.strip());
        }
        HttpResponse<byte[]> answer = send(request.build());
        try {
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new StockException(server() + " answered something that is not JSON");
        }
    }

    private byte[] get(URI uri) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent", "Reelwright").GET().build()).body();
    }

    private HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> answer;
        try {
            answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.net.http.HttpTimeoutException e) {
            throw new StockException(server() + " did not answer within " + timeout.toSeconds() + " s");
        }
        if (answer.statusCode() == 401 || answer.statusCode() == 403) {
            throw new StockException(server() + " refused the key (HTTP " + answer.statusCode() + ")");
        }
        if (answer.statusCode() / 100 != 2) {
            throw new StockException(server() + " answered HTTP " + answer.statusCode());
        }
        return answer;
    }

    private byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64.replaceFirst("^data:[^,]*,", "").strip());
        } catch (IllegalArgumentException e) {
            throw new StockException(server() + " sent an image that is not base64");
        }
    }

    @Override
    public List<String> notes() {
        return List.copyOf(notes);
    }
}
