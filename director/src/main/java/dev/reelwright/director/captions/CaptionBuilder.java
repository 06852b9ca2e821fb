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

    /** Like {@link #build}, keeping each cue's written words with their times. */
    public List<CaptionCue> buildTimed(String writtenText, List<WordTiming> spoken) {
        List<String> written = List.of(writtenText.strip().split("\\s+"));
        List<WordAlignment.TimedWord> words = WordAlignment.align(written, spoken);
        List<CaptionCue> cues = new ArrayList<>();
        List<WordAlignment.TimedWord> current = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            WordAlignment.TimedWord word = words.get(i);
            if (!current.isEmpty() && !fits(current, word)) {
                cues.add(cue(current));
                current = new ArrayList<>();
            }
            current.add(word);
            boolean sentenceEnd = word.text().matches(".*[.!?…。！？][\"'”’)]*$");
            boolean pause = i + 1 < words.size() && words.get(i + 1).startMs() - word.endMs() >= rules.pauseBreakMs();
            if ((sentenceEnd || pause) && durationMs(current) >= rules.minDurationMs()) {
                cues.add(cue(current));
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            cues.add(cue(current));
        }
        return holdShortCues(cues);
    }

    /**
     * Whether {@code next} joins the cue: the lines must fit; reading speed ends a cue only once
     * it has been up for the minimum time (speech itself runs at 18–21 characters a second, so
     * a cue that followed the rate to the letter would flash by).
     */
    private boolean fits(List<WordAlignment.TimedWord> cue, WordAlignment.TimedWord next) {
        List<WordAlignment.TimedWord> longer = new ArrayList<>(cue);
        longer.add(next);
        String text = text(longer);
        if (lines(text).size() > rules.maxLines()) {
            return false;
        }
        return durationMs(cue) < rules.minDurationMs() || text.length() <= rules.maxCharsPerSecond() * durationMs(longer) / 1000.0;
    }

    /** Greedy wrap into lines of at most {@code maxCharsPerLine}. */
    List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
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
