package dev.reelwright.draft.edit;

import dev.reelwright.draft.Draft;
import dev.reelwright.draft.Fit;
import dev.reelwright.draft.KenBurns;
import dev.reelwright.draft.Segment;
import dev.reelwright.draft.SegmentMeta;
import dev.reelwright.draft.Track;
import dev.reelwright.draft.Transition;
import dev.reelwright.draft.TransitionType;
import java.util.ArrayList;
import java.util.List;

/** Edits of the scenes: the pictures of the main track with everything said and shown over them. */
public final class SceneEdits {
    static final long NEW_SCENE_FADE_MS = 500;

    private SceneEdits() {
    }

    /** Removes scene {@code scene}: its picture, key phrase, captions and words; what follows moves up. */
    public record DeleteScene(int scene) implements Edit {
        public Operation operation() {
            return Operation.DELETE_SCENE;
        }

        public Draft applyTo(Draft draft) {
            Scene gone = Scenes.numbered(draft, scene);
            if (Scenes.numbered(draft).size() == 1) {
                throw new EditException("scene " + scene + " is the only scene; a video needs at least one");
            }
            return Ripple.cut(draft, gone.fromMs(), gone.toMs());
        }
    }

    /** Moves scene {@code scene} so that it becomes scene {@code to}. */
    public record MoveScene(int scene, int to) implements Edit {
        public Operation operation() {
            return Operation.MOVE_SCENE;
        }

        public Draft applyTo(Draft draft) {
            Scene moving = Scenes.numbered(draft, scene);
            Scene target = Scenes.numbered(draft, to);
            if (scene == to) {
                throw EditException.alreadySo("scene " + scene + " is already there");
            }
            long point = to < scene ? target.fromMs() : target.toMs();
            return Ripple.move(draft, moving.fromMs(), moving.toMs(), point);
        }
    }

    /**
     * Makes scene {@code scene} longer by {@code changeMs} (the picture holds, the words pause after
     * the scene's last one) or shorter by taking out silence; {@link Scenes#slackMs} says how much there is.
     */
    public record ResizeScene(int scene, long changeMs) implements Edit {
        public Operation operation() {
            return Operation.SET_SCENE_LENGTH;
        }

        public Draft applyTo(Draft draft) {
            Scene target = Scenes.numbered(draft, scene);
            long pause = Scenes.pausePointMs(draft, target);
            if (changeMs >= 0) {
                return Ripple.open(draft, pause, changeMs);
            }
            long slack = Scenes.slackMs(draft, target);
            if (-changeMs > slack) {
                throw new EditException("scene " + scene + " can be at most " + Clock.seconds(slack) + " shorter without cutting its words");
            }
            long from = Math.max(target.fromMs() + 1, pause + changeMs / 2);
            return Ripple.cut(draft, from, from - changeMs);
        }
    }

    /** Splits scene {@code scene} in two at its middle (or at {@code atMs}), a hard cut between the halves. */
    public record SplitScene(int scene, Long atMs) implements Edit {
        public Operation operation() {
            return Operation.SPLIT_SCENE;
        }

        public Draft applyTo(Draft draft) {
            Scene target = Scenes.numbered(draft, scene);
            long at = atMs != null ? atMs : target.fromMs() + target.lengthMs() / 2;
            if (at - target.fromMs() < 500 || target.toMs() - at < 500) {
                throw new EditException("scene " + scene + " is too short to split there: each part needs at least half a second");
            }
            Track main = Scenes.mainTrack(draft).orElseThrow();
            List<Tile> tiles = new ArrayList<>();
            for (Tile tile : Tiles.of(main)) {
                if (!tile.segment().id().equals(target.segment().id())) {
                    tiles.add(tile);
                    continue;
                }
                double share = (at - tile.fromMs()) / (double) tile.lengthMs();
                SegmentMeta meta = tile.segment().meta();
                KenBurns kb = meta.kenBurns();
                KenBurns first = kb == null ? null : new KenBurns(kb.fromZoom(), mix(kb, share), kb.pan());
                KenBurns second = kb == null ? null : new KenBurns(mix(kb, share), kb.toZoom(), kb.pan());
                tiles.add(new Tile(tile.segment().withMeta(meta.withKenBurns(first)), tile.fromMs(), at, tile.inAtFromMs(), 0));
                Segment rest = tile.segment().withId(new Ripple.Ids(draft).next(tile.segment().id()))
                        .withMeta(meta.withKenBurns(second).withTransition(null));
                tiles.add(new Tile(rest, at, tile.toMs(), tile.inAtFromMs() + (at - tile.fromMs()), tile.holdMs()));
            }
            return draft.withTrack(main.withSegments(Tiles.segments(tiles)));
        }

