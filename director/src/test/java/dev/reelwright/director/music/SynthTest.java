package dev.reelwright.director.music;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The instruments' harmonics, made by recurrence from one sine and cosine, are the sines they stand for. */
class SynthTest {
    @Test
    void padAndPluckHarmonicsMatchTheirSines() {
        for (int midi : new int[] {36, 48, 60, 67, 79}) {
            double f = 440 * Math.pow(2, (midi - 69) / 12.0);
            assertEquals(f, Synth.hz(midi), 1e-9 * f, "note " + midi);
            for (double t = 0.3; t < 1.5; t += 0.0137) {
                double w = 2 * Math.PI * f * t;
                double pad = Math.sin(w) + 0.5 * Math.sin(w * 1.003);
                for (int h = 2; h <= 5; h++) {
                    pad += 0.6 / (h * h) * Math.sin(h * w);
                }
                pad *= Synth.envelope(t, 2.0, 0.25, 0.4);
                assertEquals(pad, Synth.pad(midi, t, 2.0, 0.6), 1e-9, "pad " + midi + " at " + t);
                double pluck = (Math.sin(w) + 0.3 * Math.sin(2 * w) + 0.1 * Math.sin(3 * w)) * Math.exp(-t * 6)
                        * Synth.envelope(t, 2.0, 0.005, 0.05);
                assertEquals(pluck, Synth.pluck(midi, t, 2.0), 1e-9, "pluck " + midi + " at " + t);
            }
        }
    }

    /** The kick stops at silence: its last sample before the cut-off is far below its body (no click). */
    @Test
    void theKickEndsWithoutAClick() {
        double sampleS = 1.0 / MusicGenerator.SAMPLE_RATE;
        double last = Math.abs(Synth.kick(Synth.KICK_S - sampleS));
        assertTrue(last < 0.002, "kick just before its end: " + last);
        assertEquals(0, Synth.kick(Synth.KICK_S + sampleS));
        assertTrue(Math.abs(Synth.kick(0.05)) + Math.abs(Synth.kick(0.055)) > 0.1, "the kick's body is still there");
    }
}
