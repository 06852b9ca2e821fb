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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code reel render DRAFT.json -o OUT.mp4 [--media DIR] [--quality Q]}. */
@Command(name = "render", sortOptions = false,
        description = "Render a draft (a JSON timeline) to MP4; writes OUT.srt and OUT.vtt too when it has captions.")
final class RenderCommand extends ReelCommand {
    @Parameters(index = "0", paramLabel = "DRAFT.json", description = "the draft to render")
    Path draftFile;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.mp4", description = "the video to write")
    Path output;

    @Mixin
    Options.MediaFolderOption media;

    @Mixin
    Options.QualityOption quality;

    @Override
    protected void run(Context context) {
        Draft draft = DraftFiles.read(draftFile);
        render(draft, draftFile, output, mediaFolder(draftFile, media.folder), quality.quality, context.out(), context.cancellation());
    }

    /**
     * Where a draft's {@code media:} sources are: {@code --media} when given, else the
     * {@code NAME.media} folder {@code reel make} writes beside {@code NAME.draft.json}, else the draft's folder.
     */
    static Path mediaFolder(Path draftFile, Path mediaOption) {
        if (mediaOption != null) {
            return mediaOption;
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
            result = new Renderer().cachingIn(RenderCaches.fromEnvironment(System.getenv())).render(draft, new FolderMediaResolver(mediaFolder, draftFile.toAbsolutePath().getParent()),
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
        java.util.Set<String> pictures = dev.reelwright.draft.Credits.builtInPictures(draft);
        java.util.Set<String> attributions = dev.reelwright.draft.Credits.attributions(draft);
        Path credits = Path.of(output.toString().substring(0, output.toString().length() - 4) + ".credits.txt");
        if (!pictures.isEmpty() || !attributions.isEmpty()) {
            StringBuilder text = new StringBuilder();
            if (!attributions.isEmpty()) {
                text.append("Photos and clips:\n");
                attributions.forEach(a -> text.append("  ").append(a).append('\n'));
                text.append('\n');
            }
            if (!pictures.isEmpty()) {
                text.append(dev.reelwright.pictures.PictureLibrary.credits(pictures));
            }
            AtomicFiles.writeString(credits, text.toString());
            extra += (extra.isEmpty() ? " + " : ", ") + credits;
        }
        out.printf(Locale.ROOT, "wrote %s (%.1f s, %dx%d, %.1f MB)%s%n", output, result.durationMs() / 1000.0,
                draft.meta().widthPx(), draft.meta().heightPx(), result.sizeBytes() / 1e6, extra);
        return result;
    }
}
