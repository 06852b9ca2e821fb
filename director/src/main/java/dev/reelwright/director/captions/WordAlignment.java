package dev.reelwright.director.captions;

import dev.reelwright.director.voice.WordTiming;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Gives each written word the time of the spoken words that say it. A voice may say one written
 * word as several ("3.5" → "three point five") or several as one; words that match are anchors,
 * and what lies between two anchors shares the time between them.
 */
final class WordAlignment {
    /** A written word with the span it is heard in. */
    record TimedWord(String text, long startMs, long endMs) {
    }

    private WordAlignment() {
    }

    static List<TimedWord> align(List<String> written, List<WordTiming> spoken) {
        List<TimedWord> out = new ArrayList<>();
        int s = 0;
        int w = 0;
        while (w < written.size()) {
            int match = findMatch(key(written.get(w)), spoken, s, 6);
            if (match >= 0 && (match == s || w == 0 || !out.isEmpty())) {
                // Spoken words skipped before the match belong to the previous written word.
                if (match > s && !out.isEmpty()) {
                    TimedWord last = out.remove(out.size() - 1);
                    out.add(new TimedWord(last.text(), last.startMs(), spoken.get(match - 1).endMs()));
                }
                out.add(new TimedWord(written.get(w), spoken.get(match).startMs(), spoken.get(match).endMs()));
                s = match + 1;
                w++;
                continue;
            }
            // No match near: spread this run of written words over the spoken words up to the next anchor.
            int nextW = w + 1;
            int nextS = -1;
            while (nextW < written.size() && (nextS = findMatch(key(written.get(nextW)), spoken, s, 8)) < 0) {
                nextW++;
            }
            int spokenEnd = nextS >= 0 ? nextS : spoken.size();
            long from = s < spoken.size() ? spoken.get(s).startMs() : lastEnd(out, spoken);
            long to = spokenEnd > s ? spoken.get(spokenEnd - 1).endMs() : from;
            int count = nextW - w;
            for (int i = 0; i < count; i++) {
                long start = from + (to - from) * i / count;
                long end = from + (to - from) * (i + 1) / count;
                out.add(new TimedWord(written.get(w + i), start, Math.max(end, start)));
            }
            w = nextW;
            s = spokenEnd;
        }
        return out;
    }

    private static long lastEnd(List<TimedWord> out, List<WordTiming> spoken) {
        if (!out.isEmpty()) {
            return out.get(out.size() - 1).endMs();
        }
        return spoken.isEmpty() ? 0 : spoken.get(spoken.size() - 1).endMs();
    }

    private static int findMatch(String key, List<WordTiming> spoken, int from, int window) {
        for (int i = from; i < Math.min(spoken.size(), from + window); i++) {
            if (!key.isEmpty() && key.equals(key(spoken.get(i).word()))) {
                return i;
            }
        }
        return -1;
    }

    static String key(String word) {
        String plain = Normalizer.normalize(word, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
