package dev.reelwright.render.paint;

/** A packed BGR picture: {@code widthPx * heightPx * 3} bytes, rows top to bottom. */
public record Picture(byte[] bgr, int widthPx, int heightPx) {
    public Picture {
        if (bgr.length < widthPx * heightPx * 3) {
            throw new IllegalArgumentException("picture data too short for " + widthPx + "x" + heightPx);
        }
    }
}
