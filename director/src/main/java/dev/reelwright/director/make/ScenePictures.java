package dev.reelwright.director.make;

import dev.reelwright.director.captions.CaptionStyle;
import dev.reelwright.director.storyboard.Scene;
import dev.reelwright.director.voice.MaryVoice;
import dev.reelwright.draft.Direction;
import dev.reelwright.draft.PlacedPicture;
import dev.reelwright.pictures.PictureLibrary;
import dev.reelwright.pictures.PictureMatch;
import dev.reelwright.pictures.PictureMatcher;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The built-in pictures of each scene that has none of the user's: a main picture for what the
 * scene is most about, and up to two smaller ones for its other things, never a picture the scene
 * before showed. A scene with no good match keeps its designed moving background alone.
 */
final class ScenePictures {
    /** The one index of the built-in pictures' words (building it reads every keyword). */
    static final PictureMatcher MATCHER = new PictureMatcher(PictureLibrary.get());

    /** The pictures of one scene, main first; empty when nothing matched well. */
    record Choice(List<PictureMatch> pictures) {
        Choice {
            pictures = List.copyOf(pictures);
        }

        boolean isEmpty() {
            return pictures.isEmpty();
        }
    }

    /**
     * Where a scene's pictures go on a canvas of this shape, inside its safe area and clear of
     * the key phrase above and the captions below.
     */
    record Layout(double mainX, double mainY, double mainSize, double[][] supports) {
        static Layout of(Aspect aspect, CaptionStyle captions) {
            boolean bold = captions == CaptionStyle.BOLD;
            return switch (aspect) {
                case LANDSCAPE -> bold
                        ? new Layout(0.5, 0.43, 0.42, new double[][] {{0.2, 0.5, 0.22}, {0.8, 0.5, 0.22}})
                        : new Layout(0.5, 0.52, 0.48, new double[][] {{0.19, 0.6, 0.24}, {0.81, 0.6, 0.24}});
                case PORTRAIT -> bold
                        ? new Layout(0.47, 0.31, 0.5, new double[][] {{0.26, 0.66, 0.26}, {0.68, 0.66, 0.26}})
                        : new Layout(0.47, 0.37, 0.62, new double[][] {{0.26, 0.62, 0.27}, {0.68, 0.62, 0.27}});
                case SQUARE -> bold
                        ? new Layout(0.5, 0.4, 0.4, new double[][] {{0.18, 0.52, 0.2}, {0.82, 0.52, 0.2}})
                        : new Layout(0.5, 0.47, 0.46, new double[][] {{0.17, 0.62, 0.22}, {0.83, 0.62, 0.22}});
                case FEED -> bold
                        ? new Layout(0.5, 0.36, 0.46, new double[][] {{0.2, 0.6, 0.24}, {0.8, 0.6, 0.24}})
                        : new Layout(0.5, 0.43, 0.54, new double[][] {{0.19, 0.63, 0.25}, {0.81, 0.63, 0.25}});
            };
        }

        PlacedPicture main(PictureMatch match) {
            return new PlacedPicture(match.name(), mainX, mainY, mainSize, null, match.words());
        }

        PlacedPicture support(int index, PictureMatch match) {
            double[] spot = supports[index];
            return new PlacedPicture(match.name(), spot[0], spot[1], spot[2], index == 0 ? Direction.LEFT : Direction.RIGHT, match.words());
        }
    }

    private ScenePictures() {
    }

    /** One choice per scene (null scenes, and those with {@code withMedia} true, get none). */
    static List<Choice> choose(List<Scene> scenes, List<Boolean> withMedia) {
        List<Choice> choices = new ArrayList<>();
        Set<String> before = Set.of();
        Set<String> used = new HashSet<>();
        for (int i = 0; i < scenes.size(); i++) {
            Scene scene = scenes.get(i);
            if (scene == null || withMedia.get(i)) {
                choices.add(new Choice(List.of()));
                before = Set.of();
                continue;
            }
            Choice choice = choose(scene, before, used);
            choices.add(choice);
            before = new HashSet<>();
            for (PictureMatch match : choice.pictures()) {
                before.add(match.name());
                used.add(match.name());
            }
        }
        return choices;
    }

    /** What a scene shows, leaving out what its neighbour showed, and preferring what the video has not shown yet. */
    static Choice choose(Scene scene, Set<String> neighbour, Set<String> used) {
        List<PictureMatch> ranked = new ArrayList<>(MATCHER.match(things(scene.narration()), scene.keywords(), 24));
        ranked.removeIf(m -> neighbour.contains(m.name()));
        ranked.sort(java.util.Comparator.comparingDouble((PictureMatch m) -> m.score() * (used.contains(m.name()) ? 0.8 : 1)).reversed());
        if (ranked.isEmpty() || ranked.get(0).score() < PictureMatcher.GOOD) {
            return new Choice(List.of());
        }
        List<PictureMatch> chosen = new ArrayList<>(List.of(ranked.get(0)));
        Set<String> covered = new HashSet<>(ranked.get(0).words());
        for (PictureMatch match : ranked.subList(1, ranked.size())) {
            if (chosen.size() == 3) {
                break;
            }
            // A supporting picture shows another thing the scene names, not the same word again.
            if (match.score() >= PictureMatcher.GOOD && !covered.containsAll(match.words())) {
                chosen.add(match);
                covered.addAll(match.words());
            }
        }
        return new Choice(chosen);
    }

    /**
     * The words of a narration that name things: its nouns, in order (so "phone signal" stays a
     * pair), as MaryTTS's tagger reads them; Chinese, or English when the tagger cannot start, whole.
     */
    static String things(String narration) {
        if (narration.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return narration;
        }
        List<String[]> tagged = MaryVoice.partsOfSpeech(narration);
        if (tagged.isEmpty()) {
            return narration;
        }
        StringBuilder nouns = new StringBuilder();
        for (String[] word : tagged) {
            nouns.append(word[1].startsWith("NN") ? word[0] : ",").append(' ');
        }
        return nouns.toString();
    }
}
