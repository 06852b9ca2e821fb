package dev.reelwright.director.voice;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a recording speaks and where it pauses: the level in 10 ms steps against a threshold
 * 30 dB under the loud speech (the 95th percentile), with pauses of at least 120 ms.
 */
public final class SpeechPauses {
    private static final int STEP_MS = 10;
    private static final double BELOW_SPEECH_DB = 30;
    private static final int MIN_PAUSE_MS = 120;
    private static final int MIN_SPEECH_MS = 40;

    /** A stretch of speech, {@code [startMs, endMs)}. */
    public record Span(long startMs, long endMs) {
        public long durationMs() {
            return endMs - startMs;
        }
    }

    private SpeechPauses() {
    }

    /** The stretches of speech between pauses, in order. Empty for silence. */
    public static List<Span> speech(float[] mono, int sampleRate) {
        int step = sampleRate * STEP_MS / 1000;
        int steps = mono.length / step;
        double[] levelDb = new double[steps];
        for (int s = 0; s < steps; s++) {
            double sum = 0;
            for (int i = s * step; i < (s + 1) * step; i++) {
                sum += mono[i] * mono[i];
            }
            levelDb[s] = 10 * Math.log10(sum / step + 1e-12);
        }
        double[] sorted = levelDb.clone();
        java.util.Arrays.sort(sorted);
        double loud = steps == 0 ? -120 : sorted[Math.min(steps - 1, (int) (steps * 0.95))];
        double threshold = Math.max(-70, loud - BELOW_SPEECH_DB);
        List<Span> spans = new ArrayList<>();
        int s = 0;
        while (s < steps) {
            while (s < steps && levelDb[s] < threshold) {
                s++;
            }
            if (s >= steps) {
                break;
            }
            int start = s;
            int quietRun = 0;
            int end = s;
            while (s < steps && quietRun * STEP_MS < MIN_PAUSE_MS) {
                if (levelDb[s] < threshold) {
                    quietRun++;
                } else {
                    quietRun = 0;
                    end = s + 1;
                }
                s++;
            }
            if ((end - start) * STEP_MS >= MIN_SPEECH_MS) {
                spans.add(new Span((long) start * STEP_MS, (long) end * STEP_MS));
            }
        }
        return spans;
    }
}
