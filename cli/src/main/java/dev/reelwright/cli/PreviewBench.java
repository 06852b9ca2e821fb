package dev.reelwright.cli;

import dev.reelwright.draft.DraftCodec;
import dev.reelwright.draft.DraftScaler;
import dev.reelwright.render.Quality;
import dev.reelwright.server.export.Previews;
import dev.reelwright.server.export.RenderWorker;
import dev.reelwright.server.export.WorkerProcess;
import dev.reelwright.server.session.Sessions;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code reel bench preview [--runs N]}: the studio's preview of a 30 s made video (360p, the
 * fastest encoder settings, in a worker process as the server runs it) against a full 1080p export
 * of the same draft, measured in the same run; and a preview asked for again (the cache).
 */
final class PreviewBench {
    private PreviewBench() {
    }

    static void run(int runs, PrintStream out) throws Exception {
        Path work = Files.createTempDirectory("reel-bench-preview-");
        try {
            Path script = work.resolve("brewline.md");
            try (InputStream in = PreviewBench.class.getResourceAsStream(MakeBench.SCRIPT)) {
                Files.write(script, in.readAllBytes());
            }
            out.printf(Locale.ROOT, "reel bench preview: a 30 s video made from the built-in script; %d preview renders at %d lines"
                    + " (each a new draft version, in its own worker JVM) against %d full 1080p exports (high quality)%n",
                    runs, Previews.LINES, runs);
            Path made = work.resolve("made.mp4");
            Reel.invoke(new ReelCommand.Context(InputStream.nullInputStream(), System.getenv(), new PrintStream(java.io.OutputStream.nullOutputStream()),
                    System.err, new dev.reelwright.render.Cancellation()), List.of("make", script.toString(), "-o", made.toString(), "--duration", "30s",
                    "--quality", "draft", "--resolution", "480p"));
            String draftJson = Files.readString(work.resolve("made.draft.json"));
            Path mediaFolder = work.resolve("made.media");
            long videoMs = DraftCodec.parse(draftJson).durationMs();
            Previews previews = new Previews(work.resolve("previews"), work.resolve("users"), "1g", new dev.reelwright.server.store.DataFiles());
            List<Double> previewS = new ArrayList<>();
            List<Double> exportS = new ArrayList<>();
            // A warm-up of each, not reported: the first worker start reads the jars from disk.
            previews.of("u", "s", new Sessions.DraftVersion(1, draftJson, "bench", mediaFolder.toString()));
            export(draftJson, mediaFolder, work);
            for (int i = 1; i <= runs; i++) {
                long started = System.nanoTime();
                previews.of("u", "s", new Sessions.DraftVersion(i + 1, draftJson, "bench", mediaFolder.toString()));
                previewS.add((System.nanoTime() - started) / 1e9);
                exportS.add(export(draftJson, mediaFolder, work));
                out.printf(Locale.ROOT, "  run %d: preview %.2f s, 1080p export %.2f s%n", i, previewS.get(i - 1), exportS.get(i - 1));
            }
            long cachedStart = System.nanoTime();
            previews.of("u", "s", new Sessions.DraftVersion(2, draftJson, "bench", mediaFolder.toString()));
            double cachedMs = (System.nanoTime() - cachedStart) / 1e6;
            previews.close();
            double preview = BenchCommand.median(previewS.stream().mapToDouble(Double::doubleValue).toArray());
            double export = BenchCommand.median(exportS.stream().mapToDouble(Double::doubleValue).toArray());
            out.println();
            out.printf(Locale.ROOT, "video length:                 %.1f s%n", videoMs / 1000.0);
            out.printf(Locale.ROOT, "preview (median):             %.2f s  (target < 5 s for a 30 s draft on two cores) %s%n", preview,
                    preview < 5 ? "met" : "NOT MET");
            out.printf(Locale.ROOT, "1080p export (median):        %.2f s%n", export);
            out.printf(Locale.ROOT, "preview / export:             %.2f%n", preview / export);
            out.printf(Locale.ROOT, "the same version again:       %.1f ms (kept from the first time)%n", cachedMs);
        } finally {
            BenchCommand.deleteTree(work);
        }
    }

    /** A 1080p high-quality render of the draft in a worker process, as an export runs; its wall time in seconds. */
    private static double export(String draftJson, Path mediaFolder, Path work) throws Exception {
        Path draft = Files.writeString(work.resolve("export.json"), DraftCodec.write(DraftScaler.toShortSide(DraftCodec.parse(draftJson), 1080)));
        long started = System.nanoTime();
        WorkerProcess.Outcome outcome = new WorkerProcess(RenderWorker.class, "1g", Duration.ofMinutes(10)).run(List.of(draft.toString(),
                mediaFolder.toString(), work.toString(), work.resolve("export.mp4").toString(), Quality.HIGH.toString()),
                work.resolve("export.log"), percent -> {
                });
        if (!(outcome instanceof WorkerProcess.Done)) {
            throw new CliException("the benchmark's export failed: " + outcome);
        }
        return (System.nanoTime() - started) / 1e9;
    }
}
