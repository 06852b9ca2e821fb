package dev.reelwright.draft.edit;

import dev.reelwright.draft.Draft;
import dev.reelwright.draft.Track;
import dev.reelwright.draft.Transition;
import dev.reelwright.draft.TransitionType;
import java.util.ArrayList;
import java.util.List;

/** Edits of time: trimming, the whole length, and the transitions between scenes. */
public final class TimeEdits {
    static final long MIN_VIDEO_MS = 1_000;
    static final long MIN_CARD_MS = 1_500;

    private TimeEdits() {
    }

    /** The shortest the draft can be made by {@link SetDuration}: without the silence after words, cards at their shortest. */
    public static long shortestMs(Draft draft) {
        long slack = 0;
        for (Scene scene : Scenes.all(draft)) {
            slack += scene.isCard() ? Math.max(0, scene.lengthMs() - MIN_CARD_MS) : Scenes.slackMs(draft, scene);
        }
        return draft.contentEndMs() - slack;
    }

    /** Cuts {@code startMs} off the start and {@code endMs} off the end. */
    public record Trim(long startMs, long endMs) implements Edit {
        public Operation operation() {
            return Operation.TRIM;
        }

        public Draft applyTo(Draft draft) {
            long length = draft.contentEndMs();
            if (startMs < 0 || endMs < 0 || startMs + endMs == 0) {
                throw new EditException("say how much to trim, e.g. \u201ctrim the first 3 seconds\u201d");
            }
            if (length - startMs - endMs < MIN_VIDEO_MS) {
                throw new EditException("the video is " + Clock.seconds(length) + "; trimming " + Clock.seconds(startMs + endMs)
                        + " would leave less than a second");
            }
            Draft trimmed = Ripple.cut(draft, length - endMs, length);
            return Ripple.cut(trimmed, 0, startMs);
        }
    }

    /**
     * Makes the video {@code targetMs} long by holding each scene and the cards longer, or by taking
     * out silence after the words and shortening the cards; the words themselves are never cut.
     */
    public record SetDuration(long targetMs) implements Edit {
        public Operation operation() {
            return Operation.SET_DURATION;
        }

        public Draft applyTo(Draft draft) {
            long length = draft.contentEndMs();
            long change = targetMs - length;
            if (targetMs < MIN_VIDEO_MS) {
                throw new EditException("a video needs at least a second");
            }
            List<Scene> scenes = Scenes.all(draft);
            if (scenes.isEmpty() || Math.abs(change) < 100) {
                if (scenes.isEmpty()) {
                    throw new EditException("the video has no pictures to retime");
                }
                return draft;
            }
            long[] share = new long[scenes.size()];
            if (change > 0) {
                for (int i = 0; i < share.length; i++) {
                    share[i] = change / share.length + (i < change % share.length ? 1 : 0);
                }
            } else {
                long[] slack = new long[scenes.size()];
                long total = 0;
                for (int i = 0; i < slack.length; i++) {
                    Scene scene = scenes.get(i);
                    slack[i] = scene.isCard() ? Math.max(0, scene.lengthMs() - MIN_CARD_MS) : Scenes.slackMs(draft, scene);
                    total += slack[i];
                }
                if (total < -change) {
                    throw new EditException("the shortest this video can be without cutting words is about " + Clock.seconds(length - total)
                            + "; to make it " + Clock.seconds(targetMs) + ", delete a scene, trim it, or have the voice speak faster");
                }
                long left = -change;
                for (int i = 0; i < share.length; i++) {
                    share[i] = -(i == share.length - 1 ? left : Math.min(left, Math.round((double) -change * slack[i] / total)));
                    left += share[i];
                }
            }
            // Later scenes first, so the earlier scenes' times stay as they were measured.
            Draft edited = draft;
            for (int i = scenes.size() - 1; i >= 0; i--) {
                if (share[i] == 0) {
                    continue;
                }
                Scene scene = scenes.get(i);
                long pause = scene.isCard() ? scene.fromMs() + scene.lengthMs() / 2 : Scenes.pausePointMs(draft, scene);
                edited = share[i] > 0 ? Ripple.open(edited, pause, share[i])
                        : Ripple.cut(edited, Math.max(scene.fromMs() + 1, pause + share[i] / 2), Math.max(scene.fromMs() + 1, pause + share[i] / 2) - share[i]);
            }
            return edited;
        }
    }

    /** The transition into scene {@code beforeScene} (null: every cut) becomes {@code type} ({@code null}: a hard cut). */
    public record SetTransition(Integer beforeScene, TransitionType type, long durationMs) implements Edit {
        public Operation operation() {
            return Operation.SET_TRANSITION;
        }

        public Draft applyTo(Draft draft) {
            Track main = Scenes.mainTrack(draft).orElseThrow(() -> new EditException("the video has no pictures"));
            if (type != null && (durationMs < 100 || durationMs > 3_000)) {
                throw new EditException("a transition lasts from 0.1 to 3 seconds; " + Clock.seconds(durationMs) + " is outside");
            }
            String only = beforeScene == null ? null : Scenes.numbered(draft, beforeScene).segment().id();
            if (only != null && main.segments().get(0).id().equals(only)) {
                throw new EditException("scene " + beforeScene + " is the first picture: there is no cut before it");
            }
            List<Tile> tiles = new ArrayList<>();
            List<Tile> old = Tiles.of(main);
            for (int i = 0; i < old.size(); i++) {
                Tile tile = old.get(i);
                if (i > 0 && (only == null || only.equals(tile.segment().id()))) {
                    Transition transition = type == null ? null : new Transition(type, durationMs, null);
                    tile = tile.withSegment(tile.segment().withMeta(tile.segment().meta().withTransition(transition)));
                }
                tiles.add(tile);
            }
            return draft.withTrack(main.withSegments(Tiles.segments(tiles)));
        }
    }
}
