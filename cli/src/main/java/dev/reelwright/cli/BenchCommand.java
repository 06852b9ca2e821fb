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
import java.util.Set;

/**
 * {@code reel bench render [--runs N] [--seconds S]}: the renderer against bare x264 on the very
 * same frames, in the same run, each measurement in its own JVM; prints medians and ratios.
 * {@code reel bench make} is {@link MakeBench}.
 */
final class BenchCommand {
    private static final String RENDER_HEAP = "-Xmx768m";
    private static final String REFERENCE_HEAP = "-Xmx12g";

    private record Run(long frames, double wallS, double cpuS, double peakMib, double coldWallS) {
        double fps() {
            return frames / wallS;
        }
    }

    private BenchCommand() {
    }

    static void run(List<String> argv, PrintStream out) throws Exception {
        Args args = new Args(argv, Set.of("--runs", "--seconds", "--rate", "--streams", "--corpus"), Set.of("--failures"));
        String what = args.positional(0, "what to benchmark (reel bench render, make, api or agent)");
        args.allowPositionals(1);
        if (what.equals("agent")) {
            AgentBench.run(args.option("--corpus"), args.flag("--failures"), out);
            return;
        }
        if (what.equals("api")) {
            ApiBench.run(args.intOption("--seconds", 30, 5, 600), args.intOption("--rate", 200, 1, 5_000),
                    args.intOption("--streams", 200, 0, 2_000), out);
            return;
        }
        int runs = args.intOption("--runs", 3, 1, 20);
        if (what.equals("make")) {
            MakeBench.run(runs, out);
            return;
        }
        if (!what.equals("render")) {
            throw new CliException("reel bench: give render, make, api or agent (got \"" + what + "\")");
        }
        int seconds = args.intOption("--seconds", 30, 5, 600);
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
