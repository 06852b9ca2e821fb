package dev.reelwright.render.media;

import java.nio.FloatBuffer;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;

/** Decodes a file's sound as 48 kHz interleaved stereo float, from a start point, sequentially. */
public final class AudioReader implements AutoCloseable {
    public static final int SAMPLE_RATE = 48_000;
    public static final int CHANNELS = 2;

    private final Path file;
    private final FFmpegFrameGrabber grabber;
    private float[] pending = new float[0];
    private int pendingOffset;
    private final long startUs;
    /** Frames of the first decoded block that lie before the start; -1 until that block is seen. */
    private long framesToSkip = -1;
    private boolean ended;

    /** The longest recording {@link #mono(Path)} reads: 15 minutes, some 170 MB of samples. */
    public static final long MOST_MONO_MS = 15 * 60_000;

    /**
     * The whole sound of {@code file} as mono floats at {@link #SAMPLE_RATE}, however long it turns
     * out to be up to {@link #MOST_MONO_MS}; a longer file is refused rather than cut.
     */
    public static float[] mono(Path file) {
        int block = 10 * SAMPLE_RATE;
        float[] stereo = new float[block * CHANNELS];
        float[] mono = new float[block];
        int total = 0;
        try (AudioReader reader = new AudioReader(file, 0)) {
            int got;
            do {
                got = reader.read(stereo, block);
                if (total + got > MOST_MONO_MS * SAMPLE_RATE / 1000) {
                    throw new MediaException(file.getFileName() + ": longer than " + MOST_MONO_MS / 60_000 + " minutes; trim it first");
                }
                if (total + got > mono.length) {
                    mono = java.util.Arrays.copyOf(mono, Math.max(total + got, mono.length * 2));
                }
                for (int i = 0; i < got; i++) {
                    mono[total + i] = (stereo[2 * i] + stereo[2 * i + 1]) / 2;
                }
                total += got;
            } while (got == block);
        }
        return java.util.Arrays.copyOf(mono, total);
    }

    /** The whole sound of {@code file} (at most {@code durationMs} and a second) as mono floats at {@link #SAMPLE_RATE}, channels averaged. */
    public static float[] mono(Path file, long durationMs) {
        int frames = (int) (durationMs * SAMPLE_RATE / 1000) + SAMPLE_RATE;
        float[] stereo = new float[frames * 2];
        int got;
        try (AudioReader reader = new AudioReader(file, 0)) {
            got = reader.read(stereo, frames);
        }
        float[] mono = new float[got];
        for (int i = 0; i < got; i++) {
            mono[i] = (stereo[2 * i] + stereo[2 * i + 1]) / 2;
        }
        return mono;
    }

    /** Opens {@code file} positioned at {@code startMs}. */
    public AudioReader(Path file, long startMs) {
        this.file = file;
        this.startUs = startMs * 1000;
        this.grabber = Ffmpeg.fileGrabber(file);
        grabber.setSampleRate(SAMPLE_RATE);
        grabber.setAudioChannels(CHANNELS);
        grabber.setSampleFormat(avutil.AV_SAMPLE_FMT_FLT);
        try {
            grabber.start(false);
            if (!grabber.hasAudio()) {
                throw new MediaException(file + ": has no sound");
            }
            if (startMs > 0) {
                grabber.setAudioTimestamp(startMs * 1000);
            }
        } catch (FFmpegFrameGrabber.Exception e) {
            closeQuietly();
            throw new MediaException(file + ": cannot decode its sound (" + Ffmpeg.describe(e) + ")", e);
        }
    }

    /** Fills {@code frames} stereo frames into {@code out}; silence after the end. Returns frames of real sound. */
    public int read(float[] out, int frames) {
        int filled = 0;
        while (filled < frames && !ended) {
            if (pendingOffset >= pending.length && !decodeNext()) {
                ended = true;
                break;
            }
            int take = Math.min((pending.length - pendingOffset) / CHANNELS, frames - filled);
            System.arraycopy(pending, pendingOffset, out, filled * CHANNELS, take * CHANNELS);
            pendingOffset += take * CHANNELS;
            filled += take;
        }
        java.util.Arrays.fill(out, filled * CHANNELS, frames * CHANNELS, 0f);
        return filled;
    }

    private boolean decodeNext() {
        try {
            Frame frame;
            while ((frame = grabber.grabSamples()) != null) {
                if (frame.samples == null) {
                    continue;
                }
                FloatBuffer samples = (FloatBuffer) frame.samples[0];
                float[] data = new float[samples.remaining()];
                samples.get(data);
                int offset = 0;
                if (framesToSkip < 0) {
                    // A seek lands on a packet boundary at or before the start: drop what precedes it.
                    long lateUs = startUs - frame.timestamp;
                    framesToSkip = Math.max(0, lateUs * SAMPLE_RATE / 1_000_000);
                }
                if (framesToSkip > 0) {
                    long skip = Math.min(framesToSkip, data.length / CHANNELS);
                    framesToSkip -= skip;
                    offset = (int) skip * CHANNELS;
                }
                if (offset < data.length) {
                    pending = data;
                    pendingOffset = offset;
                    return true;
                }
            }
            return false;
        } catch (FFmpegFrameGrabber.Exception e) {
            throw new MediaException(file + ": sound is corrupt (" + Ffmpeg.describe(e) + ")", e);
        }
    }

    @Override
    public void close() {
        closeQuietly();
    }

    private void closeQuietly() {
        try {
            grabber.close();
        } catch (Exception ignored) {
            // Closing a failed grabber has nothing left to tell us.
        }
    }
}
