package dev.reelwright.render.text;

/**
 * The part of the canvas text stays inside, in pixels. Portrait canvases keep clear of the bottom
 * fifth and the right eighth, where TikTok and Reels draw their own buttons and captions.
 */
public record SafeArea(int left, int top, int right, int bottom) {
    public static SafeArea of(int widthPx, int heightPx) {
        if (heightPx > widthPx) {
            return new SafeArea(pct(widthPx, 6), pct(heightPx, 10), widthPx - pct(widthPx, 12), heightPx - pct(heightPx, 20));
        }
        return new SafeArea(pct(widthPx, 5), pct(heightPx, 7), widthPx - pct(widthPx, 5), heightPx - pct(heightPx, 8));
    }

    public int width() {
        return right - left;
    }

    public int height() {
        return bottom - top;
    }

    private static int pct(int px, int percent) {
        return Math.round(px * percent / 100f);
    }
}
