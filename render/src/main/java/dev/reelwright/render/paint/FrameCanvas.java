package dev.reelwright.render.paint;

import dev.reelwright.render.plan.Box;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * The frame being painted: packed BGR bytes that the encoder takes as they are, also visible to
 * Java2D as a {@link BufferedImage} over the same array (for text).
 */
public final class FrameCanvas {
    private final int widthPx;
    private final int heightPx;
    private final BufferedImage image;
    private final byte[] bgr;
    private Graphics2D graphics;

    public FrameCanvas(int widthPx, int heightPx) {
        this.widthPx = widthPx;
        this.heightPx = heightPx;
        this.image = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_3BYTE_BGR);
        this.bgr = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    }

    public int widthPx() {
        return widthPx;
    }

    public int heightPx() {
        return heightPx;
    }

    public byte[] bgr() {
        return bgr;
    }

    public Picture asPicture() {
        return new Picture(bgr, widthPx, heightPx);
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
    public void clear(int rgb) {
        fillRows(0, heightPx, 0, widthPx, rgb);
    }

    /** Fills the part of {@code box} inside {@code reveal} with {@code rgb} at {@code alpha}. */
    public void fill(int rgb, Box box, Box reveal, float alpha) {
        int[] r = PixelRect.of(box, reveal, widthPx, heightPx);
        if (r == null) {
            return;
        }
        if (alpha >= 1) {
            fillRows(r[1], r[3], r[0], r[2], rgb);
            return;
        }
        int a = Math.round(alpha * 256);
        int blue = rgb & 0xFF;
        int green = rgb >> 8 & 0xFF;
        int red = rgb >> 16 & 0xFF;
        for (int y = r[1]; y < r[3]; y++) {
            int i = (y * widthPx + r[0]) * 3;
            for (int x = r[0]; x < r[2]; x++, i += 3) {
                bgr[i] = blend(bgr[i], blue, a);
                bgr[i + 1] = blend(bgr[i + 1], green, a);
                bgr[i + 2] = blend(bgr[i + 2], red, a);
            }
        }
    }

    /** Darkens everything painted so far toward black by {@code alpha}. */
    public void dim(float alpha) {
        int keep = Math.round((1 - Math.min(1, Math.max(0, alpha))) * 256);
        for (int i = 0; i < bgr.length; i++) {
            bgr[i] = (byte) ((bgr[i] & 0xFF) * keep >> 8);
        }
    }

    private void fillRows(int y0, int y1, int x0, int x1, int rgb) {
        if (y1 <= y0 || x1 <= x0) {
            return;
        }
        int rowBytes = (x1 - x0) * 3;
        int first = (y0 * widthPx + x0) * 3;
        for (int x = 0; x < x1 - x0; x++) {
            bgr[first + 3 * x] = (byte) rgb;
            bgr[first + 3 * x + 1] = (byte) (rgb >> 8);
            bgr[first + 3 * x + 2] = (byte) (rgb >> 16);
        }
        for (int y = y0 + 1; y < y1; y++) {
            System.arraycopy(bgr, first, bgr, (y * widthPx + x0) * 3, rowBytes);
        }
    }

    static byte blend(byte under, int over, int alpha256) {
        int u = under & 0xFF;
        return (byte) (u + ((over - u) * alpha256 >> 8));
    }
}
