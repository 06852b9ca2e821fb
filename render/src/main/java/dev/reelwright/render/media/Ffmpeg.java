package dev.reelwright.render.media;

import java.nio.file.Path;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegLogCallback;

/** Shared set-up for every FFmpeg call: quiet logs and file-only input. */
final class Ffmpeg {
    /** Container demuxers we read; playlists (hls), concat lists and device inputs are not among them. */
    static final String ALLOWED_DEMUXERS = String.join(",", "mov,mp4,m4a,3gp,3g2,mj2", "matroska,webm", "avi", "mp3",
            "wav", "aac", "flac", "ogg", "gif", "image2", "jpeg_pipe", "png_pipe", "webp_pipe", "bmp_pipe", "gif_pipe");

    private static volatile boolean initialised;

    private Ffmpeg() {
    }

    static void init() {
        if (!initialised) {
            synchronized (Ffmpeg.class) {
                if (!initialised) {
                    avutil.av_log_set_level(avutil.AV_LOG_ERROR);
                    FFmpegLogCallback.setLevel(avutil.AV_LOG_QUIET);
                    initialised = true;
                }
            }
        }
    }

    /**
     * A grabber that may only read this one local file: no network protocols, no playlists or
     * concat lists that would open other files, and no image-sequence patterns in the name.
     */
    static FFmpegFrameGrabber fileGrabber(Path file) {
        init();
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toAbsolutePath().toString());
        grabber.setOption("protocol_whitelist", "file");
        grabber.setOption("pattern_type", "none");
        grabber.setOption("format_whitelist", ALLOWED_DEMUXERS);
        return grabber;
    }

    /** FFmpeg's own words for an error code it returned. */
    static String errorText(int code) {
        org.bytedeco.javacpp.BytePointer message = new org.bytedeco.javacpp.BytePointer(256);
        avutil.av_strerror(code, message, 256);
        return message.getString();
    }

    static String describe(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message.lines().findFirst().orElse("");
    }
}
