package dev.reelwright.agent;

import dev.reelwright.director.captions.CaptionStyle;
import dev.reelwright.director.make.CaptionLayout;
import dev.reelwright.director.voice.WordTiming;
import dev.reelwright.draft.Draft;
import dev.reelwright.draft.Segment;
import dev.reelwright.draft.TextStyle;
import dev.reelwright.draft.Track;
import dev.reelwright.draft.TrackRole;
import dev.reelwright.draft.edit.Scene;
import dev.reelwright.draft.edit.Scenes;
import dev.reelwright.draft.edit.TextEdits;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Captions cut again the way the director cuts them, from the words' times the cues keep
 * ({@code m.words}): shorter lines on a narrower canvas, one to three words at a time in the bold
 * style, a marked word in karaoke. The colour, outline and font the user gave them stay.
 */
final class CaptionRecut {
    private CaptionRecut() {
    }

    /** The captions re-cut for a {@code widthPx} x {@code heightPx} canvas in {@code style}; empty when the cues keep no word times. */
    static Optional<TextEdits.ReplaceCaptions> recut(Draft draft, int widthPx, int heightPx, CaptionStyle style) {
        Track track = draft.trackWithRole(TrackRole.CAPTION).orElse(null);
        if (track == null || track.segments().isEmpty() || style == CaptionStyle.NONE) {
            return Optional.empty();
        }
        List<Scene> scenes = Scenes.all(draft);
        List<CaptionLayout.Run> runs = new ArrayList<>();
        List<WordTiming> words = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        long runStart = -1;
        Integer runScene = null;
        for (Segment cue : track.segments()) {
            List<WordTiming> timed = timed(cue);
            if (timed.isEmpty()) {
                return Optional.empty();
            }
            Integer scene = sceneOf(scenes, cue.startMs());
            if (runStart >= 0 && !java.util.Objects.equals(scene, runScene)) {
                runs.add(new CaptionLayout.Run(text.toString(), runStart, words));
                words = new ArrayList<>();
                text.setLength(0);
                runStart = -1;
            }
            if (runStart < 0) {
                runStart = cue.startMs();
                runScene = scene;
            }
            for (WordTiming word : timed) {
                words.add(new WordTiming(word.word(), word.startMs() - runStart, word.endMs() - runStart));
            }
            text.append(text.length() > 0 ? " " : "").append(cue.meta().text().replaceAll("\\s+", " ").strip());
        }
        runs.add(new CaptionLayout.Run(text.toString(), runStart, words));
        List<Segment> cut = CaptionLayout.cut(runs, widthPx, heightPx, style);
        return Optional.of(new TextEdits.ReplaceCaptions(dressed(track, cut), "Captions (" + style.name().toLowerCase(Locale.ROOT) + ")"));
    }

    /** Newly cut cues in the colour, outline and font the user gave {@code track}'s first cue, with ids of the track. */
    static List<Segment> dressed(Track track, List<Segment> cut) {
        Segment first = track.segments().get(0);
        List<Segment> kept = new ArrayList<>();
        for (Segment cue : cut) {
            TextStyle look = cue.meta().textStyle();
            TextStyle was = first.meta().textStyle();
            look = was.outlineColor() != null ? look.withOutline(was.outlineColor()) : look;
            look = was.font() != null ? look.withFont(was.font()) : look;
            var meta = cue.meta().withTextStyle(look);
            meta = first.meta().color() != null ? meta.withColor(first.meta().color()) : meta;
            kept.add(cue.withId(track.id() + "-" + kept.size()).withMeta(meta));
        }
        return kept;
    }

    /** The style the captions are in now, by how they look. */
    static CaptionStyle styleOf(Track captions) {
        Segment first = captions.segments().isEmpty() ? null : captions.segments().get(0);
        if (first == null) {
            return CaptionStyle.CLEAN;
        }
        TextStyle style = first.meta().textStyle();
        if (style.mark() != null) {
            return CaptionStyle.KARAOKE;
        }
        if (style.animation() != null && style.animation().in() == dev.reelwright.draft.TextAnimation.Effect.POP) {
            return CaptionStyle.BOLD;
        }
        return style.boxColor() != null ? CaptionStyle.BOXED : CaptionStyle.CLEAN;
    }

    /** The cue's words with their times on the timeline, from {@code m.words}; empty when it keeps none. */
    private static List<WordTiming> timed(Segment cue) {
        String[] words = cue.meta().text().strip().split("\\s+");
        if (!(cue.meta().extra().get(TextEdits.WORDS) instanceof List<?> times) || times.size() != words.length) {
            return List.of();
        }
        List<WordTiming> timed = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            if (!(times.get(i) instanceof List<?> pair) || pair.size() < 2 || !(pair.get(0) instanceof Number s) || !(pair.get(1) instanceof Number e)) {
                return List.of();
            }
            timed.add(new WordTiming(words[i], cue.startMs() + s.longValue(), cue.startMs() + e.longValue()));
        }
        return timed;
    }

    private static Integer sceneOf(List<Scene> scenes, long ms) {
        for (Scene scene : scenes) {
            if (ms >= scene.fromMs() && ms < scene.toMs()) {
                return scene.index();
            }
        }
        return null;
    }
}
