package dev.reelwright.draft;

/** Makes untrusted text safe to echo in a one-line message: short, no control characters. */
public final class Printable {
    private static final int MAX_CHARS = 60;

    private Printable() {
    }

    public static String clip(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(MAX_CHARS).forEach(cp -> {
            if (Character.isISOControl(cp)) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return text.codePointCount(0, text.length()) > MAX_CHARS ? out + "…" : out.toString();
    }
}
