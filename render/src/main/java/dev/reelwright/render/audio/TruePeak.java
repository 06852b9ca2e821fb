package dev.reelwright.render.audio;

/**
 * Estimates the peak between samples (BS.1770 true peak) by 4x oversampling with a windowed sinc.
 * For the point between frame {@code m} and {@code m + 1} it needs frames {@code m - 7 .. m + 8}.
 */
final class TruePeak {
    static final int HALF_TAPS = 8;
    private static final int PHASES = 4;
    private static final double[][] KERNEL = kernel();

    private TruePeak() {
    }

    /**
     * The largest magnitude at frame {@code m} and the three oversampled points after it.
     *
     * @param ring channel samples indexed by frame {@code & mask}
     */
    static double at(float[] ring, int mask, long m) {
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
