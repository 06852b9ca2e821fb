package dev.reelwright.cli;

import dev.reelwright.draft.Captions;
import dev.reelwright.draft.Draft;
import dev.reelwright.render.Cancellation;
import dev.reelwright.render.Quality;
import dev.reelwright.render.RenderException;
import dev.reelwright.render.RenderResult;
import dev.reelwright.render.Renderer;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code reel render DRAFT.json -o OUT.mp4 [--media DIR] [--quality Q]}. */
final class RenderCommand {
    static final String USAGE = "reel render DRAFT.json -o OUT.mp4 [--media DIR] [--quality draft|standard|high]";

    private RenderCommand() {
    }

    static void run(List<String> argv, PrintStream out, Cancellation cancellation) {
        Args args = new Args(argv, Set.of("-o", "--output", "--media", "--quality"), Set.of());
        Path draftFile = Path.of(args.positional(0, "the draft file (" + USAGE + ")"));
        args.allowPositionals(1);
        String output = args.option("-o", args.option("--output"));
        if (output == null) {
            throw new CliException("missing -o OUT.mp4 (" + USAGE + ")");
        }
        Quality quality = parseQuality(args.option("--quality", "standard"));
        Draft draft = DraftFiles.read(draftFile);
        render(draft, draftFile, Path.of(output), mediaFolder(draftFile, args.option("--media")), quality, out, cancellation);
    }

    /**
     * Where a draft's {@code media:} sources are: {@code --media} when given, else the
     * {@code NAME.media} folder {@code reel make} writes beside {@code NAME.draft.json}, else the draft's folder.
     */
    static Path mediaFolder(Path draftFile, String mediaOption) {
        if (mediaOption != null) {
            return Path.of(mediaOption);
        }
        Path absolute = draftFile.toAbsolutePath();
        String name = absolute.getFileName().toString().replaceFirst("(?i)(\\.draft)?\\.json$", "");
        Path beside = absolute.resolveSibling(name + ".media");
        return java.nio.file.Files.isDirectory(beside) ? beside : absolute.getParent();
    }

    static RenderResult render(Draft draft, Path draftFile, Path output, Path mediaFolder, Quality quality, PrintStream out,
                               Cancellation cancellation) {
        if (!output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".mp4")) {
            throw new CliException(output + ": the output name must end in .mp4");
        }
        ProgressReport progress = new ProgressReport(out, ProgressReport.stdoutIsTerminal(), output.getFileName().toString());
        RenderResult result;
        try {
            result = new Renderer().render(draft, new FolderMediaResolver(mediaFolder, draftFile.toAbsolutePath().getParent()),
                    quality, output, progress, cancellation);
        } catch (Cancellation.Cancelled e) {
            progress.endBar();
            throw e;
        } catch (RenderException e) {
            progress.endBar();
            throw new CliException(draftFile + ": " + e.getMessage());
        }
        List<Captions.Cue> cues = Captions.cues(draft);
        String extra = "";
        if (!cues.isEmpty()) {
            String base = output.toString().substring(0, output.toString().length() - 4);
            AtomicFiles.writeString(Path.of(base + ".srt"), Captions.srt(cues));
            AtomicFiles.writeString(Path.of(base + ".vtt"), Captions.vtt(cues));
            extra = " + " + base + ".srt, " + base + ".vtt";
        }
        out.printf(Locale.ROOT, "wrote %s (%.1f s, %dx%d, %.1f MB)%s%n", output, result.durationMs() / 1000.0,
                draft.meta().widthPx(), draft.meta().heightPx(), result.sizeBytes() / 1e6, extra);
        return result;
    }

    static Quality parseQuality(String name) {
        try {
            return Quality.parse(name);
        } catch (IllegalArgumentException e) {
            throw new CliException("--" + e.getMessage());
        }
    }
}
