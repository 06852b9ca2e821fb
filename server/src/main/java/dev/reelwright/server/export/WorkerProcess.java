package dev.reelwright.server.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

/**
 * Runs {@link RenderWorker} in its own JVM with a heap cap and a time limit, relaying its progress.
 * What becomes of it is one of {@link Outcome}'s cases; it can be stopped at any moment.
 */
final class WorkerProcess {
    /** How a worker ended. */
    sealed interface Outcome {
    }

    record Done() implements Outcome {
    }

    /** The worker said what was wrong (bad draft, missing or corrupt media). */
    record Refused(String message) implements Outcome {
    }

    /** It died (crash, out of memory) or ran past its time. */
    record Broke(String message) implements Outcome {
    }

    record Stopped() implements Outcome {
    }

    private final String heap;
    private final Duration timeLimit;
    private volatile Process process;
    private volatile boolean stopRequested;
    private volatile boolean timedOut;

    WorkerProcess(String heap, Duration timeLimit) {
        this.heap = heap;
        this.timeLimit = timeLimit;
    }

    Outcome run(List<String> arguments, Path stderrFile, IntConsumer progress) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap, "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError",
                "-Djava.awt.headless=true", "--add-modules", "jdk.incubator.vector", "-cp", System.getProperty("java.class.path"),
                RenderWorker.class.getName()));
        command.addAll(arguments);
        process = new ProcessBuilder(command).redirectError(stderrFile.toFile()).start();
        if (stopRequested) {
            process.destroyForcibly();
        }
        Thread watchdog = new Thread(() -> {
            try {
                if (!process.waitFor(timeLimit.toMillis(), TimeUnit.MILLISECONDS)) {
                    timedOut = true;
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
            }
        }, "reel-worker-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        String error = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("progress ")) {
                    progress.accept(Integer.parseInt(line.substring(9).strip()));
                } else if (line.startsWith("error ")) {
                    error = line.substring(6);
                }
            }
        }
        int exit = process.waitFor();
        watchdog.interrupt();
        if (stopRequested) {
            return new Stopped();
        }
        if (exit == 0) {
            return new Done();
        }
        if (error != null && exit == 2) {
            return new Refused(error);
        }
        return new Broke(timedOut ? "the render took longer than " + timeLimit.toSeconds() + " s and was stopped"
                : error != null ? error : "the render process stopped unexpectedly (exit " + exit + ")");
    }

    /** Stops the worker now (cancel); {@link #run} then answers {@link Stopped}. */
    void stop() {
        stopRequested = true;
        Process running = process;
        if (running != null) {
            running.destroyForcibly();
        }
    }
}
