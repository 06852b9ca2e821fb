package dev.reelwright.render.paint;

import dev.reelwright.draft.Fit;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** Good-looking one-off scaling of stills: halving steps, then bilinear; and the blurred fill. */
public final class Scaling {
    private static final int BLUR_DOWNSCALE = 24;
    private static final float BLUR_DARKEN = 0.7f;

    private Scaling() {
    }

    /** {@code image} fitted into a {@code widthPx x heightPx} picture as {@code fit} asks, over {@code backgroundRgb}. */
    public static Picture fit(BufferedImage image, Fit fit, int widthPx, int heightPx, int backgroundRgb) {
        BufferedImage plate = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = plate.createGraphics();
        g.setColor(new Color(backgroundRgb));
        g.fillRect(0, 0, widthPx, heightPx);
        if (fit == Fit.BLUR) {
            g.drawImage(blurredFill(image, widthPx, heightPx), 0, 0, null);
        }
        double scale = fit == Fit.COVER
                ? Math.max(widthPx / (double) image.getWidth(), heightPx / (double) image.getHeight())
                : Math.min(widthPx / (double) image.getWidth(), heightPx / (double) image.getHeight());
        int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
        g.drawImage(scale(image, w, h), (widthPx - w) / 2, (heightPx - h) / 2, null);
        g.dispose();
        return Picture.of(plate);
    }

    /** A soft, darker copy that covers the whole area: what sits behind a letterboxed picture. */
    public static BufferedImage blurredFill(BufferedImage image, int widthPx, int heightPx) {
        int smallW = Math.max(2, widthPx / BLUR_DOWNSCALE);
        int smallH = Math.max(2, heightPx / BLUR_DOWNSCALE);
        double cover = Math.max(smallW / (double) image.getWidth(), smallH / (double) image.getHeight());
        int coverW = Math.max(smallW, (int) Math.ceil(image.getWidth() * cover));
        int coverH = Math.max(smallH, (int) Math.ceil(image.getHeight() * cover));
        BufferedImage small = new BufferedImage(smallW, smallH, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        g.drawImage(scale(image, coverW, coverH), (smallW - coverW) / 2, (smallH - coverH) / 2, null);
        g.setColor(new Color(0, 0, 0, Math.round((1 - BLUR_DARKEN) * 255)));
        g.fillRect(0, 0, smallW, smallH);
        g.dispose();
        boxBlur(small);
        boxBlur(small);
        return scale(small, widthPx, heightPx);
    }

    /** Scales with repeated halving first, so big reductions do not alias. */
    public static BufferedImage scale(BufferedImage image, int widthPx, int heightPx) {
        BufferedImage current = image;
        int w = image.getWidth();
        int h = image.getHeight();
        while (w / 2 >= widthPx && h / 2 >= heightPx) {
            w /= 2;
            h /= 2;
            current = draw(current, w, h);
        }
        return w == widthPx && h == heightPx && current != image ? current : draw(current, widthPx, heightPx);
    }

    private static BufferedImage draw(BufferedImage image, int widthPx, int heightPx) {
        BufferedImage out = new BufferedImage(widthPx, heightPx, image.getColorModel().hasAlpha()
                ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(image, 0, 0, widthPx, heightPx, null);
        g.dispose();
        return out;
    }

    /** A 5x5 box blur, in place. */
    private static void boxBlur(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] in = image.getRGB(0, 0, w, h, null, 0, w);
        int[] out = new int[in.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int r = 0;
                int gr = 0;
                int b = 0;
                int n = 0;
                for (int dy = -2; dy <= 2; dy++) {
                    int yy = Math.min(h - 1, Math.max(0, y + dy));
                    for (int dx = -2; dx <= 2; dx++) {
                        int p = in[yy * w + Math.min(w - 1, Math.max(0, x + dx))];
                        r += p >> 16 & 0xFF;
                        gr += p >> 8 & 0xFF;
                        b += p & 0xFF;
                        n++;
                    }
                }
                out[y * w + x] = (r / n) << 16 | (gr / n) << 8 | b / n;
            }
        }
        image.setRGB(0, 0, w, h, out, 0, w);
    }
}
