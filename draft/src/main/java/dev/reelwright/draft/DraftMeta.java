package dev.reelwright.draft;

import java.util.Map;

/**
 * The draft's metadata ({@code m}): title and canvas.
 *
 * @param widthPx canvas width, even
 * @param heightPx canvas height, even
 * @param background colour {@code #rrggbb} where nothing is painted
 */
public record DraftMeta(String title, int widthPx, int heightPx, int fps, String background,
                        Map<String, Object> extra) {
    public static final String DEFAULT_BACKGROUND = "#000000";

    public DraftMeta {
        extra = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extra));
    }

    public String backgroundOrDefault() {
        return background == null ? DEFAULT_BACKGROUND : background;
    }

    public DraftMeta withSize(int newWidthPx, int newHeightPx) {
        return new DraftMeta(title, newWidthPx, newHeightPx, fps, background, extra);
    }

    public DraftMeta withTitle(String newTitle) {
        return new DraftMeta(newTitle, widthPx, heightPx, fps, background, extra);
    }

    public DraftMeta withExtra(String key, Object value) {
        return new DraftMeta(title, widthPx, heightPx, fps, background, Extras.with(extra, key, value));
    }
}
