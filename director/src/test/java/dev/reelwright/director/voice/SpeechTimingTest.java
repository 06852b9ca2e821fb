package dev.reelwright.director.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Speed changes keep pitch; pauses are found; words without timings are aligned to them. */
class SpeechTimingTest {
    private static final int RATE = 16_000;

    static float[] tones(long totalMs, long... spansMs) {
        float[] mono = new float[(int) (totalMs * RATE / 1000)];
        for (int s = 0; s < spansMs.length; s += 2) {
            for (int i = (int) (spansMs[s] * RATE / 1000); i < spansMs[s + 1] * RATE / 1000; i++) {
                mono[i] = (float) (0.3 * Math.sin(2 * Math.PI * 220 * i / RATE));
            }
        }
        return mono;
    }

    @Test
    void fasterSpeechIsShorterAtTheSamePitch() {
        float[] mono = tones(2_000, 0, 2_000);
        Speech speech = new Speech(mono, RATE, List.of(new WordTiming("hello", 500, 1_000)));
        Speech fast = TimeStretch.apply(speech, 1.25);
        assertEquals(1_600, fast.durationMs(), 5);
        assertEquals(400, fast.words().get(0).startMs());
        assertEquals(800, fast.words().get(0).endMs());
        assertEquals(220, crossingsHz(fast.samples(), 2_000, 20_000), 6, "pitch kept");
    }

    private static double crossingsHz(float[] samples, int from, int to) {
        int crossings = 0;
        for (int i = from + 1; i < to; i++) {
            if (samples[i - 1] < 0 && samples[i] >= 0) {
                crossings++;
            }
        }
        return crossings * (double) RATE / (to - from);
    }

    @Test
    void pausesSplitTheSpeech() {
        List<SpeechPauses.Span> spans = SpeechPauses.speech(tones(4_000, 300, 1_200, 1_600, 2_000, 2_050, 3_000), RATE);
        assertEquals(2, spans.size(), "a 50 ms gap is not a pause: " + spans);
        assertEquals(300, spans.get(0).startMs(), 10);
        assertEquals(1_200, spans.get(0).endMs(), 10);
        assertEquals(1_600, spans.get(1).startMs(), 10);
        assertEquals(3_000, spans.get(1).endMs(), 10);
        assertTrue(SpeechPauses.speech(new float[RATE], RATE).isEmpty(), "silence has no speech");
    }

    @Test
    void sentencesStartAtThePausesNearestThem() {
        List<SpeechPauses.Span> spans = SpeechPauses.speech(tones(6_000, 200, 1_400, 2_000, 4_200, 4_700, 5_600), RATE);
        List<String> words = List.of("Boats", "leave.", "Gulls", "follow", "them", "home", "tonight.", "Lights", "glow.");
        List<WordTiming> timings = PauseAligner.align(words, spans);
        assertEquals(words.size(), timings.size());
        assertEquals(200, timings.get(0).startMs(), 10);
        assertEquals(2_000, timings.get(2).startMs(), 10, "Gulls starts after the first pause");
        assertEquals(4_700, timings.get(7).startMs(), 10, "Lights starts after the second pause");
        for (int i = 1; i < timings.size(); i++) {
            assertTrue(timings.get(i).startMs() >= timings.get(i - 1).endMs() - 1, "in order");
        }
    }

    @Test
    void theScriptsLanguageIsRecognised() {
        assertEquals("en", Language.of("The quick brown fox jumps over the lazy dog and runs to the river."));
        assertEquals("es", Language.of("El perro corre por la playa con los niños y la familia."));
        assertEquals("de", Language.of("Der Hund läuft mit den Kindern und die Sonne ist warm."));
        assertEquals("zh", Language.of("城市的灯光在夜里闪烁。"));
        assertEquals("ja", Language.of("東京の夜はとても綺麗です。"));
        assertTrue(Language.speaks(java.util.Locale.forLanguageTag("cmn"), "zh"));
    }
}
