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
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * {@code reel frame VIDEO|DRAFT.json --at SECONDS -o FRAME.png [--media DIR]}: one picture of a
 * video, or of a draft painted as its render would show it without rendering the rest, as PNG
 * (thumbnails, previews, checks).
 */
final class FrameCommand {
    static final String USAGE = "reel frame VIDEO|DRAFT.json --at SECONDS -o FRAME.png [--media DIR]";

    private FrameCommand() {
    }

    static void run(List<String> argv, PrintStream out) {
        Args args = new Args(argv, Set.of("--at", "-o", "--media"), Set.of());
        Path video = Path.of(args.positional(0, "the video or draft (" + USAGE + ")"));
        args.allowPositionals(1);
        String output = args.option("-o");
        if (output == null || !output.toLowerCase(java.util.Locale.ROOT).endsWith(".png")) {
            throw new CliException("give -o FRAME.png (" + USAGE + ")");
        }
        long atMs;
        try {
            atMs = Math.round(Double.parseDouble(args.option("--at", "0")) * 1000);
        } catch (NumberFormatException e) {
            throw new CliException("--at takes seconds, e.g. --at 1.5");
        }
        if (video.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
            draftFrame(video, args.option("--media"), atMs, Path.of(output), out);
            return;
        }
        if (args.option("--media") != null) {
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
                writePng(reader.pictureAt(atMs), info.widthPx(), info.heightPx(), Path.of(output), out);
            }
        } catch (RenderException e) {
            throw new CliException(e.getMessage());
        }
    }

    private static void draftFrame(Path draftFile, String mediaOption, long atMs, Path output, PrintStream out) {
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
