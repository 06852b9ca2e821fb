package dev.reelwright.render.media;

import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.javacv.FFmpegFrameRecorder;

/**
 * Writes mono sound to an {@code .mp3} (LAME, 192 kb/s) or {@code .m4a} (AAC-LC, 192 kb/s) file,
 * under a temporary name renamed on success: sample media, and sound exported on its own.
 */
public final class SoundFileWriter {
    private static final int BITRATE = 192_000;
    private static final int CHUNK = 4_096;

    private SoundFileWriter() {
    }

    /** {@code mono} in {@code -1..1} at {@code sampleRate} Hz into {@code file}, its format from the extension. */
    public static void writeMono(Path file, float[] mono, int sampleRate) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean mp3 = name.endsWith(".mp3");
        if (!mp3 && !name.endsWith(".m4a")) {
            throw new MediaException(file + ": can write .mp3 or .m4a sound, not this");
        }
        Ffmpeg.init();
        Path partial = file.resolveSibling("." + file.getFileName() + ".part");
        FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(partial.toAbsolutePath().toString(), 1);
        try {
            recorder.setFormat(mp3 ? "mp3" : "ipod");
            recorder.setAudioCodec(mp3 ? avcodec.AV_CODEC_ID_MP3 : avcodec.AV_CODEC_ID_AAC);
            recorder.setSampleRate(sampleRate);
            recorder.setAudioBitrate(BITRATE);
            recorder.start();
            float[] chunk = new float[CHUNK];
            for (int at = 0; at < mono.length; at += CHUNK) {
                int count = Math.min(CHUNK, mono.length - at);
                System.arraycopy(mono, at, chunk, 0, count);
                recorder.recordSamples(sampleRate, 1, FloatBuffer.wrap(chunk, 0, count));
            }
            recorder.stop();
            recorder.release();
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new MediaException(file + ": cannot write the sound (" + Ffmpeg.describe(e) + ")", e);
        } finally {
            try {
                recorder.release();
            } catch (FFmpegFrameRecorder.Exception ignored) {
                // Already reporting the failure, or already released.
            }
            try {
                Files.deleteIfExists(partial);
            } catch (java.io.IOException ignored) {
                // A hidden leftover at worst.
            }
        }
    }
}
