package dev.reelwright.cli;

import dev.reelwright.render.RenderException;
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

/** {@code reel frame VIDEO --at SECONDS -o FRAME.png}: one picture of a video, as PNG (thumbnails, checks). */
final class FrameCommand {
    static final String USAGE = "reel frame VIDEO --at SECONDS -o FRAME.png";

    private FrameCommand() {
    }

    static void run(List<String> argv, PrintStream out) {
        Args args = new Args(argv, Set.of("--at", "-o"), Set.of());
        Path video = Path.of(args.positional(0, "the video (" + USAGE + ")"));
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
        try {
            MediaInfo info = MediaProbe.probe(video);
            if (info.kind() != MediaKind.VIDEO) {
                throw new CliException(video + ": not a video");
            }
            if (atMs < 0 || atMs > info.durationMs()) {
                throw new CliException("--at must be within the video's " + info.durationMs() / 1000.0 + " s");
            }
            BufferedImage image = new BufferedImage(info.widthPx(), info.heightPx(), BufferedImage.TYPE_INT_RGB);
            try (VideoReader reader = new VideoReader(video, 0, info.widthPx(), info.heightPx())) {
                int[] picture = reader.pictureAt(atMs);
                int[] target = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
                System.arraycopy(picture, 0, target, 0, target.length);
            }
            ImageIO.write(image, "png", Path.of(output).toFile());
            out.println("wrote " + output);
        } catch (RenderException e) {
            throw new CliException(e.getMessage());
        } catch (IOException e) {
            throw new CliException(output + ": cannot write (" + e.getMessage() + ")");
        }
    }
}
