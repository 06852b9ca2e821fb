package dev.reelwright.director.storyboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Word tokens of narration, and which of them carry meaning. */
final class Words {
    static final Set<String> STOP = Set.of("a", "an", "the", "and", "or", "but", "if", "then", "so", "of", "to", "in", "on",
            "at", "by", "for", "with", "without", "within", "from", "into", "onto", "over", "under", "about", "after",
            "before", "during", "while", "until", "through", "across", "between", "against", "around", "because", "as",
            "is", "are", "was", "were", "be",
            "been", "being", "am", "do", "does", "did", "have", "has", "had", "it", "its", "it's", "this", "that", "these",
            "those", "there", "here", "we", "you", "they", "he", "she", "i", "me", "my", "our", "your", "their", "his", "her",
            "them", "us", "not", "no", "yes", "can", "could", "will", "would", "should", "may", "might", "must", "just",
            "very", "more", "most", "much", "many", "some", "any", "all", "every", "each", "also", "too", "than", "what",
            "which", "who", "whom", "when", "where", "why", "how", "up", "down", "out", "off", "again", "once", "only",
            "own", "same", "such", "both", "few", "other", "now", "new", "get", "got", "make", "made", "let", "lets", "one",
            "two", "like", "even", "well", "way", "today", "it’s", "we're", "you're", "don't", "can't", "won't", "i'm");

    private Words() {
    }

    /** Lower-case words of letters and digits (apostrophes kept inside words). */
    static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        for (String raw : text.split("[^\\p{L}\\p{N}'’]+")) {
            String word = raw.replaceAll("^['’]+|['’]+$", "").toLowerCase(Locale.ROOT);
            if (!word.isEmpty() && word.codePoints().noneMatch(Cjk::isCjk)) {
                words.add(word);
            }
        }
        return words;
    }

    static boolean meaningful(String word) {
        return word.length() >= 3 && !STOP.contains(word) && !word.chars().allMatch(Character::isDigit);
    }

    /** Two-character runs of CJK text: a stand-in for words where no spaces separate them. */
    static List<String> cjkPairs(String text) {
        List<String> pairs = new ArrayList<>();
        int[] cps = text.codePoints().toArray();
        for (int i = 0; i + 1 < cps.length; i++) {
            if (Cjk.isCjk(cps[i]) && Cjk.isCjk(cps[i + 1])) {
                pairs.add(new String(cps, i, 2));
            }
        }
        return pairs;
    }
}
