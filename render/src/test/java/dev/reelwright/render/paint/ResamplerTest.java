package dev.reelwright.render.paint;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelwright.render.plan.Box;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Both ways through the resampler (blend rows first; or, enlarging, sample rows across first) against plain bilinear. */
class ResamplerTest {
    private static Picture noise(int widthPx, int heightPx) {
        Random random = new Random(7);
        int[] rgb = new int[widthPx * heightPx];
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = random.nextInt(0x1000000);
        }
        return new Picture(rgb, widthPx, heightPx);
    }

    @Test
    void enlargingAndShrinkingMatchBilinearWithinRounding() {
        // 6x up (a moving background's plate), about 1.15x down (a Ken Burns still), and a slight zoom.
        check(noise(32, 18), 0, 0, 32, 18, 192, 108, 1f);
        check(noise(230, 130), 3.5, 2.25, 220, 124, 192, 108, 1f);
        check(noise(200, 120), 10.3, 5.7, 170, 96, 192, 108, 0.5f);
    }

    private static void check(Picture source, double viewX, double viewY, double viewW, double viewH, int widthPx, int heightPx,
                              float alpha) {
        FrameCanvas canvas = new FrameCanvas(widthPx, heightPx);
        java.util.Arrays.fill(canvas.rgb(), 0x204060);
        new Resampler().draw(source, viewX, viewY, viewW, viewH, canvas, Box.FULL, Box.FULL, alpha);
        int worst = 0;
        for (int y = 0; y < heightPx; y++) {
            for (int x = 0; x < widthPx; x++) {
                int expected = bilinear(source, viewX + (x + 0.5) * viewW / widthPx - 0.5, viewY + (y + 0.5) * viewH / heightPx - 0.5);
                for (int shift = 0; shift <= 16; shift += 8) {
                    double want = alpha * (expected >> shift & 0xFF) + (1 - alpha) * (0x204060 >> shift & 0xFF);
                    worst = (int) Math.max(worst, Math.abs((canvas.rgb()[y * widthPx + x] >> shift & 0xFF) - want));
                }
            }
        }
        assertTrue(worst <= 2, "largest difference from bilinear: " + worst);
    }

    private static int bilinear(Picture picture, double sx, double sy) {
        int x0 = (int) Math.floor(sx);
        int y0 = (int) Math.floor(sy);
        double fx = sx - x0;
        double fy = sy - y0;
        int result = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            double top = (1 - fx) * channel(picture, x0, y0, shift) + fx * channel(picture, x0 + 1, y0, shift);
            double bottom = (1 - fx) * channel(picture, x0, y0 + 1, shift) + fx * channel(picture, x0 + 1, y0 + 1, shift);
            result |= (int) Math.round((1 - fy) * top + fy * bottom) << shift;
        }
        return result;
    }

    private static int channel(Picture picture, int x, int y, int shift) {
        int cx = Math.max(0, Math.min(picture.widthPx() - 1, x));
        int cy = Math.max(0, Math.min(picture.heightPx() - 1, y));
        return picture.rgb()[cy * picture.widthPx() + cx] >> shift & 0xFF;
    }
}
