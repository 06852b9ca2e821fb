package dev.reelwright.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stills: fit modes never stretch, Ken Burns moves the way the draft says. */
class ImageRenderTest {
    @TempDir
    Path dir;

    private static String still(String src, String meta) {
        return """
                {"v":1,"m":{"w":320,"h":180,"fps":10,"bg":"#00ff00"},"d":1000,"t":[
                 {"id":"v","tt":0,"sg":[{"id":"p","s":0,"d":1000,"src":"media:%s","m":%s}]}]}
                """.formatted(src, meta);
    }

    /** Left half red, right half blue. */
    private Path halves(String name, int widthPx, int heightPx) throws Exception {
        BufferedImage image = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, widthPx / 2, heightPx);
        g.setColor(Color.BLUE);
        g.fillRect(widthPx / 2, 0, widthPx - widthPx / 2, heightPx);
        g.dispose();
        Path file = dir.resolve(name);
        ImageIO.write(image, name.substring(name.lastIndexOf('.') + 1), file.toFile());
        return file;
    }

    @Test
    void coverFillsTheCanvasWithNoBackgroundShowing() throws Exception {
        TestMedia.image(dir.resolve("tall.png"), 100, 300, Color.ORANGE, "png");
        DecodedVideo video = Renders.render(dir, still("tall.png", "{\"fit\":\"cover\"}"));
        Colors.assertNear(new int[] {255, 200, 0}, video.colorAt(500, 0.02, 0.5), 10, "left edge");
        Colors.assertNear(new int[] {255, 200, 0}, video.colorAt(500, 0.98, 0.02), 10, "top right corner");
    }

    @Test
    void containLetterboxesOnTheBackground() throws Exception {
        TestMedia.image(dir.resolve("tall.png"), 100, 300, Color.ORANGE, "png");
        DecodedVideo video = Renders.render(dir, still("tall.png", "{\"fit\":\"contain\"}"));
        Colors.assertNear(new int[] {255, 200, 0}, video.colorAt(500, 0.5, 0.5), 10, "picture in the middle");
        Colors.assertNear(new int[] {0, 255, 0}, video.colorAt(500, 0.1, 0.5), 10, "background at the side");
        // 100x300 contained in 320x180 is 60 px wide: it spans x 130..190 and is not stretched.
        Colors.assertNear(new int[] {0, 255, 0}, video.colorAt(500, 125 / 320.0, 0.5), 10, "just left of the picture");
        Colors.assertNear(new int[] {255, 200, 0}, video.colorAt(500, 135 / 320.0, 0.5), 10, "just inside the picture");
    }

    @Test
    void blurFillsTheSidesWithASoftDarkerCopyNotTheBackground() throws Exception {
        TestMedia.image(dir.resolve("tall.jpg"), 100, 300, Color.ORANGE, "jpg");
        DecodedVideo video = Renders.render(dir, still("tall.jpg", "{\"fit\":\"blur\"}"));
        int[] side = video.colorAt(500, 0.1, 0.5);
        assertTrue(side[1] < 200 && side[0] > 100 && side[0] < 235, "darkened orange at the side: " + java.util.Arrays.toString(side));
        Colors.assertNear(new int[] {255, 200, 0}, video.colorAt(500, 0.5, 0.5), 10, "picture in the middle");
    }

    @Test
    void kenBurnsPanRightTravelsFromTheLeftOfThePictureToItsRight() throws Exception {
        halves("halves.png", 640, 360);
        DecodedVideo video = Renders.render(dir, still("halves.png", "{\"kb\":{\"from\":1.5,\"to\":1.5,\"pan\":\"right\"}}"));
        Colors.assertNear(new int[] {255, 0, 0}, video.colorAt(0, 0.5, 0.5), 10, "start: centre shows the left half");
        Colors.assertNear(new int[] {0, 0, 255}, video.colorAt(900, 0.5, 0.5), 10, "end: centre shows the right half");
    }

    @Test
    void kenBurnsZoomInNarrowsTheView() throws Exception {
        halves("halves.png", 640, 360);
        DecodedVideo video = Renders.render(dir, still("halves.png", "{\"kb\":{\"from\":1.0,\"to\":2.0}}"));
        // The red/blue edge stays in the middle; near it the colours spread as the view narrows.
        int[] startNearEdge = video.colorAt(0, 0.45, 0.5);
        int[] endNearEdge = video.colorAt(900, 0.45, 0.5);
        Colors.assertNear(new int[] {255, 0, 0}, startNearEdge, 10, "start");
        Colors.assertNear(new int[] {255, 0, 0}, endNearEdge, 10, "end");
        int[] startFar = video.colorAt(0, 0.2, 0.5);
        Colors.assertNear(new int[] {255, 0, 0}, startFar, 10, "left side");
    }

    @Test
    void gifImagesWork() throws Exception {
        TestMedia.image(dir.resolve("flat.gif"), 64, 64, Color.MAGENTA, "gif");
        DecodedVideo video = Renders.render(dir, still("flat.gif", "{}"));
        Colors.assertNear(new int[] {255, 0, 255}, video.colorAt(500, 0.5, 0.5), 14, "gif picture");
    }

    @Test
    void webpImagesWork() throws Exception {
        // ImageIO cannot write WebP; FFmpeg can, through the renderer's own encoder path.
        Path png = TestMedia.image(dir.resolve("flat.png"), 64, 64, Color.CYAN, "png");
        Path webp = dir.resolve("flat.webp");
        try (org.bytedeco.javacv.FFmpegFrameGrabber in = new org.bytedeco.javacv.FFmpegFrameGrabber(png.toString());
             org.bytedeco.javacv.FFmpegFrameRecorder out = new org.bytedeco.javacv.FFmpegFrameRecorder(webp.toString(), 64, 64)) {
            in.start();
            out.setFormat("webp");
            out.setVideoCodec(org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_WEBP);
            out.setPixelFormat(org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P);
            out.start();
            out.record(in.grabImage());
            out.stop();
        } catch (org.bytedeco.javacv.FrameRecorder.Exception e) {
            org.junit.jupiter.api.Assumptions.abort("this FFmpeg build cannot write WebP: " + e.getMessage());
        }
        DecodedVideo video = Renders.render(dir, still("flat.webp", "{}"));
        Colors.assertNear(new int[] {0, 255, 255}, video.colorAt(500, 0.5, 0.5), 14, "webp picture");
    }
}
