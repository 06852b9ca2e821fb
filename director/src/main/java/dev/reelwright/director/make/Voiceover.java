package dev.reelwright.director.make;

import java.nio.file.Path;

/**
 * The user's own recording of the narration, decoded by the caller.
 *
 * @param mono the sound, mono, -1..1
 */
public record Voiceover(Path file, float[] mono, int sampleRate) {
    public long durationMs() {
        return mono.length * 1000L / sampleRate;
    }
}
