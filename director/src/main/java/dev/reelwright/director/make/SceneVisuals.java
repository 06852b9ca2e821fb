package dev.reelwright.director.make;

import dev.reelwright.director.captions.CaptionStyle;
import dev.reelwright.director.music.Mood;
import dev.reelwright.draft.Direction;
import dev.reelwright.draft.Fit;
import dev.reelwright.draft.Gradient;
import dev.reelwright.draft.KenBurns;
import dev.reelwright.draft.Segment;
import dev.reelwright.draft.TextAnimation;
import dev.reelwright.draft.TextPosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The pictures: a title card, a visual per scene (the user's photo or clip, or a designed moving
 * background with the key phrase as kinetic type), an end card; neighbours cross-fade.
 */
final class SceneVisuals {
    static final long CROSSFADE_MS = 500;
    private static final long PHRASE_MAX_OVER_MEDIA_MS = 2_800;
    /** How long after the main picture each supporting one comes in. */
    private static final long PICTURE_STAGGER_MS = 250;

    /** Moves that vary from scene to scene: in and out, across and up. */
    private static final KenBurns[] KEN_BURNS = {
            new KenBurns(1.0, 1.12, Direction.RIGHT),
            new KenBurns(1.14, 1.02, null),
            new KenBurns(1.08, 1.08, Direction.LEFT),
            new KenBurns(1.02, 1.15, Direction.UP),
            new KenBurns(1.12, 1.0, Direction.DOWN)};

    private final Narration narration;
    private final Aspect aspect;
    private final Mood mood;
    private final List<Gradient.Look> looks;
    private final int shortSidePx;
    private final CaptionStyle captions;

    SceneVisuals(Narration narration, Aspect aspect, int shortSidePx, Mood mood, long seed, CaptionStyle captions) {
        this.narration = narration;
        this.aspect = aspect;
        this.shortSidePx = shortSidePx;
        this.mood = mood;
        this.captions = captions;
        List<Gradient.Look> moving = new ArrayList<>(List.of(Gradient.Look.values()));
        moving.remove(Gradient.Look.STILL);
        java.util.Collections.shuffle(moving, new Random(seed));
        this.looks = moving;
    }

    /** Where each visual starts and ends: the title card, one per scene, the end card; neighbours meet half-way between scenes. */
    private List<Long> bounds() {
        List<Long> bounds = new ArrayList<>();
        bounds.add(0L);
        bounds.add(narration.titleMs());
        List<SpokenScene> scenes = narration.scenes();
        for (int i = 1; i < scenes.size(); i++) {
            bounds.add((scenes.get(i - 1).endMs() + scenes.get(i).startMs()) / 2);
        }
        bounds.add(Math.min(narration.speechEndMs() + Narrator.GAP_MS / 2, narration.totalMs() - 1_000));
        bounds.add(narration.totalMs());
        return bounds;
    }

    /**
     * Title card, one visual per scene ({@code pictures.get(i)} when there is one), end card;
     * each scene records the built-in pictures {@code choices} gives it.
     */
    List<Segment> pictures(List<UserMedia> pictures, List<ScenePictures.Choice> choices) {
        List<Long> bounds = bounds();
        List<Segment> segments = new ArrayList<>();
        int count = bounds.size() - 1;
        long half = CROSSFADE_MS / 2;
        for (int i = 0; i < count; i++) {
            long from = bounds.get(i) - (i > 0 ? half : 0);
            long to = bounds.get(i + 1) + (i < count - 1 ? half : 0);
            long fadeIn = i > 0 ? CROSSFADE_MS : 0;
            int scene = i - 1;
            ScenePictures.Choice choice = scene >= 0 && scene < choices.size() ? choices.get(scene) : null;
            if (scene >= 0 && scene < pictures.size() && pictures.get(scene) != null) {
                UserMedia media = pictures.get(scene);
                boolean canvasPortrait = aspect.heightPx() > aspect.widthPx();
                Fit fit = media.portrait() == canvasPortrait || aspect == Aspect.SQUARE ? Fit.COVER : Fit.BLUR;
                segments.add(marked(DraftParts.picture("v" + i, from, to - from, media, fit, KEN_BURNS[scene % KEN_BURNS.length], fadeIn), i, count, null));
                continue;
            }
            Palettes.Palette palette = Palettes.forScene(mood, i);
            Gradient.Look look = looks.get(i % looks.size());
            segments.add(marked(DraftParts.motion("v" + i, from, to - from,
                    new Gradient(palette.from(), palette.to(), 30 + 47 * i % 180, look, palette.accent()), fadeIn), i, count, choice));
        }
        return segments;
    }

