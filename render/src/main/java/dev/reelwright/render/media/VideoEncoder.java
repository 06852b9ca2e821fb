package dev.reelwright.render.media;

import dev.reelwright.render.Quality;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;

/**
 * Writes an MP4 that plays everywhere: H.264 High yuv420p at a constant frame rate, AAC-LC 48 kHz
 * stereo, moov atom at the front (faststart). Pictures come in as {@code 0x00RRGGBB} ints, sound as
 * interleaved stereo float.
 */
public final class VideoEncoder implements AutoCloseable {
    public static final int AUDIO_BITRATE = 192_000;

    private final FFmpegFrameRecorder recorder;
    private final Frame frame;
    private final ByteBuffer planes;
    private final Nv12 converted;
    private boolean finished;

    public VideoEncoder(Path file, int widthPx, int heightPx, int fps, Quality quality) {
        Ffmpeg.init();
        recorder = new FFmpegFrameRecorder(file.toAbsolutePath().toString(), widthPx, heightPx, AudioReader.CHANNELS);
        recorder.setFormat("mp4");
        recorder.setOption("movflags", "+faststart");
        recorder.setVideoCodec(avcodec.AV_CODEC_ID_H264);
        // x264's own layout for 4:2:0 input; the stream is 4:2:0 either way and decodes as yuv420p.
        recorder.setPixelFormat(avutil.AV_PIX_FMT_NV12);
        recorder.setFrameRate(fps);
        recorder.setGopSize(fps * 2);
        X264Settings.of(quality).forEach(recorder::setVideoOption);
        SoundEncoder.configure(recorder);
        try {
            recorder.start();
        } catch (FFmpegFrameRecorder.Exception e) {
            close();
            throw new MediaException(file + ": cannot start writing (" + Ffmpeg.describe(e) + ")", e);
        }
        converted = new Nv12(widthPx, heightPx);
        // One buffer holding the Y plane and then the interleaved U and V plane, as FFmpeg lays out nv12.
        frame = new Frame(widthPx, heightPx, Frame.DEPTH_UBYTE, 1, widthPx);
        planes = ByteBuffer.allocateDirect(converted.planes().length);
        frame.image[0] = planes;
    }

    /** Appends one picture: {@code width * height} ints {@code 0x00RRGGBB}, rows top to bottom. */
    public void writePicture(int[] rgb) {
        converted.convert(rgb);
        writePicture(converted);
    }

    /** Appends one picture already converted (on the painter's thread, so the encoder's stays free). */
    public void writePicture(Nv12 picture) {
        planes.clear();
        planes.put(picture.planes());
        planes.flip();
        try {
            recorder.record(frame, avutil.AV_PIX_FMT_NV12);
        } catch (FFmpegFrameRecorder.Exception e) {
            throw new MediaException("encoding failed (" + Ffmpeg.describe(e) + ")", e);
        }
    }

    /** Appends {@code frames} interleaved stereo float frames of sound. */
    public void writeSound(float[] interleaved, int frames) {
        if (frames == 0) {
            return;
        }
        try {
            recorder.recordSamples(AudioReader.SAMPLE_RATE, AudioReader.CHANNELS,
                    FloatBuffer.wrap(interleaved, 0, frames * AudioReader.CHANNELS));
        } catch (FFmpegFrameRecorder.Exception e) {
            throw new MediaException("encoding sound failed (" + Ffmpeg.describe(e) + ")", e);
        }
    }

    /** Flushes the encoders and writes the index; the file is complete after this. */
    public void finish() {
        try {
            recorder.stop();
            finished = true;
        } catch (FFmpegFrameRecorder.Exception e) {
            throw new MediaException("finishing the file failed (" + Ffmpeg.describe(e) + ")", e);
        }
    }

    @Override
    public void close() {
        try {
            if (!finished) {
                recorder.stop();
            }
        } catch (Exception ignored) {
            // Closing after a failure: the caller deletes the partial file.
        }
        try {
            recorder.release();
        } catch (Exception ignored) {
            // Nothing left to tell.
        }
    }
}
