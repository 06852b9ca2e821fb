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

    /**
     * The same speech at {@code rate} samples a second (engines speak at 16 or 22.05 kHz; the
     * voiceover is written at 48 kHz). Linear interpolation: enough for speech going up in rate.
     */
    public Speech at(int rate) {
        if (rate == sampleRate) {
            return this;
        }
        int length = (int) ((long) samples.length * rate / sampleRate);
        float[] out = new float[length];
        double step = (double) sampleRate / rate;
        for (int i = 0; i < length; i++) {
            double at = i * step;
            int before = (int) at;
            int after = Math.min(before + 1, samples.length - 1);
            double weight = at - before;
            out[i] = (float) (samples[before] * (1 - weight) + samples[after] * weight);
        }
        return new Speech(out, rate, words);
    }
}
