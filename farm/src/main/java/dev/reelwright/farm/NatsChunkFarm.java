package dev.reelwright.farm;

import dev.reelwright.draft.Draft;
import dev.reelwright.draft.DraftCodec;
import dev.reelwright.draft.Segment;
import dev.reelwright.render.Cancellation;
import dev.reelwright.render.ChunkFarm;
import dev.reelwright.render.Quality;
import dev.reelwright.render.chunk.Chunk;
import dev.reelwright.render.chunk.MediaHashes;
import io.nats.client.Dispatcher;
import io.nats.client.JetStreamApiException;
import io.nats.client.ObjectStore;
import io.nats.client.api.ObjectMeta;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * A render's missing chunks made by {@code reel worker} processes: the draft and media go to the
 * farm's object store by content hash (once: what is there is not sent again), one job per chunk
 * goes on the work queue, and each chunk comes back through the chunk bucket, which is also the
 * farm's shared cache (a chunk any export made is not made again). An export whose job used up
 * its deliveries fails with the workers' last error; a cancelled export takes its waiting jobs
 * off the queue.
 */
public final class NatsChunkFarm implements ChunkFarm {
    private static final long LOOK_EVERY_MS = 2_000;

    private final Farm farm;

    public NatsChunkFarm(Farm farm) {
        this.farm = farm;
    }

    private sealed interface Event {
    }

    private record Made(int chunkIndex) implements Event {
    }

    private record Dead(int chunkIndex, String error) implements Event {
    }

