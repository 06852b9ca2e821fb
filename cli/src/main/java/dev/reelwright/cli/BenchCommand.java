package dev.reelwright.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code reel bench render|make|quality|preview|reexport|farm|api|agent}: figures and ratios against a reference measured in the
 * same run; never pass/fail tests. {@code reel bench render} is here: the renderer against bare
 * x264 on the very same frames, each measurement in its own JVM.
 */
@Command(name = "bench", description = "Benchmarks: figures, medians and ratios against a reference measured in the same run.",
        subcommands = {BenchCommand.Render.class, BenchCommand.Make.class, BenchCommand.Quality.class, BenchCommand.Preview.class, BenchCommand.Reexport.class, BenchCommand.Farm.class, BenchCommand.Api.class,
                BenchCommand.Agent.class})
final class BenchCommand implements Runnable {
    private static final String RENDER_HEAP = "-Xmx768m";
    private static final String REFERENCE_HEAP = "-Xmx12g";

    @Spec
    CommandSpec spec;

    private record Run(long frames, double wallS, double cpuS, double peakMib, double coldWallS) {
        double fps() {
            return frames / wallS;
        }
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "say which benchmark: "
                + dev.reelwright.draft.Choices.either(List.copyOf(spec.subcommands().keySet())));
    }

    @Command(name = "render", description = "Renderer speed and memory against bare x264 on the same frames.")
    static final class Render extends ReelCommand {
        @Option(names = "--runs", paramLabel = "N", defaultValue = "3", description = "timed runs (default ${DEFAULT-VALUE})")
        int runs;

        @Option(names = "--seconds", paramLabel = "S", defaultValue = "30", description = "the video's length (default ${DEFAULT-VALUE})")
        int seconds;

        @Override
        protected void run(Context context) throws Exception {
            renderBench(Bounds.check("--runs", runs, 1, 20), Bounds.check("--seconds", seconds, 5, 600), context.out());
        }
    }

    @Command(name = "make", description = "A 150-word script to a 30 s 1080p video, with a per-stage breakdown.")
    static final class Make extends ReelCommand {
        @Option(names = "--runs", paramLabel = "N", defaultValue = "3", description = "timed runs (default ${DEFAULT-VALUE})")
        int runs;

        @Override
        protected void run(Context context) throws Exception {
            MakeBench.run(Bounds.check("--runs", runs, 1, 20), context.out());
        }
    }

    @Command(name = "quality", description = "What a viewer hears and reads, per caption style: a recogniser's word error rate on the"
            + " mix and on the voice alone, the music under speech, caption timing, loudness and true peak.")
    static final class Quality extends ReelCommand {
        @Override
        protected void run(Context context) throws Exception {
            QualityBench.run(context.out());
        }
    }

    @Command(name = "preview", description = "The studio's 360p preview of a 30 s video against a full 1080p export of the same draft.")
    static final class Preview extends ReelCommand {
        @Option(names = "--runs", paramLabel = "N", defaultValue = "3", description = "timed runs (default ${DEFAULT-VALUE})")
        int runs;

        @Override
        protected void run(Context context) throws Exception {
            PreviewBench.run(Bounds.check("--runs", runs, 1, 20), context.out());
        }
    }

    @Command(name = "reexport", description = "A 60 s 1080p export, then again after one scene's title changed: the render cache's"
            + " share of the work.")
    static final class Reexport extends ReelCommand {
        @Option(names = "--runs", paramLabel = "N", defaultValue = "3", description = "timed runs (default ${DEFAULT-VALUE})")
        int runs;

        @Option(names = "--seconds", paramLabel = "S", defaultValue = "60", description = "the video's length (default ${DEFAULT-VALUE})")
        int seconds;

        @Override
        protected void run(Context context) throws Exception {
            ReexportBench.run(Bounds.check("--runs", runs, 1, 20), Bounds.check("--seconds", seconds, 10, 600), context.out());
        }
    }

    @Command(name = "farm", description = "The render farm on a real NATS server: dispatch latency, one export on 1 and on 2 worker"
            + " processes, a long video's wall time and the workers' peak memory, a re-export after one title.")
    static final class Farm extends ReelCommand {
        @Option(names = "--nats", paramLabel = "URL", defaultValue = "nats://127.0.0.1:4222",
                description = "the NATS server with JetStream (default ${DEFAULT-VALUE})")
        String url;

        @Option(names = "--seconds", paramLabel = "S", defaultValue = "60", description = "the video's length (default ${DEFAULT-VALUE})")
        int seconds;

        @Option(names = "--long-seconds", paramLabel = "S", defaultValue = "600",
                description = "the long video's length; 0 leaves it out (default ${DEFAULT-VALUE})")
        int longSeconds;

        @Override
        protected void run(Context context) throws Exception {
            FarmBench.run(url, Bounds.check("--seconds", seconds, 10, 600), Bounds.check("--long-seconds", longSeconds, 0, 3_600),
                    context.out());
        }
    }

    @Command(name = "api", description = "API latency under steady load while chat streams stay open; the server's peak memory.")
    static final class Api extends ReelCommand {
        @Option(names = "--seconds", paramLabel = "S", defaultValue = "30", description = "how long the load runs (default ${DEFAULT-VALUE})")
        int seconds;

        @Option(names = "--rate", paramLabel = "PER_S", defaultValue = "200", description = "requests a second (default ${DEFAULT-VALUE})")
        int rate;

        @Option(names = "--streams", paramLabel = "N", defaultValue = "200", description = "chat streams held open (default ${DEFAULT-VALUE})")
        int streams;

        @Override
        protected void run(Context context) throws Exception {
            ApiBench.run(Bounds.check("--seconds", seconds, 5, 600), Bounds.check("--rate", rate, 1, 5_000),
                    Bounds.check("--streams", streams, 0, 2_000), context.out());
        }
    }

    @Command(name = "agent", description = "The chat agent on its evaluation corpus: accuracy per intent, milliseconds per turn.")
    static final class Agent extends ReelCommand {
        @Option(names = "--corpus", paramLabel = "FILE", description = "one corpus file instead of the built-in ones")
        String corpus;

        @Option(names = "--failures", description = "list every turn the agent got wrong")
        boolean failures;

        @Override
        protected void run(Context context) throws Exception {
            AgentBench.run(corpus, failures, context.out());
        }
    }

    private static void renderBench(int runs, int seconds, PrintStream out) throws Exception {
        Path work = Files.createTempDirectory("reel-bench-");
        try {
            out.printf(Locale.ROOT, "reel bench render: %d s of 1920x1080 at 30 fps (and %d s for memory growth), a warm-up, then %d runs%n",
                    seconds, 2 * seconds, runs);
            BenchDrafts.writeMedia(work, 2 * seconds);
            Path shortDraft = work.resolve("bench-" + seconds + ".json");
            Path longDraft = work.resolve("bench-" + 2 * seconds + ".json");
            Files.writeString(shortDraft, BenchDrafts.json(seconds));
            Files.writeString(longDraft, BenchDrafts.json(2 * seconds));
            Path warmUpDraft = work.resolve("bench-warm-up.json");
            Files.writeString(warmUpDraft, BenchDrafts.json(5));
            // One pass of each, not reported: the first run after writing the media is always the slowest.
            child("render", RENDER_HEAP, shortDraft, work, null);
            child("reference", REFERENCE_HEAP, shortDraft, work, null);
            List<Run> renders = new ArrayList<>();
            List<Run> references = new ArrayList<>();
            List<Run> longRenders = new ArrayList<>();
            for (int i = 1; i <= runs; i++) {
                // Timed after a short warm-up render in the same JVM: the reference, too, runs warm.
                renders.add(child("render", RENDER_HEAP, shortDraft, work, warmUpDraft));
                references.add(child("reference", REFERENCE_HEAP, shortDraft, work, null));
                longRenders.add(child("render", RENDER_HEAP, longDraft, work, warmUpDraft));
                out.printf(Locale.ROOT, "  run %d: renderer %.1f fps, bare x264 %.1f fps, %d s render peak %.0f MiB, %d s %.0f MiB%n",
                        i, renders.get(i - 1).fps(), references.get(i - 1).fps(), seconds, renders.get(i - 1).peakMib(),
                        2 * seconds, longRenders.get(i - 1).peakMib());
            }
            report(out, seconds, renders, references, longRenders);
        } finally {
            deleteTree(work);
        }
    }

    private static void report(PrintStream out, int seconds, List<Run> renders, List<Run> references, List<Run> longRenders) {
        out.println();
        out.printf(Locale.ROOT, "%-28s %9s %9s %9s %12s%n", "median of runs", "fps", "wall s", "CPU s", "peak MiB");
        row(out, "renderer, " + seconds + " s", renders);
        row(out, "bare x264, same frames", references);
        row(out, "renderer, " + 2 * seconds + " s", longRenders);
        double[] throughput = new double[renders.size()];
        double[] growth = new double[renders.size()];
        for (int i = 0; i < renders.size(); i++) {
            throughput[i] = renders.get(i).fps() / references.get(i).fps();
            growth[i] = longRenders.get(i).peakMib() / renders.get(i).peakMib();
        }
        double ratio = median(throughput);
        double memory = median(renders.stream().mapToDouble(Run::peakMib).toArray());
        double grows = median(growth);
        out.println();
        out.printf(Locale.ROOT, "throughput ratio renderer / bare x264: %.2f  (target >= 0.85) %s%n", ratio, verdict(ratio >= 0.85));
        out.printf(Locale.ROOT, "renderer peak memory: %.0f MiB  (target < 1024) %s%n", memory, verdict(memory < 1024));
        out.printf(Locale.ROOT, "peak memory %d s / %d s: %.3f  (target <= 1.10) %s%n", 2 * seconds, seconds, grows, verdict(grows <= 1.10));
        out.printf(Locale.ROOT, "a 5 s render in a fresh JVM (what a user waits, start-up included): %.2f s%n",
                median(renders.stream().mapToDouble(Run::coldWallS).toArray()));
        out.println("(the renderer is timed warm, after that 5 s render in the same JVM, as the reference is after painting;");
        out.println(" its figures include mixing, normalising and encoding the sound; bare x264 encodes pictures only)");
    }

    private static String verdict(boolean met) {
        return met ? "met" : "NOT MET";
    }

    private static void row(PrintStream out, String name, List<Run> runs) {
        out.printf(Locale.ROOT, "%-28s %9.1f %9.2f %9.2f %12.0f%n", name, median(runs.stream().mapToDouble(Run::fps).toArray()),
                median(runs.stream().mapToDouble(Run::wallS).toArray()), median(runs.stream().mapToDouble(Run::cpuS).toArray()),
                median(runs.stream().mapToDouble(Run::peakMib).toArray()));
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static Run child(String mode, String heap, Path draft, Path work, Path warmUp) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path output = work.resolve(mode + ".mp4");
        List<String> command = new ArrayList<>(List.of(java, heap, "-XX:+UseSerialGC", "-Djava.awt.headless=true",
                "--add-modules", "jdk.incubator.vector", "-cp", System.getProperty("java.class.path"),
                BenchChild.class.getName(), mode, draft.toString(), work.toString(), output.toString()));
        if (warmUp != null) {
            command.add(warmUp.toString());
        }
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String line = new String(process.getInputStream().readAllBytes()).strip();
        if (process.waitFor() != 0 || line.isEmpty()) {
            throw new CliException("benchmark run (" + mode + ") failed: " + line);
        }
        String[] parts = line.lines().reduce((a, b) -> b).orElse("").split(" ");
        Files.deleteIfExists(output);
        return new Run(Long.parseLong(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2]),
                Double.parseDouble(parts[3]), Double.parseDouble(parts[4]));
    }

    static void deleteTree(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
