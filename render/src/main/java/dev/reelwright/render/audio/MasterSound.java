package dev.reelwright.render.audio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * Reads a mix back, normalised to {@value #TARGET_LUFS} LUFS integrated and limited to a true-peak
 * ceiling below −1 dBTP (with room for the AAC encoder's own overshoot). The gain is found by
 * measuring through the limiter, since limiting a peaky mix takes loudness away.
 */
public final class MasterSound implements AutoCloseable {
    public static final double TARGET_LUFS = -14;
    public static final double CEILING_DBTP = -2;
    /** Very quiet mixes are raised at most this much, so noise is not blown up. */
    private static final double MAX_BOOST_DB = 30;
    private static final double CLOSE_ENOUGH_LU = 0.3;
    private static final int MAX_PASSES = 4;

    private final FileChannel in;
    private final long totalFrames;
    private final float gain;
    private final TruePeakLimiter limiter = new TruePeakLimiter(Math.pow(10, CEILING_DBTP / 20));
    private final ByteBuffer bytes = ByteBuffer.allocate(Mixdown.CHUNK_FRAMES * 2 * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    private final float[] chunk = new float[Mixdown.CHUNK_FRAMES * 2];
    private long framesIn;

    /** The gain that brings {@code mix} (measured at {@code measuredLufs} before any gain) to the target after limiting. */
    public static double normalisingGainDb(Path mix, long totalFrames, double measuredLufs) {
        if (!Double.isFinite(measuredLufs)) {
            return 0;
        }
        double gainDb = Math.min(MAX_BOOST_DB, TARGET_LUFS - measuredLufs);
        float[] chunk = new float[Mixdown.CHUNK_FRAMES * 2];
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            LoudnessMeter meter = new LoudnessMeter();
            try (MasterSound trial = new MasterSound(mix, totalFrames, gainDb)) {
                for (long done = 0; done < totalFrames; done += Mixdown.CHUNK_FRAMES) {
                    int frames = (int) Math.min(Mixdown.CHUNK_FRAMES, totalFrames - done);
                    trial.read(chunk, frames);
                    meter.add(chunk, frames);
                }
            }
            double error = TARGET_LUFS - meter.integratedLufs();
            if (!Double.isFinite(error) || Math.abs(error) < CLOSE_ENOUGH_LU || gainDb >= MAX_BOOST_DB && error > 0) {
                break;
            }
            gainDb = Math.min(MAX_BOOST_DB, gainDb + error);
        }
        return gainDb;
    }

    public MasterSound(Path mix, long totalFrames, double gainDb) {
        this.totalFrames = totalFrames;
        this.gain = (float) Math.pow(10, gainDb / 20);
        try {
            this.in = FileChannel.open(mix);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sound mix " + mix, e);
        }
        // Prime the limiter's look-ahead so output lines up with the timeline.
        float[] discard = new float[2];
        for (int i = 0; i < TruePeakLimiter.DELAY_FRAMES; i++) {
            float[] frame = nextInputFrame();
            limiter.push(frame[0], frame[1], discard, 0);
        }
    }

    /** Fills {@code frames} mastered stereo frames into {@code out}. */
    public void read(float[] out, int frames) {
        for (int i = 0; i < frames; i++) {
            float[] frame = nextInputFrame();
            limiter.push(frame[0], frame[1], out, 2 * i);
        }
    }

    private final float[] one = new float[2];
    private int chunkOffset;
    private int chunkFrames;

    private float[] nextInputFrame() {
        if (chunkOffset >= chunkFrames) {
            fillChunk();
        }
        if (chunkFrames == 0) {
            one[0] = 0;
            one[1] = 0;
        } else {
            one[0] = chunk[2 * chunkOffset] * gain;
            one[1] = chunk[2 * chunkOffset + 1] * gain;
            chunkOffset++;
        }
        return one;
    }

    private void fillChunk() {
        chunkOffset = 0;
        chunkFrames = (int) Math.min(Mixdown.CHUNK_FRAMES, totalFrames - framesIn);
        if (chunkFrames <= 0) {
            chunkFrames = 0;
            return;
        }
        bytes.clear();
        bytes.limit(chunkFrames * 2 * Float.BYTES);
        try {
            while (bytes.hasRemaining()) {
                if (in.read(bytes) < 0) {
                    throw new IOException("the mix ended early");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bytes.flip();
        FloatBuffer floats = bytes.asFloatBuffer();
        floats.get(chunk, 0, chunkFrames * 2);
        framesIn += chunkFrames;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException ignored) {
            // Read-only scratch file: nothing to lose.
        }
    }
}
