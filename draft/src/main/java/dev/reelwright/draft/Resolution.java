package dev.reelwright.draft;

import java.util.Arrays;
import java.util.List;

/**
 * The export sizes, by the lines on the picture's short side: {@code 1080p}, {@code 720p},
 * {@code 480p}. The one list the CLI options, the chat, the export endpoint and the MCP tools read.
 */
public enum Resolution {
    P1080(1080), P720(720), P480(480);

    private final int lines;

    Resolution(int lines) {
        this.lines = lines;
    }

    /** Pixels on the short side. */
    public int lines() {
        return lines;
    }

    public String wireName() {
        return lines + "p";
    }

    /** As people write it, "1080p": picocli's completion and help show this. */
    @Override
    public String toString() {
        return wireName();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(Resolution::wireName).toList();
    }

    /** "1080p", "1080" or "1080P". */
    public static Resolution parse(String given) {
        String name = given == null ? "" : given.strip().toLowerCase(java.util.Locale.ROOT);
        for (Resolution resolution : values()) {
            if (resolution.wireName().equals(name) || String.valueOf(resolution.lines).equals(name)) {
                return resolution;
            }
        }
        throw new IllegalArgumentException("resolution must be " + Choices.either(names()) + " (got \"" + given + "\")");
    }
}
