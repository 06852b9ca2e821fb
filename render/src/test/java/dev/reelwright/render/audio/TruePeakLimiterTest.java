package dev.reelwright.render.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TruePeakLimiterTest {
    private static float[] limit(float[] in, double ceiling) {
        TruePeakLimiter limiter = new TruePeakLimiter(ceiling);
        int frames = in.length / 2;
        float[] out = new float[in.length];
        float[] one = new float[2];
        for (int i = 0; i < frames + TruePeakLimiter.DELAY_FRAMES; i++) {
            float l = i < frames ? in[2 * i] : 0;
            float r = i < frames ? in[2 * i + 1] : 0;
            limiter.push(l, r, one, 0);
            int j = i - TruePeakLimiter.DELAY_FRAMES;
            if (j >= 0) {
                out[2 * j] = one[0];
                out[2 * j + 1] = one[1];
            }
        }
        return out;
    }

    @Test
    void keepsInterSamplePeaksUnderTheCeiling() {
        // A sine at a quarter of the sample rate, phased so the samples miss its peaks by 3 dB.
        float[] loud = new float[2 * 48_000];
        for (int i = 0; i < 48_000; i++) {
            float v = (float) (1.4 * Math.sin(Math.PI / 2 * i + Math.PI / 4));
            loud[2 * i] = v;
            loud[2 * i + 1] = v;
        }
        double ceiling = Math.pow(10, -2 / 20.0);
        float[] out = limit(loud, ceiling);
        int mask = 1023;
        float[] ring = new float[1024];
        double worst = 0;
        for (int i = 0; i < 48_000; i++) {
            ring[i & mask] = out[2 * i];
            if (i >= 2 * TruePeak.HALF_TAPS) {
                worst = Math.max(worst, TruePeak.at(ring, mask, i - TruePeak.HALF_TAPS));
            }
        }
        assertTrue(worst <= ceiling * 1.01, "true peak " + 20 * Math.log10(worst) + " dBTP");
    }

    @Test
    void leavesQuietSoundAloneAndInTime() {
        float[] quiet = LoudnessMeterTest.sine(0.5, 440, -20);
        float[] out = limit(quiet, Math.pow(10, -2 / 20.0));
        for (int i = 0; i < quiet.length; i++) {
            assertEquals(quiet[i], out[i], 1e-6);
        }
    }
}
