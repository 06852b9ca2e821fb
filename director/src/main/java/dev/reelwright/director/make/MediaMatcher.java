package dev.reelwright.director.make;

import dev.reelwright.director.storyboard.Scene;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Gives each scene one of the user's photos or clips: the one whose file name and metadata words
 * (title, keywords, description) best match the scene's keywords and key phrase, best matches
 * first; the other scenes get the least used pictures in order, so each is used once before any
 * repeats, and never the same picture for two scenes in a row when there is another.
 */
final class MediaMatcher {
    private MediaMatcher() {
    }

    static List<UserMedia> assign(List<Scene> scenes, List<UserMedia> media) {
        List<Set<String>> described = media.stream().map(m -> stems(baseName(m.file()) + " " + m.words())).toList();
        int[][] score = new int[scenes.size()][media.size()];
        for (int s = 0; s < scenes.size(); s++) {
            Set<String> wanted = stems(String.join(" ", scenes.get(s).keywords()) + " " + scenes.get(s).keyPhrase());
            for (int p = 0; p < media.size(); p++) {
                Set<String> shared = new HashSet<>(described.get(p));
                shared.retainAll(wanted);
                score[s][p] = shared.size();
            }
        }
        int[] chosen = new int[scenes.size()];
        java.util.Arrays.fill(chosen, -1);
        int[] uses = new int[media.size()];
        // Best matches first across the whole script, each picture once: an early scene with no
        // match cannot take the picture a later scene names.
        while (true) {
            int bestScene = -1;
            int bestPicture = -1;
            for (int s = 0; s < scenes.size(); s++) {
                for (int p = 0; p < media.size(); p++) {
                    if (chosen[s] < 0 && uses[p] == 0 && score[s][p] > 0
                            && (bestScene < 0 || score[s][p] > score[bestScene][bestPicture])) {
                        bestScene = s;
                        bestPicture = p;
                    }
                }
            }
            if (bestScene < 0) {
                break;
            }
            chosen[bestScene] = bestPicture;
            uses[bestPicture]++;
        }
        // The rest in order: the least used picture (so every one is used before any repeats),
        // the best match among those, never the picture of the scene before or after.
        for (int s = 0; s < scenes.size(); s++) {
            if (chosen[s] >= 0) {
                continue;
            }
            int before = s > 0 ? chosen[s - 1] : -1;
            int after = s + 1 < scenes.size() ? chosen[s + 1] : -1;
            int pick = -1;
            for (int p = 0; p < media.size(); p++) {
                boolean neighbour = (p == before || p == after) && media.size() > 2 || p == before && media.size() == 2;
                if (neighbour) {
                    continue;
                }
                if (pick < 0 || uses[p] < uses[pick] || uses[p] == uses[pick] && score[s][p] > score[s][pick]) {
                    pick = p;
                }
            }
            chosen[s] = pick < 0 ? 0 : pick;
            uses[chosen[s]]++;
        }
        List<UserMedia> assigned = new ArrayList<>();
        for (int pick : chosen) {
            assigned.add(media.get(pick));
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
