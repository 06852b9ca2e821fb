package dev.reelwright.render.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Reference cases of EBU Tech 3341 (loudness metering), made in the test. */
class LoudnessMeterTest {
    static float[] sine(double seconds, double hz, double dbfs) {
        int frames = (int) (seconds * 48_000);
        float[] out = new float[frames * 2];
        double amplitude = Math.pow(10, dbfs / 20);
        for (int i = 0; i < frames; i++) {
            float v = (float) (amplitude * Math.sin(2 * Math.PI * hz * i / 48_000));
            out[2 * i] = v;
            out[2 * i + 1] = v;
        }
        return out;
    }

    static double measure(float[]... parts) {
        LoudnessMeter meter = new LoudnessMeter();
        for (float[] part : parts) {
            meter.add(part, part.length / 2);
        }
        return meter.integratedLufs();
    }

    @Test
    void stereoSineAtMinus23DbfsIsMinus23Lufs() {
        assertEquals(-23.0, measure(sine(20, 1000, -23)), 0.1);
        assertEquals(-33.0, measure(sine(20, 1000, -33)), 0.1);
    }

    @Test
    void relativeGateIgnoresTheQuietPart() {
        // Tech 3341 case 3: -36, -23, -36 dBFS for 10, 60, 10 s reads -23.
        assertEquals(-23.0, measure(sine(10, 1000, -36), sine(60, 1000, -23), sine(10, 1000, -36)), 0.1);
    }

    @Test
    void absoluteGateIgnoresSilence() {
        // Only the few 400 ms blocks that straddle an edge (partly tone) count, as BS.1770 intends.
        double alone = measure(sine(10, 1000, -23));
        double padded = measure(new float[2 * 48_000 * 20], sine(10, 1000, -23), new float[2 * 48_000 * 20]);
        assertEquals(alone, padded, 0.2);
    }

    @Test
    void silenceHasNoLoudness() {
        assertTrue(Double.isInfinite(measure(new float[2 * 48_000 * 3])));
    }
}
