package dev.reelwright.render.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.bytedeco.javacv.FFmpegFrameGrabber;

/** Finds out what a media file holds without decoding more than its headers. */
public final class MediaProbe {
    private static final Set<String> IMAGE_DEMUXERS = Set.of("image2", "jpeg_pipe", "png_pipe", "webp_pipe", "bmp_pipe", "gif_pipe");

    private MediaProbe() {
    }

    public static MediaInfo probe(Path file) {
        long sizeBytes = requireReadable(file);
        try (FFmpegFrameGrabber grabber = Ffmpeg.fileGrabber(file)) {
            try {
                grabber.start();
            } catch (Exception | Error e) {
                throw new MediaException(file + ": not a media file we can read (" + Ffmpeg.describe(e) + ")");
            }
            String container = grabber.getFormat();
            boolean hasVideo = grabber.hasVideo() && grabber.getImageWidth() > 0;
            boolean hasAudio = grabber.hasAudio() && grabber.getAudioChannels() > 0;
            boolean image = hasVideo && (IMAGE_DEMUXERS.contains(container) || "gif".equals(container));
            long durationMs = Math.max(0, grabber.getLengthInTime() / 1000);
            MediaKind kind;
            if (image) {
                kind = MediaKind.IMAGE;
                durationMs = 0;
            } else if (hasVideo) {
                kind = MediaKind.VIDEO;
            } else if (hasAudio) {
                kind = MediaKind.AUDIO;
            } else {
                throw new MediaException(file + ": holds neither pictures nor sound");
            }
            double fps = kind == MediaKind.VIDEO ? grabber.getVideoFrameRate() : 0;
            return new MediaInfo(kind, container, hasVideo ? codecName(grabber.getVideoCodecName()) : null,
                    hasAudio ? codecName(grabber.getAudioCodecName()) : null, durationMs,
                    hasVideo ? grabber.getImageWidth() : 0, hasVideo ? grabber.getImageHeight() : 0,
                    Double.isFinite(fps) ? fps : 0, hasAudio && kind != MediaKind.IMAGE, sizeBytes);
        } catch (org.bytedeco.javacv.FrameGrabber.Exception e) {
            throw new MediaException(file + ": cannot read (" + Ffmpeg.describe(e) + ")", e);
        }
    }

    /** Size of a file that exists, is a regular file, is readable and is not empty. */
    static long requireReadable(Path file) {
        if (!Files.exists(file)) {
            throw new MediaException(file + ": no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new MediaException(file + ": not a regular file");
        }
        if (!Files.isReadable(file)) {
            throw new MediaException(file + ": not readable (permission denied)");
        }
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new MediaException(file + ": the file is empty");
            }
            return size;
        } catch (IOException e) {
            throw new MediaException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    private static String codecName(String name) {
        return name == null ? null : name.toLowerCase(Locale.ROOT);
    }
}
