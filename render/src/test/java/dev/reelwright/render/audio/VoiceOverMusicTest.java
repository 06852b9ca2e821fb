package dev.reelwright.render.audio;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelwright.draft.TrackRole;
import dev.reelwright.render.plan.AudioPart;
import dev.reelwright.render.Cancellation;
import dev.reelwright.render.TestMedia;
import dev.reelwright.render.media.AudioReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While the voice speaks the music sits at least 18 dB below it (the quality target), however loud
 * the music bed was made: the mix is linear before mastering, so the music's share of it is the
 * mix less the voice alone.
 */
class VoiceOverMusicTest {
    @TempDir
    Path dir;

    private double[] levels(double musicGain) throws Exception {
        Path voice = TestMedia.speech(dir.resolve("voice.wav"), 6.0, 500, 5_500, 400, 150);
        Path music = TestMedia.tone(dir.resolve("music.wav"), 6.0, 330, 0.5);
        SoundOpener opener = (source, startMs) -> new AudioReader(Path.of(source), startMs);
        AudioPart speech = new AudioPart(voice.toString(), TrackRole.VOICE, 0, 6_000, 0, 1.0, 0, 0, false);
        AudioPart bed = new AudioPart(music.toString(), TrackRole.BGM, 0, 6_000, 0, musicGain, 0, 0, true);
        Path both = dir.resolve("both.f32");
        Path alone = dir.resolve("alone.f32");
        new Mixdown(List.of(speech, bed), opener, 6_000).mixTo(both, new Cancellation());
        new Mixdown(List.of(speech), opener, 6_000).mixTo(alone, new Cancellation());
        // 1.0-4.0 s: the voice speaks (with its 150 ms gaps between words, which the ducking holds through).
        int from = 48_000;
        int frames = 3 * 48_000;
        float[] mixed = read(both, from + frames);
        float[] voiceOnly = read(alone, from + frames);
        double voiceEnergy = 0;
        double musicEnergy = 0;
        for (int i = 2 * from; i < 2 * (from + frames); i++) {
            voiceEnergy += voiceOnly[i] * voiceOnly[i];
            double musicPart = mixed[i] - voiceOnly[i];
            musicEnergy += musicPart * musicPart;
        }
        return new double[] {10 * Math.log10(voiceEnergy), 10 * Math.log10(musicEnergy)};
    }

    private static float[] read(Path file, int frames) {
        float[] samples = new float[frames * 2];
        try (FloatFile.Reader reader = new FloatFile.Reader(file)) {
            reader.read(samples, frames);
        }
        return samples;
    }

    @Test
    void aLoudBedGoesDownFurtherThanAQuietOne() throws Exception {
        for (double gain : new double[] {0.35, 1.0, 1.8}) {
            double[] db = levels(gain);
            double gap = db[0] - db[1];
            assertTrue(gap >= 18, "music at " + gain + ": " + String.format("%.1f", gap) + " dB below the voice while it speaks");
        }
        double[] quiet = levels(0.05);
        assertTrue(quiet[0] - quiet[1] > 30, "a bed already far below is ducked only the usual 12 dB, not silenced");
    }
}
