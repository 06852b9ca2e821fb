package dev.reelwright.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reelwright.farm.Farm;
import dev.reelwright.farm.FarmException;
import dev.reelwright.farm.FarmMaker;
import dev.reelwright.farm.FarmNames;
import dev.reelwright.farm.FarmSettings;
import dev.reelwright.farm.FarmWorker;
import dev.reelwright.farm.NatsChunkFarm;
import dev.reelwright.render.TestMedia;
import dev.reelwright.render.chunk.MediaHashes;
import dev.reelwright.render.media.MediaInfo;
import dev.reelwright.render.media.MediaProbe;
import dev.reelwright.server.chat.LocalMaker;
import dev.reelwright.server.http.ApiServer;
import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code reel serve --nats} against the real NATS server: a chat turn's video is made by a farm
 * worker (from the user's uploaded photos, which go with the job) and exported on the farm; an
 * export whose chunk fails on every try fails saying why, with its credits released; a cancelled
 * farm export takes its waiting chunk jobs off the queue.
 */
class FarmServerTest {
    private static final String NATS = System.getenv().getOrDefault("REEL_TEST_NATS", "nats://127.0.0.1:4222");
    private static final FarmSettings QUICK = new FarmSettings(Duration.ofSeconds(2), 3, List.of(Duration.ofSeconds(2), Duration.ofSeconds(2)),
            Duration.ofSeconds(90));

    @TempDir
    Path folder;

    private Farm farm;
    private ApiServer server;
    private ApiClient api;
    private final List<AutoCloseable> workers = new ArrayList<>();
    private final List<Path> workFolders = new ArrayList<>();
    private final List<String> workerLog = new CopyOnWriteArrayList<>();
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @BeforeEach
    void start() throws Exception {
        FarmNames names = new FarmNames("s" + Long.toHexString(System.nanoTime()));
        try {
            // The first to connect sets up the queues, with quick leases and retries; the server takes them from there.
            farm = Farm.connect(NATS, names, QUICK, "test");
        } catch (FarmException e) {
            System.err.println("NOTICE: farm server tests skipped: " + e.getMessage());
            Assumptions.abort(e.getMessage());
        }
        server = new ApiServer(TestDatabases.open("sqlite", folder), ServerSettings.defaults(), folder,
                new PrintStream(OutputStream.nullOutputStream()));
        server.onFarm(NATS, names.prefix());
        api = new ApiClient("http://127.0.0.1:" + server.start("127.0.0.1", 0));
        api.signIn("farm-server");
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable worker : workers) {
            worker.close();
        }
        threads.shutdownNow();
        threads.awaitTermination(10, TimeUnit.SECONDS);
        if (server != null) {
            server.close();
        }
        if (farm != null) {
            farm.tearDown();
            farm.close();
        }
        for (Path work : workFolders) {
            deleteTree(work);
        }
    }

    /**
     * A {@code reel worker} in this process: a chunk maker and a video maker on one work folder, given
     * as a relative path as {@code reel worker}'s default is.
     */
    private void startWorker(String name) {
        Path work = Path.of("target", "farm-worker-" + name + "-" + System.nanoTime());
        workFolders.add(work);
        FarmWorker chunks = new FarmWorker(farm, work, workerLog::add);
        FarmMaker videos = new FarmMaker(farm, work, new LocalMaker(Duration.ofMinutes(5)), workerLog::add);
        workers.add(chunks);
        workers.add(videos);
        threads.submit(chunks::run);
        threads.submit(videos::run);
    }

    private void stopWorkers() throws Exception {
        for (AutoCloseable worker : workers) {
            worker.close();
        }
        workers.clear();
        Thread.sleep(1_500); // Their next poll sees the stop.
    }

    private String sessionWithPhotos() throws Exception {
        String session = api.send("POST", "/api/tasks/me/with-session/nemo_agent", "{\"task_name\": \"farm\", \"language\": \"en\"}")
                .path("data").path("session_id").asText();
        Path red = TestMedia.image(folder.resolve("red.png"), 640, 360, new Color(200, 40, 40), "png");
        Path blue = TestMedia.image(folder.resolve("blue.png"), 640, 360, new Color(40, 60, 200), "png");
        var uploaded = api.uploadParts(session, new ApiClient.Part("red.png", Files.readAllBytes(red)),
                new ApiClient.Part("blue.png", Files.readAllBytes(blue)));
        assertEquals(200, uploaded.statusCode(), uploaded.body());
        return session;
    }

    private JsonNode export(String session, String id) throws Exception {
        JsonNode started = api.send("POST", "/api/render/proxy/lambda", "{\"id\": \"" + id + "\", \"sessionId\": \"" + session
                + "\", \"output\": {\"format\": \"mp4\", \"quality\": \"draft\", \"resolution\": \"480p\"}}");
        assertEquals(0, started.path("code").asInt(), started.toString());
        return started;
    }

    @Test
    void aChatTurnsVideoIsMadeAndExportedByTheFarmsWorkers() throws Exception {
        startWorker("a");
        String session = sessionWithPhotos();
        ApiClient.Turn refused = api.chat(session, "turn my script into a video: ?! ?! ?!");
        String reply = refused.last().path("content").path("parts").get(0).path("text").asText();
        assertTrue(reply.contains("no words to speak"), "the director's own words come back from the worker: " + reply);
        assertEquals(1, workerLog.stream().filter(line -> line.contains("failed (try")).count(), "a refused request is not tried again: "
                + workerLog);
        assertEquals(100, api.send("GET", "/api/credits/balance/simple", null).path("data").path("available").asInt(), "nothing charged");

        // Photos with nothing to say: a montage to music.
        ApiClient.Turn made = api.chat(session, "turn these photos into a 6-second video");
        assertTrue(made.last().path("turnComplete").asBoolean(), made.last().toString());
        assertTrue(workerLog.stream().anyMatch(line -> line.startsWith("made generation")), "made by the worker: " + workerLog);
        assertTrue(made.events().stream().anyMatch(e -> e.toString().contains("Working on the")), "the worker's stages reach the stream");
        JsonNode draft = api.send("GET", "/api/state/nemo_agent/me/" + session + "/latest", null).path("data").path("state").path("draft");
        String sources = draft.toString();
        assertTrue(sources.contains(folder.resolve("media").toString()), "the photos are the server's uploads, not the worker's copies: "
                + sources);
        assertTrue(!sources.contains("farm-worker-a"), sources);

        export(session, "render_farm");
        JsonNode done = api.awaitExport("render_farm");
        assertEquals("completed", done.path("status").asText(), done.toString());
        assertTrue(workerLog.stream().anyMatch(line -> line.startsWith("made chunk")), "chunks made by the worker: " + workerLog);
        MediaInfo info = MediaProbe.probe(Files.write(folder.resolve("farm.mp4"), api.download(done.path("outputUrl").asText())));
        assertEquals(480, Math.min(info.widthPx(), info.heightPx()));
        assertEquals(draft.path("d").asLong(), info.durationMs(), 100);
    }

    @Test
    void serversOnSeveralMachinesServeOneSessionThroughTheFarmsStore() throws Exception {
        startWorker("a");
        // Two servers on one PostgreSQL and one farm, each with the data folder at the same path on its own machine:
        // here one folder, emptied between steps as if the next step ran on a machine that never had those files.
        Path data = folder.resolve("data");
        String url = TestDatabases.freshPostgres();
        List<String> bases = new ArrayList<>();
        List<ApiServer> two = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                ApiServer each = new ApiServer(dev.reelwright.server.store.Database.open(url), ServerSettings.defaults(), data,
                        new PrintStream(OutputStream.nullOutputStream()));
                two.add(each);
                each.onFarm(NATS, farm.names().prefix());
                bases.add("http://127.0.0.1:" + each.start("127.0.0.1", 0));
            }
            ApiClient one = new ApiClient(bases.get(0));
            one.signIn("two-machines");
            ApiClient other = one.on(bases.get(1));
            String session = one.send("POST", "/api/tasks/me/with-session/nemo_agent", "{\"task_name\": \"farm\"}").path("data")
                    .path("session_id").asText();
            Path red = TestMedia.image(folder.resolve("red.png"), 640, 360, new Color(200, 40, 40), "png");
            assertEquals(200, one.uploadParts(session, new ApiClient.Part("red.png", Files.readAllBytes(red))).statusCode());
            ApiClient.Turn made = one.chat(session, "turn these photos into a 6-second video: Fresh bread every morning at the corner bakery.");
            assertTrue(made.last().path("turnComplete").asBoolean(), made.last().toString());

            deleteTree(data.resolve("media"));
            ApiClient.Turn titled = other.chat(session, "put the title 'Harbour Days' on the first 3 seconds");
            assertEquals(2, titled.last().path("actions").path("stateDelta").path("draft_version").asInt(), titled.last().toString());
            deleteTree(data.resolve("media"));
            JsonNode started = other.send("POST", "/api/render/proxy/lambda", "{\"id\": \"render_machines\", \"sessionId\": \"" + session
                    + "\", \"output\": {\"format\": \"mp4\", \"quality\": \"draft\", \"resolution\": \"480p\"}}");
            assertEquals(0, started.path("code").asInt(), started.toString());
            JsonNode done = other.awaitExport("render_machines");
            assertEquals("completed", done.path("status").asText(), "the export's photo, voice and music came from the store: " + done);

            deleteTree(data.resolve("renders"));
            java.net.URI output = java.net.URI.create(done.path("outputUrl").asText());
            byte[] video = one.download(bases.get(0) + output.getRawPath());
            MediaInfo info = MediaProbe.probe(Files.write(folder.resolve("machines.mp4"), video));
            JsonNode draft = one.send("GET", "/api/state/nemo_agent/me/" + session + "/latest", null).path("data").path("state").path("draft");
            assertEquals(draft.path("d").asLong(), info.durationMs(), 100);
            assertTrue(info.hasAudio());
        } finally {
            two.forEach(ApiServer::close);
        }
    }

    private static void deleteTree(Path folder) throws Exception {
        if (Files.exists(folder)) {
            try (var files = Files.walk(folder)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    @Test
    void anExportWhoseChunkFailsEveryTimeFailsSayingWhyAndReleasesItsCredits() throws Exception {
        startWorker("a");
        String session = sessionWithPhotos();
        assertTrue(api.chat(session, "turn these photos into a 6-second video: Fresh bread every morning at the corner bakery.").last().path("turnComplete").asBoolean());
        long available = api.send("GET", "/api/credits/balance/simple", null).path("data").path("available").asLong();
        stopWorkers();
        // The red photo's bytes in the farm's store are no longer a photo, and a fresh worker has no copy of its own.
        farm.media().put(io.nats.client.api.ObjectMeta.builder(NatsChunkFarm.mediaName(MediaHashes.of(folder.resolve("red.png")))).build(),
                new ByteArrayInputStream(new byte[] {1, 2, 3, 4}));
        startWorker("b");

        export(session, "render_poison");
        JsonNode done = api.awaitExport("render_poison");
        assertEquals("failed", done.path("status").asText(), done.toString());
        String error = done.toString();
        assertTrue(error.contains("after 3 tries") && error.contains(".png"), "says which file and that it was tried: " + error);
        JsonNode balance = api.send("GET", "/api/credits/balance/simple", null).path("data");
        assertEquals(available, balance.path("available").asLong(), balance.toString());
        assertEquals(0, balance.path("frozen").asLong(), "nothing held: " + balance);
    }

    @Test
    void aCancelledFarmExportTakesItsWaitingChunksOffTheQueue() throws Exception {
        startWorker("a");
        String session = sessionWithPhotos();
        assertTrue(api.chat(session, "turn these photos into a 6-second video: Fresh bread every morning at the corner bakery.").last().path("turnComplete").asBoolean());
        stopWorkers();

        export(session, "render_cancelled");
        long queued = 0;
        for (int i = 0; i < 120 && queued == 0; i++) {
            Thread.sleep(250);
            queued = farm.management().getStreamInfo(farm.names().stream()).getStreamState().getMsgCount();
        }
        assertTrue(queued > 0, "with no worker running, the export's chunk jobs wait on the queue");
        JsonNode cancelled = api.send("POST", "/api/render/proxy/lambda/render_cancelled/cancel", null);
        assertEquals(0, cancelled.path("code").asInt(), cancelled.toString());
        for (int i = 0; i < 60 && queued > 0; i++) {
            Thread.sleep(250);
            queued = farm.management().getStreamInfo(farm.names().stream()).getStreamState().getMsgCount();
        }
        assertEquals(0, queued, "the cancelled export's jobs are gone from the queue");
        assertEquals("cancelled", api.awaitExport("render_cancelled").path("status").asText());
    }
}
