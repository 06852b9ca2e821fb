package dev.reelwright.director.make;

import java.nio.file.Path;

/**
 * A photo or clip the user brought, as the command line found it.
 *
 * @param clip a video clip rather than a still
 * @param durationMs a clip's length; 0 for stills
 * @param words what the file's metadata says it shows (see {@link PhotoWords}); may be empty
 * @param credit the attribution its source asks for (a stock library's), or null for the user's own
 */
public record UserMedia(Path file, boolean clip, int widthPx, int heightPx, long durationMs, String words, String credit) {
    public UserMedia {
        words = words == null ? "" : words;
    }

    public UserMedia(Path file, boolean clip, int widthPx, int heightPx, long durationMs, String words) {
        this(file, clip, widthPx, heightPx, durationMs, words, null);
    }

    public UserMedia(Path file, boolean clip, int widthPx, int heightPx, long durationMs) {
        this(file, clip, widthPx, heightPx, durationMs, "", null);
    }

    boolean portrait() {
        return heightPx > widthPx;
    }
}