    /**
     * The built-in pictures over the scenes that have them, as three layers: the main pictures,
     * then the supporting ones at either side, each coming in a little after the one before.
     */
    List<List<Segment>> placedPictures(List<ScenePictures.Choice> choices, ScenePictures.Layout layout) {
        List<Long> bounds = bounds();
        List<List<Segment>> layers = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int scene = 0; scene < choices.size(); scene++) {
            List<dev.reelwright.pictures.PictureMatch> shown = choices.get(scene).pictures();
            long from = bounds.get(scene + 1);
            long to = bounds.get(scene + 2);
            for (int k = 0; k < shown.size(); k++) {
                long start = from + PICTURE_STAGGER_MS * k;
                if (to - start < 600) {
                    continue;
                }
                // A lone supporting picture takes turns at the left and the right, so scenes do not all lean one way.
                int spot = shown.size() == 2 ? scene % 2 : k - 1;
                dev.reelwright.draft.PlacedPicture place = k == 0 ? layout.main(shown.get(k)) : layout.support(spot, shown.get(k));
                layers.get(k).add(DraftParts.placed("p" + k + "s" + (scene + 1), start, to - start, place));
            }
        }
        return layers;
    }

    /**
     * The picture with what it is ({@code m.scene}): the title card, the end card, or a scene with
     * its narration and keywords, so edits can number the scenes and find them by what they show.
     */
    private Segment marked(Segment picture, int index, int count, ScenePictures.Choice choice) {
        java.util.Map<String, Object> mark = new java.util.LinkedHashMap<>();
        if (index == 0) {
            mark.put("kind", "title");
        } else if (index == count - 1) {
            mark.put("kind", "end");
        } else {
            mark.put("kind", "scene");
            SpokenScene spoken = narration.scenes().get(index - 1);
            if (spoken.scene() != null) {
                mark.put("text", spoken.scene().narration());
                mark.put("keys", spoken.scene().keywords());
            }
            if (choice != null && !choice.isEmpty()) {
                mark.put("pics", choice.pictures().stream().map(m -> java.util.Map.of("name", m.name(), "words", m.words())).toList());
            }
        }
        return picture.withMeta(picture.meta().withExtra(dev.reelwright.draft.edit.Scenes.KEY, mark));
    }

    /**
     * Each scene's key phrase: over the user's pictures a short pop; over designed visuals,
     * large kinetic type for the whole scene. Vertical canvases get larger type.
     */
    List<Segment> keyPhrases(List<UserMedia> pictures, List<ScenePictures.Choice> choices) {
        long pictureCount = pictures.stream().filter(java.util.Objects::nonNull).count();
        List<Segment> phrases = new ArrayList<>();
        boolean vertical = aspect.heightPx() > aspect.widthPx();
        TextPosition position = captions == CaptionStyle.BOLD || vertical && pictureCount > 0 ? TextPosition.TOP : TextPosition.CENTER;
        List<SpokenScene> scenes = narration.scenes();
        for (int i = 0; i < scenes.size(); i++) {
            SpokenScene spoken = scenes.get(i);
            if (spoken.scene() == null || spoken.scene().keyPhrase().isBlank()) {
                continue;
            }
            String phrase = spoken.scene().keyPhrase();
            long room = (i + 1 < scenes.size() ? scenes.get(i + 1).startMs() : narration.speechEndMs()) - spoken.startMs();
            if (room < 400) {
                continue;
            }
            if (i < pictures.size() && pictures.get(i) != null) {
                long duration = Math.min(room, Math.min(PHRASE_MAX_OVER_MEDIA_MS, Math.max(1_200, spoken.durationMs())));
                phrases.add(DraftParts.text("k" + i, spoken.startMs(), duration, phrase, position,
                        (int) (shortSidePx * (vertical ? 0.085 : 0.07)), TextAnimation.Effect.POP, null));
            } else if (i < choices.size() && !choices.get(i).isEmpty()) {
                // Over built-in pictures: above them, a little smaller, so the picture has the middle.
                long duration = Math.min(room, Math.max(1_000, spoken.durationMs() - 150));
                phrases.add(DraftParts.kinetic("k" + i, spoken.startMs(), duration, phrase, TextPosition.TOP,
                        (int) (shortSidePx * (vertical ? 0.085 : 0.075))));
            } else {
                long duration = Math.min(room, Math.max(1_000, spoken.durationMs() - 150));
                phrases.add(DraftParts.kinetic("k" + i, spoken.startMs(), duration, phrase, position,
                        (int) (shortSidePx * (vertical ? 0.1 : 0.085))));
            }
        }
        return phrases;
    }
}
