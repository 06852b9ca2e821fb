package dev.reelwright.director.make;

import dev.reelwright.director.captions.CaptionStyle;
import dev.reelwright.director.voice.WordTiming;
import dev.reelwright.draft.Segment;
import java.util.List;

/**
 * Captions cut again from words already on the timeline, as {@code reel make} cuts them: for an
 * edit that changes the canvas (shorter lines on a vertical video) or the caption style.
 */
public final class CaptionLayout {
    private CaptionLayout() {
    }

    /**
     * A stretch of speech: its written text and its words, timed from {@code startMs}.
     *
     * @param words each word and when it is said, relative to {@code startMs}
     */
    public record Run(String text, long startMs, List<WordTiming> words) {
        public Run {
            words = List.copyOf(words);
        }
    }

    /** The caption segments for {@code runs} on a {@code widthPx} x {@code heightPx} canvas in {@code style}. */
    public static List<Segment> cut(List<Run> runs, int widthPx, int heightPx, CaptionStyle style) {
        return CaptionTrack.segments(runs, widthPx, heightPx, Math.min(widthPx, heightPx), style);
    }
}
