package dev.reelwright.pictures;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * English words reduced to a common form, so "bicycles", "bicycle's" and "bicycle" meet, and
 * "running" meets "run". Applied the same way to the pictures' keywords and to the script, so a
 * rough rule is enough: it only has to send both sides to the same form.
 */
final class Lemmas {
    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("men", "man"), Map.entry("women", "woman"), Map.entry("children", "child"), Map.entry("people", "person"),
            Map.entry("feet", "foot"), Map.entry("teeth", "tooth"), Map.entry("mice", "mouse"), Map.entry("geese", "goose"),
            Map.entry("leaves", "leaf"), Map.entry("knives", "knife"), Map.entry("wives", "wife"), Map.entry("lives", "life"),
            Map.entry("loaves", "loaf"), Map.entry("wolves", "wolf"), Map.entry("shelves", "shelf"), Map.entry("halves", "half"),
            Map.entry("ran", "run"), Map.entry("ate", "eat"), Map.entry("flew", "fly"), Map.entry("drove", "drive"),
            Map.entry("wrote", "write"), Map.entry("bought", "buy"), Map.entry("sold", "sell"), Map.entry("sang", "sing"),
            Map.entry("swam", "swim"), Map.entry("slept", "sleep"), Map.entry("built", "build"), Map.entry("taught", "teach"),
            Map.entry("caught", "catch"), Map.entry("grew", "grow"), Map.entry("threw", "throw"), Map.entry("rode", "ride"),
            Map.entry("phones", "phone"), Map.entry("glasses", "glasses"), Map.entry("news", "news"), Map.entry("series", "series"),
            Map.entry("bus", "bus"), Map.entry("gas", "gas"), Map.entry("lens", "lens"), Map.entry("dice", "die"));
    private static final Set<String> KEEP_S = Set.of("ss", "us", "is", "ys", "os");

    private Lemmas() {
    }

    /** The words of a text, lower-cased, without punctuation or possessive 's; hyphens split words. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String raw : text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("[^\\p{L}\\p{Nd}']+")) {
            String word = raw.replaceAll("^'+|'+$", "").replaceAll("'s$", "");
            if (!word.isEmpty() && !word.contains("'")) {
                words.add(word);
            }
        }
        return words;
    }

    /** The forms a word is known by: itself and its lemma (the same when it has no other). */
    static Set<String> forms(String word) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(word);
        forms.add(lemma(word));
        return forms;
    }

    static String lemma(String word) {
        String irregular = IRREGULAR.get(word);
        if (irregular != null) {
            return irregular;
        }
        int n = word.length();
        if (n > 4 && word.endsWith("ies")) {
            return word.substring(0, n - 3) + "y";
        }
        if (n > 5 && word.endsWith("oes")) {
            return word.substring(0, n - 2);
        }
        if (n > 4 && (word.endsWith("ches") || word.endsWith("shes") || word.endsWith("xes") || word.endsWith("sses") || word.endsWith("zes"))) {
            return word.substring(0, n - 2);
        }
        if (n > 3 && word.endsWith("s") && !KEEP_S.contains(word.substring(n - 2))) {
            return word.substring(0, n - 1);
        }
        if (n > 5 && word.endsWith("ing")) {
            return undouble(word.substring(0, n - 3));
        }
        if (n > 4 && word.endsWith("ed") && !word.endsWith("eed")) {
            return undouble(word.substring(0, n - 2));
        }
        return word;
    }

    /** "runn" (from running) is "run"; "stopp" is "stop"; other stems stay. */
    private static String undouble(String stem) {
        int n = stem.length();
        if (n >= 3 && stem.charAt(n - 1) == stem.charAt(n - 2) && "bdgmnprt".indexOf(stem.charAt(n - 1)) >= 0) {
            return stem.substring(0, n - 1);
        }
        return stem;
    }
}
