package dev.reelwright.director.storyboard;

import java.util.List;

/**
 * One visual beat of the video: the narration said over it, what it is about, and how long it
 * should last.
 *
 * @param section the heading it falls under, or null
 * @param keyPhrase a few words to show or to find pictures by
 * @param keywords the scene's most telling words, best first
 * @param speechMs how long the narration takes at the chosen rate (or the cues' span for subtitles)
 * @param startMs for subtitle scripts, when the scene's first cue starts; otherwise -1
 */
public record Scene(int index, String section, List<String> sentences, String keyPhrase, List<String> keywords,
                    long speechMs, long startMs) {
    public Scene {
        sentences = List.copyOf(sentences);
        keywords = List.copyOf(keywords);
    }

    public String narration() {
        return String.join(" ", sentences);
    }
}
