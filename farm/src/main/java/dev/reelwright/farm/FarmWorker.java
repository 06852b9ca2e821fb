package dev.reelwright.farm;

import dev.reelwright.draft.Draft;
import dev.reelwright.draft.DraftCodec;
import dev.reelwright.render.Cancellation;
import dev.reelwright.render.MediaResolver;
import dev.reelwright.render.Quality;
import dev.reelwright.render.RenderException;
import dev.reelwright.render.Renderer;
import io.nats.client.ConsumerContext;
import io.nats.client.JetStreamApiException;
import io.nats.client.Message;
import io.nats.client.ObjectStore;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * {@code reel worker}: takes chunk jobs off the farm's work queue one at a time, renews the lease
 * while it paints and encodes ({@code inProgress} every third of it), puts the chunk in the farm's
 * store under its key, reports, and acknowledges. A job it cannot do goes back with a delay (another
 * worker may take it); on its last delivery it is reported dead. A worker that cannot write its work
 * folder takes no jobs until it can, so its jobs go to the others. Media and drafts are fetched
 * from the farm's store once and kept in the work folder by their hash.
 */
public final class FarmWorker implements AutoCloseable {
    private final Farm farm;
    private final Path work;
    private final Renderer renderer;
    private final Consumer<String> log;
    private final Cancellation stop = new Cancellation();
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "reel-lease");
        thread.setDaemon(true);
        return thread;
    });

    public FarmWorker(Farm farm, Path work, Consumer<String> log) {
        this.farm = farm;
        this.work = work.toAbsolutePath().normalize();
        this.renderer = new Renderer();
        this.log = log;
        try {
            Files.createDirectories(work.resolve("media"));
        } catch (IOException e) {
            throw new FarmException("cannot use the work folder " + work + " (" + e.getMessage() + ")", e);
        }
    }

    /** Works until {@link #close()}; returns the number of jobs done. */
    public long run() {
        long done = 0;
        ConsumerContext consumer;
        try {
            consumer = farm.jetStream().getConsumerContext(farm.names().stream(), farm.names().consumer());
        } catch (IOException | JetStreamApiException e) {
            throw new FarmException("cannot reach the farm's work queue (" + e.getMessage() + ")", e);
        }
        boolean storageWorked = true;
        while (!stop.isCancelled()) {
            boolean storageWorks = storageWorks();
            if (storageWorks != storageWorked) {
                log.accept(storageWorks ? "the work folder " + work + " works again: taking jobs"
                        : "cannot write to the work folder " + work + ": taking no jobs until it works (other workers take them)");
                storageWorked = storageWorks;
            }
            if (!storageWorks) {
                sleep(1_000);
                continue;
            }
            Message message;
            try {
                message = consumer.next(Duration.ofSeconds(1));
            } catch (IOException | JetStreamApiException | RuntimeException e) {
                log.accept("the work queue did not answer (" + e.getMessage() + "); trying again");
                sleep(1_000);
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (io.nats.client.JetStreamStatusCheckedException e) {
                sleep(500);
                continue;
            }
            if (message != null && handle(message)) {
                done++;
            }
        }
        return done;
    }

    /** Whether this worker can write its files now: a worker that lost its disk takes no jobs. */
    private boolean storageWorks() {
        try {
            Files.createDirectories(work.resolve("media"));
            Files.delete(Files.createTempFile(work, ".probe-", ""));
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** One job; true when its chunk was made. */
    boolean handle(Message message) {
        Messages.ChunkJob job;
        try {
            job = Messages.read(message.getData(), Messages.ChunkJob.class);
        } catch (FarmException e) {
            log.accept("dropped a message that is not a chunk job: " + e.getMessage());
            message.term();
            return false;
        }
        long delivery = message.metaData().deliveredCount();
        long leaseMs = farm.settings().lease().toMillis();
        var heartbeat = heartbeats.scheduleAtFixedRate(message::inProgress, leaseMs / 3, leaseMs / 3, TimeUnit.MILLISECONDS);
        try {
            Path chunk = Files.createTempFile(work, "chunk-", ".mp4");
            try {
                String key = make(job, chunk);
                if (!key.equals(job.key())) {
                    throw new FarmException("this worker runs another build than the server (its chunk key differs);"
                            + " run the same Reelwright version on every machine");
                }
                try (var in = Files.newInputStream(chunk)) {
                    farm.chunks().put(io.nats.client.api.ObjectMeta.builder(key).build(), in);
                }
            } finally {
                Files.deleteIfExists(chunk);
            }
            heartbeat.cancel(false);
            report(new Messages.Report(job.exportId(), job.chunkIndex(), job.key(), true, null, delivery, false));
            message.ack();
            log.accept("made chunk " + job.chunkIndex() + " of export " + job.exportId());
            return true;
        } catch (Exception e) {
            heartbeat.cancel(false);
            String error = e instanceof RenderException ? e.getMessage() : e.getClass().getSimpleName() + ": " + e.getMessage();
            boolean dead = delivery >= farm.settings().maxDeliveries();
            report(new Messages.Report(job.exportId(), job.chunkIndex(), job.key(), false, error, delivery, dead));
            if (dead) {
                message.term();
            } else {
                message.nakWithDelay(farm.settings().retryAfter(delivery));
            }
            log.accept("chunk " + job.chunkIndex() + " of export " + job.exportId() + " failed (try " + delivery + "): " + error);
            return false;
        }
    }

    private String make(Messages.ChunkJob job, Path output) throws Exception {
        Draft draft = DraftCodec.parse(new String(fetch(NatsChunkFarm.draftName(job.draftHash())), StandardCharsets.UTF_8));
        java.util.Map<String, Path> files = new java.util.HashMap<>();
        for (var entry : job.media().entrySet()) {
            files.put(entry.getKey(), FarmFiles.local(farm, work, entry.getValue(), entry.getKey()));
        }
        MediaResolver resolver = source -> {
            Path file = files.get(source);
            if (file == null) {
                throw new RenderException(source + ": not among the job's media");
            }
            return file;
        };
        return renderer.renderChunk(draft, resolver, Quality.parse(job.quality()), job.chunkIndex(), output, stop);
    }

    private byte[] fetch(String name) throws Exception {
        ObjectStore media = farm.media();
        var out = new java.io.ByteArrayOutputStream();
        try {
            media.get(name, out);
        } catch (RuntimeException e) {
            throw new FarmException("the farm's store has no " + name + " (" + e.getMessage() + ")", e);
        }
        return out.toByteArray();
    }

    private void report(Messages.Report report) {
        farm.connection().publish(farm.names().reportSubject(report.exportId()), Messages.write(report));
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
        stop.cancel();
        heartbeats.shutdownNow();
    }
}
