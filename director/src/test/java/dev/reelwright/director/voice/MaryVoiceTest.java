package dev.reelwright.director.voice;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** Reading the vocoder's queue in batches gives exactly the bytes of reading it sample by sample. */
    @Test
    void drainingInBatchesLosesAndReordersNothing() throws Exception {
        MaryVoice.available();
        LocalMaryInterface engine = new LocalMaryInterface();
        engine.setVoice(MaryVoice.DEFAULT);
        String text = "Every morning starts with a choice, and most of us make it half asleep.";
        byte[] plain;
        try (AudioInputStream audio = engine.generateAudio(text)) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            audio.transferTo(bytes);
            plain = bytes.toByteArray();
        }
        byte[] drained;
        try (AudioInputStream audio = engine.generateAudio(text)) {
            drained = MaryVoice.drain(audio);
        }
        assertTrue(plain.length > 16_000 * 2, "at least a second of sound: " + plain.length + " bytes");
        assertArrayEquals(plain, drained);
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
