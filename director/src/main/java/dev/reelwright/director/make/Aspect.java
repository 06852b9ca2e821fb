package dev.reelwright.director.make;

/** The canvas presets of quality-targets.md, at full size. */
public enum Aspect {
    LANDSCAPE("16:9", 1920, 1080), PORTRAIT("9:16", 1080, 1920), SQUARE("1:1", 1080, 1080), FEED("4:5", 1080, 1350);

    private final String ratio;
    private final int widthPx;
    private final int heightPx;

    Aspect(String ratio, int widthPx, int heightPx) {
        this.ratio = ratio;
        this.widthPx = widthPx;
        this.heightPx = heightPx;
    }

    /** "16:9", "9:16", ... */
    public String ratio() {
        return ratio;
    }

    public int widthPx() {
        return widthPx;
    }

    public int heightPx() {
        return heightPx;
    }

    /** Width and height for a resolution of {@code lines} (1080, 720, 480) on the short side, even. */
    public int[] size(int lines) {
        double scale = lines / (double) Math.min(widthPx, heightPx);
        return new int[] {2 * (int) Math.round(widthPx * scale / 2), 2 * (int) Math.round(heightPx * scale / 2)};
    }

    /** As people write it, "16:9": picocli's completion and help show this. */
    @Override
    public String toString() {
        return ratio;
    }

    public static java.util.List<String> names() {
        return java.util.Arrays.stream(values()).map(Aspect::ratio).toList();
    }

    public static Aspect parse(String ratio) {
        for (Aspect aspect : values()) {
            if (aspect.ratio.equals(ratio)) {
                return aspect;
            }
        }
        throw new IllegalArgumentException("aspect must be " + dev.reelwright.draft.Choices.either(names()) + " (got \"" + ratio + "\")");
    }
}
