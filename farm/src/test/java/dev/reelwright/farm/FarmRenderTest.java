package dev.reelwright.farm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelwright.draft.DraftCodec;
import dev.reelwright.render.Cancellation;
import dev.reelwright.render.MediaResolver;
import dev.reelwright.render.Quality;
import dev.reelwright.render.RenderListener;
import dev.reelwright.render.RenderResult;
import dev.reelwright.render.Renderer;
import dev.reelwright.render.TestMedia;
import dev.reelwright.render.chunk.MediaHashes;
import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The farm against the real NATS server at 127.0.0.1:4222 (JetStream on; {@code .ci/run} starts it):
 * chunks made by workers give the very video a local render gives; a worker killed in the middle of
 * a chunk loses nothing but its lease; a chunk that fails every time fails its export, saying why.
 */
class FarmRenderTest {
    static final String NATS = System.getenv().getOrDefault("REEL_TEST_NATS", "nats://127.0.0.1:4222");
    static final FarmSettings QUICK = new FarmSettings(Duration.ofSeconds(2), 3, List.of(Duration.ofSeconds(2), Duration.ofSeconds(2)),
            Duration.ofSeconds(90));

    @TempDir
    Path dir;

    private Farm farm;
    private final List<FarmWorker> workers = new ArrayList<>();
    private final ExecutorService threads = Executors.newCachedThreadPool();

    static String draft(String title) {
        return """
                {"v": 1, "m": {"w": 320, "h": 180, "fps": 30}, "d": 7000, "t": [
                  {"id": "v", "tt": 0, "sg": [
                    {"id": "still", "s": 0, "d": 4000, "src": "media:red.png", "m": {"kb": {"from": 1.0, "to": 1.2}}},
                    {"id": "aurora", "s": 3500, "d": 3500, "m": {"tr": {"type": "fade", "d": 500},
                      "gradient": {"from": "#1d3557", "to": "#457b9d", "angle": 140, "look": "aurora", "accent": "#f1faee"}}}]},
                  {"id": "titles", "tt": 7, "m": {"role": "title"}, "sg": [
                    {"id": "t1", "s": 2100, "d": 1700, "m": {"text": "%s", "pos": "center", "size": 40}}]},
                  {"id": "music", "tt": 1, "m": {"role": "bgm"}, "sg": [
                    {"id": "bgm", "s": 0, "d": 7000, "src": "media:tone.wav", "m": {"vol": 0.5}}]}]}
                """.formatted(title);
    }

    @BeforeEach
    void connect() {
        TestMedia.image(dir.resolve("red.png"), 640, 360, new Color(200, 40, 40), "png");
        TestMedia.tone(dir.resolve("tone.wav"), 7, 330, 0.3);
        try {
            farm = Farm.connect(NATS, new FarmNames("t" + Long.toHexString(System.nanoTime())), QUICK, "test");
        } catch (FarmException e) {
            System.err.println("NOTICE: farm tests skipped: " + e.getMessage());
            Assumptions.abort(e.getMessage());
        }
    }

    @AfterEach
    void tearDown() throws Exception {
        workers.forEach(FarmWorker::close);
        threads.shutdownNow();
        threads.awaitTermination(10, TimeUnit.SECONDS);
        if (farm != null) {
            farm.tearDown();
            farm.close();
        }
    }

    private MediaResolver media() {
        return source -> dir.resolve(source.substring("media:".length()));
    }

    private void startWorker(String name) {
        FarmWorker worker = new FarmWorker(farm, dir.resolve("worker-" + name), line -> { });
        workers.add(worker);
        threads.submit(worker::run);
    }

    private RenderResult render(Renderer renderer, String json, String name) {
        return renderer.render(DraftCodec.parse(json), media(), Quality.DRAFT, dir.resolve(name), RenderListener.NONE, new Cancellation());
    }

    @Test
    void chunksMadeByWorkersAreTheVideoALocalRenderMakes() throws Exception {
        startWorker("a");
        startWorker("b");
        RenderResult onFarm = render(new Renderer().withFarm(new NatsChunkFarm(farm)), draft("On the farm"), "farm.mp4");
        RenderResult local = render(new Renderer(), draft("On the farm"), "local.mp4");
        assertEquals(4, onFarm.chunksEncoded());
        assertArrayEquals(Files.readAllBytes(local.output()), Files.readAllBytes(onFarm.output()), "the same bytes, made elsewhere");

        workers.forEach(FarmWorker::close);
        RenderResult again = render(new Renderer().withFarm(new NatsChunkFarm(farm)), draft("On the farm"), "farm-again.mp4");
        assertArrayEquals(Files.readAllBytes(local.output()), Files.readAllBytes(again.output()),
                "with no worker running, every chunk came from the farm's store");
    }

