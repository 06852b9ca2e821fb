package dev.reelwright.pictures;

import java.util.List;

/**
 * A picture that depicts what a text is about, and why.
 *
 * @param score how well it matches: higher is better; {@link PictureMatcher#GOOD} and above is worth showing
 * @param words the text's words it matched, as the text wrote them ("coffee", "咖啡")
 */
public record PictureMatch(PictureEntry entry, double score, List<String> words) {
    public PictureMatch {
        words = List.copyOf(words);
    }

    public String name() {
        return entry.name();
    }
}
