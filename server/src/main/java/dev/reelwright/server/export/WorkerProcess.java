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
 * Runs a worker main class ({@link RenderWorker}, {@link ProbeWorker}) in its own JVM with a heap
 * cap and a time limit, relaying its {@code progress N} lines and keeping its {@code result ...}
 * line. What becomes of it is one of {@link Outcome}'s cases; it can be stopped at any moment.
 */
public final class WorkerProcess {
    /** How a worker ended. */
    public sealed interface Outcome {
    }

    /** It finished; {@code result} is what its {@code result} line said, or null. */
    public record Done(String result) implements Outcome {
    }

    /** The worker said what was wrong (bad draft, missing or corrupt media). */
    public record Refused(String message) implements Outcome {
    }

    /** It died (crash, out of memory) or ran past its time. */
    public record Broke(String message) implements Outcome {
    }

    public record Stopped() implements Outcome {
    }

    private final Class<?> mainClass;
    private final int niceness;
    private final String heap;
    private final Duration timeLimit;
    private volatile Process process;
    private volatile boolean stopRequested;
    private volatile boolean timedOut;

    public WorkerProcess(Class<?> mainClass, String heap, Duration timeLimit) {
        this(mainClass, 0, heap, timeLimit);
    }

    /** @param niceness how far below the server the worker is scheduled (Linux {@code nice}); 0 for the same */
    public WorkerProcess(Class<?> mainClass, int niceness, String heap, Duration timeLimit) {
        this.mainClass = mainClass;
        this.niceness = niceness;
        this.heap = heap;
        this.timeLimit = timeLimit;
    }

    public Outcome run(List<String> arguments, Path stderrFile, IntConsumer progress) throws IOException, InterruptedException {
        return run(arguments, stderrFile, progress, stage -> {
        });
    }

    /** As above; {@code stage NAME} lines go to {@code stages}. */
    public Outcome run(List<String> arguments, Path stderrFile, IntConsumer progress, java.util.function.Consumer<String> stages)
            throws IOException, InterruptedException {
        String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>();
        if (niceness > 0 && java.nio.file.Files.isExecutable(Path.of("/usr/bin/nice"))) {
            command.addAll(List.of("/usr/bin/nice", "-n", Integer.toString(niceness)));
        }
        command.addAll(List.of(javaCommand, "-Xmx" + heap, "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError",
                "-Djava.awt.headless=true", "--add-modules", "jdk.incubator.vector", "-cp", System.getProperty("java.class.path"),
                mainClass.getName()));
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
        String result = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("progress ")) {
                    progress.accept(Integer.parseInt(line.substring(9).strip()));
                } else if (line.startsWith("error ")) {
                    error = line.substring(6);
                } else if (line.startsWith("stage ")) {
                    stages.accept(line.substring(6).strip());
                } else if (line.startsWith("result ")) {
                    result = line.substring(7);
                }
            }
        }
        int exit = process.waitFor();
        watchdog.interrupt();
        if (stopRequested) {
            return new Stopped();
        }
        if (exit == 0) {
            return new Done(result);
        }
        if (error != null && exit == 2) {
            return new Refused(error);
        }
        return new Broke(timedOut ? "the render took longer than " + timeLimit.toSeconds() + " s and was stopped"
                : error != null ? error : "the render process stopped unexpectedly (exit " + exit + ")");
    }

    /** How long a stopped worker has to finish its cleanup before it is killed. */
    private static final long STOP_GRACE_MS = RenderWorker.UNWIND_MS + 1_000;

    /**
     * Stops the worker (cancel): asked to stop, so it can clean up (a render takes its chunks off
     * the farm), and killed if it has not gone after a few seconds; {@link #run} then answers {@link Stopped}.
     */
    public void stop() {
        stopRequested = true;
        Process running = process;
        if (running != null) {
            running.destroy();
            running.onExit().orTimeout(STOP_GRACE_MS, TimeUnit.MILLISECONDS).exceptionally(late -> {
                running.destroyForcibly();
                return running;
            });
        }
    }
}
