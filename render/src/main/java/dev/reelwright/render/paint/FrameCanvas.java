package dev.reelwright.render.paint;

import dev.reelwright.render.media.Nv12;
import dev.reelwright.render.plan.Box;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Arrays;

/**
 * The frame being painted: {@code 0x00RRGGBB} ints that the encoder takes as they are, also
 * visible to Java2D as a {@link BufferedImage} over the same array (for text).
 */
public final class FrameCanvas {
    private final int widthPx;
    private final int heightPx;
    private final BufferedImage image;
    private final int[] rgb;
    private Graphics2D graphics;
    private Nv12 converted;

    public FrameCanvas(int widthPx, int heightPx) {
        this.widthPx = widthPx;
        this.heightPx = heightPx;
        this.image = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_RGB);
        this.rgb = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }

    public int widthPx() {
        return widthPx;
    }

    public int heightPx() {
        return heightPx;
    }

    public int[] rgb() {
        return rgb;
    }

    /** The frame as the encoder takes it, converted now (on the painter's thread). */
    public Nv12 toNv12() {
        if (converted == null) {
            converted = new Nv12(widthPx, heightPx);
        }
        converted.convert(rgb);
        return converted;
    }

    /** The last {@link #toNv12()} result. */
    public Nv12 nv12() {
        return converted;
    }

    /** Java2D over the frame, antialiased, reused across frames. */
    public Graphics2D graphics() {
        if (graphics == null) {
            graphics = image.createGraphics();
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        }
        return graphics;
    }

    /** Fills the whole frame with one colour. */
    public void clear(int color) {
        Arrays.fill(rgb, color);
    }

    /** Fills the part of {@code box} inside {@code reveal} with {@code color} at {@code alpha}. */
    public void fill(int color, Box box, Box reveal, float alpha) {
        int[] r = PixelRect.of(box, reveal, widthPx, heightPx);
        if (r == null) {
            return;
        }
        int a = Math.round(Math.min(1, alpha) * 256);
        for (int y = r[1]; y < r[3]; y++) {
            int row = y * widthPx;
            if (a == 256) {
                Arrays.fill(rgb, row + r[0], row + r[2], color);
            } else {
                for (int i = row + r[0]; i < row + r[2]; i++) {
                    rgb[i] = Pixels.lerp(rgb[i], color, a);
                }
            }
        }
    }

    /** Darkens everything painted so far toward black by {@code alpha}. */
    public void dim(float alpha) {
        int keep = Math.round((1 - Math.min(1, Math.max(0, alpha))) * 256);
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = Pixels.scale(rgb[i], keep);
        }
    }
}
