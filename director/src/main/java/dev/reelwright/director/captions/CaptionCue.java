package dev.reelwright.director.captions;

import dev.reelwright.director.voice.WordTiming;
import dev.reelwright.draft.Captions.Cue;
import java.util.List;

/**
 * A caption with the written words it shows and when each is heard (for karaoke and bold styles).
 *
 * @param text the lines, joined by {@code \n}
 */
public record CaptionCue(long startMs, long endMs, String text, List<WordTiming> words) {
    public CaptionCue {
        words = List.copyOf(words);
    }

    public Cue cue() {
        return new Cue(startMs, endMs, text);
    }
}
