package dev.reelwright.render.paint;

/** A picture as {@code 0x00RRGGBB} ints, rows top to bottom, no padding. */
public record Picture(int[] rgb, int widthPx, int heightPx) {
    public Picture {
        if (rgb.length < widthPx * heightPx) {
            throw new IllegalArgumentException("picture data too short for " + widthPx + "x" + heightPx);
        }
    }

    public static Picture of(java.awt.image.BufferedImage intRgbImage) {
        return new Picture(((java.awt.image.DataBufferInt) intRgbImage.getRaster().getDataBuffer()).getData(),
                intRgbImage.getWidth(), intRgbImage.getHeight());
    }
}
