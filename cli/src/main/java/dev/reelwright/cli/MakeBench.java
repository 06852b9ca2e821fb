package dev.reelwright.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code reel bench make [--runs N]}: the built-in 150-word script to a 1080p30 video with
 * {@code --duration 30s}, end to end as a user runs it: each run is a fresh {@code reel make} in its
 * own JVM, and the stages are timed from the moment each of its progress lines arrives.
 */
final class MakeBench {
    static final String SCRIPT = "/bench/make-150-words.md";
    private static final List<String> STAGES = List.of("start-up", "reading", "storyboard", "voice", "music", "visuals",
            "rendering", "writing the draft");
    private static final Pattern WROTE_VIDEO = Pattern.compile("^wrote .*\\.mp4 \\(([0-9.]+) s,");

    /** One run: seconds per stage, the whole wall time, and the made video's length. */
    private record Run(Map<String, Double> stageS, double wallS, double videoS) {
    }

    private MakeBench() {
    }

    static void run(int runs, PrintStream out) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("reel-bench-make-");
        try {
            Path script = work.resolve("brewline.md");
            try (InputStream in = MakeBench.class.getResourceAsStream(SCRIPT)) {
                Files.write(script, in.readAllBytes());
            }
            out.printf(Locale.ROOT, "reel bench make: a 150-word script, --duration 30s, 1920x1080 at 30 fps, standard quality;"
                    + " a warm-up, then %d runs, each a fresh reel make%n", runs);
            once(script, work);
            List<Run> measured = new ArrayList<>();
            for (int i = 1; i <= runs; i++) {
                Run run = once(script, work);
                measured.add(run);
                out.printf(Locale.ROOT, "  run %d: %.1f s for a %.1f s video%n", i, run.wallS(), run.videoS());
            }
            report(out, measured);
        } finally {
            BenchCommand.deleteTree(work);
        }
    }

    private static void report(PrintStream out, List<Run> runs) {
        out.println();
        out.printf(Locale.ROOT, "%-20s %10s%n", "stage (median)", "seconds");
        for (String stage : STAGES) {
            out.printf(Locale.ROOT, "%-20s %10.2f%n", stage, BenchCommand.median(runs.stream()
                    .mapToDouble(run -> run.stageS().getOrDefault(stage, 0.0)).toArray()));
        }
        double wall = BenchCommand.median(runs.stream().mapToDouble(Run::wallS).toArray());
        double video = BenchCommand.median(runs.stream().mapToDouble(Run::videoS).toArray());
        double ratio = BenchCommand.median(runs.stream().mapToDouble(run -> run.wallS() / run.videoS()).toArray());
        out.printf(Locale.ROOT, "%-20s %10.2f%n", "total wall", wall);
        out.println();
        out.printf(Locale.ROOT, "video length: %.1f s (the 150 words at the voice's pace need more than 30 s: reel make condenses them)%n", video);
        out.printf(Locale.ROOT, "wall / video length: %.2f  (target <= 0.50, i.e. 15 s for a 30 s video) %s%n", ratio,
                ratio <= 0.5 ? "met" : "NOT MET");
    }

    /** One fresh {@code reel make}, its output lines timed as they arrive. */
    private static Run once(Path script, Path work) throws IOException, InterruptedException {
        Path video = work.resolve("made.mp4");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx768m", "-XX:+UseSerialGC", "-Djava.awt.headless=true",
                "--add-modules", "jdk.incubator.vector", "-cp", System.getProperty("java.class.path"), Reel.class.getName(),
                "make", script.toString(), "-o", video.toString(), "--duration", "30s");
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Map<String, Double> stageS = new LinkedHashMap<>();
        String stage = "start-up";
        long stageStart = started;
        double videoS = Double.NaN;
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                long now = System.nanoTime();
                lines.add(line);
                String next = stageOf(line, stage);
                Matcher wrote = WROTE_VIDEO.matcher(line);
                if (wrote.find()) {
                    videoS = Double.parseDouble(wrote.group(1));
                    next = "writing the draft";
                }
                if (!next.equals(stage)) {
                    stageS.merge(stage, (now - stageStart) / 1e9, Double::sum);
                    stage = next;
                    stageStart = now;
                }
            }
        }
        int exit = process.waitFor();
        long ended = System.nanoTime();
        stageS.merge(stage, (ended - stageStart) / 1e9, Double::sum);
        if (exit != 0 || Double.isNaN(videoS)) {
            throw new CliException("the benchmark's reel make failed (exit " + exit + "): " + String.join(" | ", lines));
        }
        return new Run(stageS, (ended - started) / 1e9, videoS);
    }

    /** The stage a progress line starts: "make: STAGE" lines name it, the renderer's first line starts rendering. */
    private static String stageOf(String line, String current) {
        if (line.startsWith("make: ")) {
            return line.substring("make: ".length()).strip();
        }
        if (line.endsWith(": checking media")) {
            return "rendering";
        }
        return current;
    }
}
