package dev.reelwright.director.music;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The music is measured, since it cannot be listened to here: key, beat, level, fade, determinism. */
class MusicGeneratorTest {
    private static float[] music(Mood mood, long seed, double seconds) {
        int frames = (int) (seconds * MusicGenerator.SAMPLE_RATE);
        float[] out = new float[frames * 2];
        MusicGenerator generator = new MusicGenerator(mood, seed);
        float[] chunk = new float[4800 * 2];
        for (int at = 0; at < frames; at += 4800) {
            int n = Math.min(4800, frames - at);
            generator.render(chunk, at, n, frames);
            System.arraycopy(chunk, 0, out, at * 2, n * 2);
        }
        return out;
    }

    @Test
    void theSameSeedGivesTheSameMusicAndAnotherSeedDoesNot() {
        assertArrayEquals(music(Mood.UPBEAT, 7, 3), music(Mood.UPBEAT, 7, 3));
        assertFalse(Arrays.equals(music(Mood.UPBEAT, 7, 3), music(Mood.UPBEAT, 8, 3)));
    }

    @Test
    void everyMoodIsAudibleUnclippedAndFadesOut() {
        for (Mood mood : Mood.ALL) {
            float[] m = music(mood, 1, 8);
            double middle = rmsDb(m, 3, 5);
            assertTrue(middle > -30 && middle < -6, mood.name() + " level " + middle);
            assertTrue(peak(m) < 1.0, mood.name() + " clips");
            assertTrue(rmsDb(m, 7.9, 8) < middle - 20, mood.name() + " fades out");
            assertTrue(rmsDb(m, 0, 0.01) < middle - 20, mood.name() + " fades in");
        }
    }

    @Test
    void theNotesBelongToTheKey() {
        for (Mood mood : Mood.ALL) {
            MusicGenerator generator = new MusicGenerator(mood, 3);
            float[] m = music(mood, 3, 12);
            double[] chroma = new double[12];
            for (int midi = 43; midi <= 84; midi++) {
                chroma[midi % 12] += tonePower(m, 440 * Math.pow(2, (midi - 69) / 12.0), 1, 11);
            }
            int[] scale = mood.scale();
            double inKey = 0;
            double outOfKey = 0;
            for (int pitchClass = 0; pitchClass < 12; pitchClass++) {
                int degree = Math.floorMod(pitchClass - generator.keyRootMidi(), 12);
                boolean member = Arrays.stream(scale).anyMatch(s -> s == degree);
                if (member) {
                    inKey += chroma[pitchClass] / 7;
                } else {
                    outOfKey += chroma[pitchClass] / 5;
                }
            }
            double ratioDb = 10 * Math.log10(inKey / outOfKey);
            assertTrue(ratioDb > 10, mood.name() + ": in-key notes only " + ratioDb + " dB above the rest");
        }
    }

    @Test
    void aFourOnTheFloorKickRepeatsAtTheTempo() {
        // Upbeat has a kick on every beat; other moods syncopate, so their strongest repeat is not the beat.
        float[] m = music(Mood.UPBEAT, 5, 16);
        assertEquals(60 / Mood.UPBEAT.bpm(), strongestPeriodS(m, 0.3, 0.8), 0.02, "beat period");
    }

    @Test
    void writesAWavThatReadsBack(@TempDir Path dir) throws Exception {
        Path wav = dir.resolve("calm.wav");
        new MusicGenerator(Mood.CALM, 2).writeWav(wav, 2.5);
        var in = AudioSystem.getAudioInputStream(wav.toFile());
        AudioFormat format = in.getFormat();
        assertEquals(48_000, format.getSampleRate());
        assertEquals(2, format.getChannels());
        assertEquals(120_000, in.getFrameLength());
    }

    @Test
    void theWavMadeOnAllCoresHoldsTheSamplesMadeInOrder(@TempDir Path dir) throws Exception {
        // Lo-fi carries its filter from sample to sample, so chunks made out of order must still join up.
        for (Mood mood : new Mood[] {Mood.LOFI, Mood.UPBEAT}) {
            Path wav = dir.resolve(mood.name() + ".wav");
            new MusicGenerator(mood, 4).writeWav(wav, 3.3);
            byte[] written = java.nio.file.Files.readAllBytes(wav);
            java.io.ByteArrayOutputStream expected = new java.io.ByteArrayOutputStream();
            float[] inOrder = music(mood, 4, 3.3);
            Wav.writeSamples(expected, inOrder, inOrder.length);
            assertArrayEquals(expected.toByteArray(), Arrays.copyOfRange(written, 44, written.length), mood.name());
        }
    }

    private static double rmsDb(float[] m, double fromS, double toS) {
        int from = (int) (fromS * 48_000);
        int to = Math.min(m.length / 2, (int) (toS * 48_000));
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += m[2 * i] * m[2 * i];
        }
        return 10 * Math.log10(sum / Math.max(1, to - from) + 1e-20);
    }

    private static double peak(float[] m) {
        double p = 0;
        for (float v : m) {
            p = Math.max(p, Math.abs(v));
        }
        return p;
    }

    private static double tonePower(float[] m, double hz, double fromS, double toS) {
        int from = (int) (fromS * 48_000);
        int to = (int) (toS * 48_000);
        double c = 2 * Math.cos(2 * Math.PI * hz / 48_000);
        double s1 = 0;
        double s2 = 0;
        for (int i = from; i < to; i++) {
            double s0 = m[2 * i] + c * s1 - s2;
            s2 = s1;
            s1 = s0;
        }
        return s1 * s1 + s2 * s2 - c * s1 * s2;
    }

    /** The lag (in the range) at which the 5 ms energy envelope best repeats itself. */
    private static double strongestPeriodS(float[] m, double minS, double maxS) {
        int hop = 240;
        int count = m.length / 2 / hop;
        double[] envelope = new double[count];
        for (int k = 0; k < count; k++) {
            for (int i = k * hop; i < (k + 1) * hop; i++) {
                envelope[k] += m[2 * i] * m[2 * i];
            }
        }
        double mean = Arrays.stream(envelope).average().orElse(0);
        double best = -1;
        int bestLag = 0;
        for (int lag = (int) (minS * 200); lag <= (int) (maxS * 200); lag++) {
            double sum = 0;
            for (int k = 0; k + lag < count; k++) {
                sum += (envelope[k] - mean) * (envelope[k + lag] - mean);
            }
            if (sum > best) {
                best = sum;
                bestLag = lag;
            }
        }
        return bestLag / 200.0;
    }
}
