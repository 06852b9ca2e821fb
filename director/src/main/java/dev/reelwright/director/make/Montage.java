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
        long[] shown = media.stream().mapToLong(m -> isClip(m) ? Math.min(m.durationMs(), MAX_CLIP_MS) : PHOTO_MS).toArray();
        long closing = CLOSING_MS;
        if (targetMs != null) {
            long picturesMs = Math.max(MIN_MS * media.size(), targetMs - opening - CLOSING_MS);
            closing += fit(shown, media, picturesMs);
        }
        List<SpokenScene> scenes = new ArrayList<>();
        long at = opening;
        for (int i = 0; i < shown.length; i++) {
            scenes.add(new SpokenScene(board.scenes().get(i), at, shown[i], List.of()));
            at += shown[i];
        }
        return new Narration(scenes, opening, at, at + closing, null, 0, 0);
    }

    private static boolean isClip(UserMedia media) {
        return media.clip() && media.durationMs() > 0;
    }

    /**
     * Shares {@code picturesMs} out over {@code shown} in proportion, a clip never longer than it
     * is (what it cannot take goes to the photos); what nobody can take is returned, for the closing.
     */
    private static long fit(long[] shown, List<UserMedia> media, long picturesMs) {
        long natural = java.util.Arrays.stream(shown).sum();
        long given = 0;
        int photos = 0;
        for (int i = 0; i < shown.length; i++) {
            long share = Math.max(MIN_MS, Math.round(picturesMs * (double) shown[i] / natural));
            if (isClip(media.get(i))) {
                share = Math.min(share, media.get(i).durationMs());
            }
            photos += isClip(media.get(i)) ? 0 : 1;
            shown[i] = share;
            given += share;
        }
        long left = picturesMs - given; // Rounding's remainder, and what the clips could not take.
        for (int i = 0, photo = 0; i < shown.length && photos > 0; i++) {
            if (!isClip(media.get(i))) {
                long part = left / photos + (photo < left % photos ? 1 : 0);
                shown[i] = Math.max(MIN_MS, shown[i] + part);
                photo++;
            }
        }
        return photos > 0 ? 0 : Math.max(0, left);
    }

    /** The music's mood from what the pictures' own words say, calm when they say nothing. */
    static dev.reelwright.director.music.Mood mood(List<UserMedia> media) {
        String words = String.join(" ", media.stream().map(UserMedia::words).toList());
        return words.isBlank() ? dev.reelwright.director.music.Mood.CALM : MoodPicker.pick(words);
    }
}
