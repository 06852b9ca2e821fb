package dev.reelwright.director.make;

import dev.reelwright.director.storyboard.Scene;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Gives each scene one of the user's photos or clips: the one whose file name best matches the
 * scene's keywords and key phrase, each used once before any is used again, then in order, and
 * never the same picture for two scenes in a row when there is another.
 */
final class MediaMatcher {
    private MediaMatcher() {
    }

    static List<UserMedia> assign(List<Scene> scenes, List<UserMedia> media) {
        List<UserMedia> assigned = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        int previous = -1;
        for (Scene scene : scenes) {
            if (used.size() == media.size()) {
                used.clear();
                if (media.size() > 1) {
                    used.add(previous);
                }
            }
            Set<String> wanted = stems(String.join(" ", scene.keywords()) + " " + scene.keyPhrase());
            int best = -1;
            int bestScore = 0;
            for (int i = 0; i < media.size(); i++) {
                if (used.contains(i)) {
                    continue;
                }
                Set<String> name = stems(baseName(media.get(i).file()));
                name.retainAll(wanted);
                if (name.size() > bestScore) {
                    best = i;
                    bestScore = name.size();
                }
            }
            if (best < 0) {
                for (int i = 0; i < media.size() && best < 0; i++) {
                    if (!used.contains(i)) {
                        best = i;
                    }
                }
            }
            used.add(best);
            assigned.add(media.get(best));
            previous = best;
        }
        return assigned;
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Lower-case words without a plural "s", so "lamps" finds "lamp". */
    static Set<String> stems(String text) {
        Set<String> stems = new HashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= 3) {
                stems.add(word.endsWith("s") && word.length() > 3 ? word.substring(0, word.length() - 1) : word);
            }
        }
        return stems;
    }
}
