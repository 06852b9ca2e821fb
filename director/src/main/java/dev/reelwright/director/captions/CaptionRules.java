package dev.reelwright.director.captions;

/**
 * How captions must read (quality-targets.md): at most two lines, a line length for the aspect
 * ratio, a reading speed, and a minimum time on screen.
 */
public record CaptionRules(int maxLines, int maxCharsPerLine, double maxCharsPerSecond, long minDurationMs,
                           long pauseBreakMs) {
    /** "About 20 characters a second" in quality-targets.md, with the 10 % that "about" allows. */
    private static final double READING_CPS = 22;
    public static final CaptionRules LANDSCAPE = new CaptionRules(2, 42, READING_CPS, 800, 350);
    public static final CaptionRules PORTRAIT = new CaptionRules(2, 32, READING_CPS, 800, 350);

    public static CaptionRules forCanvas(int widthPx, int heightPx) {
        return heightPx > widthPx ? PORTRAIT : LANDSCAPE;
    }
}
