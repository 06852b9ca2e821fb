package dev.reelwright.render.paint.motion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reelwright.draft.Gradient;
import dev.reelwright.render.paint.Picture;
import org.junit.jupiter.api.Test;

/**
 * The grid look's lines are filtered over the pixel's footprint: computed small and drawn up six
 * times, a line sampled without it breaks into dots along the slanted lines.
 */
class GridTest {
    @Test
    void slantedLinesAreUnbrokenNotDotted() {
        Gradient gradient = new Gradient("#1b1b2f", "#3d3b5c", 30, Gradient.Look.GRID, "#ffffff");
        int w = 320;
        int h = 180;
        Picture picture = new Picture(new int[w * h], w, h);
        for (double seconds : new double[] {0, 0.7, 2.9}) {
            MotionLook.of(Gradient.Look.GRID).paint(new MotionFrame(picture, Palette.of(gradient), seconds));
            int dots = 0;
            for (int y = (int) (h * 0.6); y < h - 1; y++) {
                for (int x = 1; x < w - 1; x++) {
                    int here = green(picture, x, y);
                    int brightestNeighbour = 0;
                    for (int dy = -1; dy <= 1; dy++) {
                        for (int dx = -1; dx <= 1; dx++) {
                            if (dx != 0 || dy != 0) {
                                brightestNeighbour = Math.max(brightestNeighbour, green(picture, x + dx, y + dy));
                            }
                        }
                    }
                    if (here - brightestNeighbour > LONE_DOT) {
                        dots++;
                    }
                }
            }
            assertEquals(0, dots, "lone bright pixels (a line broken into dots) at " + seconds + " s");
        }
    }

    /** Where two lines cross, a pixel may outshine its neighbours on both lines a little; a dot outshines them by far. */
    private static final int LONE_DOT = 60;

    private static int green(Picture picture, int x, int y) {
        return picture.rgb()[y * picture.widthPx() + x] >> 8 & 0xFF;
    }
}
