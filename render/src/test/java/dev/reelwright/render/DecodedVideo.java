package dev.reelwright.render;

import dev.reelwright.render.audio.LoudnessMeter;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;

/** A rendered MP4 decoded completely, for assertions: stream facts, every picture, all sound. */
public final class DecodedVideo {
    public final String format;
    public final String videoCodec;
    public final String audioCodec;
    public final int pixelFormat;
    public final int widthPx;
    public final int heightPx;
    public final double fps;
    public final int sampleRate;
    public final int channels;
    public final int profile;
    public final long containerDurationMs;
    public final List<Long> pictureTimesUs = new ArrayList<>();
    public final List<byte[]> pictures = new ArrayList<>();
    public final float[] sound;

    public DecodedVideo(Path file) throws Exception {
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toString())) {
            grabber.setPixelFormat(avutil.AV_PIX_FMT_BGR24);
            grabber.setSampleFormat(avutil.AV_SAMPLE_FMT_FLT);
            grabber.start();
            format = grabber.getFormat();
            videoCodec = grabber.getVideoCodecName();
            audioCodec = grabber.getAudioCodecName();
            widthPx = grabber.getImageWidth();
            heightPx = grabber.getImageHeight();
            fps = grabber.getVideoFrameRate();
            sampleRate = grabber.getSampleRate();
            channels = grabber.getAudioChannels();
            containerDurationMs = grabber.getLengthInTime() / 1000;
            var stream = grabber.getFormatContext().streams(grabber.getVideoStream());
            pixelFormat = stream.codecpar().format();
            profile = stream.codecpar().profile();
            List<float[]> chunks = new ArrayList<>();
            int total = 0;
            Frame frame;
            while ((frame = grabber.grab()) != null) {
                if (frame.image != null) {
                    ByteBuffer data = (ByteBuffer) frame.image[0];
                    byte[] bgr = new byte[widthPx * heightPx * 3];
                    for (int y = 0; y < heightPx; y++) {
                        data.position(y * frame.imageStride);
                        data.get(bgr, y * widthPx * 3, widthPx * 3);
                    }
                    pictures.add(bgr);
                    pictureTimesUs.add(frame.timestamp);
                }
                if (frame.samples != null) {
                    FloatBuffer samples = (FloatBuffer) frame.samples[0];
                    float[] chunk = new float[samples.remaining()];
                    samples.get(chunk);
                    chunks.add(chunk);
                    total += chunk.length;
                }
            }
            sound = new float[total];
            int at = 0;
            for (float[] chunk : chunks) {
                System.arraycopy(chunk, 0, sound, at, chunk.length);
                at += chunk.length;
            }
        }
    }

    public double videoDurationMs() {
        return pictures.size() * 1000.0 / fps;
    }

    public double soundDurationMs() {
        return sound.length / 2 * 1000.0 / sampleRate;
    }

    /** The picture shown at {@code ms}. */
    public byte[] pictureAt(double ms) {
        int index = (int) Math.min(pictures.size() - 1, Math.floor(ms * fps / 1000 + 1e-6));
        return pictures.get(index);
    }

    /** {r, g, b} averaged over a 5x5 patch around ({@code xFraction}, {@code yFraction}) at {@code ms}. */
    public int[] colorAt(double ms, double xFraction, double yFraction) {
        byte[] bgr = pictureAt(ms);
        int cx = (int) (xFraction * widthPx);
        int cy = (int) (yFraction * heightPx);
        long r = 0;
        long g = 0;
        long b = 0;
        int n = 0;
        for (int y = Math.max(0, cy - 2); y <= Math.min(heightPx - 1, cy + 2); y++) {
            for (int x = Math.max(0, cx - 2); x <= Math.min(widthPx - 1, cx + 2); x++) {
                int i = (y * widthPx + x) * 3;
                b += bgr[i] & 0xFF;
                g += bgr[i + 1] & 0xFF;
                r += bgr[i + 2] & 0xFF;
                n++;
            }
        }
        return new int[] {(int) (r / n), (int) (g / n), (int) (b / n)};
    }

    /** Pixels brighter than {@code threshold} (average of r, g, b) in the band of rows between two fractions of the height. */
    public int brightPixels(double ms, double yFrom, double yTo, double xFrom, double xTo, int threshold) {
        byte[] bgr = pictureAt(ms);
        int count = 0;
        for (int y = (int) (yFrom * heightPx); y < (int) (yTo * heightPx); y++) {
            for (int x = (int) (xFrom * widthPx); x < (int) (xTo * widthPx); x++) {
                int i = (y * widthPx + x) * 3;
                if (((bgr[i] & 0xFF) + (bgr[i + 1] & 0xFF) + (bgr[i + 2] & 0xFF)) / 3 > threshold) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Level in dB of one frequency between two times (Goertzel), for telling sounds apart in a mix. */
    public double toneDb(double hz, double fromMs, double toMs) {
        int from = (int) (fromMs * sampleRate / 1000);
        int to = Math.min(sound.length / 2, (int) (toMs * sampleRate / 1000));
        double coefficient = 2 * Math.cos(2 * Math.PI * hz / sampleRate);
        double s1 = 0;
        double s2 = 0;
        for (int i = from; i < to; i++) {
            double s0 = sound[2 * i] + coefficient * s1 - s2;
            s2 = s1;
            s1 = s0;
        }
        double power = s1 * s1 + s2 * s2 - coefficient * s1 * s2;
        int n = Math.max(1, to - from);
        return 10 * Math.log10(power / ((double) n * n) + 1e-20);
    }

    /** RMS level in dBFS of the sound between two times. */
    public double levelDb(double fromMs, double toMs) {
        int from = (int) (fromMs * sampleRate / 1000) * 2;
        int to = Math.min(sound.length, (int) (toMs * sampleRate / 1000) * 2);
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += sound[i] * sound[i];
        }
        return 10 * Math.log10(sum / Math.max(1, to - from) + 1e-20);
    }

    public double integratedLufs() {
        LoudnessMeter meter = new LoudnessMeter();
        meter.add(sound, sound.length / 2);
        return meter.integratedLufs();
    }

    /** Sample peak in dBFS. */
    public double peakDb() {
        float peak = 0;
        for (float v : sound) {
            peak = Math.max(peak, Math.abs(v));
        }
        return 20 * Math.log10(peak + 1e-20);
    }
}
