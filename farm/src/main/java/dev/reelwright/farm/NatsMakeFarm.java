package dev.reelwright.farm;

import io.nats.client.Dispatcher;
import io.nats.client.JetStreamApiException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A chat generation made by a {@code reel worker} instead of a local process: the input files go to
 * the farm's store by hash, the request on the generation queue; the worker's stages come back as
 * they happen, then the made folder (unzipped into {@code folder}) and the result. A refused request
 * fails at once with the director's words; one whose tries ran out (its workers crashed or
 * failed) with the last error; no word for the farm's stall limit fails it too. An interrupted
 * wait takes the job off the queue.
 */
public final class NatsMakeFarm {
    private static final long LOOK_EVERY_MS = 2_000;

    private final Farm farm;

    public NatsMakeFarm(Farm farm) {
        this.farm = farm;
    }

    /** The result the worker's {@link MakeRunner} gave; {@code folder} then holds the draft and its media. */
    public String make(String requestJson, Map<String, Path> inputs, Path folder, Consumer<String> stages) throws InterruptedException {
        String makeId = UUID.randomUUID().toString();
        Map<String, String> hashes = new HashMap<>();
        inputs.forEach((serverPath, file) -> hashes.put(serverPath, FarmFiles.send(farm, file, file.getFileName().toString())));
        BlockingQueue<Messages.MakeReport> reports = new LinkedBlockingQueue<>();
        AtomicLong sequence = new AtomicLong(-1);
        Dispatcher dispatcher = farm.connection().createDispatcher();
        boolean ended = false;
        try {
            dispatcher.subscribe(farm.names().madeSubject(makeId), message -> {
                try {
                    reports.add(Messages.read(message.getData(), Messages.MakeReport.class));
                } catch (FarmException ignored) {
                    // Not a report of ours.
                }
            });
            dispatcher.subscribe(farm.names().makeDeliveriesAdvisory(), message -> {
                if (Messages.tree(message.getData()).path("stream_seq").asLong() == sequence.get()) {
                    reports.add(new Messages.MakeReport(makeId, null, true, false, "its worker stopped every time (crashed or was killed)",
                            false, true));
                }
            });
            farm.connection().flush(java.time.Duration.ofSeconds(5));
            sequence.set(farm.jetStream().publish(farm.names().makeSubject(),
                    Messages.write(new Messages.MakeJob(makeId, requestJson, hashes))).getSeqno());
            long lastWordMs = System.currentTimeMillis();
            long lastLookMs = lastWordMs;
            boolean taken = false;
            String lastError = null;
            while (true) {
                Messages.MakeReport report = reports.poll(500, TimeUnit.MILLISECONDS);
                if (report == null && System.currentTimeMillis() - lastLookMs > LOOK_EVERY_MS) {
                    // Reports are plain NATS messages, lost while the server restarts: the made bucket is the truth.
                    lastLookMs = System.currentTimeMillis();
                    if (isMade(makeId)) {
                        ended = true;
                        return takeMade(makeId, folder);
                    }
                    continue;
                }
                if (report == null) {
                    if (System.currentTimeMillis() - lastWordMs > farm.settings().stallLimit().toMillis()) {
                        throw new FarmException(taken ? "the worker making the video fell silent for " + farm.settings().stallLimit().toMinutes()
                                + " minutes (it stopped or lost its connection)" : "no worker took the video in "
                                + farm.settings().stallLimit().toMinutes() + " minutes: are any reel worker processes running?");
                    }
                    continue;
                }
                lastWordMs = System.currentTimeMillis();
                taken = true;
                if (report.stage() != null) {
                    stages.accept(report.stage());
                    continue;
                }
                if (report.error() != null) {
                    lastError = report.error();
                }
                if (!report.ended()) {
                    continue; // A failed try; another delivery follows.
                }
                ended = true;
                if (report.refused()) {
                    throw new MakeRunner.Refused(report.error());
                }
                if (!report.made()) {
                    throw new FarmException("the video could not be made on the farm after " + farm.settings().maxDeliveries() + " tries: "
                            + (lastError != null ? lastError : report.error()));
                }
                return takeMade(makeId, folder);
            }
        } catch (IOException | JetStreamApiException e) {
            throw new FarmException("the farm could not take the video (" + e.getMessage() + ")", e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new FarmException("the NATS server did not answer in time", e);
        } finally {
            farm.connection().closeDispatcher(dispatcher);
            if (!ended && sequence.get() >= 0) {
                try {
                    farm.management().deleteMessage(farm.names().makeStream(), sequence.get());
                } catch (IOException | JetStreamApiException | RuntimeException ignored) {
                    // Already taken or already gone.
                }
            }
        }
    }

    private boolean isMade(String makeId) {
        try {
            return farm.made().getInfo(makeId) != null;
        } catch (IOException | JetStreamApiException | RuntimeException e) {
            return false; // The server is away; look again later.
        }
    }

    /** The made folder from the store into {@code folder}, and the runner's result; the object is removed once taken. */
    private String takeMade(String makeId, Path folder) throws IOException, JetStreamApiException, InterruptedException {
        Path zip = Files.createTempFile(folder, ".made-", ".zip");
        try {
            try (var out = Files.newOutputStream(zip)) {
                farm.made().get(makeId, out);
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new FarmException("cannot check the made files (" + e.getMessage() + ")", e);
            }
            try (var in = Files.newInputStream(zip)) {
                FolderZip.unzip(in, folder);
            }
            farm.made().delete(makeId);
            Path result = folder.resolve(FarmMaker.RESULT);
            String json = Files.readString(result);
            Files.delete(result);
            return json;
        } finally {
            Files.deleteIfExists(zip);
        }
    }
}