        private static double mix(KenBurns kb, double share) {
            return kb.fromZoom() + (kb.toZoom() - kb.fromZoom()) * share;
        }
    }

    /** Shows {@code source} in scene {@code scene} instead of its picture. */
    public record ReplaceSceneMedia(int scene, String source, boolean clip, Fit fit, double clipVolume) implements Edit {
        public Operation operation() {
            return Operation.REPLACE_SCENE_MEDIA;
        }

        public Draft applyTo(Draft draft) {
            Scene target = Scenes.numbered(draft, scene);
            // The user's photo is the scene's picture now: the built-in ones over it go.
            draft = PictureEdits.without(draft, target.fromMs(), target.toMs());
            Track main = Scenes.mainTrack(draft).orElseThrow();
            Segment old = target.segment();
            Segment picture = old.withSource(source, 0).withMeta(mediaMeta(old.meta(), clip, fit, clipVolume, target.number()));
            List<Tile> tiles = Tiles.of(main).stream()
                    .map(t -> t.segment().id().equals(old.id()) ? new Tile(picture, t.fromMs(), t.toMs(), 0, t.holdMs()) : t).toList();
            return draft.withTrack(main.withSegments(Tiles.segments(tiles)));
        }
    }

    /** Puts {@code source} in as a new scene of {@code lengthMs} after scene {@code after} (0: before the first). */
    public record InsertScene(int after, String source, boolean clip, Fit fit, double clipVolume, long lengthMs) implements Edit {
        public Operation operation() {
            return Operation.INSERT_SCENE;
        }

        public Draft applyTo(Draft draft) {
            List<Scene> scenes = Scenes.numbered(draft);
            if (after < 0 || after > scenes.size()) {
                throw new EditException("there is no scene " + after + " to insert after: the video has " + Scenes.count(scenes.size()));
            }
            if (lengthMs < 500) {
                throw new EditException("a new scene needs at least half a second");
            }
            long point = after == 0 ? (scenes.isEmpty() ? 0 : scenes.get(0).fromMs()) : scenes.get(after - 1).toMs();
            Ripple.Ids ids = new Ripple.Ids(draft);
            Segment picture = new Segment(ids.next("scene"), 0, lengthMs, source, 0,
                    mediaMeta(SegmentMeta.EMPTY, clip, fit, clipVolume, 1).withTransition(new Transition(TransitionType.FADE, NEW_SCENE_FADE_MS, null)));
            return Ripple.insert(draft, point, lengthMs, ids, List.of(new Tile(picture, 0, lengthMs, 0, 0)), null);
        }
    }

    /** A photo or clip's look: the fit asked for, a slow zoom on photos, a clip's own sound at {@code clipVolume}. */
    static SegmentMeta mediaMeta(SegmentMeta old, boolean clip, Fit fit, double clipVolume, int sceneNumber) {
        KenBurns move = clip ? null : sceneNumber % 2 == 0 ? new KenBurns(1.12, 1.0, null) : new KenBurns(1.0, 1.12, null);
        return old.withGradient(null).withColor(null).withFit(fit).withKenBurns(move).withVolume(clip ? clipVolume : null)
                .withExtra(Scenes.KEY, old.extra().get(Scenes.KEY));
    }
}
