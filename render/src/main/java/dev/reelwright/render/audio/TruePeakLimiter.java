package dev.reelwright.render.audio;

/**
 * Keeps stereo sound under a true-peak ceiling with a look-ahead limiter: the gain each frame
 * needs is the ceiling over its oversampled peak; the applied gain is the smallest need in the
 * next 5 ms, allowed to recover only slowly, then averaged over 5 ms so it ramps down before a
 * peak arrives (never a step, so no clicks). Output lags input by {@link #DELAY_FRAMES}.
 */
final class TruePeakLimiter {
    private static final int LOOKAHEAD_FRAMES = 240;
    static final int DELAY_FRAMES = TruePeak.HALF_TAPS + LOOKAHEAD_FRAMES;
    private static final int RING = 1024;
    private static final int MASK = RING - 1;
    private static final double RELEASE_PER_FRAME = 1.0 / (0.25 * 48_000);

    private final double ceiling;
    private final float[] left = new float[RING];
    private final float[] right = new float[RING];
    private final double[] needed = new double[RING];
    private final long[] minQueue = new long[RING];
    private int queueHead;
    private int queueTail;
    private final double[] released = new double[RING];
    private double boxSum = LOOKAHEAD_FRAMES + 1;
    private double lastReleased = 1;
    private long frames;

    TruePeakLimiter(double ceilingLinear) {
        this.ceiling = ceilingLinear;
        java.util.Arrays.fill(released, 1);
    }

    /** Takes one input frame; returns through {@code out} the frame {@link #DELAY_FRAMES} earlier. */
    void push(float l, float r, float[] out, int outIndex) {
        long n = frames++;
        left[(int) (n & MASK)] = l;
        right[(int) (n & MASK)] = r;
        long m = n - TruePeak.HALF_TAPS;
        if (m >= 0) {
            double peak = Math.max(TruePeak.at(left, MASK, m, ceiling), TruePeak.at(right, MASK, m, ceiling));
            double need = peak > ceiling ? ceiling / peak : 1;
            needed[(int) (m & MASK)] = need;
            while (queueTail > queueHead && needed[(int) (minQueue[(queueTail - 1) & MASK] & MASK)] >= need) {
                queueTail--;
            }
            minQueue[queueTail++ & MASK] = m;
        }
        long j = m - LOOKAHEAD_FRAMES;
        if (j < 0) {
            out[outIndex] = 0;
            out[outIndex + 1] = 0;
            return;
        }
        while (minQueue[queueHead & MASK] < j) {
            queueHead++;
        }
        double windowMin = needed[(int) (minQueue[queueHead & MASK] & MASK)];
        if (j == 0) {
            // Nothing came before the first frame: its history must already ask for its gain.
            java.util.Arrays.fill(released, windowMin);
            boxSum = windowMin * (LOOKAHEAD_FRAMES + 1);
            lastReleased = windowMin;
        }
        double release = Math.min(windowMin, lastReleased + RELEASE_PER_FRAME);
        lastReleased = release;
        int slot = (int) (j & MASK);
        int leaving = (int) ((j - LOOKAHEAD_FRAMES - 1) & MASK);
        boxSum += release - released[leaving];
        released[slot] = release;
        double gain = Math.min(1, boxSum / (LOOKAHEAD_FRAMES + 1));
        out[outIndex] = (float) (left[slot] * gain);
        out[outIndex + 1] = (float) (right[slot] * gain);
    }
}
