package dev.reelwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.reelwright.draft.Draft;
import dev.reelwright.draft.Segment;
import dev.reelwright.render.Cancellation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reel make} with a Pexels key: scenes show the library's photos, credited; a library that fails leaves the built-in pictures. */
class StockMakeTest {
    @TempDir
    Path dir;

    private ReelRun make(Map<String, String> env, String name) throws Exception {
        Path script = Files.writeString(dir.resolve(name + ".txt"), "Morning Coffee\n\nA fresh cup of coffee starts the day.\n\nVisit us today.\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Map<String, String> all = new HashMap<>(System.getenv());
        all.putAll(env);
        all.put("REEL_CACHE_DIR", dir.resolve("cache").toString());
        int code = Reel.run(List.of("make", script.toString(), "-o", dir.resolve(name + ".mp4").toString(), "--resolution", "480p",
                "--quality", "draft"), new ByteArrayInputStream(new byte[0]), all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new Cancellation());
        return new ReelRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void scenesShowTheLibrarysPhotosWithTheirCredits() throws Exception {
        HttpServer pexels = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        Path photo = dir.resolve("source.jpg");
        SampleMedia.writeImage(SampleMedia.photo(5, 1280, 720), photo);
        byte[] jpeg = Files.readAllBytes(photo);
        String base = "http://127.0.0.1:";
        pexels.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            byte[] body = switch (path) {
                case "/videos/search" -> "{\"videos\":[]}".getBytes();
                case "/v1/search" -> ("{\"photos\":[{\"id\":" + Math.abs(exchange.getRequestURI().getQuery().hashCode() % 1000)
                        + ",\"width\":1280,\"height\":720,\"url\":\"https://www.pexels.com/photo/1/\",\"photographer\":\"Ana Lima\","
                        + "\"src\":{\"large\":\"" + base + pexels.getAddress().getPort() + "/photo.jpg\"}}]}").getBytes();
                case "/photo.jpg" -> jpeg;
                default -> new byte[0];
            };
            exchange.sendResponseHeaders(body.length == 0 ? 404 : 200, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        pexels.start();
        try {
            ReelRun run = make(Map.of("PEXELS_API_KEY", "k-123", "REEL_PEXELS_URL", base + pexels.getAddress().getPort()), "stock");
            assertEquals(0, run.exitCode(), run.err() + run.out());
            Draft draft = DraftFiles.read(dir.resolve("stock.draft.json"));
            List<Segment> stock = draft.tracks().get(0).segments().stream()
                    .filter(s -> s.source() != null && s.source().startsWith("media:stock-pexels-")).toList();
            assertTrue(!stock.isEmpty(), "a scene shows the Pexels photo: " + draft.tracks().get(0).segments());
            assertEquals("Photo by Ana Lima on Pexels, https://www.pexels.com/photo/1/", stock.get(0).meta().extra().get("credit"));
            assertTrue(Files.exists(dir.resolve("stock.media").resolve(stock.get(0).source().substring("media:".length()))));
            assertTrue(Files.readString(dir.resolve("stock.credits.txt")).contains("Photo by Ana Lima on Pexels"));
            assertTrue(!run.out().contains("k-123") && !run.err().contains("k-123"), "the key is never printed");
        } finally {
            pexels.stop(0);
        }
    }

    @Test
    void aLibraryThatCannotBeReachedLeavesTheBuiltInPicturesAndSaysSoOnce() throws Exception {
        ReelRun run = make(Map.of("PEXELS_API_KEY", "k-123", "REEL_PEXELS_URL", "http://127.0.0.1:1"), "offline");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(1, run.out().split("Pexels cannot be reached", -1).length - 1, run.out());
        Draft draft = DraftFiles.read(dir.resolve("offline.draft.json"));
        assertTrue(draft.tracks().stream().anyMatch(t -> t.id().equals("pictures")), "the built-in pictures instead");
    }
}
