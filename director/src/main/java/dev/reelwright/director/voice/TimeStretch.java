package dev.reelwright.director.voice;

import java.util.ArrayList;
import java.util.List;

/**
 * Speaks faster or slower without changing pitch (WSOLA): 25 ms windows are taken from the
 * input at {@code speed} times the output's pace, each shifted by up to 8 ms to where it best
 * continues the previous one, and overlap-added under a Hann window. Word timings scale with it.
 */
public final class TimeStretch {
    private static final double WINDOW_S = 0.025;
    private static final double SEEK_S = 0.008;

    private TimeStretch() {
    }

    /** @param speed 1.25 = 25 % faster (shorter); 1.0 returns the speech unchanged */
    public static Speech apply(Speech speech, double speed) {
        if (Math.abs(speed - 1) < 1e-3) {
            return speech;
        }
        float[] out = stretch(speech.samples(), speech.sampleRate(), speed);
        List<WordTiming> words = new ArrayList<>();
        for (WordTiming word : speech.words()) {
            words.add(new WordTiming(word.word(), Math.round(word.startMs() / speed), Math.round(word.endMs() / speed)));
        }
        return new Speech(out, speech.sampleRate(), words);
    }

    static float[] stretch(float[] in, int sampleRate, double speed) {
        int window = Math.max(16, (int) (WINDOW_S * sampleRate)) & ~1;
        int hop = window / 2;
        int seek = (int) (SEEK_S * sampleRate);
        int outLength = (int) Math.round(in.length / speed);
        float[] out = new float[outLength + window];
        float[] hann = new float[window];
        for (int i = 0; i < window; i++) {
            hann[i] = (float) (0.5 - 0.5 * Math.cos(2 * Math.PI * i / window));
        }
        int previous = 0;
        for (int at = 0; at < outLength; at += hop) {
            int ideal = (int) Math.round(at * speed);
            int from = at == 0 ? 0 : bestMatch(in, previous + hop, ideal, seek, hop);
            for (int i = 0; i < window && from + i < in.length && at + i < out.length; i++) {
                out[at + i] += in[from + i] * hann[i];
            }
            previous = from;
        }
        return java.util.Arrays.copyOf(out, outLength);
    }

    /** The start near {@code ideal} whose first half-window best matches the natural continuation at {@code natural}. */
    private static int bestMatch(float[] in, int natural, int ideal, int seek, int length) {
        int best = Math.max(0, Math.min(ideal, in.length - 1));
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int candidate = Math.max(0, ideal - seek); candidate <= ideal + seek; candidate += 2) {
            if (candidate + length >= in.length || natural + length >= in.length) {
                break;
            }
            double score = 0;
            for (int i = 0; i < length; i += 2) {
                score += in[natural + i] * in[candidate + i];
            }
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return best;
    }
}
