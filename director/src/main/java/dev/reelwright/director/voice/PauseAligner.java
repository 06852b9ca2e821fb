package dev.reelwright.director.voice;

import java.util.ArrayList;
import java.util.List;

/**
 * Word timings for speech that came without them (an engine that gives none, or the user's own
 * recording): the words share the stretches of speech in proportion to their length, and each
 * sentence or clause is moved to start at the pause nearest to where it would otherwise fall.
 */
public final class PauseAligner {
    private PauseAligner() {
    }

    public static List<WordTiming> align(List<String> words, List<SpeechPauses.Span> speech) {
        if (words.isEmpty() || speech.isEmpty()) {
            return List.of();
        }
        return snapClausesToPauses(words, spread(words, speech), speech);
    }

    /** A point of the speech-only clock on the recording's clock; an end at a span's end stays in that span. */
    private static long onTimeline(double speechMs, List<SpeechPauses.Span> speech, boolean isEnd) {
        double left = speechMs;
        for (SpeechPauses.Span span : speech) {
            if (left < span.durationMs() || (isEnd && left <= span.durationMs())) {
                return span.startMs() + Math.round(left);
            }
            left -= span.durationMs();
        }
        return speech.get(speech.size() - 1).endMs();
    }

    /**
     * A word after a clause's end (. , ; : ! ?) most likely follows a pause: when a span starts
     * within a second of it, the words of that clause and the next are stretched to meet there.
     */
    private static List<WordTiming> snapClausesToPauses(List<String> words, List<WordTiming> timings,
                                                        List<SpeechPauses.Span> speech) {
        List<Integer> anchors = new ArrayList<>();
        List<Long> anchorMs = new ArrayList<>();
        anchors.add(0);
        anchorMs.add(speech.get(0).startMs());
        for (int i = 1; i < words.size(); i++) {
            if (!words.get(i - 1).matches(".*[.,;:!?…。，！？]$")) {
                continue;
            }
            long guess = timings.get(i).startMs();
            SpeechPauses.Span nearest = null;
            for (SpeechPauses.Span span : speech) {
                if (span.startMs() > anchorMs.get(anchorMs.size() - 1)
                        && (nearest == null || Math.abs(span.startMs() - guess) < Math.abs(nearest.startMs() - guess))) {
                    nearest = span;
                }
            }
            if (nearest != null && Math.abs(nearest.startMs() - guess) <= 1_000) {
                anchors.add(i);
                anchorMs.add(nearest.startMs());
            }
        }
        anchors.add(words.size());
        anchorMs.add(speech.get(speech.size() - 1).endMs());
        List<WordTiming> snapped = new ArrayList<>();
        for (int a = 0; a + 1 < anchors.size(); a++) {
            List<WordTiming> part = timings.subList(anchors.get(a), anchors.get(a + 1));
            snapped.addAll(refit(part, anchorMs.get(a), anchorMs.get(a + 1), speech));
        }
        return snapped;
    }

    /** Re-spreads a run of words over the speech between two times, keeping their relative lengths. */
    private static List<WordTiming> refit(List<WordTiming> part, long fromMs, long toMs, List<SpeechPauses.Span> speech) {
        List<SpeechPauses.Span> inside = new ArrayList<>();
        for (SpeechPauses.Span span : speech) {
            long s = Math.max(span.startMs(), fromMs);
            long e = Math.min(span.endMs(), toMs);
            if (e > s) {
                inside.add(new SpeechPauses.Span(s, e));
            }
        }
        if (inside.isEmpty()) {
            inside.add(new SpeechPauses.Span(fromMs, Math.max(fromMs + 1, toMs)));
        }
        return spread(part.stream().map(WordTiming::word).toList(), inside);
    }

    /** The words over the speech in proportion to their length (one more than their letters, for the gap). */
    private static List<WordTiming> spread(List<String> words, List<SpeechPauses.Span> speech) {
        double[] weight = new double[words.size()];
        double total = 0;
        for (int i = 0; i < words.size(); i++) {
            weight[i] = 1 + words.get(i).codePointCount(0, words.get(i).length());
            total += weight[i];
        }
        long speechMs = speech.stream().mapToLong(SpeechPauses.Span::durationMs).sum();
        List<WordTiming> timings = new ArrayList<>();
        double cumulative = 0;
        for (int i = 0; i < words.size(); i++) {
            long from = onTimeline(cumulative / total * speechMs, speech, false);
            cumulative += weight[i];
            long to = onTimeline(cumulative / total * speechMs, speech, true);
            timings.add(new WordTiming(words.get(i), from, Math.max(from + 1, to)));
        }
        return timings;
    }
}
