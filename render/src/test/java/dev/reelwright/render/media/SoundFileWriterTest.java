package dev.reelwright.render.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SoundFileWriterTest {
    @TempDir
    Path folder;

    @Test
    void writesMp3AndM4aThatDecodeToTheSameToneAndLength() {
        int rate = 22_050;
        float[] tone = new float[rate * 2];
        for (int i = 0; i < tone.length; i++) {
            tone[i] = (float) (0.5 * Math.sin(2 * Math.PI * 440 * i / rate));
        }
        for (String name : new String[] {"tone.mp3", "tone.m4a"}) {
            Path file = folder.resolve(name);
            SoundFileWriter.writeMono(file, tone, rate);
            MediaInfo info = MediaProbe.probe(file);
            assertTrue(info.hasAudio(), name);
            assertEquals(2000, info.durationMs(), 80, name + " length");
            float[] stereo = new float[2 * AudioReader.SAMPLE_RATE];
            try (AudioReader reader = new AudioReader(file, 500)) {
                reader.read(stereo, AudioReader.SAMPLE_RATE / 2);
            }
            double sum = 0;
            for (int i = 0; i < AudioReader.SAMPLE_RATE; i++) {
                sum += stereo[i] * stereo[i];
            }
            // A 0.5 sine has an RMS of 0.354; FFmpeg spreads mono over both channels at -3 dB: 0.25 each.
            assertEquals(0.25, Math.sqrt(sum / AudioReader.SAMPLE_RATE), 0.03, name + " level");
        }
        try (var left = Files.list(folder)) {
            assertFalse(left.anyMatch(f -> f.getFileName().toString().startsWith(".")), "no partial files left");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void refusesOtherFormats() {
        MediaException error = assertThrows(MediaException.class,
                () -> SoundFileWriter.writeMono(folder.resolve("tone.ogg"), new float[10], 22_050));
        assertTrue(error.getMessage().contains("tone.ogg"), error.getMessage());
    }
}
