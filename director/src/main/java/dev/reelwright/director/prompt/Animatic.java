package dev.reelwright.director.prompt;

import dev.reelwright.draft.Draft;
import dev.reelwright.draft.DraftMeta;
import dev.reelwright.draft.DraftValidator;
import dev.reelwright.draft.Gradient;
import dev.reelwright.draft.Segment;
import dev.reelwright.draft.SegmentMeta;
import dev.reelwright.draft.TextAnimation;
import dev.reelwright.draft.TextPosition;
import dev.reelwright.draft.TextStyle;
import dev.reelwright.draft.Track;
import dev.reelwright.draft.TrackMeta;
import dev.reelwright.draft.TrackRole;
import dev.reelwright.draft.TrackType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The shot list as a storyboard video: each shot a card for exactly its time, with a moving
 * background chosen by its framing, the shot's number, timing, framing and camera at the top,
 * and what happens in large type.
 */
public final class Animatic {
    private static final String[][] PALETTES = {{"#101820", "#2b4162", "#fca311"}, {"#1b1b2f", "#533483", "#e94560"},
            {"#0b132b", "#1c2541", "#5bc0be"}, {"#1a1a1a", "#4a4e69", "#f2e9e4"}};

    private Animatic() {
    }

    public static Draft draft(VideoPrompt prompt, int widthPx, int heightPx) {
        List<Segment> backgrounds = new ArrayList<>();
        List<Segment> headings = new ArrayList<>();
        List<Segment> actions = new ArrayList<>();
        Gradient.Look[] looks = {Gradient.Look.DRIFT, Gradient.Look.RAYS, Gradient.Look.BOKEH, Gradient.Look.AURORA,
                Gradient.Look.PULSE, Gradient.Look.WAVES, Gradient.Look.GRID};
        int shortSide = Math.min(widthPx, heightPx);
        for (Shot shot : prompt.shots()) {
            String[] palette = PALETTES[(shot.number() - 1) % PALETTES.length];
            Gradient background = new Gradient(palette[0], palette[1], 35, looks[(shot.number() - 1) % looks.length], palette[2]);
            backgrounds.add(new Segment("s" + shot.number(), shot.startMs(), shot.durationMs(), null, 0, new SegmentMeta(null, null,
                    null, null, background, null, null, null, null, null, null, TextStyle.DEFAULT, Map.of())));
            String heading = "SHOT " + shot.number() + "  ·  " + VideoPrompt.seconds(shot.startMs()) + "–"
                    + VideoPrompt.seconds(shot.endMs()) + "\n" + shot.framing().toUpperCase(java.util.Locale.ROOT) + ", " + shot.camera();
            headings.add(text("h" + shot.number(), shot, heading, TextPosition.TOP, (int) (shortSide * 0.045), "#000000a0",
                    TextAnimation.Effect.FADE));
            actions.add(text("a" + shot.number(), shot, capital(shot.action()), TextPosition.CENTER, (int) (shortSide * 0.07), null,
                    TextAnimation.Effect.WORDS));
        }
        List<Track> tracks = List.of(
                new Track("shots", TrackType.VIDEO, new TrackMeta("Shots", null, Map.of()), backgrounds),
                new Track("actions", TrackType.TEXT, new TrackMeta("Action", TrackRole.TITLE, Map.of()), actions),
                new Track("headings", TrackType.TEXT, new TrackMeta("Shot, framing and camera", TrackRole.OVERLAY, Map.of()), headings));
        Draft draft = new Draft(Draft.CURRENT_VERSION, new DraftMeta("Animatic: " + prompt.subject(), widthPx, heightPx, 30, "#000000",
                Map.of()), prompt.durationMs(), tracks);
        DraftValidator.requireValid(draft);
        return draft;
    }

    private static Segment text(String id, Shot shot, String text, TextPosition position, int sizePx, String box,
                                TextAnimation.Effect entrance) {
        long inMs = Math.min(600, shot.durationMs() / 4);
        TextStyle style = new TextStyle(null, sizePx, Boolean.TRUE, null, box, new TextAnimation(entrance, TextAnimation.Effect.FADE, inMs));
        return new Segment(id, shot.startMs(), shot.durationMs(), null, 0, new SegmentMeta(null, null, text, null, null, null, null,
                null, null, null, position, style, Map.of()));
    }

    private static String capital(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
