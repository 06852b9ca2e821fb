package dev.reelwright.cli;

import dev.reelwright.draft.DraftCodec;
import dev.reelwright.farm.Farm;
import dev.reelwright.farm.FarmNames;
import dev.reelwright.farm.FarmSettings;
import dev.reelwright.farm.NatsChunkFarm;
import dev.reelwright.render.Cancellation;
import dev.reelwright.render.MediaResolver;
import dev.reelwright.render.Quality;
import dev.reelwright.render.RenderListener;
import dev.reelwright.render.Renderer;
import dev.reelwright.render.chunk.RenderCache;
import io.nats.client.Message;
import io.nats.client.api.AckPolicy;
import io.nats.client.api.ConsumerConfiguration;
import io.nats.client.api.RetentionPolicy;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code reel bench farm}: the render farm on a real NATS server. Dispatch latency (a job published
 * to a worker holding it, through a work queue and a durable pull consumer configured as the farm's);
 * one export of the benchmark's 1080p reference video on 1 and on 2 {@code reel worker} processes
 * (each its own JVM; the export's mixing and joining in this one); the longer video's wall time and
 * each worker's peak memory; and a re-export after one scene's title changed, its chunks from the
 * farm's store.
 */
final class FarmBench {
    private FarmBench() {
    }

    static void run(String url, int seconds, int longSeconds, PrintStream out) throws Exception {
        FarmNames names = new FarmNames("bench" + Long.toHexString(System.nanoTime() & 0xFFFFFF));
        Path work = Files.createTempDirectory("reel-bench-farm-");
        try (Farm farm = Farm.connect(url, names, FarmSettings.DEFAULT, "reel-bench")) {
            out.printf(Locale.ROOT, "reel bench farm: NATS at %s (farm %s); %d s and %d s 1080p videos, standard quality%n", url,
                    names.prefix(), seconds, longSeconds);
            dispatch(farm, out);
            BenchDrafts.writeMedia(work, Math.max(seconds, longSeconds));
            String draft = BenchDrafts.json(seconds);
            double one;
            try (Workers workers = new Workers(url, names, work, 1, "one")) {
                one = export(farm, work, draft, "one", "one", workers, out);
            }
            clearChunks(farm, names, url);
            double two;
            double again;
            try (Workers workers = new Workers(url, names, work, 2, "two")) {
                two = export(farm, work, draft, "two", "two", workers, out);
                String edited = draft.replace("Scene 4: the city wakes", "Scene 4: the harbour opens");
                // As a farm runs: the same workers, still running, and the server's export process with its own render
                // cache beside the farm (the sound is kept there).
                again = export(farm, work, edited, "re-export", "two", workers, out);
            }
            double longer = Double.NaN;
            if (longSeconds > 0) {
                try (Workers workers = new Workers(url, names, work, 2, "long")) {
                    longer = export(farm, work, BenchDrafts.json(longSeconds), "long", "long", workers, out);
                }
            }
            out.println();
            out.printf(Locale.ROOT, "%d s export on 1 worker:        %.2f s%n", seconds, one);
            out.printf(Locale.ROOT, "%d s export on 2 workers:       %.2f s  (speed-up %.2fx; on two cores the workers share them with the"
                    + " mixing and each other)%n", seconds, two, one / two);
            out.printf(Locale.ROOT, "re-export after one title:     %.2f s  (re-export / full on 2 workers: %.2f)%n", again, again / two);
            if (longSeconds > 0) {
                out.printf(Locale.ROOT, "%d s export on 2 workers:      %.2f s%n", longSeconds, longer);
            }
        } finally {
            try (Farm farm = Farm.connect(url, names, FarmSettings.DEFAULT, "reel-bench")) {
                farm.tearDown();
            } catch (RuntimeException ignored) {
                // The server went away: nothing to clean there.
            }
            BenchCommand.deleteTree(work);
        }
    }

    /** Jobs published one at a time to an idle consumer: publish to in hand, in milliseconds. */
    private static void dispatch(Farm farm, PrintStream out) throws Exception {
        String stream = farm.names().stream() + "_PING";
        String subject = farm.names().prefix() + ".ping";
        var management = farm.management();
        management.addStream(StreamConfiguration.builder().name(stream).subjects(subject).retentionPolicy(RetentionPolicy.WorkQueue)
                .storageType(StorageType.File).build());
        try {
            management.addOrUpdateConsumer(stream, ConsumerConfiguration.builder().durable("ping").ackPolicy(AckPolicy.Explicit)
                    .ackWait(Duration.ofSeconds(30)).filterSubject(subject).build());
            var consumer = farm.jetStream().getConsumerContext(stream, "ping");
            int count = 200;
            double[] latencies = new double[count];
            Thread[] waiter = new Thread[1];
            for (int i = 0; i < count + 20; i++) {
                long[] received = new long[1];
                waiter[0] = new Thread(() -> {
                    try {
                        Message message = consumer.next(Duration.ofSeconds(5));
                        received[0] = System.nanoTime();
                        message.ack();
                    } catch (Exception e) {
                        received[0] = -1;
                    }
                });
                waiter[0].start();
                Thread.sleep(2);
                long sent = System.nanoTime();
                farm.jetStream().publish(subject, ByteBuffer.allocate(8).putLong(sent).array());
                waiter[0].join();
                if (i >= 20) {
                    latencies[i - 20] = (received[0] - sent) / 1e6;
                }
            }
            Arrays.sort(latencies);
            out.printf(Locale.ROOT, "dispatch latency (published -> in a waiting worker's hands, %d jobs): p50 %.2f ms, p99 %.2f ms%n", count,
                    latencies[count / 2], latencies[(int) (count * 0.99)]);
        } finally {
            management.deleteStream(stream);
        }
    }

    /** Empties the farm's chunk store, so the next export makes every chunk. */
    private static void clearChunks(Farm farm, FarmNames names, String url) throws Exception {
        farm.tearDown();
        try (Farm again = Farm.connect(url, names, FarmSettings.DEFAULT, "reel-bench")) {
            // Made again, empty.
        }
    }

    /** {@code reel worker} processes for the farm, stopped on close. */
    private static final class Workers implements AutoCloseable {
        private final List<Process> processes = new ArrayList<>();

        Workers(String url, FarmNames names, Path work, int count, String label) throws Exception {
            for (int i = 0; i < count; i++) {
                processes.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
                        "-XX:+UseSerialGC", "-Djava.awt.headless=true", "--add-modules", "jdk.incubator.vector", "-cp",
                        System.getProperty("java.class.path"), Reel.class.getName(), "worker", "--nats", url, "--farm-name", names.prefix(),
                        "--work", work.resolve("worker-" + label + "-" + i).toString())
                        .redirectErrorStream(true).redirectOutput(work.resolve("worker-" + label + "-" + i + ".log").toFile()).start());
            }
            Thread.sleep(1_500); // Let the workers' JVMs start: the figure is the export, not a JVM start.
        }

        List<String> peaks() {
            return processes.stream().map(process -> peakMib(process.pid())).toList();
        }

        @Override
        public void close() throws InterruptedException {
            for (Process process : processes) {
                process.destroy();
            }
            for (Process process : processes) {
                process.waitFor();
            }
        }
    }

    /** An export with the {@code workers} running; its wall time in seconds. */
    private static double export(Farm farm, Path work, String draftJson, String label, String cache, Workers workers, PrintStream out) {
        MediaResolver media = source -> work.resolve(source.substring("media:".length()));
        Path output = work.resolve(label + ".mp4");
        long startedNs = System.nanoTime();
        var result = new Renderer().cachingIn(new RenderCache(work.resolve("cache-" + cache), RenderCache.DEFAULT_MAX_BYTES))
                .withFarm(new NatsChunkFarm(farm)).render(DraftCodec.parse(draftJson), media, Quality.STANDARD,
                output, RenderListener.NONE, new Cancellation());
        double wallS = (System.nanoTime() - startedNs) / 1e9;
        out.printf(Locale.ROOT, "  %s: %.2f s for %.0f s of video, %d of %d chunks asked of the farm, sound %s; worker peak memory %s%n",
                label, wallS, result.durationMs() / 1000.0, result.chunksEncoded(), result.chunksEncoded() + result.chunksReused(),
                result.soundReused() ? "kept" : "mixed", String.join(", ", workers.peaks()));
        return wallS;
    }

    /** The process's peak resident memory from /proc (Linux), as text. */
    private static String peakMib(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return String.format(Locale.ROOT, "%.0f MiB", Long.parseLong(line.replaceAll("\\D", "")) / 1024.0);
                }
            }
        } catch (Exception ignored) {
            // Not Linux, or already gone.
        }
        return "n/a";
    }
}
