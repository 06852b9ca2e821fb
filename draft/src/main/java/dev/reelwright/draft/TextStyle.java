package dev.reelwright.draft;

/**
 * How a text segment looks. Every field may be null, meaning the role's default.
 * The text colour is the segment's {@code m.color}.
 *
 * @param font font family: {@code sans}, {@code serif}, {@code mono} (bundled) or a system family
 * @param sizePx font size in canvas pixels
 * @param bold heavy weight
 * @param outlineColor colour of an outline around each glyph
 * @param boxColor colour of a box behind the text, {@code #rrggbb} or {@code #rrggbbaa}
 * @param animation entrance and exit
 * @param mark one word drawn in another colour (the word being spoken, in karaoke captions)
 */
public record TextStyle(String font, Integer sizePx, Boolean bold, String outlineColor,
                        String boxColor, TextAnimation animation, Mark mark) {
    public static final TextStyle DEFAULT = new TextStyle(null, null, null, null, null, null, null);

    public TextStyle(String font, Integer sizePx, Boolean bold, String outlineColor, String boxColor, TextAnimation animation) {
        this(font, sizePx, bold, outlineColor, boxColor, animation, null);
    }

    /**
     * @param wordIndex which word, counting words separated by spaces from 0
     * @param color its colour, {@code #rrggbb}
     */
    public record Mark(int wordIndex, String color) {
    }

    public TextStyle withFont(String f) {
        return new TextStyle(f, sizePx, bold, outlineColor, boxColor, animation, mark);
    }

    public TextStyle withSize(Integer px) {
        return new TextStyle(font, px, bold, outlineColor, boxColor, animation, mark);
    }

    public TextStyle withBold(Boolean b) {
        return new TextStyle(font, sizePx, b, outlineColor, boxColor, animation, mark);
    }

    public TextStyle withOutline(String color) {
        return new TextStyle(font, sizePx, bold, color, boxColor, animation, mark);
    }

    public TextStyle withBox(String color) {
        return new TextStyle(font, sizePx, bold, outlineColor, color, animation, mark);
    }

    public TextStyle withAnimation(TextAnimation a) {
        return new TextStyle(font, sizePx, bold, outlineColor, boxColor, a, mark);
    }

    public TextStyle withMark(Mark m) {
        return new TextStyle(font, sizePx, bold, outlineColor, boxColor, animation, m);
    }
}