    @Override
    public void make(Draft draft, Function<String, Path> media, Quality quality, List<Job> jobs, Path scratch,
                     BiConsumer<Chunk, Path> done, LongConsumer framesDone, Cancellation cancellation) {
        String exportId = UUID.randomUUID().toString();
        Map<String, String> hashes = uploadMedia(draft, media);
        String draftHash = uploadDraft(DraftCodec.write(draft).getBytes(StandardCharsets.UTF_8));
        Map<Integer, Job> waiting = new ConcurrentHashMap<>();
        jobs.forEach(job -> waiting.put(job.chunk().index(), job));
        Map<Long, Integer> bySequence = new ConcurrentHashMap<>();
        Map<Integer, String> lastError = new ConcurrentHashMap<>();
        BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        Dispatcher dispatcher = farm.connection().createDispatcher();
        try {
            dispatcher.subscribe(farm.names().reportSubject(exportId), message -> {
                Messages.Report report = Messages.read(message.getData(), Messages.Report.class);
                if (report.made()) {
                    events.add(new Made(report.chunkIndex()));
                } else {
                    lastError.put(report.chunkIndex(), report.error());
                    if (report.dead()) {
                        events.add(new Dead(report.chunkIndex(), report.error()));
                    }
                }
            });
            dispatcher.subscribe(farm.names().maxDeliveriesAdvisory(), message -> {
                Integer chunkIndex = bySequence.get(Messages.tree(message.getData()).path("stream_seq").asLong());
                if (chunkIndex != null) {
                    events.add(new Dead(chunkIndex, lastError.getOrDefault(chunkIndex, "its worker stopped every time (crashed or was killed)")));
                }
            });
            farm.connection().flush(java.time.Duration.ofSeconds(5));
            long frames = 0;
            for (Job job : jobs) {
                if (fetch(job, scratch, done)) {
                    waiting.remove(job.chunk().index());
                    frames += job.chunk().frames();
                    framesDone.accept(frames);
                    continue;
                }
                Messages.ChunkJob message = new Messages.ChunkJob(exportId, job.chunk().index(), job.key(), quality.wireName(), draftHash, hashes);
                bySequence.put(farm.jetStream().publish(farm.names().jobSubject(), Messages.write(message)).getSeqno(), job.chunk().index());
            }
            long lastProgressMs = System.currentTimeMillis();
            long lastLookMs = System.currentTimeMillis();
            while (!waiting.isEmpty()) {
                cancellation.check();
                Event event = events.poll(200, TimeUnit.MILLISECONDS);
                if (event == null && System.currentTimeMillis() - lastLookMs > LOOK_EVERY_MS) {
                    // Reports are plain NATS messages, lost while the server restarts: the store is the truth.
                    lastLookMs = System.currentTimeMillis();
                    for (Job job : List.copyOf(waiting.values())) {
                        if (storeHas(job)) {
                            events.add(new Made(job.chunk().index()));
                        }
                    }
                    continue;
                }
                if (event == null) {
                    if (System.currentTimeMillis() - lastProgressMs > farm.settings().stallLimit().toMillis()) {
                        throw new FarmException("no chunk came back from the farm in " + farm.settings().stallLimit().toMinutes()
                                + " minutes: are any reel worker processes running?");
                    }
                    continue;
                }
                if (event instanceof Dead dead) {
                    throw new FarmException("chunk " + dead.chunkIndex() + " could not be made on the farm after "
                            + farm.settings().maxDeliveries() + " tries: " + dead.error());
                }
                Job job = waiting.get(((Made) event).chunkIndex());
                if (job != null) {
                    boolean fetched;
                    try {
                        fetched = fetch(job, scratch, done);
                    } catch (FarmException e) {
                        fetched = false; // The store is away for now (a NATS restart): the next look tries again.
                    }
                    if (!fetched) {
                        continue;
                    }
                    waiting.remove(job.chunk().index());
                    frames += job.chunk().frames();
                    framesDone.accept(frames);
                    lastProgressMs = System.currentTimeMillis();
                }
            }
        } catch (IOException | JetStreamApiException e) {
            throw new FarmException("the farm could not take the export (" + e.getMessage() + ")", e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new FarmException("the NATS server did not answer in time", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Cancellation.Cancelled();
        } finally {
            farm.connection().closeDispatcher(dispatcher);
            withdraw(bySequence, waiting);
        }
    }

    /** A chunk in the store is made, whether or not its report arrived. */
    private boolean storeHas(Job job) {
        try {
            return farm.chunks().getInfo(job.key()) != null;
        } catch (IOException | JetStreamApiException | RuntimeException e) {
            return false; // The server is away; look again later.
        }
    }

    /** Takes the jobs still waiting off the queue, so no worker makes chunks nobody waits for. */
    private void withdraw(Map<Long, Integer> bySequence, Map<Integer, Job> waiting) {
        bySequence.forEach((sequence, chunkIndex) -> {
            if (waiting.containsKey(chunkIndex)) {
                try {
                    farm.management().deleteMessage(farm.names().stream(), sequence);
                } catch (IOException | JetStreamApiException | RuntimeException ignored) {
                    // Already taken or already gone.
                }
            }
        });
    }

    /** The chunk from the farm's store into {@code scratch}, if it is there. */
    private boolean fetch(Job job, Path scratch, BiConsumer<Chunk, Path> done) {
        ObjectStore chunks = farm.chunks();
        try {
            if (chunks.getInfo(job.key()) == null) {
                return false;
            }
            Path file = scratch.resolve("farm-" + job.chunk().index() + ".mp4");
            try (OutputStream out = Files.newOutputStream(file)) {
                chunks.get(job.key(), out);
            }
            done.accept(job.chunk(), file);
            return true;
        } catch (IOException | JetStreamApiException | java.security.NoSuchAlgorithmException e) {
            throw new FarmException("cannot read chunk " + job.chunk().index() + " from the farm (" + e.getMessage() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Cancellation.Cancelled();
        }
    }

    /** Every source's file in the media bucket under its content hash; the map from source to hash. */
    private Map<String, String> uploadMedia(Draft draft, Function<String, Path> media) {
        Map<String, String> hashes = new HashMap<>();
        for (var track : draft.tracks()) {
            for (Segment segment : track.segments()) {
                if (segment.source() != null && !hashes.containsKey(segment.source())) {
                    hashes.put(segment.source(), FarmFiles.send(farm, media.apply(segment.source()), segment.source()));
                }
            }
        }
        return hashes;
    }

    /** The media bucket's name for the file with this content hash. */
    public static String mediaName(String hash) {
        return FarmFiles.mediaName(hash);
    }

    static String draftName(String hash) {
        return "draft/" + hash;
    }

    /** The draft in the media bucket under its hash (once); the hash. */
    private String uploadDraft(byte[] bytes) {
        ObjectStore store = farm.media();
        try {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            String hash = java.util.HexFormat.of().formatHex(digest.digest(bytes));
            if (store.getInfo(draftName(hash)) == null) {
                store.put(ObjectMeta.builder(draftName(hash)).build(), new ByteArrayInputStream(bytes));
            }
            return hash;
        } catch (IOException | JetStreamApiException | java.security.NoSuchAlgorithmException e) {
            throw new FarmException("cannot send the draft to the farm (" + e.getMessage() + ")", e);
        }
    }
}
