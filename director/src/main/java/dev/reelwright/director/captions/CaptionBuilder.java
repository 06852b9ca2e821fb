package dev.reelwright.director.captions;

import dev.reelwright.director.voice.WordTiming;
import dev.reelwright.draft.Captions.Cue;
import java.util.ArrayList;
import java.util.List;

/**
 * Cues from word timings: each shows the written words being spoken, starts at its first word
 * and ends at its last, breaks at sentence ends and pauses, and keeps to the reading rules.
 */
public final class CaptionBuilder {
    private final CaptionRules rules;

    public CaptionBuilder(CaptionRules rules) {
        this.rules = rules;
    }

    /** @param writtenText the words as the script has them; {@code spoken} their timings as the voice said them */
    public List<Cue> build(String writtenText, List<WordTiming> spoken) {
        return buildTimed(writtenText, spoken).stream().map(CaptionCue::cue).toList();
    }

    /**
     * Like {@link #build}, keeping each cue's written words with their times. Of all the ways to
     * cut the words into cues that keep the rules, the one with the fewest cues and the best
     * breaks (at clause ends, before "and", never after "the"), and no needless scraps like a
     * lone "right." at a sentence's end.
     */
    public List<CaptionCue> buildTimed(String writtenText, List<WordTiming> spoken) {
        List<String> written = List.of(writtenText.strip().split("\\s+"));
        List<WordAlignment.TimedWord> words = WordAlignment.align(written, spoken);
        int n = words.size();
        double[] best = new double[n + 1];
        int[] cueStart = new int[n + 1];
        java.util.Arrays.fill(best, Double.POSITIVE_INFINITY);
        best[0] = 0;
        for (int end = 1; end <= n; end++) {
            for (int start = end - 1; start >= 0; start--) {
                if (end - start > 1 && lines(text(words.subList(start, end))).size() > rules.maxLines()) {
                    break;
                }
                if (!keepsTheRules(words, start, end)) {
                    continue;
                }
                double cost = best[start] + cost(words, start, end);
                if (cost < best[end]) {
                    best[end] = cost;
                    cueStart[end] = start;
                }
            }
        }
        java.util.LinkedList<CaptionCue> cues = new java.util.LinkedList<>();
        for (int end = n; end > 0; end = cueStart[end]) {
            cues.addFirst(cue(words.subList(cueStart[end], end)));
        }
        return holdShortCues(cues);
    }

    /**
     * Whether {@code words[start, end)} may be one cue: readable at the rules' speed (a cue up for
     * less than the minimum before its last word is let through: it is held longer), and running
     * past a sentence end or a pause only when what comes before is too short to stand alone.
     */
    private boolean keepsTheRules(List<WordAlignment.TimedWord> words, int start, int end) {
        if (end - start == 1) {
            return true;
        }
        for (int k = start; k < end - 1; k++) {
            if (endsAPhrase(words, k) && durationMs(words.subList(start, k + 1)) >= rules.minDurationMs()) {
                return false;
            }
        }
        List<WordAlignment.TimedWord> cue = words.subList(start, end);
        return durationMs(words.subList(start, end - 1)) < rules.minDurationMs()
                || text(cue).length() <= rules.maxCharsPerSecond() * durationMs(cue) / 1000.0;
    }

    /** A sentence ends at word {@code k}, or the voice pauses after it. */
    private boolean endsAPhrase(List<WordAlignment.TimedWord> words, int k) {
        WordAlignment.TimedWord word = words.get(k);
        return word.text().matches(".*[.!?…。！？][\"'”’)]*$")
                || k + 1 < words.size() && words.get(k + 1).startMs() - word.endMs() >= rules.pauseBreakMs();
    }

    /** A cue costs 10, plus its break into the next (0 at a clause end, up to 18 inside a phrase), plus 8 for a scrap. */
    private double cost(List<WordAlignment.TimedWord> words, int start, int end) {
        boolean opensPhrase = start == 0 || endsAPhrase(words, start - 1);
        boolean closesPhrase = end == words.size() || endsAPhrase(words, end - 1);
        double cost = 10;
        if (!closesPhrase) {
            cost += 3 * BreakPoints.cost(words.get(end - 1).text(), words.get(end).text());
        }
        if (text(words.subList(start, end)).length() < 12 && !(opensPhrase && closesPhrase)) {
            cost += 8;
        }
        return cost;
    }

    /**
     * The cue's text as lines: one when it fits, else the two lines of at most
     * {@code maxCharsPerLine} that are closest in length and break where it reads best, never
     * leaving one word alone when another split would do; a greedy wrap when no two lines hold it.
     */
    List<String> lines(String text) {
        if (text.length() <= rules.maxCharsPerLine()) {
            return List.of(text);
        }
        String[] words = text.split(" ");
        int bestSplit = -1;
        int bestScore = Integer.MAX_VALUE;
        for (int split = 1; split < words.length; split++) {
            String first = String.join(" ", java.util.Arrays.copyOfRange(words, 0, split));
            String second = String.join(" ", java.util.Arrays.copyOfRange(words, split, words.length));
            if (first.length() > rules.maxCharsPerLine() || second.length() > rules.maxCharsPerLine()) {
                continue;
            }
            boolean lonely = words.length > 2 && (split == 1 || split == words.length - 1);
            int score = Math.abs(first.length() - second.length()) + 6 * BreakPoints.cost(words[split - 1], words[split])
                    + (lonely ? 20 : 0);
            if (score < bestScore) {
                bestScore = score;
                bestSplit = split;
            }
        }
        if (bestSplit > 0) {
            return List.of(String.join(" ", java.util.Arrays.copyOfRange(words, 0, bestSplit)),
                    String.join(" ", java.util.Arrays.copyOfRange(words, bestSplit, words.length)));
        }
        return greedyLines(words);
    }

    /** Wrap into as many lines of at most {@code maxCharsPerLine} as it takes. */
    private List<String> greedyLines(String[] words) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : words) {
            if (line.length() > 0 && line.length() + 1 + word.length() > rules.maxCharsPerLine()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private CaptionCue cue(List<WordAlignment.TimedWord> words) {
        return new CaptionCue(words.get(0).startMs(), words.get(words.size() - 1).endMs(), String.join("\n", lines(text(words))),
                words.stream().map(w -> new WordTiming(w.text(), w.startMs(), w.endMs())).toList());
    }

    /** A cue shorter than the minimum stays up into the silence after it, never over the next cue. */
    private List<CaptionCue> holdShortCues(List<CaptionCue> cues) {
        List<CaptionCue> held = new ArrayList<>();
        for (int i = 0; i < cues.size(); i++) {
            CaptionCue cue = cues.get(i);
            long end = cue.endMs();
            if (end - cue.startMs() < rules.minDurationMs()) {
                long limit = i + 1 < cues.size() ? cues.get(i + 1).startMs() : Long.MAX_VALUE;
                end = Math.min(cue.startMs() + rules.minDurationMs(), limit);
            }
            held.add(new CaptionCue(cue.startMs(), end, cue.text(), cue.words()));
        }
        return held;
    }

    private static String text(List<WordAlignment.TimedWord> words) {
        return String.join(" ", words.stream().map(WordAlignment.TimedWord::text).toList());
    }

    private static long durationMs(List<WordAlignment.TimedWord> words) {
        return words.get(words.size() - 1).endMs() - words.get(0).startMs();
    }
}
