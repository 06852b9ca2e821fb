package dev.reelwright.render.audio;

import dev.reelwright.render.Cancellation;
import java.nio.file.Path;

/**
 * Masters a mix: normalised to {@value #TARGET_LUFS} LUFS integrated and limited to a true-peak
 * ceiling below −1 dBTP (with room for the AAC encoder's own overshoot). The gain is found by
 * measuring through the limiter, since limiting a peaky mix takes loudness away; each trial
 * writes its output, so the trial that meets the target is the mastered sound and the limiter
 * never runs once more just to produce it.
 */
public final class MasterSound {
    public static final double TARGET_LUFS = -14;
    public static final double CEILING_DBTP = -2;
    /** Very quiet mixes are raised at most this much, so noise is not blown up. */
    private static final double MAX_BOOST_DB = 30;
    private static final double CLOSE_ENOUGH_LU = 0.3;
    private static final int MAX_PASSES = 6;

    private MasterSound() {
    }

    /**
     * Writes {@code mix} (measured at {@code measuredLufs} before any gain) mastered to {@code out}.
     *
     * @return the gain applied before the limiter, in dB
     */
    public static double master(Path mix, long totalFrames, double measuredLufs, Path out, Cancellation cancellation) {
        double gainDb = Double.isFinite(measuredLufs) ? Math.min(MAX_BOOST_DB, TARGET_LUFS - measuredLufs) : 0;
        double lastGainDb = Double.NaN;
        double lastLufs = Double.NaN;
        for (int pass = 1; ; pass++) {
            double lufs = limitTo(mix, totalFrames, gainDb, out, cancellation);
            double error = TARGET_LUFS - lufs;
            boolean done = !Double.isFinite(error) || Math.abs(error) < CLOSE_ENOUGH_LU
                    || gainDb >= MAX_BOOST_DB && error > 0 || pass == MAX_PASSES;
            if (done) {
                return gainDb;
            }
            // Under heavy limiting 1 dB of gain buys less than 1 LU: step by the slope seen so far.
            double slope = Double.isFinite(lastLufs) && gainDb != lastGainDb ? (lufs - lastLufs) / (gainDb - lastGainDb) : 1;
            lastGainDb = gainDb;
            lastLufs = lufs;
            gainDb = Math.min(MAX_BOOST_DB, gainDb + error / Math.max(0.25, Math.min(1, slope)));
        }
    }

    /** One pass: {@code mix} at {@code gainDb} through the limiter into {@code out}; returns its loudness. */
    private static double limitTo(Path mix, long totalFrames, double gainDb, Path out, Cancellation cancellation) {
        float gain = (float) Math.pow(10, gainDb / 20);
        TruePeakLimiter limiter = new TruePeakLimiter(Math.pow(10, CEILING_DBTP / 20));
        LoudnessMeter meter = new LoudnessMeter();
        float[] in = new float[Mixdown.CHUNK_FRAMES * 2];
        float[] limited = new float[Mixdown.CHUNK_FRAMES * 2];
        float[] discard = new float[2];
        try (FloatFile.Reader reader = new FloatFile.Reader(mix); FloatFile.Writer writer = new FloatFile.Writer(out)) {
            // The limiter's output lags its input: feed that much ahead, and past the end feed silence.
            long fed = 0;
            long written = 0;
            int pending = 0;
            int consumed = Mixdown.CHUNK_FRAMES;
            int chunk = 0;
            while (written < totalFrames) {
                cancellation.check();
                int frames = (int) Math.min(Mixdown.CHUNK_FRAMES, totalFrames - written);
                int made = 0;
                while (made < frames) {
                    if (consumed >= chunk) {
                        chunk = Mixdown.CHUNK_FRAMES;
                        reader.read(in, chunk);
                        consumed = 0;
                    }
                    float l = fed < totalFrames ? in[2 * consumed] * gain : 0;
                    float r = fed < totalFrames ? in[2 * consumed + 1] * gain : 0;
                    consumed++;
                    fed++;
                    if (pending < TruePeakLimiter.DELAY_FRAMES) {
                        limiter.push(l, r, discard, 0);
                        pending++;
                    } else {
                        limiter.push(l, r, limited, 2 * made++);
                    }
                }
                meter.add(limited, frames);
                writer.write(limited, frames);
                written += frames;
            }
        }
        return meter.integratedLufs();
    }
}
