package dev.reelwright.render.media;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;

/**
 * Two videos' pictures compared frame by frame, decoded side by side (one frame of each in memory):
 * the PSNR of every frame's Y, U and V samples, as a benchmark reports how far a chunked render is
 * from a one-piece one.
 *
 * @param frames frames compared (the shorter video's count)
 * @param otherFrameCounts whether the videos have other numbers of frames
 * @param identicalFrames frames whose every sample is equal
 * @param worstDb the lowest PSNR of a frame that is not identical; infinite when all are
 * @param worstFrame the frame of {@code worstDb}; -1 when all are identical
 */
public record PictureComparison(long frames, boolean otherFrameCounts, long identicalFrames, double worstDb, long worstFrame) {
    public static PictureComparison of(Path reference, Path other) {
        Ffmpeg.init();
        try (FFmpegFrameGrabber a = Ffmpeg.fileGrabber(reference); FFmpegFrameGrabber b = Ffmpeg.fileGrabber(other)) {
            for (FFmpegFrameGrabber grabber : new FFmpegFrameGrabber[] {a, b}) {
                grabber.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
                grabber.start();
            }
            long frames = 0;
            long identical = 0;
            double worstDb = Double.POSITIVE_INFINITY;
            long worstFrame = -1;
            while (true) {
                Frame x = a.grabImage();
                Frame y = x == null ? null : b.grabImage();
                if (x == null || y == null) {
                    boolean unequal = x != null || b.grabImage() != null;
                    return new PictureComparison(frames, unequal, identical, worstDb, worstFrame);
                }
                double db = psnrDb(x, y);
                if (Double.isInfinite(db)) {
                    identical++;
                } else if (db < worstDb) {
                    worstDb = db;
                    worstFrame = frames;
                }
                frames++;
            }
        } catch (org.bytedeco.javacv.FrameGrabber.Exception e) {
            throw new MediaException("cannot compare " + reference + " with " + other + " (" + Ffmpeg.describe(e) + ")", e);
        }
    }

    /** Over the Y plane and the two quarter-size chroma planes of 4:2:0 pictures of the same size. */
    private static double psnrDb(Frame x, Frame y) {
        if (x.imageWidth != y.imageWidth || x.imageHeight != y.imageHeight) {
            throw new MediaException("the videos have pictures of other sizes: " + x.imageWidth + "x" + x.imageHeight
                    + " and " + y.imageWidth + "x" + y.imageHeight);
        }
        int width = x.imageWidth;
        int height = x.imageHeight;
        ByteBuffer p = allPlanes(x);
        ByteBuffer q = allPlanes(y);
        int stride = x.imageStride;
        double sum = squaredDifferences(p, q, 0, stride, width, height);
        int lumaBytes = stride * height;
        int chromaStride = (stride + 1) / 2;
        int chromaBytes = chromaStride * ((height + 1) / 2);
        for (int plane = 0; plane < 2; plane++) {
            sum += squaredDifferences(p, q, lumaBytes + plane * chromaBytes, chromaStride, (width + 1) / 2, (height + 1) / 2);
        }
        long samples = (long) width * height + 2L * ((width + 1) / 2) * ((height + 1) / 2);
        return sum == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(255.0 * 255.0 * samples / sum);
    }

    /** The grabber's buffer holds the three planes one after another but limits its view to the first. */
    private static ByteBuffer allPlanes(Frame frame) {
        ByteBuffer planes = ((ByteBuffer) frame.image[0]).duplicate();
        planes.limit(planes.capacity());
        return planes;
    }

    private static double squaredDifferences(ByteBuffer p, ByteBuffer q, int offset, int stride, int width, int height) {
        double sum = 0;
        for (int row = 0; row < height; row++) {
            int at = offset + row * stride;
            for (int column = 0; column < width; column++) {
                int difference = (p.get(at + column) & 0xFF) - (q.get(at + column) & 0xFF);
                sum += difference * difference;
            }
        }
        return sum;
    }
}
