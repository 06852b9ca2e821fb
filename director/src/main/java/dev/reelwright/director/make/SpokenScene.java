package dev.reelwright.director.make;

import dev.reelwright.director.storyboard.Scene;
import dev.reelwright.director.voice.WordTiming;
import java.util.List;

/**
 * Where a scene's narration sits on the timeline.
 *
 * @param scene the storyboard's scene, or null for a stretch of the user's recording without script
 * @param words the spoken words, timed from {@code startMs}; empty when nothing is spoken
 */
record SpokenScene(Scene scene, long startMs, long durationMs, List<WordTiming> words) {
    SpokenScene {
        words = List.copyOf(words);
    }

    long endMs() {
        return startMs + durationMs;
    }
}
