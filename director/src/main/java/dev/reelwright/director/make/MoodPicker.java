package dev.reelwright.director.make;

import dev.reelwright.director.music.Mood;
import java.util.Locale;
import java.util.Map;

/** Picks background music to suit the script when the user did not choose. */
final class MoodPicker {
    private static final Map<Mood, String[]> CUES = Map.of(
            Mood.UPBEAT, new String[] {"launch", "new", "exciting", "amazing", "fun", "fast", "today", "love", "party", "summer"},
            Mood.CALM, new String[] {"calm", "relax", "peace", "gentle", "slow", "breathe", "nature", "morning", "quiet", "sleep"},
            Mood.CORPORATE, new String[] {"business", "team", "company", "customers", "product", "solution", "growth", "platform",
                    "service", "data"},
            Mood.DRAMATIC, new String[] {"danger", "dark", "epic", "battle", "never", "secret", "fear", "history", "war", "storm"},
            Mood.LOFI, new String[] {"study", "coffee", "chill", "rain", "city", "night", "cozy", "vibe", "lazy", "notes"});

    private MoodPicker() {
    }

    static Mood pick(String text) {
        String lower = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        Mood best = Mood.CORPORATE;
        int bestScore = 0;
        for (Mood mood : Mood.ALL) {
            int score = 0;
            for (String cue : CUES.get(mood)) {
                score += count(lower, " " + cue + " ");
            }
            if (mood == Mood.UPBEAT) {
                score += (int) text.chars().filter(c -> c == '!').count();
            }
            if (score > bestScore) {
                best = mood;
                bestScore = score;
            }
        }
        return best;
    }

    private static int count(String text, String word) {
        int count = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            count++;
        }
        return count;
    }
}
