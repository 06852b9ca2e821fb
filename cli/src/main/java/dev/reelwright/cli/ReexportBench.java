package dev.reelwright.cli;

import dev.reelwright.draft.DraftCodec;
import dev.reelwright.render.Cancellation;
import dev.reelwright.render.Quality;
import dev.reelwright.render.RenderListener;
import dev.reelwright.render.Renderer;
import dev.reelwright.render.media.PictureComparison;
import dev.reelwright.server.export.RenderWorker;
import dev.reelwright.server.export.WorkerProcess;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code reel bench reexport [--runs N] [--seconds S]}: the incremental re-export. The benchmark's
 * reference video (1080p, six stills under Ken Burns moves, a title per scene, crossfades, voice and
 * ducked music) is exported into an empty render cache, one scene's title is changed, and it is
 * exported again; each export in its own worker JVM, as the server runs them. Prints both wall
 * times, their ratio, and what the re-export encoded; checks the re-export against a render of
 * the edited draft from nothing, byte for byte; and compares that render's pictures, frame by frame,
 * with the edited draft encoded in one piece.
 */
final class ReexportBench {
    private static final String EDITED_SCENE = "Scene 4: the city wakes";

    private ReexportBench() {
    }

    static void run(int runs, int seconds, PrintStream out) throws Exception {
        Path work = Files.createTempDirectory("reel-bench-reexport-");
        try {
            BenchDrafts.writeMedia(work, seconds);
            String original = BenchDrafts.json(seconds);
            String edited = original.replace(EDITED_SCENE, "Scene 4: the harbour opens");
            if (edited.equals(original)) {
                throw new CliException("the benchmark's draft has no \"" + EDITED_SCENE + "\" title to change");
            }
            Path before = Files.writeString(work.resolve("before.json"), original);
            Path after = Files.writeString(work.resolve("after.json"), edited);
            out.printf(Locale.ROOT, "reel bench reexport: a %d s 1080p video exported into an empty cache, then again after"
                    + " retitling scene 4; %d runs, each export in its own worker JVM (standard quality)%n", seconds, runs);
            export(before, work, work.resolve("warm-up.mp4"), null);
            List<Double> fullS = new ArrayList<>();
            List<Double> againS = new ArrayList<>();
            long chunks = 0;
            long encodedAgain = 0;
            for (int run = 1; run <= runs; run++) {
                Path cache = work.resolve("cache-" + run);
                fullS.add(export(before, work, work.resolve("full.mp4"), cache));
                chunks = chunkFiles(cache);
                againS.add(export(after, work, work.resolve("again.mp4"), cache));
                encodedAgain = chunkFiles(cache) - chunks;
                out.printf(Locale.ROOT, "  run %d: full export %.2f s, re-export %.2f s (%d of %d chunks encoded again)%n", run,
                        fullS.get(run - 1), againS.get(run - 1), encodedAgain, chunks);
            }
            export(after, work, work.resolve("fresh.mp4"), null);
            boolean same = Arrays.equals(Files.readAllBytes(work.resolve("again.mp4")), Files.readAllBytes(work.resolve("fresh.mp4")));
            Path onePiece = work.resolve("one-piece.mp4");
            new Renderer().inOnePiece().render(DraftCodec.parse(edited), new FolderMediaResolver(work, work), Quality.STANDARD, onePiece,
                    RenderListener.NONE, Cancellation.none());
            PictureComparison pictures = PictureComparison.of(onePiece, work.resolve("fresh.mp4"));
            double full = BenchCommand.median(fullS.stream().mapToDouble(Double::doubleValue).toArray());
            double again = BenchCommand.median(againS.stream().mapToDouble(Double::doubleValue).toArray());
            out.println();
            out.printf(Locale.ROOT, "full export (median):          %.2f s%n", full);
            out.printf(Locale.ROOT, "re-export after one title:     %.2f s  (%d of %d chunks encoded, the sound kept)%n", again, encodedAgain, chunks);
            out.printf(Locale.ROOT, "re-export / full:              %.2f  (target <= 0.20) %s%n", again / full, again / full <= 0.20 ? "met" : "NOT MET");
            out.printf(Locale.ROOT, "re-export = render from nothing: %s%n", same ? "yes, byte for byte" : "NO: the bytes differ");
            out.printf(Locale.ROOT, "chunks joined = one piece:     %d of %d frames identical%s; worst frame %s (target >= 50 dB) %s%n",
                    pictures.identicalFrames(), pictures.frames(), pictures.otherFrameCounts() ? ", OTHER FRAME COUNTS" : "",
                    Double.isInfinite(pictures.worstDb()) ? "identical" : String.format(Locale.ROOT, "%.1f dB (frame %d)",
                            pictures.worstDb(), pictures.worstFrame()),
                    pictures.worstDb() >= 50 && !pictures.otherFrameCounts() ? "met" : "NOT MET");
        } finally {
            BenchCommand.deleteTree(work);
        }
    }

    private static long chunkFiles(Path cache) throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".mp4")).count();
        }
    }

    /** One export in a worker process, as the server runs it; its wall time in seconds. */
    private static double export(Path draft, Path media, Path output, Path cache) throws Exception {
        List<String> arguments = new ArrayList<>(List.of(draft.toString(), media.toString(), media.toString(), output.toString(),
                Quality.STANDARD.toString()));
        if (cache != null) {
            arguments.add(cache.toString());
        }
        long started = System.nanoTime();
        WorkerProcess.Outcome outcome = new WorkerProcess(RenderWorker.class, "1g", Duration.ofMinutes(30)).run(arguments,
                output.resolveSibling(output.getFileName() + ".log"), percent -> {
                });
        if (!(outcome instanceof WorkerProcess.Done)) {
            throw new CliException("the benchmark's export failed: " + outcome);
        }
        return (System.nanoTime() - started) / 1e9;
    }
}
