package dev.reelwright.director.music;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Music for any length, made on the spot: a chord progression on pads, a bass line, drums and
 * (for some moods) an arpeggio, in the mood's tempo and key, transposed and varied by the seed;
 * the same mood, seed and length give the same samples. It fades in briefly and out at the end.
 * Rendered forward in chunks (48 kHz stereo), so memory stays flat however long the music.
 */
public final class MusicGenerator {
    public static final int SAMPLE_RATE = Wav.SAMPLE_RATE;
    private static final int CHUNK_FRAMES = 4_800;
    private static final double FADE_IN_S = 0.5;
    private static final double FADE_OUT_S = 2.0;

    private final Mood mood;
    private final long seed;
    private final int transpose;
    private final int[] progression;
    private double lowPassLeft;
    private double lowPassRight;

    public MusicGenerator(Mood mood, long seed) {
        this.mood = mood;
        this.seed = seed;
        SplittableRandom random = new SplittableRandom(seed);
        this.transpose = random.nextInt(5) - 2;
        this.progression = mood.progression().clone();
        if (random.nextBoolean()) {
            // Variation: swap the two middle chords; the progression still starts home and leads back.
            int t = progression[1];
            progression[1] = progression[2];
            progression[2] = t;
        }
    }

    /** MIDI note of the tonic after the seed's transposition, and whether the scale is minor. */
    int keyRootMidi() {
        return mood.rootMidi() + transpose;
    }

