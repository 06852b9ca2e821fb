package dev.reelwright.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

/** Colour assertions with the tolerance lossy video needs. */
final class Colors {
    private Colors() {
    }

    static void assertNear(int[] expectedRgb, int[] actualRgb, int tolerance, String what) {
        for (int i = 0; i < 3; i++) {
            int channel = i;
            assertTrue(Math.abs(expectedRgb[i] - actualRgb[i]) <= tolerance,
                    () -> what + ": expected about " + Arrays.toString(expectedRgb) + " but was " + Arrays.toString(actualRgb)
                            + " (channel " + channel + ")");
        }
    }

    static int brightness(int[] rgb) {
        return (rgb[0] + rgb[1] + rgb[2]) / 3;
    }
}
