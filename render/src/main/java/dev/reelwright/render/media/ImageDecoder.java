package dev.reelwright.render.media;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;

/** Decodes a still image upright (EXIF orientation applied), refusing absurd sizes before decoding. */
public final class ImageDecoder {
    public static final long MAX_PIXELS = 50_000_000;

    private ImageDecoder() {
    }

    public static BufferedImage decode(Path file) {
        MediaProbe.requireReadable(file);
        BufferedImage image = decodeWithImageIo(file);
        if (image == null) {
            image = decodeWithFfmpeg(file);
        }
        return ExifOrientation.apply(image, ExifOrientation.read(file));
    }

    private static BufferedImage decodeWithImageIo(Path file) {
        try (ImageInputStream input = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReaders(input);
            if (readers == null || !readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                requireSane(file, reader.getWidth(0), reader.getHeight(0));
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof MediaException media) {
                throw media;
            }
            throw new MediaException(file + ": the image is corrupt (" + Ffmpeg.describe(e) + ")", e);
        }
    }

    private static BufferedImage decodeWithFfmpeg(Path file) {
        try (FFmpegFrameGrabber grabber = Ffmpeg.fileGrabber(file)) {
            grabber.setPixelFormat(avutil.AV_PIX_FMT_BGRA);
            grabber.start();
            requireSane(file, grabber.getImageWidth(), grabber.getImageHeight());
            Frame frame = grabber.grabImage();
            if (frame == null || frame.image == null) {
                throw new MediaException(file + ": no picture in the file");
            }
            BufferedImage image = new BufferedImage(frame.imageWidth, frame.imageHeight, BufferedImage.TYPE_INT_ARGB);
            ByteBuffer pixels = (ByteBuffer) frame.image[0];
            int[] row = new int[frame.imageWidth];
            for (int y = 0; y < frame.imageHeight; y++) {
                int base = y * frame.imageStride;
                for (int x = 0; x < frame.imageWidth; x++) {
                    int i = base + 4 * x;
                    row[x] = (pixels.get(i + 3) & 0xFF) << 24 | (pixels.get(i + 2) & 0xFF) << 16
                            | (pixels.get(i + 1) & 0xFF) << 8 | pixels.get(i) & 0xFF;
                }
                image.setRGB(0, y, frame.imageWidth, 1, row, 0, frame.imageWidth);
            }
            return image;
        } catch (org.bytedeco.javacv.FrameGrabber.Exception e) {
            throw new MediaException(file + ": not an image we can read (" + Ffmpeg.describe(e) + ")", e);
        }
    }

    private static void requireSane(Path file, int widthPx, int heightPx) {
        if (widthPx <= 0 || heightPx <= 0) {
            throw new MediaException(file + ": the image has no size");
        }
        if ((long) widthPx * heightPx > MAX_PIXELS) {
            throw new MediaException(file + ": " + widthPx + "x" + heightPx + " is over the " + MAX_PIXELS / 1_000_000
                    + "-megapixel limit for images");
        }
    }
}
