package dev.reelwright.render.audio;

/**
 * Estimates the peak between samples (BS.1770 true peak) by 4x oversampling with a windowed sinc.
 * For the point between frame {@code m} and {@code m + 1} it needs frames {@code m - 7 .. m + 8}.
 */
final class TruePeak {
    static final int HALF_TAPS = 8;
    private static final int PHASES = 4;
    private static final double[][] KERNEL = kernel();
    /** The most any oversampled point can exceed the largest sample it is made from. */
    private static final double KERNEL_GAIN = kernelGain();

    private TruePeak() {
    }

    /**
     * The largest magnitude at frame {@code m} and the three oversampled points after it.
     *
     * @param ring channel samples indexed by frame {@code & mask}
     */
    static double at(float[] ring, int mask, long m) {
        return at(ring, mask, m, 0);
    }

    /**
     * As {@link #at(float[], int, long)}, but only exact when the result could exceed {@code threshold}:
     * the oversampled points cannot exceed the window's largest sample by more than the kernel's
     * gain, so a quiet window skips the interpolation (most of the time, most of the cost).
     */
    static double at(float[] ring, int mask, long m, double threshold) {
        double windowPeak = 0;
        for (int k = 0; k < 2 * HALF_TAPS; k++) {
            windowPeak = Math.max(windowPeak, Math.abs(ring[(int) ((m - HALF_TAPS + 1 + k) & mask)]));
        }
        if (windowPeak * KERNEL_GAIN < threshold) {
            return windowPeak;
        }
        double peak = Math.abs(ring[(int) (m & mask)]);
        for (int phase = 1; phase < PHASES; phase++) {
            double[] kernel = KERNEL[phase];
            double sum = 0;
            for (int k = 0; k < kernel.length; k++) {
                sum += kernel[k] * ring[(int) ((m - HALF_TAPS + 1 + k) & mask)];
            }
            peak = Math.max(peak, Math.abs(sum));
        }
        return peak;
    }

    private static double kernelGain() {
        double gain = 1;
        for (double[] phase : KERNEL) {
            double sum = 0;
            for (double tap : phase) {
                sum += Math.abs(tap);
            }
            gain = Math.max(gain, sum);
        }
        return gain;
    }

    private static double[][] kernel() {
        double[][] kernel = new double[PHASES][2 * HALF_TAPS];
        for (int phase = 1; phase < PHASES; phase++) {
            double fraction = phase / (double) PHASES;
            for (int k = 0; k < 2 * HALF_TAPS; k++) {
                double offset = (k - HALF_TAPS + 1) - fraction;
                double sinc = Math.sin(Math.PI * offset) / (Math.PI * offset);
                double window = 0.5 + 0.5 * Math.cos(Math.PI * offset / HALF_TAPS);
                kernel[phase][k] = sinc * window;
            }
        }
        return kernel;
    }
}
