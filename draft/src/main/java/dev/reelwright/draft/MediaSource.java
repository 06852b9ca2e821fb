package dev.reelwright.draft;

import java.util.Locale;

/** The forms a segment's {@code src} may take: {@code media:NAME}, {@code https://…}, or a file path. */
public sealed interface MediaSource {
    String MEDIA_PREFIX = "media:";

    /** An uploaded or generated item, or a file in the command line's media folder. */
    record Media(String name) implements MediaSource {
    }

    /** A URL on a Reelwright server (its own media URLs). */
    record Url(String url) implements MediaSource {
    }

    /** A local file path: command-line use only. */
    record FilePath(String path) implements MediaSource {
    }

    /** Parses a {@code src} already accepted by {@link #problem}. */
    static MediaSource parse(String src) {
        if (src.startsWith(MEDIA_PREFIX)) {
            return new Media(src.substring(MEDIA_PREFIX.length()));
        }
        if (src.toLowerCase(Locale.ROOT).startsWith("https://")) {
            return new Url(src);
        }
        return new FilePath(src);
    }

    /** Why a {@code src} is not acceptable, or null when it is. */
    static String problem(String src) {
        if (src.isBlank()) {
            return "must not be empty";
        }
        if (src.chars().anyMatch(Character::isISOControl)) {
            return "must not contain control characters";
        }
        if (src.startsWith(MEDIA_PREFIX)) {
            return src.length() == MEDIA_PREFIX.length() ? "media: needs a name after the colon" : null;
        }
        String lower = src.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://")) {
            return null;
        }
        int colon = src.indexOf(':');
        boolean windowsDrive = colon == 1 && Character.isLetter(src.charAt(0));
        if (colon > 0 && !windowsDrive && src.substring(0, colon).matches("[A-Za-z][A-Za-z0-9+.-]*")) {
            return "unsupported scheme \"" + Printable.clip(src.substring(0, colon)) + ":\" (use media:NAME, https:// or a file path)";
        }
        return null;
    }
}
