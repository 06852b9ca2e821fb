package dev.reelwright.director.captions;

import java.util.Locale;
import java.util.Set;

/**
 * Where a caption reads well when broken, between one word and the next, as subtitlers break
 * them: after punctuation best, then before a conjunction or a preposition; never right after an
 * article or a preposition ("the | water"), which leaves a line hanging. Lower costs are better.
 */
final class BreakPoints {
    private static final Set<String> CONJUNCTIONS = Set.of("and", "but", "or", "so", "because", "while", "when", "which", "that",
            "who", "where", "then", "yet", "if", "as", "until", "unless", "whether", "although", "though");
    private static final Set<String> PREPOSITIONS = Set.of("with", "to", "for", "in", "on", "at", "from", "by", "of", "into",
            "over", "under", "about", "without", "through", "after", "before", "between", "across", "around");
    /** Words that lean on the next one: a break right after them strands them. */
    private static final Set<String> LEANING = Set.of("the", "a", "an", "to", "of", "my", "your", "our", "their", "his", "her",
            "its", "this", "these", "those", "and", "or", "with", "for", "in", "on", "at", "by", "from", "into", "is", "are", "was",
            "not", "no", "very", "i", "we", "you");

    private BreakPoints() {
    }

    /** The cost of breaking between {@code before} and {@code after}: 0 (a clause ends) to 6 (a phrase is torn apart). */
    static int cost(String before, String after) {
        int cost;
        if (before.matches(".*[,;:.!?…，、；：。！？—–-][\"'”’)]*$")) {
            cost = 0;
        } else if (CONJUNCTIONS.contains(bare(after))) {
            cost = 1;
        } else if (PREPOSITIONS.contains(bare(after))) {
            cost = 2;
        } else {
            cost = 3;
        }
        return LEANING.contains(bare(before)) ? cost + 3 : cost;
    }

    private static String bare(String word) {
        return word.toLowerCase(Locale.ROOT).replaceAll("^[\"'“‘(]+|[\"'”’),.;:!?]+$", "");
    }
}
