package dev.reelwright.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reelwright.render.TestMedia;
import dev.reelwright.server.http.ApiServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32;
import dev.reelwright.server.ApiClient.Part;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploads over real HTTP: kept with their facts, refused with 4001/4002 and nothing left behind. */
class UploadTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private ApiServer server;
    private String base;

    @TempDir
    Path folder;

    private void start(ServerSettings settings) {
        server = new ApiServer(TestDatabases.open("sqlite", folder), settings, folder, new PrintStream(OutputStream.nullOutputStream()));
        base = "http://127.0.0.1:" + server.start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<byte[]> get(String url, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private JsonNode json(String method, String path, String token, String body, String... headers) throws Exception {
        return new ApiClient(base).as(token).send(method, path, body, headers);
    }

    private HttpResponse<String> upload(String token, String session, Part... parts) throws Exception {
        return new ApiClient(base).as(token).uploadParts(session, parts);
    }

    private String[] tokenAndSession(String client) throws Exception {
        String token = json("POST", "/api/auth/anonymous-token", null, null, "X-Client-Id", client).path("data").path("token").asText();
        String session = json("POST", "/api/tasks/me/with-session/nemo_agent", token, "{}").path("data").path("session_id").asText();
        return new String[] {token, session};
    }

    private static byte[] png(int width, int height) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    @Test
    void photosSoundAndScriptsAreKeptWithTheirFactsAndOnlyTheirOwnerReadsThem() throws Exception {
        start(ServerSettings.defaults());
        String[] ids = tokenAndSession("uploader");
        byte[] photo = png(64, 48);
        Path wav = folder.resolve("tone.wav");
        TestMedia.tone(wav, 1, 440, 0.2);
        byte[] sound = Files.readAllBytes(wav);
        byte[] script = "# Harbour\n\nBoats leave at dawn. Gulls follow them home.\n".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = upload(ids[0], ids[1], new Part("photo.png", photo), new Part("tone.wav", sound),
                new Part("../../script.md", script));
        assertEquals(200, response.statusCode(), response.body());
        JsonNode files = JSON.readTree(response.body()).path("data").path("files");
        assertEquals(3, files.size());
        assertEquals("image", files.get(0).path("file_type").asText());
        assertEquals(64, files.get(0).path("width").asInt());
        assertEquals(48, files.get(0).path("height").asInt());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(photo)), files.get(0).path("hash").asText());
        assertEquals("audio", files.get(1).path("file_type").asText());
        assertEquals(1.0, files.get(1).path("duration").asDouble(), 0.05);
        assertEquals("document", files.get(2).path("file_type").asText());
        assertEquals("script.md", files.get(2).path("filename").asText(), "no folders in a kept name");
        assertTrue(JSON.readTree(response.body()).path("data").path("session_state_applied").asBoolean());

        HttpResponse<byte[]> back = get(files.get(0).path("cdn_url").asText(), ids[0]);
        assertEquals(200, back.statusCode());
        assertArrayEquals(photo, back.body());
        String stranger = tokenAndSession("stranger")[0];
        assertEquals(404, get(files.get(0).path("cdn_url").asText(), stranger).statusCode());
        JsonNode state = json("GET", "/api/state/nemo_agent/me/" + ids[1] + "/latest", ids[0], null).path("data").path("state");
        assertEquals(3, state.path("video_infos").size());
    }

    @Test
    void filesWhoseContentIsNotWhatTheirNameSaysOrThatCannotBeReadAreRefused() throws Exception {
        start(ServerSettings.defaults());
        String[] ids = tokenAndSession("lies");
        assertRefused(ids, new Part("photo.jpg", "just words, not a picture".getBytes(StandardCharsets.UTF_8)), 4001, "not what its name");
        assertRefused(ids, new Part("notes.txt", new byte[] {0x4D, 0x5A, 0, 0, 1, 2, 3}), 4001, "accepted");
        assertRefused(ids, new Part("clip.gif", png(8, 8)), 4001, "not what its name");
        assertRefused(ids, new Part("tool.exe", png(8, 8)), 4001, "accepted");
        byte[] brokenJpeg = new byte[4000];
        brokenJpeg[0] = (byte) 0xFF;
        brokenJpeg[1] = (byte) 0xD8;
        brokenJpeg[2] = (byte) 0xFF;
        assertRefused(ids, new Part("broken.jpg", brokenJpeg), 4001, "cannot be read");
        assertRefused(ids, new Part("huge.png", hugePngHeader()), 4001, "megapixel");
        assertRefused(ids, new Part("empty.md", "   \n\n  ".getBytes(StandardCharsets.UTF_8)), 4001, "");
        try (var left = Files.walk(folder.resolve("media"))) {
            assertEquals(List.of(), left.filter(Files::isRegularFile).toList(), "nothing refused is kept");
        }
        assertEquals("ok", json("GET", "/healthz", null, null).path("data").path("status").asText());
    }

    @Test
    void aFileOverTheCapIsRefusedWhileStreamingAndNothingIsKept() throws Exception {
        start(ServerSettings.defaults().withUploadMaxBytes(50_000));
        String[] ids = tokenAndSession("big");
        byte[] big = new byte[80_000];
        System.arraycopy(png(8, 8), 0, big, 0, 50);
        HttpResponse<String> response = upload(ids[0], ids[1], new Part("big.png", big));
        assertEquals(4002, JSON.readTree(response.body()).path("code").asInt(), response.body());
        JsonNode state = json("GET", "/api/state/nemo_agent/me/" + ids[1] + "/latest", ids[0], null).path("data").path("state");
        assertEquals(0, state.path("video_infos").size());
        JsonNode url = json("POST", "/api/upload-video/nemo_agent/me/" + ids[1], ids[0], "{\"urls\": [\"http://127.0.0.1/x\"]}",
                "Content-Type", "application/json");
        assertEquals(4001, url.path("code").asInt(), url.toString());
        assertTrue(url.path("message").asText().contains("loopback"), "the real resolver is guarded too: " + url);
    }

    private void assertRefused(String[] ids, Part part, int code, String says) throws Exception {
        HttpResponse<String> response = upload(ids[0], ids[1], part);
        JsonNode body = JSON.readTree(response.body());
        assertEquals(code, body.path("code").asInt(), part.name() + ": " + response.body());
        assertTrue(body.path("message").asText().contains(says), part.name() + ": " + response.body());
        assertTrue(body.path("message").asText().startsWith(part.name()), "the message names the file: " + response.body());
    }

    /** A PNG whose header says 10000x10000 (100 megapixels), with no pixels after it. */
    private static byte[] hugePngHeader() {
        java.nio.ByteBuffer png = java.nio.ByteBuffer.allocate(8 + 25 + 12);
        png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        byte[] ihdr = java.nio.ByteBuffer.allocate(17).put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(10_000).putInt(10_000)
                .put(new byte[] {8, 2, 0, 0, 0}).array();
        CRC32 crc = new CRC32();
        crc.update(ihdr);
        png.putInt(13).put(ihdr).putInt((int) crc.getValue());
        png.putInt(0).put("IEND".getBytes(StandardCharsets.US_ASCII));
        CRC32 end = new CRC32();
        end.update("IEND".getBytes(StandardCharsets.US_ASCII));
        png.putInt((int) end.getValue());
        return png.array();
    }
}
