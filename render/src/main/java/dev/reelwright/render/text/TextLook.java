package dev.reelwright.render.text;

import dev.reelwright.draft.SegmentMeta;
import dev.reelwright.draft.TextPosition;
import dev.reelwright.draft.TextStyle;
import dev.reelwright.draft.TrackRole;

/**
 * A text segment's look with every default filled in from its track's role and the canvas size.
 *
 * @param sizePx font size in canvas pixels
 * @param maxLines lines allowed before the size shrinks to fit (captions keep to two)
 */
record TextLook(String family, int sizePx, boolean bold, int colorRgb, Integer outlineRgb, Integer boxArgb,
                TextPosition position, int maxLines, TextStyle.Mark mark) {
    private static final int WHITE = 0xFFFFFF;
    private static final int BLACK = 0x000000;

    static TextLook of(SegmentMeta meta, TrackRole role, int canvasW, int canvasH) {
        TextStyle style = meta.textStyle();
        int shortSide = Math.min(canvasW, canvasH);
        TrackRole effective = role == null ? TrackRole.OVERLAY : role;
        double defaultSize = switch (effective) {
            case TITLE -> 0.085;
            case CAPTION -> 0.052;
            default -> 0.06;
        } * shortSide;
        TextPosition defaultPosition = switch (effective) {
            case TITLE -> TextPosition.CENTER;
            case CAPTION -> TextPosition.BOTTOM;
            default -> TextPosition.LOWER_THIRD;
        };
        Integer box = style.boxColor() == null ? null : dev.reelwright.draft.Colors.argb(style.boxColor());
        Integer outline = style.outlineColor() != null ? Integer.valueOf(rgb(style.outlineColor()))
                : box == null ? Integer.valueOf(BLACK) : null;
        return new TextLook(style.font(), style.sizePx() != null ? style.sizePx() : (int) Math.round(defaultSize),
                style.bold() != null ? style.bold() : effective != TrackRole.OVERLAY,
                meta.color() == null ? WHITE : rgb(meta.color()), outline, box,
                meta.position() == null ? defaultPosition : meta.position(),
                effective == TrackRole.CAPTION ? 2 : Integer.MAX_VALUE, style.mark());
    }

    private static int rgb(String color) {
        return Integer.parseInt(color.substring(1, 7), 16);
    }
}