    /**
     * Writes {@code seconds} of music as a 16-bit stereo WAV file. The samples of a few chunks at a
     * time are made on all cores (each is a function of its time alone); the lo-fi filter, which
     * carries from one sample to the next, then runs through them in order.
     */
    public void writeWav(Path file, double seconds) {
        long total = Math.round(seconds * SAMPLE_RATE);
        if (total <= 0 || total > Integer.MAX_VALUE / 4 - 44) {
            throw new IllegalArgumentException("music length must be between 0 and about 3 hours, got " + seconds + " s");
        }
        int batch = Math.max(1, Runtime.getRuntime().availableProcessors());
        float[][] chunks = new float[batch][CHUNK_FRAMES * 2];
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
            Wav.writeHeader(out, 2, total);
            for (long first = 0; first < total; first += (long) batch * CHUNK_FRAMES) {
                long batchStart = first;
                java.util.stream.IntStream.range(0, batch).parallel().forEach(k -> {
                    long start = batchStart + (long) k * CHUNK_FRAMES;
                    if (start < total) {
                        dry(chunks[k], start, (int) Math.min(CHUNK_FRAMES, total - start), total);
                    }
                });
                for (int k = 0; k < batch && batchStart + (long) k * CHUNK_FRAMES < total; k++) {
                    long start = batchStart + (long) k * CHUNK_FRAMES;
                    int frames = (int) Math.min(CHUNK_FRAMES, total - start);
                    lofi(chunks[k], start, frames);
                    Wav.writeSamples(out, chunks[k], frames * 2);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the music to " + file, e);
        }
    }

    /**
     * Fills {@code frames} stereo frames starting at {@code firstFrame} of a piece {@code totalFrames}
     * long. Call in order: the lo-fi filter carries over from one chunk to the next.
     */
    public void render(float[] out, long firstFrame, int frames, long totalFrames) {
        dry(out, firstFrame, frames, totalFrames);
        lofi(out, firstFrame, frames);
    }

    /** The instruments, shaped and faded: a function of each sample's time only, so chunks may be made in any order. */
    private void dry(float[] out, long firstFrame, int frames, long totalFrames) {
        double totalS = totalFrames / (double) SAMPLE_RATE;
        for (int i = 0; i < frames; i++) {
            long n = firstFrame + i;
            double t = n / (double) SAMPLE_RATE;
            double[] lr = sample(t, n);
            double fade = Math.max(0, Math.min(1, Math.min(t / FADE_IN_S, (totalS - t) / Math.min(FADE_OUT_S, totalS / 4))));
            out[2 * i] = (float) (Math.tanh(lr[0]) * fade);
            out[2 * i + 1] = (float) (Math.tanh(lr[1]) * fade);
        }
    }

    /** Lo-fi moods: a warm one-pole low-pass and a little vinyl crackle, in sample order. */
    private void lofi(float[] out, long firstFrame, int frames) {
        if (mood.crackle() <= 0) {
            return;
        }
        for (int i = 0; i < frames; i++) {
            long n = firstFrame + i;
            lowPassLeft += 0.18 * (out[2 * i] - lowPassLeft);
            lowPassRight += 0.18 * (out[2 * i + 1] - lowPassRight);
            double crackle = noise(n * 7 + 3) > 0.9985 ? mood.crackle() * 20 * noise(n) : mood.crackle() * 0.3 * noise(n * 3);
            out[2 * i] = (float) (lowPassLeft + crackle);
            out[2 * i + 1] = (float) (lowPassRight + crackle);
        }
    }

    private double[] sample(double t, long n) {
        double beatS = mood.secondsPerBeat();
        double barS = 4 * beatS;
        int bar = (int) Math.floor(t / barS);
        double inBar = t - bar * barS;
        int[] chord = chord(progression[bar % progression.length]);
        double pads = 0;
        for (int note : chord) {
            pads += Synth.pad(note, inBar, barS, mood.brightness());
        }
        double left = 0.09 * pads;
        double right = 0.09 * pads;
        // Bass: the chord's root, two octaves down, on beats one and three.
        double halfBar = barS / 2;
        double bass = Synth.bass(chord[0] - 12, inBar % halfBar, halfBar * 0.95);
        left += 0.22 * bass;
        right += 0.22 * bass;
        if (mood.arpeggio()) {
            double eighth = beatS / 2;
            int step = (int) (inBar / eighth);
            double pluck = Synth.pluck(chord[step % chord.length] + 12, inBar - step * eighth, eighth);
            left += 0.10 * pluck;
            right += 0.06 * pluck;
        }
        double[] drums = drums(t, n, bar, barS);
        return new double[] {left + drums[0], right + drums[1]};
    }

    /** The triad on a scale degree, in the mood's key (moved by the seed), around middle C. */
    private int[] chord(int degree) {
        int[] scale = mood.scale();
        int[] notes = new int[3];
        for (int i = 0; i < 3; i++) {
            int step = degree + 2 * i;
            notes[i] = mood.rootMidi() + transpose + scale[step % 7] + 12 * (step / 7);
        }
        return notes;
    }

    /** Drum hits still sounding at {@code t}: those of the last 0.4 s of this bar and the one before. */
    private double[] drums(double t, long n, int bar, double barS) {
        double sixteenth = barS / 16;
        double kick = 0;
        double snare = 0;
        double hat = 0;
        long first = Math.max(16L * Math.max(0, bar - 1), (long) Math.floor((t - 0.4) / sixteenth) - 1);
        long last = Math.min(16L * bar + 15, (long) Math.floor(t / sixteenth));
        for (long step16 = first; step16 <= last; step16++) {
            int step = (int) (step16 % 16);
            double hit = step16 * sixteenth + (step % 4 == 2 ? mood.swing() * 2 * sixteenth : 0);
            double since = t - hit;
            if (since < 0 || since > 0.4) {
                continue;
            }
            if (mood.kickPattern().charAt(step) == 'x') {
                kick += Synth.kick(since);
            }
            if (mood.snarePattern().charAt(step) == 'x') {
                snare += Synth.snare(since, noise(n));
            }
            if (mood.hatPattern().charAt(step) == 'x') {
                hat += Synth.hat(since, noise(n * 31 + 17));
            }
        }
        double centre = 0.45 * kick + 0.16 * snare;
        return new double[] {centre + 0.035 * hat, centre + 0.06 * hat};
    }

    /** Deterministic noise in -1..1 for a sample index (and this generator's seed). */
    private double noise(long n) {
        long x = n * 0x9E3779B97F4A7C15L + seed;
        x = (x ^ (x >>> 30)) * 0xBF58476D1CE4E5B9L;
        x = (x ^ (x >>> 27)) * 0x94D049BB133111EBL;
        x ^= x >>> 31;
        return (x >>> 11) / (double) (1L << 52) - 1;
    }
}
