package dev.reelwright.farm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.nats.client.ConsumerContext;
import io.nats.client.JetStreamApiException;
import io.nats.client.Message;
import io.nats.client.api.ObjectMeta;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * A worker's other queue: chat generations. Takes one at a time, fetches its input files, runs the
 * director ({@link MakeRunner}) with the lease renewed meanwhile and each stage reported to the
 * server that asked, zips what was made into the made bucket and reports the end. The server's
 * paths in the request become this worker's copies, and back again in the made draft, so the
 * draft reads on the server as if it had been made there. A refused request is not retried; a
 * failure is, on another delivery, until the last.
 */
public final class FarmMaker implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The runner's result, in the made zip beside the draft (so a server that missed the report still gets it). */
    static final String RESULT = ".result.json";

    private final Farm farm;
    private final Path work;
    private final MakeRunner runner;
    private final Consumer<String> log;
    private volatile boolean stopped;
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "reel-make-lease");
        thread.setDaemon(true);
        return thread;
    });

    public FarmMaker(Farm farm, Path work, MakeRunner runner, Consumer<String> log) {
        this.farm = farm;
        // Absolute, as the director writes its paths into the draft: only then are they swapped back for the server's.
        this.work = work.toAbsolutePath().normalize();
        this.runner = runner;
        this.log = log;
    }

    /** Works until {@link #close()}; returns the number of generations made. */
    public long run() {
        ConsumerContext consumer;
        try {
            Files.createDirectories(work.resolve("media"));
            consumer = farm.jetStream().getConsumerContext(farm.names().makeStream(), farm.names().makeConsumer());
        } catch (IOException | JetStreamApiException e) {
            throw new FarmException("cannot reach the farm's generation queue (" + e.getMessage() + ")", e);
        }
        long done = 0;
        while (!stopped) {
            Message message;
            try {
                message = consumer.next(Duration.ofSeconds(1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Exception e) {
                sleep(1_000); // The queue is away for a moment (a NATS restart); try again.
                continue;
            }
            if (message != null && handle(message)) {
                done++;
            }
        }
        return done;
    }

    boolean handle(Message message) {
        Messages.MakeJob job;
        try {
            job = Messages.read(message.getData(), Messages.MakeJob.class);
        } catch (FarmException e) {
            log.accept("dropped a message that is not a generation: " + e.getMessage());
            message.term();
            return false;
        }
        long delivery = message.metaData().deliveredCount();
        long leaseMs = farm.settings().lease().toMillis();
        // The lease renewed, and the server told the work goes on (a stage can take longer than its stall limit).
        var heartbeat = heartbeats.scheduleAtFixedRate(() -> {
            message.inProgress();
            report(new Messages.MakeReport(job.makeId(), null, false, false, null, false, false));
        }, leaseMs / 3, leaseMs / 3, TimeUnit.MILLISECONDS);
        Path folder = work.resolve("make-" + job.makeId().replaceAll("[^A-Za-z0-9_-]", "_"));
        try {
            deleteTree(folder);
            Files.createDirectories(folder);
            Map<String, String> toLocal = new HashMap<>();
            Map<String, String> toServer = new HashMap<>();
            for (var input : job.inputs().entrySet()) {
                String local = FarmFiles.local(farm, work, input.getValue(), input.getKey()).toString();
                toLocal.put(input.getKey(), local);
                toServer.put(local, input.getKey());
            }
            String request = JSON.writeValueAsString(replaceTexts(JSON.readTree(job.request()), text -> toLocal.getOrDefault(text, text)));
            String result = runner.make(request, folder, stage -> report(Messages.MakeReport.stage(job.makeId(), stage)));
            Path draft = folder.resolve("draft.json");
            Files.writeString(draft, JSON.writeValueAsString(replaceTexts(JSON.readTree(Files.readString(draft)),
                    text -> toServer.getOrDefault(text, text))));
            Files.writeString(folder.resolve(RESULT), result == null ? "{}" : result);
            Path zip = Files.createTempFile(work, "made-", ".zip");
            try {
                try (var out = Files.newOutputStream(zip)) {
                    FolderZip.zip(folder, out);
                }
                try (var in = Files.newInputStream(zip)) {
                    farm.made().put(ObjectMeta.builder(job.makeId()).build(), in);
                }
            } finally {
                Files.deleteIfExists(zip);
            }
            heartbeat.cancel(false);
            report(new Messages.MakeReport(job.makeId(), null, true, true, null, false, false));
            message.ack();
            log.accept("made generation " + job.makeId());
            return true;
        } catch (Exception e) {
            heartbeat.cancel(false);
            boolean refused = e instanceof MakeRunner.Refused;
            boolean dead = refused || delivery >= farm.settings().maxDeliveries();
            String error = refused ? e.getMessage() : e.getClass().getSimpleName() + ": " + e.getMessage();
            report(new Messages.MakeReport(job.makeId(), null, dead, false, error, refused, dead));
            if (dead) {
                message.term();
            } else {
                message.nakWithDelay(farm.settings().retryAfter(delivery));
            }
            log.accept("generation " + job.makeId() + " failed (try " + delivery + "): " + error);
            return false;
        } finally {
            deleteTree(folder);
        }
    }

    /** Every text in the tree through {@code change}: the only way paths are swapped, whole values only. */
    static JsonNode replaceTexts(JsonNode node, UnaryOperator<String> change) {
        if (node instanceof ObjectNode object) {
            java.util.List<String> names = new java.util.ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            names.forEach(name -> object.set(name, replaceTexts(object.get(name), change)));
            return object;
        }
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, replaceTexts(array.get(i), change));
            }
            return array;
        }
        return node.isTextual() ? TextNode.valueOf(change.apply(node.asText())) : node;
    }

    private void report(Messages.MakeReport report) {
        farm.connection().publish(farm.names().madeSubject(report.makeId()), Messages.write(report));
    }

    private static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (var files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // The next generation of the same id clears it first.
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stopped = true;
        runner.stop();
        heartbeats.shutdownNow();
    }
}
