package dev.reelwright.cli;

import dev.reelwright.render.Cancellation;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code reel examples [-o DIR] [--quality Q] [--resolution R] [--drafts-only]}: renders every draft in
 * examples/ (making its sample media first), then the five made examples from examples/scripts.
 */
@Command(name = "examples", sortOptions = false,
        description = "Render every draft in examples/ and make the videos of examples/scripts (default into out/examples).")
final class ExamplesCommand extends ReelCommand {
    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "where the videos go (default out/examples)")
    Path outFolder;

    @Mixin
    Options.QualityOption quality;

    @Mixin
    Options.ResolutionOption resolution;

    @Option(names = "--drafts-only", description = "only the drafts, not the made examples")
    boolean draftsOnly;

    @Override
    protected void run(Context context) throws Exception {
        PrintStream out = context.out();
        Cancellation cancellation = context.cancellation();
        Path home = Path.of(System.getProperty("reel.home", ".")).toAbsolutePath().normalize();
        Path examples = home.resolve("examples");
        if (!Files.isDirectory(examples)) {
            throw new CliException(examples + ": no examples folder here (run from the Reelwright folder)");
        }
        Path outFolder = this.outFolder != null ? this.outFolder : home.resolve("out/examples");
        Path media = examples.resolve("media");
        ensureSampleMedia(media, out);
        try {
            Files.createDirectories(outFolder);
        } catch (IOException e) {
            throw new CliException(outFolder + ": cannot create (" + e.getMessage() + ")");
        }
        List<Path> drafts;
        try (Stream<Path> files = Files.list(examples)) {
            drafts = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path draft : drafts) {
            String name = draft.getFileName().toString().replaceFirst("\\.json$", ".mp4");
            RenderCommand.render(DraftFiles.read(draft), draft, outFolder.resolve(name), media, quality.quality, out, cancellation);
        }
        int made = 0;
        if (!draftsOnly) {
            made = MadeExamples.run(examples, media, outFolder, resolution.resolution, quality.quality, context);
        }
        out.println("rendered " + drafts.size() + " example drafts" + (made > 0 ? " and made " + made + " videos" : "") + " into " + outFolder);
    }

    /** Makes the sample photos, clip and sounds the examples use, once. */
    static void ensureSampleMedia(Path media, PrintStream out) {
        try {
            Files.createDirectories(media);
            makeIfMissing(media.resolve("skyline.jpg"), out, f -> SampleMedia.writeImage(SampleMedia.photo(1, 1600, 900), f));
            makeIfMissing(media.resolve("portrait.jpg"), out, f -> SampleMedia.writeImage(SampleMedia.photo(2, 900, 1600), f));
            makeIfMissing(media.resolve("coast.png"), out, f -> SampleMedia.writeImage(SampleMedia.photo(3, 1600, 1000), f));
            makeIfMissing(media.resolve("drive.mp4"), out, f -> SampleMedia.clip(f, 640, 360, 30, 4.5));
            makeIfMissing(media.resolve("voice.wav"), out, f -> SampleMedia.writeWav(SampleMedia.speech(11, 10), f));
            makeIfMissing(media.resolve("music.wav"), out, f -> SampleMedia.writeWav(SampleMedia.music(12), f));
        } catch (IOException e) {
            throw new CliException(media + ": cannot create the sample media (" + e.getMessage() + ")");
        }
    }

    private static void makeIfMissing(Path file, PrintStream out, java.util.function.Consumer<Path> maker) throws IOException {
        if (Files.exists(file)) {
            return;
        }
        Path partial = file.resolveSibling(".tmp-" + file.getFileName());
        maker.accept(partial);
        Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        out.println("made sample media " + file);
    }
}
