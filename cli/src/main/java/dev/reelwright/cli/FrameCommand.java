package dev.reelwright.cli;

import dev.reelwright.draft.Draft;
import dev.reelwright.render.RenderException;
import dev.reelwright.render.Renderer;
import dev.reelwright.render.media.MediaInfo;
import dev.reelwright.render.media.MediaKind;
import dev.reelwright.render.media.MediaProbe;
import dev.reelwright.render.media.VideoReader;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code reel frame VIDEO|DRAFT.json --at SECONDS -o FRAME.png [--media DIR]}: one picture of a
 * video, or of a draft painted as its render would show it without rendering the rest, as PNG
 * (thumbnails, previews, checks).
 */
@Command(name = "frame", sortOptions = false,
        description = "One picture of a video, or of a draft as its render would show it (nothing else rendered).")
final class FrameCommand extends ReelCommand {
    @Parameters(index = "0", paramLabel = "VIDEO|DRAFT.json", description = "an MP4 (or other video), or a draft")
    Path video;

    @Option(names = "--at", paramLabel = "SECONDS", defaultValue = "0", description = "when (default ${DEFAULT-VALUE})")
    double atSeconds;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FRAME.png", description = "the picture to write")
    Path output;

    @Mixin
    Options.MediaFolderOption media;

    @Override
    protected void run(Context context) {
        PrintStream out = context.out();
        if (!output.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png")) {
            throw new CliException(output + ": the picture's name must end in .png");
        }
        long atMs = Math.round(atSeconds * 1000);
        if (video.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
            draftFrame(video, media.folder, atMs, output, out);
            return;
        }
        if (media.folder != null) {
            throw new CliException("--media is for drafts; a video carries its own pictures");
        }
        try {
            MediaInfo info = MediaProbe.probe(video);
            if (info.kind() != MediaKind.VIDEO) {
                throw new CliException(video + ": not a video");
            }
            if (atMs < 0 || atMs > info.durationMs()) {
                throw new CliException("--at must be within the video's " + info.durationMs() / 1000.0 + " s");
            }
            try (VideoReader reader = new VideoReader(video, 0, info.widthPx(), info.heightPx())) {
                writePng(reader.pictureAt(atMs), info.widthPx(), info.heightPx(), output, out);
            }
        } catch (RenderException e) {
            throw new CliException(e.getMessage());
        }
    }

    private static void draftFrame(Path draftFile, Path mediaOption, long atMs, Path output, PrintStream out) {
        Draft draft = DraftFiles.read(draftFile);
        if (atMs < 0 || atMs >= draft.durationMs()) {
            throw new CliException("--at must be within the draft's " + draft.durationMs() / 1000.0 + " s");
        }
        Path media = RenderCommand.mediaFolder(draftFile, mediaOption);
        try {
            int[] picture = new Renderer().paintAt(draft, new FolderMediaResolver(media, draftFile.toAbsolutePath().getParent()), atMs);
            writePng(picture, draft.meta().widthPx(), draft.meta().heightPx(), output, out);
        } catch (RenderException e) {
            throw new CliException(draftFile + ": " + e.getMessage());
        }
    }

    private static void writePng(int[] picture, int widthPx, int heightPx, Path output, PrintStream out) {
        BufferedImage image = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_RGB);
        System.arraycopy(picture, 0, ((DataBufferInt) image.getRaster().getDataBuffer()).getData(), 0, picture.length);
        try {
            java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            AtomicFiles.write(output, png.toByteArray());
        } catch (IOException e) {
            throw new CliException(output + ": cannot write (" + e.getMessage() + ")");
        }
        out.println("wrote " + output);
    }
}
