package dev.reelwright.server.chat;

import dev.reelwright.farm.MakeRunner;
import dev.reelwright.server.export.WorkerProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * The director's work on this machine: a {@link MakeWorker} process scheduled below everything
 * else, with a heap cap and a time limit, so a crash or a hang fails one generation only. The
 * server uses it when there is no farm; {@code reel worker} uses it for the farm's generations.
 */
public final class LocalMaker implements MakeRunner {
    private static final int WORKER_NICENESS = 10;

    private final Duration timeLimit;
    private final java.util.Set<WorkerProcess> running = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public LocalMaker(Duration timeLimit) {
        this.timeLimit = timeLimit;
    }

    @Override
    public String make(String requestJson, Path folder, Consumer<String> stages) throws IOException, InterruptedException {
        Path request = folder.resolve(".request.json");
        Path log = folder.resolve(".worker.log");
        try {
            Files.writeString(request, requestJson);
            WorkerProcess worker = new WorkerProcess(MakeWorker.class, WORKER_NICENESS, "1g", timeLimit);
            running.add(worker);
            WorkerProcess.Outcome outcome;
            try {
                outcome = worker.run(List.of(request.toString(), folder.toString()), log, percent -> {
                }, stages);
            } finally {
                running.remove(worker);
            }
            if (outcome instanceof WorkerProcess.Refused refused) {
                throw new Refused(refused.message());
            }
            if (!(outcome instanceof WorkerProcess.Done done) || done.result() == null) {
                String why = outcome instanceof WorkerProcess.Broke broke ? broke.message() : "it was stopped";
                throw new IllegalStateException("making the video failed: " + why);
            }
            return done.result();
        } finally {
            Files.deleteIfExists(request);
            Files.deleteIfExists(log);
        }
    }

    /** Stops the director's processes now running (their generations fail, and a farm's go back on the queue). */
    @Override
    public void stop() {
        running.forEach(WorkerProcess::stop);
    }
}
