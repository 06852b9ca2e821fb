package dev.reelwright.render.audio;

/** Measurements of finished sound (interleaved stereo, 48 kHz), for reports and checks. */
public final class SoundMeasure {
    private SoundMeasure() {
    }

    /** Integrated loudness in LUFS (BS.1770-4). */
    public static double integratedLufs(float[] interleaved) {
        LoudnessMeter meter = new LoudnessMeter();
        meter.add(interleaved, interleaved.length / 2);
        return meter.integratedLufs();
    }

    /** True peak in dBTP: the largest magnitude including 4x oversampled points between samples. */
    public static double truePeakDbtp(float[] interleaved) {
        int frames = interleaved.length / 2;
        float[] ring = new float[1024];
        int mask = ring.length - 1;
        double peak = 0;
        for (int channel = 0; channel < 2; channel++) {
            java.util.Arrays.fill(ring, 0f);
            for (int i = 0; i < frames + TruePeak.HALF_TAPS; i++) {
                ring[i & mask] = i < frames ? interleaved[2 * i + channel] : 0f;
                long m = (long) i - TruePeak.HALF_TAPS;
                if (m >= 0) {
                    peak = Math.max(peak, TruePeak.at(ring, mask, m));
                }
            }
        }
        return 20 * Math.log10(peak + 1e-20);
    }
}
