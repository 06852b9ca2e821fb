package dev.reelwright.render.media;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;

/**
 * Decodes a clip's pictures as {@code 0x00RRGGBB} ints at a chosen size, in order from a start point,
 * and answers "which picture shows at this time" by holding the latest one.
 */
public final class VideoReader implements AutoCloseable {
    private final Path file;
    private final FFmpegFrameGrabber grabber;
    private final int widthPx;
    private final int heightPx;
    private final int[] current;
    private final long startUs;
    private long currentUs = Long.MIN_VALUE;
    private boolean ended;
    private final int[] next;
    private boolean hasNext;
    private long nextUs = Long.MIN_VALUE;

    public VideoReader(Path file, long startMs, int widthPx, int heightPx) {
        this.file = file;
        this.widthPx = widthPx;
        this.heightPx = heightPx;
        this.current = new int[widthPx * heightPx];
        this.next = new int[current.length];
        this.startUs = startMs * 1000;
        this.grabber = Ffmpeg.fileGrabber(file);
        grabber.setImageWidth(widthPx);
        grabber.setImageHeight(heightPx);
        // BGR0 bytes read as little-endian ints are 0x00RRGGBB.
        grabber.setPixelFormat(avutil.AV_PIX_FMT_BGR0);
        try {
            grabber.start(false);
            if (!grabber.hasVideo()) {
                throw new MediaException(file + ": has no pictures");
            }
            if (startMs > 0) {
                grabber.setVideoTimestamp(startUs);
            }
        } catch (FFmpegFrameGrabber.Exception e) {
            close();
            throw new MediaException(file + ": cannot decode its pictures (" + Ffmpeg.describe(e) + ")", e);
        }
    }

    public int widthPx() {
        return widthPx;
    }

    public int heightPx() {
        return heightPx;
    }

    /**
     * The picture showing {@code offsetMs} after the start point: the last one whose timestamp is
     * not later than that. Past the end of the clip the last picture stays.
     */
    public int[] pictureAt(long offsetMs) {
        long targetUs = startUs + offsetMs * 1000;
        while (!ended) {
            if (!hasNext && !decodeNext()) {
                ended = true;
                break;
            }
            if (nextUs > targetUs && currentUs != Long.MIN_VALUE) {
                break;
            }
            System.arraycopy(next, 0, current, 0, current.length);
            currentUs = nextUs;
            hasNext = false;
        }
        if (currentUs == Long.MIN_VALUE) {
            throw new MediaException(file + ": no picture could be decoded");
        }
        return current;
    }

    private boolean decodeNext() {
        try {
            Frame frame;
            while ((frame = grabber.grabImage()) != null) {
                if (frame.image == null) {
                    continue;
                }
                copyPacked((ByteBuffer) frame.image[0], frame.imageStride, next);
                nextUs = frame.timestamp;
                hasNext = true;
                return true;
            }
            return false;
        } catch (FFmpegFrameGrabber.Exception e) {
            throw new MediaException(file + ": pictures are corrupt (" + Ffmpeg.describe(e) + ")", e);
        }
    }

    private void copyPacked(ByteBuffer image, int strideBytes, int[] out) {
        ByteBuffer rows = image.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        for (int y = 0; y < heightPx; y++) {
            rows.position(y * strideBytes);
            rows.asIntBuffer().get(out, y * widthPx, widthPx);
        }
    }

    @Override
    public void close() {
        try {
            grabber.close();
        } catch (Exception ignored) {
            // Nothing left to tell.
        }
    }
}
