package dev.reelwright.render.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

class DuckingCurveTest {
    private static double db(float gain) {
        return 20 * Math.log10(gain);
    }

    @Test
    void isFullyDownWhileSpeakingAndUpInLongPauses() {
        BitSet speaking = new BitSet();
        speaking.set(100, 200);
        DuckingCurve curve = new DuckingCurve(speaking, 500);
        assertEquals(0, db(curve.gainAt(0)), 1e-6);
        assertEquals(-DuckingCurve.DEPTH_DB, db(curve.gainAt(150 * 480)), 1e-6);
        assertEquals(-DuckingCurve.DEPTH_DB, db(curve.gainAt(100 * 480)), 1e-6);
        assertEquals(0, db(curve.gainAt(499 * 480)), 1e-6);
    }

    @Test
    void holdsThroughShortGapsBetweenWords() {
        BitSet speaking = new BitSet();
        speaking.set(100, 130);
        speaking.set(150, 180);
        DuckingCurve curve = new DuckingCurve(speaking, 400);
        assertEquals(-DuckingCurve.DEPTH_DB, db(curve.gainAt(140 * 480)), 1e-6);
    }

    @Test
    void rampsInsteadOfStepping() {
        BitSet speaking = new BitSet();
        speaking.set(100, 200);
        DuckingCurve curve = new DuckingCurve(speaking, 500);
        double biggestStepDb = 0;
        for (long frame = 480; frame < 500 * 480; frame += 48) {
            biggestStepDb = Math.max(biggestStepDb, Math.abs(db(curve.gainAt(frame)) - db(curve.gainAt(frame - 48))));
        }
        assertTrue(biggestStepDb < 0.2, "largest 1 ms step " + biggestStepDb + " dB");
    }
}
