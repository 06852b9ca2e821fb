package dev.reelwright.server.export;

import dev.reelwright.draft.DraftCodec;
import dev.reelwright.draft.DraftScaler;
import dev.reelwright.render.media.MediaInfo;
import dev.reelwright.render.media.MediaProbe;
import dev.reelwright.server.account.Credits;
import dev.reelwright.server.session.Sessions;
import dev.reelwright.server.store.DataFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Exports waiting their turn: {@code concurrency} at a time (one on two cores), each in a
 * {@link WorkerProcess} with a heap cap and a time limit. A job's reserved credits are captured
 * when its file is complete and released when it fails or is cancelled. Jobs a stopped server
 * left unfinished run again when it starts.
 */
public final class RenderQueue implements AutoCloseable {
    private final RenderJobs jobs;
    private final Sessions sessions;
    private final Credits credits;
    private final Path renders;
    private final Path media;
    private final String workerHeap;
    private final Duration timeLimit;
    private final ExecutorService workers;
    private final DataFiles files;
    private final Map<String, WorkerProcess> running = new ConcurrentHashMap<>();
    private volatile String farmUrl;
    private final java.util.concurrent.ScheduledExecutorService leases = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "reel-export-leases");
        thread.setDaemon(true);
        return thread;
    });
    private volatile String farmName;

    public RenderQueue(RenderJobs jobs, Sessions sessions, Credits credits, Path renders, Path media, int concurrency, String workerHeap,
                       Duration timeLimit, DataFiles files) {
        this.files = files;
        this.jobs = jobs;
        this.sessions = sessions;
        this.credits = credits;
        this.renders = renders;
        this.media = media;
        this.workerHeap = workerHeap;
        this.timeLimit = timeLimit;
        this.leases.scheduleAtFixedRate(this::renewLeases, LEASE_CHECK.toMillis(), LEASE_CHECK.toMillis(),
                java.util.concurrent.TimeUnit.MILLISECONDS);
        this.workers = Executors.newFixedThreadPool(concurrency, runnable -> {
            Thread thread = new Thread(runnable, "reel-export");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * The chunks and sound of earlier exports and previews, shared by all users (entries are named by
     * a hash of their content), so a re-export after a small edit encodes only what changed.
     */
    public static Path cacheFolder(Path renders) {
        return renders.resolve(".render-cache");
    }

    /** What an export costs. */
    public static final long EXPORT_COST = 0;

    /**
     * Starts exporting version {@code version} of a session's draft as job {@code id}; false (and
     * nothing started, nothing reserved) when that id was used before.
     */
    public boolean start(String id, String userId, String sessionId, int version, String quality, String resolution) {
        String reservation = credits.reserve(userId, EXPORT_COST, "export " + id);
        RenderJob job = new RenderJob(id, userId, sessionId, version, quality, resolution, "pending", 0, reservation, null, null, null,
                null, System.currentTimeMillis(), null);
        if (!jobs.create(job)) {
            credits.release(reservation);
            return false;
        }
        submit(id);
        return true;
    }

    /** Exports from now on have their chunks made by the farm at {@code natsUrl}; the worker process still mixes and joins. */
    public void onFarm(String natsUrl, String name) {
        this.farmUrl = natsUrl;
        this.farmName = name;
    }

    /**
     * Puts back in line what a stopped server left pending or half done. With several servers on one
     * database, a job another server is making (its lease still running) is left to it, and a pending
     * job submitted by two servers is made by the one whose claim lands first.
     */
    public void resumeUnfinished() {
        jobs.releaseOrphans(System.currentTimeMillis());
        for (RenderJob job : jobs.unfinished()) {
            if (job.status().equals("pending")) {
                submit(job.id());
            }
        }
    }

    /** How long a claimed job stays this server's without a renewal. */
    static final Duration LEASE = Duration.ofSeconds(60);
    /** How often leases are renewed, which is also how soon a cancel through another server stops the work here. */
    private static final Duration LEASE_CHECK = Duration.ofSeconds(2);

    private void renewLeases() {
        for (Map.Entry<String, WorkerProcess> job : running.entrySet()) {
            try {
                if (!jobs.renew(job.getKey(), System.currentTimeMillis() + LEASE.toMillis())) {
                    job.getValue().stop();
                }
            } catch (RuntimeException e) {
                // The database is away for a moment; the lease is long enough for the next try.
            }
        }
    }

    public void submit(String jobId) {
        workers.submit(() -> run(jobId));
    }

    /** Cancels a job that has not finished; false when it already had. */
    public boolean cancel(RenderJob job) {
        if (!jobs.end(job.id(), "cancelled", "cancelled by its owner")) {
            return false;
        }
        WorkerProcess worker = running.get(job.id());
        if (worker != null) {
            worker.stop();
        }
        releaseOf(job.id());
        return true;
    }

    private void run(String jobId) {
        if (!jobs.claim(jobId, System.currentTimeMillis() + LEASE.toMillis())) {
            return;
        }
        RenderJob job = jobs.find(jobId).orElseThrow();
        Path work = renders.resolve(job.userId()).resolve(jobId + ".work");
        WorkerProcess worker = new WorkerProcess(RenderWorker.class, workerHeap, timeLimit);
        running.put(jobId, worker);
        try {
            Files.createDirectories(work);
            files.needs(DataFiles.sessionFolder(media, job.userId(), job.sessionId()));
            Sessions.DraftVersion draft = sessions.draft(job.sessionId(), job.draftVersion()).orElseThrow(
                    () -> new IllegalStateException("the draft version " + job.draftVersion() + " is gone"));
            Path draftFile = Files.writeString(work.resolve("draft.json"), sized(draft.draftJson(), job.resolution()));
            Path out = work.resolve("out.mp4");
            Path draftMedia = draft.mediaFolder() != null ? Path.of(draft.mediaFolder()) : work;
            List<String> arguments = new java.util.ArrayList<>(List.of(draftFile.toString(), draftMedia.toString(),
                    media.resolve(job.userId()).toString(), out.toString(), job.quality(), cacheFolder(renders).toString()));
            if (farmUrl != null) {
                arguments.add(farmUrl);
                arguments.add(farmName);
            }
            WorkerProcess.Outcome outcome = worker.run(arguments, work.resolve("worker.log"),
                    percent -> jobs.progress(jobId, percent));
            if (outcome instanceof WorkerProcess.Done) {
                finish(job, out);
            } else if (outcome instanceof WorkerProcess.Refused refused) {
                fail(jobId, refused.message());
            } else if (outcome instanceof WorkerProcess.Broke broke) {
                fail(jobId, broke.message());
            } else {
                fail(jobId, "cancelled");
            }
        } catch (IOException | RuntimeException e) {
            fail(jobId, "the export could not run (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(jobId, "the server stopped during the export; it runs again when the server starts");
        } finally {
            running.remove(jobId);
            deleteTree(work);
        }
    }

    /** The draft at the export's resolution (lines on the short side), or as it is. */
    private static String sized(String draftJson, String resolution) {
        if (resolution == null) {
            return draftJson;
        }
        int lines = dev.reelwright.draft.Resolution.parse(resolution).lines();
        return DraftCodec.write(DraftScaler.toShortSide(DraftCodec.parse(draftJson), lines));
    }

    private void finish(RenderJob job, Path out) throws IOException {
        Path finalFile = renders.resolve(job.userId()).resolve(job.id() + ".mp4");
        Files.move(out, finalFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        MediaInfo info = MediaProbe.probe(finalFile);
        if (jobs.complete(job.id(), finalFile.toString(), info.durationMs(), Files.size(finalFile))) {
            files.wrote(finalFile);
            if (job.reservationId() != null) {
                credits.capture(job.reservationId());
            }
        } else {
            Files.deleteIfExists(finalFile);
        }
    }

    private void fail(String jobId, String message) {
        if (jobs.end(jobId, "failed", message)) {
            releaseOf(jobId);
        }
    }

    private void releaseOf(String jobId) {
        jobs.find(jobId).map(RenderJob::reservationId).ifPresent(credits::release);
    }

    static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (var files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // A leftover work folder is removed with the next run of the same job id, or by hand.
        }
    }

    @Override
    public void close() {
        leases.shutdownNow();
        running.values().forEach(WorkerProcess::stop);
        workers.shutdownNow();
    }
}
