package dev.reelwright.farm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelwright.draft.DraftCodec;
import dev.reelwright.render.Cancellation;
import dev.reelwright.render.MediaResolver;
import dev.reelwright.render.Quality;
import dev.reelwright.render.RenderListener;
import dev.reelwright.render.RenderResult;
import dev.reelwright.render.Renderer;
import dev.reelwright.render.TestMedia;
import java.awt.Color;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The NATS server restarted in the middle of an export (a private nats-server with JetStream on a
 * free port, its store on disk, stopped and started again): the export still completes, with the
 * very video a local render makes; it never waits for ever.
 */
class NatsRestartTest {
    private static final Path NATS_SERVER = Path.of("/usr/sbin/nats-server");

    @TempDir
    Path dir;

    private Process server;
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stop() throws Exception {
        threads.shutdownNow();
        threads.awaitTermination(10, TimeUnit.SECONDS);
        if (server != null) {
            server.destroyForcibly().waitFor();
        }
    }

    private Process startServer(int port) throws Exception {
        Process started = new ProcessBuilder(NATS_SERVER.toString(), "-a", "127.0.0.1", "-p", Integer.toString(port), "-js",
                "-sd", dir.resolve("store").toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("nats.log").toFile())).start();
        long until = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < until) {
            try (var socket = new java.net.Socket("127.0.0.1", port)) {
                return started;
            } catch (java.io.IOException e) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("nats-server did not start: " + Files.readString(dir.resolve("nats.log")));
    }

    private static String draft() {
        return """
                {"v": 1, "m": {"w": 320, "h": 180, "fps": 30}, "d": 20000, "t": [
                  {"id": "v", "tt": 0, "sg": [
                    {"id": "still", "s": 0, "d": 10500, "src": "media:red.png", "m": {"kb": {"from": 1.0, "to": 1.3}}},
                    {"id": "aurora", "s": 10000, "d": 10000, "m": {"tr": {"type": "fade", "d": 500},
                      "gradient": {"from": "#1d3557", "to": "#457b9d", "angle": 140, "look": "aurora", "accent": "#f1faee"}}}]},
                  {"id": "music", "tt": 1, "m": {"role": "bgm"}, "sg": [
                    {"id": "bgm", "s": 0, "d": 20000, "src": "media:tone.wav", "m": {"vol": 0.5}}]}]}
                """;
    }

    @Test
    void anExportOutlivesARestartOfTheNatsServer() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(NATS_SERVER), "no nats-server at " + NATS_SERVER);
        TestMedia.image(dir.resolve("red.png"), 640, 360, new Color(200, 40, 40), "png");
        TestMedia.tone(dir.resolve("tone.wav"), 20, 330, 0.3);
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        server = startServer(port);
        String url = "nats://127.0.0.1:" + port;
        FarmNames names = new FarmNames("restart");
        AtomicInteger made = new AtomicInteger();
        try (Farm exporting = Farm.connect(url, names, FarmRenderTest.QUICK, "export");
             Farm working = Farm.connect(url, names, FarmRenderTest.QUICK, "worker");
             FarmWorker worker = new FarmWorker(working, dir.resolve("worker"), line -> {
                 if (line.startsWith("made chunk")) {
                     made.incrementAndGet();
                 }
             })) {
            threads.submit(worker::run);
            MediaResolver media = source -> dir.resolve(source.substring("media:".length()));
            Future<RenderResult> export = threads.submit(() -> new Renderer().withFarm(new NatsChunkFarm(exporting))
                    .render(DraftCodec.parse(draft()), media, Quality.DRAFT, dir.resolve("farm.mp4"), RenderListener.NONE, new Cancellation()));
            long until = System.currentTimeMillis() + 60_000;
            while (made.get() < 2 && System.currentTimeMillis() < until) {
                Thread.sleep(20);
            }
            assertTrue(made.get() >= 2, "the worker made chunks before the restart");
            server.destroy();
            server.waitFor();
            Thread.sleep(1_000);
            server = startServer(port);
            RenderResult result = export.get(120, TimeUnit.SECONDS);
            RenderResult local = new Renderer().render(DraftCodec.parse(draft()), media, Quality.DRAFT, dir.resolve("local.mp4"),
                    RenderListener.NONE, new Cancellation());
            assertArrayEquals(Files.readAllBytes(local.output()), Files.readAllBytes(result.output()),
                    "after the restart the export finished, and it is the same video");
        }
    }
}
