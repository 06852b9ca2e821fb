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
     * Like {@link #build}, keeping each cue's written words with their times; {@link CueCutter}
     * decides where cues break.
     */
    public List<CaptionCue> buildTimed(String writtenText, List<WordTiming> spoken) {
        List<String> written = List.of(writtenText.strip().split("\\s+"));
        List<WordAlignment.TimedWord> words = WordAlignment.align(written, spoken);
        List<CaptionCue> cues = new ArrayList<>();
        for (int[] cue : new CueCutter(rules, words).cut()) {
            cues.add(cue(words.subList(cue[0], cue[1])));
        }
        return holdShortCues(cues);
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
}
