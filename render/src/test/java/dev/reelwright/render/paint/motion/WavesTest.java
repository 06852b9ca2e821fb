package dev.reelwright.render.paint.motion;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelwright.draft.Gradient;
import dev.reelwright.render.paint.Picture;
import org.junit.jupiter.api.Test;

/** The hills of the waves look meet softly: it is computed small and drawn up six times, so a hard edge shows as steps. */
class WavesTest {
    @Test
    void hillEdgesFadeWithoutJumps() {
        Gradient gradient = new Gradient("#0b2027", "#40798c", 30, Gradient.Look.WAVES, "#f2c14e");
        Picture picture = new Picture(new int[320 * 180], 320, 180);
        for (double seconds : new double[] {0, 1.3, 4.7}) {
            MotionLook.of(Gradient.Look.WAVES).paint(new MotionFrame(picture, Palette.of(gradient), seconds));
            int biggestStep = 0;
            for (int x = 0; x < picture.widthPx(); x++) {
                for (int y = 1; y < picture.heightPx(); y++) {
                    int above = picture.rgb()[(y - 1) * picture.widthPx() + x];
                    int here = picture.rgb()[y * picture.widthPx() + x];
                    for (int shift = 0; shift <= 16; shift += 8) {
                        biggestStep = Math.max(biggestStep, Math.abs((above >> shift & 0xFF) - (here >> shift & 0xFF)));
                    }
                }
            }
            assertTrue(biggestStep <= STEP_LIMIT, "a step of " + biggestStep + " between two pixels at " + seconds + " s");
        }
    }

    /** Edges spread over about three small pixels: no channel moves by more than a third of its range from one to the next. */
    private static final int STEP_LIMIT = 85;
}
