package dev.reelwright.director.storyboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits prose into sentences where a reader would stop: after {@code . ! ? …} (and the CJK
 * {@code 。！？}), with any closing quotes or brackets, but not after abbreviations ("Dr.",
 * "e.g."), initials ("J. K. Rowling"), inside numbers ("3.5") or before a lower-case word.
 */
public final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "vs", "etc",
            "e.g", "i.e", "inc", "ltd", "co", "corp", "no", "fig", "approx", "u.s", "u.k", "a.m", "p.m", "jan", "feb", "mar",
            "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ave", "dept", "est", "vol");
    private static final String CLOSERS = "\"'”’)]»」』）";

    private SentenceSplitter() {
    }

    public static List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        String prose = text.replaceAll("\\s+", " ").strip();
        int start = 0;
        int i = 0;
        while (i < prose.length()) {
            char c = prose.charAt(i);
            boolean cjkStop = c == '。' || c == '！' || c == '？';
            if (c == '.' || c == '!' || c == '?' || c == '…' || cjkStop) {
                int end = i + 1;
                while (end < prose.length() && (".!?…。！？".indexOf(prose.charAt(end)) >= 0)) {
                    end++;
                }
                while (end < prose.length() && CLOSERS.indexOf(prose.charAt(end)) >= 0) {
                    end++;
                }
                boolean atEnd = end >= prose.length();
                boolean spaceAfter = !atEnd && prose.charAt(end) == ' ';
                if (atEnd || cjkStop || spaceAfter && isBoundary(prose, start, i, end)) {
                    add(sentences, prose.substring(start, end));
                    start = end;
                }
                i = end;
            } else {
                i++;
            }
        }
        add(sentences, prose.substring(Math.min(start, prose.length())));
        return sentences;
    }

    /** A stop at {@code stop} (the text up to {@code end} included) that really ends a sentence. */
    private static boolean isBoundary(String prose, int sentenceStart, int stop, int end) {
        int next = end + 1;
        if (next < prose.length()) {
            char following = prose.charAt(next);
            if (Character.isLowerCase(following) || Character.isDigit(following) && prose.charAt(stop) == '.') {
                return false;
            }
        }
        if (prose.charAt(stop) != '.' || stop + 1 < end && prose.charAt(stop + 1) == '.') {
            return true;
        }
        int wordStart = stop;
        while (wordStart > sentenceStart && !Character.isWhitespace(prose.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = prose.substring(wordStart, stop).replaceAll("^[\"'“‘(\\[]+", "");
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        return !ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static void add(List<String> sentences, String sentence) {
        String trimmed = sentence.strip();
        if (!trimmed.isEmpty()) {
            sentences.add(trimmed);
        }
    }
}
