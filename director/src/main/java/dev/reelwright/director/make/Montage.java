package dev.reelwright.director.make;

import dev.reelwright.director.storyboard.Scene;
import dev.reelwright.director.storyboard.Storyboard;
import java.util.ArrayList;
import java.util.List;

/**
 * Photos and clips with nothing to say (no script, no voiceover): each shown in turn to music, no
 * voice and no captions. A short opening (longer with a title to show) and a closing frame the
 * pictures; a photo holds 3 s and a clip its own length (at most 8 s); a length asked for is shared
 * out in those proportions, each at least 1 s.
 */
final class Montage {
    static final long PHOTO_MS = 3_000;
    static final long MAX_CLIP_MS = 8_000;
    static final long MIN_MS = 1_000;
    static final long OPENING_MS = 1_000;
    static final long TITLED_OPENING_MS = 2_000;
    static final long CLOSING_MS = 1_500;

    private Montage() {
    }

    /** One silent scene per picture, in the order given. */
    static Storyboard storyboard(List<UserMedia> media, String title) {
        List<Scene> scenes = new ArrayList<>();
        for (int i = 0; i < media.size(); i++) {
            scenes.add(new Scene(i, "", List.of(), "", List.of(), 0, -1));
        }
        return new Storyboard(title == null ? "" : title, scenes, "");
    }

    static Narration narration(Storyboard board, List<UserMedia> media, Long targetMs) {
        long opening = board.title().isBlank() ? OPENING_MS : TITLED_OPENING_MS;
        Long picturesMs = targetMs == null ? null : Math.max(MIN_MS * media.size(), targetMs - opening - CLOSING_MS);
        long[] natural = media.stream().mapToLong(m -> m.clip() && m.durationMs() > 0 ? Math.min(m.durationMs(), MAX_CLIP_MS) : PHOTO_MS)
                .toArray();
        long sum = java.util.Arrays.stream(natural).sum();
        List<SpokenScene> scenes = new ArrayList<>();
        long at = opening;
        for (int i = 0; i < natural.length; i++) {
            long ms = picturesMs == null ? natural[i] : Math.max(MIN_MS, Math.round(picturesMs * (double) natural[i] / sum));
            if (picturesMs != null && i == natural.length - 1) {
                ms = Math.max(MIN_MS, opening + picturesMs - at); // What rounding left over goes to the last picture.
            }
            scenes.add(new SpokenScene(board.scenes().get(i), at, ms, List.of()));
            at += ms;
        }
        return new Narration(scenes, opening, at, at + CLOSING_MS, null, 0, 0);
    }

    /** The music's mood from what the pictures' own words say, calm when they say nothing. */
    static dev.reelwright.director.music.Mood mood(List<UserMedia> media) {
        String words = String.join(" ", media.stream().map(UserMedia::words).toList());
        return words.isBlank() ? dev.reelwright.director.music.Mood.CALM : MoodPicker.pick(words);
    }
}