    @Test
    void aWorkerKilledMidChunkLosesOnlyItsLease() throws Exception {
        Process hanging = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-modules", "jdk.incubator.vector", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                HangingWorker.class.getName(), NATS, farm.names().prefix(), dir.resolve("hanging").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("hanging.log").toFile()).start();
        var render = threads.submit(() -> render(new Renderer().withFarm(new NatsChunkFarm(farm)), draft("Killed"), "killed.mp4"));
        long until = System.currentTimeMillis() + 30_000;
        while (!Files.exists(dir.resolve("hanging").resolve("took-a-job")) && System.currentTimeMillis() < until) {
            Thread.sleep(100);
        }
        assertTrue(Files.exists(dir.resolve("hanging").resolve("took-a-job")), "the hanging worker took a job: "
                + Files.readString(dir.resolve("hanging.log")));
        hanging.destroyForcibly().waitFor();
        startWorker("rescuer");
        RenderResult result = render.get(60, TimeUnit.SECONDS);
        RenderResult local = render(new Renderer(), draft("Killed"), "killed-local.mp4");
        assertArrayEquals(Files.readAllBytes(local.output()), Files.readAllBytes(result.output()),
                "the killed worker's chunk came back after its lease and was made by another: the same video");
    }

    @Test
    void aWorkerThatLosesItsStorageLeavesItsJobsToTheOthers() throws Exception {
        java.util.concurrent.atomic.AtomicInteger madeByA = new java.util.concurrent.atomic.AtomicInteger();
        Path folderA = dir.resolve("worker-a");
        FarmWorker a = new FarmWorker(farm, folderA, line -> {
            if (line.startsWith("made chunk")) {
                madeByA.incrementAndGet();
            }
        });
        workers.add(a);
        threads.submit(a::run);
        var render = threads.submit(() -> render(new Renderer().withFarm(new NatsChunkFarm(farm)), draft("Lost disk"), "lost.mp4"));
        long until = System.currentTimeMillis() + 30_000;
        while (madeByA.get() < 1 && System.currentTimeMillis() < until) {
            Thread.sleep(5);
        }
        // Its disk goes: the work folder is gone and a file stands where it was (moved in whole, while the
        // worker may be writing: until the file is what stands there).
        Path file = Files.writeString(dir.resolve("not-a-folder"), "not a folder");
        for (int attempt = 0; !Files.isRegularFile(folderA); attempt++) {
            if (Files.exists(folderA)) {
                Files.move(folderA, dir.resolve("gone-" + attempt));
            }
            try {
                Files.move(file, folderA);
            } catch (java.nio.file.FileAlreadyExistsException recreated) {
                // The worker made its folder again in between: take it away again.
            }
        }
        int madeBefore = madeByA.get();
        startWorker("b");
        RenderResult result = render.get(60, TimeUnit.SECONDS);
        assertTrue(madeByA.get() <= madeBefore + 1, "at most the chunk in hand when its disk went; then none");
        RenderResult local = render(new Renderer(), draft("Lost disk"), "lost-local.mp4");
        assertArrayEquals(Files.readAllBytes(local.output()), Files.readAllBytes(result.output()));
    }

    @Test
    void aChunkThatFailsEveryTimeFailsItsExportSayingWhy() throws Exception {
        // The photo's bytes in the farm's store are not a photo: every worker fails on every delivery.
        farm.media().put(io.nats.client.api.ObjectMeta.builder(NatsChunkFarm.mediaName(MediaHashes.of(dir.resolve("red.png")))).build(),
                new ByteArrayInputStream(new byte[] {1, 2, 3, 4}));
        startWorker("a");
        FarmException error = assertThrows(FarmException.class,
                () -> render(new Renderer().withFarm(new NatsChunkFarm(farm)), draft("Poison"), "poison.mp4"));
        assertTrue(error.getMessage().contains("after 3 tries"), error.getMessage());
        assertTrue(error.getMessage().contains("/red.png: "), "names the file: " + error.getMessage());
        assertTrue(Files.notExists(dir.resolve("poison.mp4")), "no output");
    }
}
