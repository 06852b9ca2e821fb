package dev.reelwright.director.voice;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.sound.sampled.AudioInputStream;
import marytts.LocalMaryInterface;
import org.junit.jupiter.api.Test;

/** The built-in voice speaks, and its word timings match what is heard. */
class MaryVoiceTest {
    @Test
    void speaksWithWordTimingsThatMatchTheAudio() {
        Speech speech = new MaryVoice(MaryVoice.DEFAULT).speak("Hello world. This is Reelwright, a video studio.");
        assertEquals(48_000, speech.sampleRate());
        assertTrue(speech.durationMs() > 2_000 && speech.durationMs() < 8_000, "duration " + speech.durationMs());
        List<String> words = speech.words().stream().map(WordTiming::word).toList();
        assertEquals(List.of("Hello", "world", "This", "is", "Reelwright", "a", "video", "studio"), words);
        long previousEnd = 0;
        for (WordTiming word : speech.words()) {
            assertTrue(word.startMs() >= previousEnd && word.endMs() > word.startMs(), word.toString());
            previousEnd = word.endMs();
        }
        assertTrue(Math.abs(speech.durationMs() - previousEnd) < 800, "last word ends near the end: " + previousEnd + " of "
                + speech.durationMs());
        WordTiming hello = speech.words().get(0);
        WordTiming world = speech.words().get(1);
        WordTiming next = speech.words().get(2);
        assertTrue(rms(speech, hello.startMs(), hello.endMs()) > 0.02, "sound where 'Hello' is");
        assertTrue(next.startMs() - world.endMs() >= 150, "a pause between sentences");
        assertTrue(rms(speech, world.endMs() + 40, next.startMs() - 40) < rms(speech, hello.startMs(), hello.endMs()) / 4,
                "quiet in the pause");
    }

    /**
     * Draining gives exactly the bytes of plain blocking reads of one queueful each, whatever the
     * timing. MaryTTS divides each block it hands over by the loudest sample seen so far, so for a
     * loud sentence like this one the block sizes change the sound (checked below): reads sized by
     * timing made the same text sound different from run to run.
     */
    @Test
    void drainingGivesTheSoundOfFixedBlocksWhateverTheTiming() throws Exception {
        MaryVoice.available();
        LocalMaryInterface engine = new LocalMaryInterface();
        engine.setVoice(MaryVoice.DEFAULT);
        String text = "It weighs the beans, grinds them fresh and heats the water just right.";
        byte[] fixedBlocks = readInBlocks(engine.generateAudio(text), MaryVoice.QUEUED_BYTES);
        assertTrue(fixedBlocks.length > 16_000 * 2, "at least a second of sound: " + fixedBlocks.length + " bytes");
        assertFalse(Arrays.equals(fixedBlocks, readInBlocks(engine.generateAudio(text), 4 * MaryVoice.QUEUED_BYTES)),
                "this sentence is loud enough that MaryTTS's block sizes change its sound");
        for (int run = 0; run < 3; run++) {
            byte[] drained;
            try (AudioInputStream audio = engine.generateAudio(text)) {
                drained = MaryVoice.drain(audio);
            }
            assertArrayEquals(fixedBlocks, drained, "run " + run);
        }
    }

    private static byte[] readInBlocks(AudioInputStream audio, int blockBytes) throws IOException {
        try (audio) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            byte[] block = new byte[blockBytes];
            for (int read = audio.read(block, 0, blockBytes); read >= 0; read = audio.read(block, 0, blockBytes)) {
                bytes.write(block, 0, read);
            }
            return bytes.toByteArray();
        }
    }

    @Test
    void writesNoLogFilesIntoTheWorkingDirectory() {
        new MaryVoice(MaryVoice.DEFAULT).speak("Quiet please.");
        assertFalse(Files.exists(Path.of("log")), "MaryTTS created ./log");
        assertTrue(MaryVoice.available().contains(MaryVoice.DEFAULT));
    }

    private static double rms(Speech speech, long fromMs, long toMs) {
        int from = (int) (fromMs * speech.sampleRate() / 1000);
        int to = (int) Math.min(speech.samples().length, toMs * speech.sampleRate() / 1000);
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += speech.samples()[i] * speech.samples()[i];
        }
        return Math.sqrt(sum / Math.max(1, to - from));
    }
}
