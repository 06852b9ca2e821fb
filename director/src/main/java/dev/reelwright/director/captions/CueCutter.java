package dev.reelwright.director.captions;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts timed words into cues: of all the cuts that keep the rules, the one with the fewest cues
 * and the best breaks (at clause ends, before "and", never after "the"), and no needless scraps
 * like a lone "right." at a sentence's end. Each cue's facts come from sums over the words
 * worked out once, so a long script is cut in linear time (a cue holds a few words at most).
 */
final class CueCutter {
    private static final double PER_CUE = 10;
    private static final double PER_BREAK_COST = 3;
    private static final double SCRAP = 8;
    private static final int SCRAP_CHARS = 12;

    private final CaptionRules rules;
    private final List<WordAlignment.TimedWord> words;
    /** Characters of words {@code [0, k)}, without spaces. */
    private final int[] charsBefore;
    /** A sentence ends at word {@code k}, or the voice pauses after it. */
    private final boolean[] endsPhrase;
    /** The cost of a cue break right after word {@code k}. */
    private final int[] breakCost;

    CueCutter(CaptionRules rules, List<WordAlignment.TimedWord> words) {
        this.rules = rules;
        this.words = words;
        int n = words.size();
        charsBefore = new int[n + 1];
        endsPhrase = new boolean[n];
        breakCost = new int[n];
        for (int k = 0; k < n; k++) {
            WordAlignment.TimedWord word = words.get(k);
            charsBefore[k + 1] = charsBefore[k] + word.text().length();
            endsPhrase[k] = word.text().matches(".*[.!?…。！？][\"'”’)]*$")
                    || k + 1 < n && words.get(k + 1).startMs() - word.endMs() >= rules.pauseBreakMs();
            breakCost[k] = k + 1 < n ? BreakPoints.cost(word.text(), words.get(k + 1).text()) : 0;
        }
    }

    /** Where each cue starts and ends: pairs {@code [start, end)} of word indexes, in order. */
    List<int[]> cut() {
        int n = words.size();
        double[] best = new double[n + 1];
        int[] cueStart = new int[n + 1];
        java.util.Arrays.fill(best, Double.POSITIVE_INFINITY);
        best[0] = 0;
        for (int end = 1; end <= n; end++) {
            for (int start = end - 1; start >= 0; start--) {
                if (end - start > 1 && !fitsLines(start, end)) {
                    break;
                }
                if (!keepsTheRules(start, end)) {
                    continue;
                }
                double cost = best[start] + cost(start, end);
                if (cost < best[end]) {
                    best[end] = cost;
                    cueStart[end] = start;
                }
            }
        }
        List<int[]> cues = new ArrayList<>();
        for (int end = n; end > 0; end = cueStart[end]) {
            cues.add(new int[] {cueStart[end], end});
        }
        java.util.Collections.reverse(cues);
        return cues;
    }

    /** Characters of words {@code [start, end)} joined by spaces. */
    private int chars(int start, int end) {
        return charsBefore[end] - charsBefore[start] + (end - start - 1);
    }

    /** Whether the words wrap into at most {@code maxLines} lines of {@code maxCharsPerLine}. */
    private boolean fitsLines(int start, int end) {
        int lines = 1;
        int line = -1;
        for (int k = start; k < end; k++) {
            int word = words.get(k).text().length();
            if (line >= 0 && line + 1 + word > rules.maxCharsPerLine()) {
                lines++;
                line = word;
            } else {
                line += 1 + word;
            }
        }
        return lines <= rules.maxLines();
    }

    /**
     * Whether {@code words[start, end)} may be one cue: readable at the rules' speed (a cue up for
     * less than the minimum before its last word is let through: it is held longer), and running
     * past a sentence end or a pause only when what comes before is too short to stand alone.
     */
    private boolean keepsTheRules(int start, int end) {
        if (end - start == 1) {
            return true;
        }
        for (int k = start; k < end - 1; k++) {
            if (endsPhrase[k] && durationMs(start, k + 1) >= rules.minDurationMs()) {
                return false;
            }
        }
        return durationMs(start, end - 1) < rules.minDurationMs()
                || chars(start, end) <= rules.maxCharsPerSecond() * durationMs(start, end) / 1000.0;
    }

    /** A cue costs 10, plus its break into the next (0 at a clause end, up to 18 inside a phrase), plus 8 for a scrap. */
    private double cost(int start, int end) {
        boolean opensPhrase = start == 0 || endsPhrase[start - 1];
        boolean closesPhrase = end == words.size() || endsPhrase[end - 1];
        double cost = PER_CUE;
        if (!closesPhrase) {
            cost += PER_BREAK_COST * breakCost[end - 1];
        }
        if (chars(start, end) < SCRAP_CHARS && !(opensPhrase && closesPhrase)) {
            cost += SCRAP;
        }
        return cost;
    }

    private long durationMs(int start, int end) {
        return words.get(end - 1).endMs() - words.get(start).startMs();
    }
}
