package dev.reelwright.director.captions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelwright.director.voice.MaryVoice;
import dev.reelwright.director.voice.Speech;
import dev.reelwright.director.voice.WordTiming;
import dev.reelwright.draft.Captions.Cue;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaptionBuilderTest {
    private static final String SCRIPT = "Meet the new Reelwright studio. It turns 3.5 scripts into finished videos, in seconds, "
            + "on your own machine with no account. Try it today.";

    @Test
    void cuesFromRealSpeechKeepEveryRule() {
        Speech speech = new MaryVoice(MaryVoice.DEFAULT).speak(SCRIPT);
        for (CaptionRules rules : List.of(CaptionRules.LANDSCAPE, CaptionRules.PORTRAIT)) {
            List<Cue> cues = new CaptionBuilder(rules).build(SCRIPT, speech.words());
            assertEquals(SCRIPT, String.join(" ", cues.stream().map(c -> c.text().replace('\n', ' ')).toList()), "the script's words, in order");
            long previousEnd = 0;
            for (Cue cue : cues) {
                List<String> lines = List.of(cue.text().split("\n"));
                assertTrue(lines.size() <= 2, cue.toString());
                assertTrue(lines.stream().allMatch(l -> l.length() <= rules.maxCharsPerLine()), cue.toString());
                assertTrue(cue.endMs() - cue.startMs() >= 800, "on screen long enough: " + cue);
                assertTrue(cue.text().length() <= 22.0 * (cue.endMs() - cue.startMs()) / 1000 + 1, "readable speed: " + cue);
                assertTrue(cue.startMs() >= previousEnd, "no overlap: " + cue);
                previousEnd = cue.endMs();
            }
            WordTiming meet = speech.words().get(0);
            assertEquals(meet.startMs(), cues.get(0).startMs(), "starts with its first word");
        }
    }

    @Test
    void aWrittenNumberTakesTheTimeOfTheWordsThatSayIt() {
        List<WordTiming> spoken = List.of(new WordTiming("It", 0, 100), new WordTiming("costs", 100, 400),
                new WordTiming("three", 400, 600), new WordTiming("point", 600, 800), new WordTiming("five", 800, 1000),
                new WordTiming("today", 1000, 1400));
        List<WordAlignment.TimedWord> words = WordAlignment.align(List.of("It", "costs", "3.5", "today."), spoken);
        assertEquals(List.of(new WordAlignment.TimedWord("It", 0, 100), new WordAlignment.TimedWord("costs", 100, 400),
                new WordAlignment.TimedWord("3.5", 400, 1000), new WordAlignment.TimedWord("today.", 1000, 1400)), words);
    }

    @Test
    void wordsTheVoiceDroppedShareTheirNeighboursTime() {
        List<WordTiming> spoken = List.of(new WordTiming("hello", 0, 300), new WordTiming("world", 300, 700));
        List<WordAlignment.TimedWord> words = WordAlignment.align(List.of("hello", "—", "world"), spoken);
        assertEquals(3, words.size());
        assertEquals("world", words.get(2).text());
        assertEquals(300, words.get(2).startMs());
    }
}
