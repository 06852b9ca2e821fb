package dev.reelwright.render.media;

import dev.reelwright.render.Cancellation;
import dev.reelwright.render.audio.FloatFile;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.javacv.FFmpegFrameRecorder;

/**
 * A render's whole sound as AAC-LC 48 kHz stereo in an MP4 of its own, encoded once from the
 * mastered float file and muxed beside the picture chunks by {@link Mp4Joiner}.
 */
public final class SoundEncoder {
    private static final int BLOCK_FRAMES = 8_192;

    private SoundEncoder() {
    }

    static void configure(FFmpegFrameRecorder recorder) {
        recorder.setAudioCodec(avcodec.AV_CODEC_ID_AAC);
        recorder.setSampleRate(AudioReader.SAMPLE_RATE);
        recorder.setAudioChannels(AudioReader.CHANNELS);
        recorder.setAudioBitrate(VideoEncoder.AUDIO_BITRATE);
        recorder.setAudioOption("profile", "aac_low");
        recorder.setAudioOption("aac_coder", "fast");
    }

    /** Encodes {@code totalFrames} stereo frames of {@code mastered} into {@code file}. */
    public static void encode(Path mastered, long totalFrames, Path file, Cancellation cancellation) {
        Ffmpeg.init();
        FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toAbsolutePath().toString(), AudioReader.CHANNELS);
        recorder.setFormat("mp4");
        configure(recorder);
        float[] block = new float[BLOCK_FRAMES * AudioReader.CHANNELS];
        try (FloatFile.Reader reader = new FloatFile.Reader(mastered)) {
            recorder.start();
            for (long written = 0; written < totalFrames; ) {
                cancellation.check();
                int count = (int) Math.min(BLOCK_FRAMES, totalFrames - written);
                reader.read(block, count);
                recorder.recordSamples(AudioReader.SAMPLE_RATE, AudioReader.CHANNELS,
                        FloatBuffer.wrap(block, 0, count * AudioReader.CHANNELS));
                written += count;
            }
            recorder.stop();
        } catch (FFmpegFrameRecorder.Exception e) {
            throw new MediaException("encoding the sound failed (" + Ffmpeg.describe(e) + ")", e);
        } finally {
            try {
                recorder.release();
            } catch (FFmpegFrameRecorder.Exception ignored) {
                // Nothing left to tell: the caller deletes a failed file.
            }
        }
    }
}
