package dev.reelwright.director.make;

import dev.reelwright.director.captions.CaptionBuilder;
import dev.reelwright.director.captions.CaptionCue;
import dev.reelwright.director.captions.CaptionRules;
import dev.reelwright.director.captions.CaptionStyle;
import dev.reelwright.director.voice.WordTiming;
import dev.reelwright.draft.Segment;
import dev.reelwright.draft.TextAnimation;
import dev.reelwright.draft.TextPosition;
import dev.reelwright.draft.TextStyle;
import java.util.ArrayList;
import java.util.List;

/** The caption segments for a narration, in the chosen style. */
final class CaptionTrack {
    static final String KARAOKE_COLOR = "#ffd400";
    private static final String BOX = "#000000a6";
    private static final int BOLD_WORDS = 3;
    private static final int BOLD_MAX_CHARS = 18;

    private CaptionTrack() {
    }

    static List<Segment> segments(Narration narration, Aspect aspect, int shortSidePx, CaptionStyle style) {
        List<CaptionLayout.Run> runs = new ArrayList<>();
        for (SpokenScene spoken : narration.scenes()) {
            if (spoken.scene() != null && !spoken.words().isEmpty()) {
                runs.add(new CaptionLayout.Run(spoken.scene().narration(), spoken.startMs(), spoken.words()));
            }
        }
        return segments(runs, aspect.widthPx(), aspect.heightPx(), shortSidePx, style);
    }

    /** Captions for stretches of timed words: each stretch's cues cut for the canvas, then drawn in the style. */
    static List<Segment> segments(List<CaptionLayout.Run> runs, int widthPx, int heightPx, int shortSidePx, CaptionStyle style) {
        CaptionBuilder builder = new CaptionBuilder(CaptionRules.forCanvas(widthPx, heightPx));
        List<CaptionCue> cues = new ArrayList<>();
        for (CaptionLayout.Run spoken : runs) {
            for (CaptionCue cue : builder.buildTimed(spoken.text(), spoken.words())) {
                long start = spoken.startMs() + cue.startMs();
                long end = spoken.startMs() + cue.endMs();
                if (!cues.isEmpty() && cues.get(cues.size() - 1).endMs() > start) {
                    start = cues.get(cues.size() - 1).endMs();
                }
                if (end > start) {
                    List<WordTiming> words = cue.words().stream()
                            .map(w -> new WordTiming(w.word(), spoken.startMs() + w.startMs(), spoken.startMs() + w.endMs())).toList();
                    cues.add(new CaptionCue(start, end, cue.text(), words));
                }
            }
        }
        boolean vertical = heightPx > widthPx;
        return switch (style) {
            case NONE -> List.of();
            case CLEAN -> plain(cues, null);
            case BOXED -> plain(cues, BOX);
            case KARAOKE -> karaoke(cues);
            case BOLD -> bold(cues, vertical ? TextPosition.CENTER : TextPosition.LOWER_THIRD,
                    (int) (shortSidePx * (vertical ? 0.12 : 0.1)));
        };
    }

    /** One segment per cue; each keeps its words' times ({@code m.words}, from the cue's start) so an edit can make them karaoke. */
    private static List<Segment> plain(List<CaptionCue> cues, String box) {
        List<Segment> segments = new ArrayList<>();
        for (CaptionCue cue : cues) {
            Segment caption = DraftParts.caption("c" + segments.size(), cue.startMs(), cue.endMs() - cue.startMs(), cue.text(),
                    TextPosition.BOTTOM, null, box, null, null);
            List<List<Long>> times = cue.words().stream()
                    .map(w -> List.of(Math.max(0, w.startMs() - cue.startMs()), Math.max(0, w.endMs() - cue.startMs()))).toList();
            segments.add(times.size() == cue.text().strip().split("\\s+").length
                    ? caption.withMeta(caption.meta().withExtra(dev.reelwright.draft.edit.TextEdits.WORDS, times)) : caption);
        }
        return segments;
    }

    /** The cue once per word, each time marking the word being spoken, from its start to the next word's. */
    private static List<Segment> karaoke(List<CaptionCue> cues) {
        List<Segment> segments = new ArrayList<>();
        for (CaptionCue cue : cues) {
            List<WordTiming> words = cue.words();
            for (int i = 0; i < words.size(); i++) {
                long from = i == 0 ? cue.startMs() : Math.max(cue.startMs(), words.get(i).startMs());
                long to = i + 1 < words.size() ? Math.min(cue.endMs(), words.get(i + 1).startMs()) : cue.endMs();
                if (to > from) {
                    segments.add(DraftParts.caption("c" + segments.size(), from, to - from, cue.text(), TextPosition.BOTTOM, null,
                            null, new TextStyle.Mark(i, KARAOKE_COLOR), null));
                }
            }
        }
        return segments;
    }

    /** One to three words at a time, large, each group popping in; a group ends at a clause's end. */
    private static List<Segment> bold(List<CaptionCue> cues, TextPosition position, int sizePx) {
        List<Segment> segments = new ArrayList<>();
        TextAnimation pop = new TextAnimation(TextAnimation.Effect.POP, TextAnimation.Effect.NONE, 160);
        for (CaptionCue cue : cues) {
            List<WordTiming> words = cue.words();
            int i = 0;
            while (i < words.size()) {
                int end = i;
                int chars = words.get(i).word().length();
                while (end + 1 < words.size() && end + 1 - i < BOLD_WORDS && !words.get(end).word().matches(".*[.,;:!?…]$")
                        && chars + 1 + words.get(end + 1).word().length() <= BOLD_MAX_CHARS) {
                    end++;
                    chars += 1 + words.get(end).word().length();
                }
                long from = Math.max(cue.startMs(), words.get(i).startMs());
                long to = end + 1 < words.size() ? words.get(end + 1).startMs() : cue.endMs();
                if (to > from) {
                    String text = String.join(" ", words.subList(i, end + 1).stream().map(WordTiming::word).toList());
                    segments.add(DraftParts.caption("c" + segments.size(), from, to - from, text, position, sizePx, null, null, pop));
                }
                i = end + 1;
            }
        }
        return segments;
    }
}
