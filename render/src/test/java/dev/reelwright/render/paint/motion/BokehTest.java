package dev.reelwright.render.paint.motion;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelwright.draft.Gradient;
import dev.reelwright.render.paint.Picture;
import org.junit.jupiter.api.Test;

/**
 * Overlapping lights of the bokeh look blend softly, in colour and in brightness: the look is
 * computed small and drawn up six times, so a hard edge inside an overlap shows as steps.
 */
class BokehTest {
    /**
     * The steepest a single light's rim gets: the smallest (9 px) brightest light fades over 4 px,
     * about 47 levels a pixel at its steepest. An overlap must be no harder than a rim.
     */
    private static final int STEP_LIMIT = 50;

    @Test
    void overlappingLightsMeetWithoutJumps() {
        Gradient gradient = new Gradient("#1d1b3a", "#8e7fa8", 30, Gradient.Look.BOKEH, "#f4e9ff");
        Picture picture = new Picture(new int[320 * 180], 320, 180);
        int biggestStep = 0;
        String where = "";
        for (double seconds = 0; seconds < 12; seconds += 0.7) {
            MotionLook.of(Gradient.Look.BOKEH).paint(new MotionFrame(picture, Palette.of(gradient), seconds));
            for (int y = 1; y < picture.heightPx(); y++) {
                for (int x = 1; x < picture.widthPx(); x++) {
                    int here = picture.rgb()[y * picture.widthPx() + x];
                    int step = Math.max(step(here, picture.rgb()[(y - 1) * picture.widthPx() + x]),
                            step(here, picture.rgb()[y * picture.widthPx() + x - 1]));
                    if (step > biggestStep) {
                        biggestStep = step;
                        where = "(" + x + ", " + y + ") at " + seconds + " s";
                    }
                }
            }
        }
        assertTrue(biggestStep <= STEP_LIMIT, "a step of " + biggestStep + " between two pixels at " + where);
    }

    private static int step(int a, int b) {
        int biggest = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            biggest = Math.max(biggest, Math.abs((a >> shift & 0xFF) - (b >> shift & 0xFF)));
        }
        return biggest;
    }
}
