package dev.reelwright.director.music;

/**
 * Small, stateless instruments: each is a function of time since its note began. Harmonics come
 * from the fundamental's sine and cosine by the angle-sum recurrence, and note frequencies from a
 * table: a few trigonometric calls per note and sample instead of one per harmonic.
 */
final class Synth {
    static final double KICK_S = 0.35;
    /** Equal temperament, A4 = 440 Hz, for every MIDI note. */
    private static final double[] HZ = new double[128];

    static {
        for (int midi = 0; midi < HZ.length; midi++) {
            HZ[midi] = 440 * Math.pow(2, (midi - 69) / 12.0);
        }
    }

    private Synth() {
    }

    static double hz(int midi) {
        return midi >= 0 && midi < HZ.length ? HZ[midi] : 440 * Math.pow(2, (midi - 69) / 12.0);
    }

    /** A soft pad: a few harmonics (fewer when dark), slow attack, gentle release. */
    static double pad(int midi, double t, double length, double brightness) {
        double envelope = envelope(t, length, 0.25, 0.4);
        if (envelope == 0) {
            return 0;
        }
        double angle = 2 * Math.PI * hz(midi) * t;
        double sin = Math.sin(angle);
        double twiceCos = 2 * Math.cos(angle);
        double v = sin + 0.5 * Math.sin(angle * 1.003);
        double below = sin;
        double harmonic = twiceCos * sin;
        for (int h = 2; h <= 5; h++) {
            v += brightness / (h * h) * harmonic;
            double next = twiceCos * harmonic - below;
            below = harmonic;
            harmonic = next;
        }
        return v * envelope;
    }

    /** A plucked note: bright start, quick decay. */
    static double pluck(int midi, double t, double length) {
        double envelope = envelope(t, length, 0.005, 0.05);
        if (envelope == 0) {
            return 0;
        }
        double angle = 2 * Math.PI * hz(midi) * t;
        double sin = Math.sin(angle);
        double cos = Math.cos(angle);
        double v = sin + 0.3 * (2 * sin * cos) + 0.1 * sin * (3 - 4 * sin * sin);
        return v * Math.exp(-t * 6) * envelope;
    }

    /** A round bass note. */
    static double bass(int midi, double t, double length) {
        double f = hz(midi);
        double v = Math.sin(2 * Math.PI * f * t) + 0.25 * Math.sin(2 * Math.PI * 2 * f * t);
        return v * envelope(t, length, 0.01, 0.08) * (0.7 + 0.3 * Math.exp(-t * 4));
    }

    /** A kick drum: a sine whose pitch drops fast, faded out over its last 30 ms so it ends without a click. */
    static double kick(double t) {
        if (t > KICK_S) {
            return 0;
        }
        double phase = 2 * Math.PI * (45 * t + 90 * (1 - Math.exp(-t * 30)) / 30);
        return Math.sin(phase) * Math.exp(-t * 9) * Math.min(1, (KICK_S - t) / 0.03);
    }

    /** A snare: a short tone and a burst of noise. */
    static double snare(double t, double noise) {
        if (t > 0.25) {
            return 0;
        }
        return (0.4 * Math.sin(2 * Math.PI * 190 * t) + 0.8 * noise) * Math.exp(-t * 22);
    }

    /** A closed hi-hat: a tick of bright noise. */
    static double hat(double t, double noise) {
        return t > 0.06 ? 0 : noise * Math.exp(-t * 90);
    }

    /** Rises over {@code attack}, holds, and falls over {@code release} before {@code length}. */
    static double envelope(double t, double length, double attack, double release) {
        if (t < 0 || t >= length) {
            return 0;
        }
        double rise = Math.min(1, t / attack);
        double fall = Math.min(1, (length - t) / release);
        return Math.min(rise, fall);
    }
}
