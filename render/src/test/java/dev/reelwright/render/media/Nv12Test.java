package dev.reelwright.render.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class Nv12Test {
    @Test
    void everySampleIsBt601LimitedRangeWithChromaAveragedOver2x2AndInterleaved() {
        // Even and odd sizes, wide enough for the vector loops and their leftovers.
        for (int[] size : new int[][] {{64, 32}, {101, 37}, {1, 1}, {3, 2}, {40, 4}}) {
            int w = size[0];
            int h = size[1];
            int[] rgb = new int[w * h];
            Random random = new Random(w * 31L + h);
            for (int i = 0; i < rgb.length; i++) {
                rgb[i] = random.nextInt(0x1000000);
            }
            Nv12 yuv = new Nv12(w, h);
            yuv.convert(rgb);
            byte[] planes = yuv.planes();
            for (int i = 0; i < w * h; i++) {
                int p = rgb[i];
                int expected = ((66 * (p >> 16 & 0xFF) + 129 * (p >> 8 & 0xFF) + 25 * (p & 0xFF) + 128) >> 8) + 16;
                assertEquals(expected, planes[i] & 0xFF, "Y at " + i + " of " + w + "x" + h);
            }
            int cw = (w + 1) / 2;
            int ch = (h + 1) / 2;
            assertEquals(w * h + 2 * cw * ch, planes.length, "plane sizes of " + w + "x" + h);
            for (int cy = 0; cy < ch; cy++) {
                for (int cx = 0; cx < cw; cx++) {
                    double r = 0;
                    double g = 0;
                    double b = 0;
                    for (int dy = 0; dy < 2; dy++) {
                        for (int dx = 0; dx < 2; dx++) {
                            int p = rgb[Math.min(2 * cy + dy, h - 1) * w + Math.min(2 * cx + dx, w - 1)];
                            r += (p >> 16 & 0xFF) / 4.0;
                            g += (p >> 8 & 0xFF) / 4.0;
                            b += (p & 0xFF) / 4.0;
                        }
                    }
                    int u = planes[w * h + cy * 2 * cw + 2 * cx] & 0xFF;
                    int v = planes[w * h + cy * 2 * cw + 2 * cx + 1] & 0xFF;
                    assertEquals(128 + (-38 * r - 74 * g + 112 * b) / 256, u, 1.0, "U at " + cx + "," + cy + " of " + w + "x" + h);
                    assertEquals(128 + (112 * r - 94 * g - 18 * b) / 256, v, 1.0, "V at " + cx + "," + cy + " of " + w + "x" + h);
                }
            }
        }
    }

    /** The vector loops (used when the Vector API is there, as in these tests) give the plain loops' bytes exactly. */
    @Test
    void theVectorLoopsMatchThePlainLoopsByteForByte() {
        int w = 1920;
        int h = 6;
        int[] rgb = new int[w * h];
        Random random = new Random(7);
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = random.nextInt(0x1000000);
        }
        Nv12 converted = new Nv12(w, h);
        converted.convert(rgb);
        byte[] expected = new byte[converted.planes().length];
        Nv12.lumaRow(rgb, 0, expected, 0, w * h);
        for (int cy = 0; cy < h / 2; cy++) {
            Nv12.chromaScalar(rgb, 2 * cy * w, (2 * cy + 1) * w, expected, w * h + cy * w, 0, w / 2, w / 2);
        }
        assertArrayEquals(expected, converted.planes());
    }
}
