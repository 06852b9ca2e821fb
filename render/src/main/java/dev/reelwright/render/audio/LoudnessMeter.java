package dev.reelwright.render.audio;

/**
 * Integrated loudness of 48 kHz stereo per ITU-R BS.1770-4 / EBU R128: K-weighting, 400 ms blocks
 * with 75 % overlap, an absolute gate at −70 LUFS and a relative gate 10 LU below. Memory stays
 * constant however long the input: gated blocks are kept as a histogram of 0.01 LU bins.
 */
public final class LoudnessMeter {
    private static final int SAMPLE_RATE = 48_000;
    private static final int STEP_FRAMES = SAMPLE_RATE / 10;
    private static final double ABSOLUTE_GATE_LUFS = -70;
    private static final double BIN_LU = 0.01;
    private static final int BINS = (int) Math.round(80 / BIN_LU);

    // K-weighting at 48 kHz (BS.1770-4, table 1 and 2).
    private static final double[] SHELF_B = {1.53512485958697, -2.69169618940638, 1.19839281085285};
    private static final double[] SHELF_A = {-1.69065929318241, 0.73248077421585};
    private static final double[] HIGHPASS_B = {1.0, -2.0, 1.0};
    private static final double[] HIGHPASS_A = {-1.99004745483398, 0.99007225036621};

    private final KWeighting weighting = new KWeighting();
    private final double[] stepEnergy = new double[4];
    private final long[] binCount = new long[BINS];
    private final double[] binEnergy = new double[BINS];
    private double currentSum;
    private int currentFrames;
    private long steps;

    /** Adds {@code frames} interleaved stereo frames. */
    public void add(float[] interleaved, int frames) {
        for (int i = 0; i < frames; i++) {
            currentSum += weighting.energy(interleaved[2 * i], interleaved[2 * i + 1]);
            if (++currentFrames == STEP_FRAMES) {
                closeStep();
            }
        }
    }

    private void closeStep() {
        stepEnergy[(int) (steps % 4)] = currentSum / STEP_FRAMES;
        currentSum = 0;
        currentFrames = 0;
        steps++;
        if (steps >= 4) {
            double blockEnergy = (stepEnergy[0] + stepEnergy[1] + stepEnergy[2] + stepEnergy[3]) / 4;
            double lufs = loudness(blockEnergy);
            if (lufs > ABSOLUTE_GATE_LUFS) {
                int bin = Math.min(BINS - 1, (int) ((lufs - ABSOLUTE_GATE_LUFS) / BIN_LU));
                binCount[bin]++;
                binEnergy[bin] += blockEnergy;
            }
        }
    }

    /** Integrated loudness in LUFS; negative infinity for silence or less than 400 ms. */
    public double integratedLufs() {
        double relativeGate = loudness(meanEnergy(0)) - 10;
        if (Double.isInfinite(relativeGate)) {
            return Double.NEGATIVE_INFINITY;
        }
        int firstBin = (int) Math.max(0, Math.ceil((relativeGate - ABSOLUTE_GATE_LUFS) / BIN_LU));
        return loudness(meanEnergy(firstBin));
    }

    private double meanEnergy(int firstBin) {
        long count = 0;
        double energy = 0;
        for (int bin = firstBin; bin < BINS; bin++) {
            count += binCount[bin];
            energy += binEnergy[bin];
        }
        return count == 0 ? 0 : energy / count;
    }

    private static double loudness(double meanSquare) {
        return meanSquare <= 0 ? Double.NEGATIVE_INFINITY : -0.691 + 10 * Math.log10(meanSquare);
    }

    /** Direct form I biquad with a0 = 1. */
    /**
     * The K-weighting of BS.1770 on a stereo stream, sample by sample: the ear's weighting loudness
     * is measured with, so levels compared through it compare as they are heard.
     */
    static final class KWeighting {
        private final Biquad[] shelf = {new Biquad(SHELF_B, SHELF_A), new Biquad(SHELF_B, SHELF_A)};
        private final Biquad[] highpass = {new Biquad(HIGHPASS_B, HIGHPASS_A), new Biquad(HIGHPASS_B, HIGHPASS_A)};

        /** The weighted energy of one stereo frame (left² + right²). */
        double energy(float left, float right) {
            double l = highpass[0].apply(shelf[0].apply(left));
            double r = highpass[1].apply(shelf[1].apply(right));
            return l * l + r * r;
        }
    }

    private static final class Biquad {
        private final double b0;
        private final double b1;
        private final double b2;
        private final double a1;
        private final double a2;
        private double x1;
        private double x2;
        private double y1;
        private double y2;

        Biquad(double[] b, double[] a) {
            b0 = b[0];
            b1 = b[1];
            b2 = b[2];
            a1 = a[0];
            a2 = a[1];
        }

        double apply(double x) {
            double y = b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
            x2 = x1;
            x1 = x;
            y2 = y1;
            y1 = y;
            return y;
        }
    }
}
