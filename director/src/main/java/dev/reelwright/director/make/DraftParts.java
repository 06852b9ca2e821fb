package dev.reelwright.director.make;

import dev.reelwright.draft.Fit;
import dev.reelwright.draft.Gradient;
import dev.reelwright.draft.KenBurns;
import dev.reelwright.draft.Segment;
import dev.reelwright.draft.SegmentMeta;
import dev.reelwright.draft.TextAnimation;
import dev.reelwright.draft.TextPosition;
import dev.reelwright.draft.TextStyle;
import dev.reelwright.draft.Transition;
import dev.reelwright.draft.TransitionType;
import java.util.Map;

/** Short ways to make the segments a generated video uses. */
final class DraftParts {
    private DraftParts() {
    }

    static Segment gradient(String id, long startMs, long durationMs, String from, String to, double angleDeg, long fadeInMs) {
        Transition transition = fadeInMs > 0 ? new Transition(TransitionType.FADE, fadeInMs, null) : null;
        return new Segment(id, startMs, durationMs, null, 0, new SegmentMeta(transition, null, null, null,
                new Gradient(from, to, angleDeg), null, null, null, null, null, null, TextStyle.DEFAULT, Map.of()));
    }

    /** A moving background ({@code gradient} with a look). */
    static Segment motion(String id, long startMs, long durationMs, Gradient gradient, long fadeInMs) {
        Transition transition = fadeInMs > 0 ? new Transition(TransitionType.FADE, fadeInMs, null) : null;
        return new Segment(id, startMs, durationMs, null, 0, new SegmentMeta(transition, null, null, null,
                gradient, null, null, null, null, null, null, TextStyle.DEFAULT, Map.of()));
    }

    /** A built-in picture placed on the canvas, over what is below it. */
    static Segment placed(String id, long startMs, long durationMs, dev.reelwright.draft.PlacedPicture place) {
        return new Segment(id, startMs, durationMs, null, 0, new SegmentMeta(null, null, null, null, null, null, null, null, null,
                null, null, TextStyle.DEFAULT, Map.of(dev.reelwright.draft.PlacedPicture.KEY, place.toMap())));
    }

    /** Kinetic type: bold words coming in one after another, fading out together. */
    static Segment kinetic(String id, long startMs, long durationMs, String text, TextPosition position, int sizePx) {
        long wordsMs = Math.min(1_200, Math.max(400, durationMs / 3));
        TextStyle style = new TextStyle(null, sizePx, Boolean.TRUE, null, null,
                new TextAnimation(TextAnimation.Effect.WORDS, TextAnimation.Effect.FADE, wordsMs));
        return new Segment(id, startMs, durationMs, null, 0, new SegmentMeta(null, null, text, null, null, null, null, null, null,
                null, position, style, Map.of()));
    }

    /** Caption text: {@code boxColor} null for an outline; {@code mark} the word being spoken, or null. */
    static Segment caption(String id, long startMs, long durationMs, String text, TextPosition position, Integer sizePx,
                           String boxColor, TextStyle.Mark mark, TextAnimation animation) {
        TextStyle style = new TextStyle(null, sizePx, Boolean.TRUE, null, boxColor, animation, mark);
        return new Segment(id, startMs, durationMs, null, 0, new SegmentMeta(null, null, text, null, null, null, null, null, null,
                null, position, style, Map.of()));
    }

    /** A photo or clip filling its span: stills get a Ken Burns move, clips play muted from their start. */
    static Segment picture(String id, long startMs, long durationMs, UserMedia media, Fit fit,
                           KenBurns kenBurns, long fadeInMs) {
        Transition transition = fadeInMs > 0 ? new Transition(TransitionType.FADE, fadeInMs, null) : null;
        // A stock library's file was fetched into the made media folder; the user's own stay where they are.
        String source = media.credit() != null ? "media:" + media.file().getFileName() : media.file().toAbsolutePath().toString();
        return new Segment(id, startMs, durationMs, source, 0, new SegmentMeta(transition,
                media.clip() ? 0.0 : null, null, null, null, fit, media.clip() ? null : kenBurns, null, null, null, null,
                TextStyle.DEFAULT, media.credit() == null ? Map.of() : Map.of(dev.reelwright.draft.Credits.KEY, media.credit())));
    }

    static Segment text(String id, long startMs, long durationMs, String text, TextPosition position, Integer sizePx,
                        TextAnimation.Effect effect, String boxColor) {
        TextStyle style = new TextStyle(null, sizePx, Boolean.TRUE, null, boxColor, new TextAnimation(effect, TextAnimation.Effect.FADE, 350));
        return new Segment(id, startMs, durationMs, null, 0, new SegmentMeta(null, null, text, null, null, null, null, null, null,
                null, position, style, Map.of()));
    }

    static Segment sound(String id, long startMs, long durationMs, String source, double volume, boolean duck, long fadeOutMs) {
        return new Segment(id, startMs, durationMs, source, 0, new SegmentMeta(null, volume, null, null, null, null, null, null,
                fadeOutMs > 0 ? fadeOutMs : null, duck ? Boolean.TRUE : null, null, TextStyle.DEFAULT, Map.of()));
    }
}
