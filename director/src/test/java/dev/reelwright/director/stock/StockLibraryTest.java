package dev.reelwright.director.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pexels and Pixabay against local fake servers: a photo found, fetched, checked and credited;
 * the cache; and every way it can go wrong, each falling back to the built-in pictures with one
 * note and no key in any message.
 */
class StockLibraryTest {
    private static final String KEY = "secret-key-123";
    private static final Scene COFFEE = new Scene(0, null, List.of("A fresh cup of coffee."), "fresh cup", List.of("coffee", "cup"), 3_000, -1);

    @TempDir
    Path dir;

    private HttpServer server;
    private final Map<String, Integer> hits = new HashMap<>();
    /** What the fake answers, by path: status, content type, body, and a delay in ms. */
    private final Map<String, Object[]> answers = new HashMap<>();
    private final AtomicInteger busy = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        answers.put("/photo.png", new Object[] {200, "image/png", png(), 0});
        answers.put("/videos/search", new Object[] {200, "application/json", "{\"videos\":[]}".getBytes(), 0});
        answers.put("/api/videos/", new Object[] {200, "application/json", "{\"hits\":[]}".getBytes(), 0});
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        hits.merge(path, 1, Integer::sum);
        try (exchange) {
            if (busy.get() > 0 && path.startsWith("/v1")) {
                busy.decrementAndGet();
                exchange.getResponseHeaders().add("Retry-After", "1");
                exchange.sendResponseHeaders(429, -1);
                return;
            }
            Object[] answer = answers.getOrDefault(path, new Object[] {404, "text/plain", new byte[0], 0});
            if ((int) answer[3] > 0) {
                try {
                    Thread.sleep((int) answer[3]);
                } catch (InterruptedException e) {
                    return;
                }
            }
            exchange.getResponseHeaders().add("Content-Type", (String) answer[1]);
            if (answer.length > 4) {
                exchange.getResponseHeaders().add("X-Ratelimit-Remaining", (String) answer[4]);
                exchange.getResponseHeaders().add("X-Ratelimit-Reset", "3600");
            }
            byte[] body = (byte[]) answer[2];
            exchange.sendResponseHeaders((int) answer[0], body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
        }
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(1280, 720, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private String pexelsPhotos(String src) {
        return "{\"photos\":[{\"id\":42,\"width\":1920,\"height\":1080,\"url\":\"https://www.pexels.com/photo/coffee-42/\","
                + "\"photographer\":\"Ana Lima\",\"src\":{\"large\":\"" + src + "\",\"large2x\":\"" + src + "\"}}]}";
    }

    private StockLibrary library(Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(extra);
        env.put("REEL_CACHE_DIR", dir.resolve("cache").toString());
        env.put("REEL_STOCK_TIMEOUT_MS", "800");
        return StockLibrary.fromEnv(env, (file, item) -> {
            BufferedImage image = ImageIO.read(file.toFile());
            if (image == null) {
                throw new IllegalStateException("not a picture");
            }
            return new UserMedia(file, false, image.getWidth(), image.getHeight(), 0, "", item.credit());
        }).orElseThrow();
    }

    private StockLibrary pexels() {
        return library(Map.of("PEXELS_API_KEY", KEY, "REEL_PEXELS_URL", url()));
    }

    private Optional<UserMedia> find(StockLibrary library) throws IOException {
        return library.forScene(COFFEE, 1280, 720, 3_000, Files.createDirectories(dir.resolve("media")));
    }

    private static void assertNoKey(StockLibrary library) {
        library.notes().forEach(note -> assertFalse(note.contains(KEY), "the key stays secret: " + note));
    }

    @Test
    void offUnlessAKeyIsSet() {
        assertTrue(StockLibrary.fromEnv(Map.of("PEXELS_API_KEY", "  "), (f, i) -> null).isEmpty());
    }

    @Test
    void aPexelsPhotoIsFetchedCheckedCreditedAndTheSearchCached() throws Exception {
        answers.put("/v1/search", new Object[] {200, "application/json", pexelsPhotos(url() + "/photo.png").getBytes(), 0});
        UserMedia found = find(pexels()).orElseThrow();
        assertEquals(1280, found.widthPx());
        assertEquals("Photo by Ana Lima on Pexels, https://www.pexels.com/photo/coffee-42/", found.credit());
        assertTrue(Files.exists(found.file()));
        // A second video the same day asks the cache, not Pexels.
        find(pexels());
        assertEquals(1, hits.get("/v1/search"));
    }

    @Test
    void aPixabayPhotoToo() throws Exception {
        answers.put("/api/", new Object[] {200, "application/json", ("{\"hits\":[{\"id\":7,\"imageWidth\":1920,\"imageHeight\":1080,"
                + "\"largeImageURL\":\"" + url() + "/photo.png\",\"pageURL\":\"https://pixabay.com/photos/coffee-7/\",\"user\":\"beans\"}]}").getBytes(), 0});
        UserMedia found = find(library(Map.of("PIXABAY_API_KEY", KEY, "REEL_PIXABAY_URL", url()))).orElseThrow();
        assertEquals("Photo by beans on Pixabay, https://pixabay.com/photos/coffee-7/", found.credit());
    }

    @Test
    void aBriefRateLimitIsWaitedOutOnce() throws Exception {
        answers.put("/v1/search", new Object[] {200, "application/json", pexelsPhotos(url() + "/photo.png").getBytes(), 0});
        busy.set(1);
        assertTrue(find(pexels()).isPresent());
        assertEquals(2, hits.get("/v1/search"), "asked again after Retry-After");
    }

    @Test
    void noRequestsLeftStopsAskingUntilTheReset() throws Exception {
        answers.put("/videos/search", new Object[] {200, "application/json", "{\"videos\":[]}".getBytes(), 0, "0"});
        StockLibrary library = pexels();
        assertTrue(find(library).isEmpty());
        assertTrue(library.notes().stream().anyMatch(n -> n.contains("rate limit")), library.notes().toString());
        assertEquals(null, hits.get("/v1/search"), "the photo search was not sent");
    }

    @Test
    void eachFailureFallsBackWithOneNote() throws Exception {
        // An empty result.
        answers.put("/v1/search", new Object[] {200, "application/json", "{\"photos\":[]}".getBytes(), 0});
        StockLibrary empty = pexels();
        assertTrue(find(empty).isEmpty());
        assertTrue(empty.notes().toString().contains("nothing suitable"), empty.notes().toString());

        // A challenge page where the photo should be.
        answers.put("/v1/search", new Object[] {200, "application/json", pexelsPhotos(url() + "/challenge").getBytes(), 0});
        answers.put("/challenge", new Object[] {200, "text/html", "<!DOCTYPE html><html>Checking your browser</html>".getBytes(), 0});
        forgetCache();
        StockLibrary challenged = pexels();
        assertTrue(find(challenged).isEmpty());
        assertTrue(challenged.notes().toString().contains("a web page"), challenged.notes().toString());
        try (var left = Files.list(dir.resolve("media"))) {
            assertEquals(0, left.count(), "nothing half-downloaded is kept");
        }

        // A refused key, a timeout, no network.
        answers.put("/videos/search", new Object[] {401, "application/json", "{\"error\":\"bad key\"}".getBytes(), 0});
        forgetCache();
        StockLibrary refused = pexels();
        assertTrue(find(refused).isEmpty());
        assertTrue(refused.notes().toString().contains("refused the API key"), refused.notes().toString());
        assertNoKey(refused);

        answers.put("/videos/search", new Object[] {200, "application/json", "{\"videos\":[]}".getBytes(), 3_000});
        forgetCache();
        StockLibrary slow = pexels();
        assertTrue(find(slow).isEmpty());
        assertTrue(slow.notes().toString().contains("did not answer within"), slow.notes().toString());

        StockLibrary down = library(Map.of("PEXELS_API_KEY", KEY, "REEL_PEXELS_URL", "http://127.0.0.1:1"));
        assertTrue(find(down).isEmpty());
        assertTrue(find(down).isEmpty());
        assertEquals(1, down.notes().size(), "said once: " + down.notes());
        assertTrue(down.notes().get(0).contains("cannot be reached") && down.notes().get(0).contains("built-in pictures"), down.notes().toString());
    }

    private StockLibrary pixabay() {
        return library(Map.of("PIXABAY_API_KEY", KEY, "REEL_PIXABAY_URL", url()));
    }

    private String pixabayPhotos(String src) {
        return "{\"hits\":[{\"id\":7,\"imageWidth\":1920,\"imageHeight\":1080,\"largeImageURL\":\"" + src
                + "\",\"pageURL\":\"https://pixabay.com/photos/coffee-7/\",\"user\":\"beans\"}]}";
    }

    @Test
    void pixabayFailsTheSameWays() throws Exception {
        answers.put("/api/", new Object[] {200, "application/json", "{\"hits\":[]}".getBytes(), 0});
        StockLibrary empty = pixabay();
        assertTrue(find(empty).isEmpty());
        assertTrue(empty.notes().toString().contains("nothing suitable"), empty.notes().toString());

        forgetCache();
        answers.put("/api/", new Object[] {200, "application/json", pixabayPhotos(url() + "/challenge").getBytes(), 0});
        answers.put("/challenge", new Object[] {200, "text/html", "<html><body>Are you human?</body></html>".getBytes(), 0});
        StockLibrary challenged = pixabay();
        assertTrue(find(challenged).isEmpty());
        assertTrue(challenged.notes().toString().contains("a web page"), challenged.notes().toString());

        forgetCache();
        answers.put("/api/videos/", new Object[] {400, "text/plain", "[ERROR 400] Invalid or missing API key".getBytes(), 0});
        StockLibrary refused = pixabay();
        assertTrue(find(refused).isEmpty());
        assertTrue(refused.notes().toString().contains("Pixabay answered HTTP 400"), refused.notes().toString());
        assertNoKey(refused);

        forgetCache();
        answers.put("/api/videos/", new Object[] {200, "application/json", "{\"hits\":[]}".getBytes(), 3_000});
        StockLibrary slow = pixabay();
        assertTrue(find(slow).isEmpty());
        assertTrue(slow.notes().toString().contains("did not answer within"), slow.notes().toString());

        StockLibrary down = library(Map.of("PIXABAY_API_KEY", KEY, "REEL_PIXABAY_URL", "http://127.0.0.1:1"));
        assertTrue(find(down).isEmpty());
        assertEquals(1, down.notes().size(), down.notes().toString());
    }

    private void forgetCache() throws IOException {
        if (Files.isDirectory(dir.resolve("cache"))) {
            try (var files = Files.walk(dir.resolve("cache"))) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void webPagesAreKnownByTheirBytes() {
        assertEquals(null, MediaBytes.kind("<!doctype html>".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("png", MediaBytes.kind(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}));
        assertEquals("mp4", MediaBytes.kind(new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'}));
    }
}
