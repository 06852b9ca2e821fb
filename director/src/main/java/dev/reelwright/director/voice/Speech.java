package dev.reelwright.director.voice;

import java.util.List;

/**
 * Synthesised speech: mono samples and the timing of each spoken word.
 *
 * @param samples mono, {@code -1..1}, at {@code sampleRate}
 */
public record Speech(float[] samples, int sampleRate, List<WordTiming> words) {
    public Speech {
        words = List.copyOf(words);
    }

    public long durationMs() {
        return samples.length * 1000L / sampleRate;
    }
}
