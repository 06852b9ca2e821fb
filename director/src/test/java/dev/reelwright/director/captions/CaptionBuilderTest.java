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
    void linesAreBalancedAndBreakWhereTheSentenceDoes() {
        CaptionBuilder builder = new CaptionBuilder(CaptionRules.LANDSCAPE);
        assertEquals(List.of("Try it today."), builder.lines("Try it today."));
        assertEquals(List.of("It weighs the beans,", "grinds them fresh and heats the water"),
                builder.lines("It weighs the beans, grinds them fresh and heats the water"));
        // No punctuation: the closest lengths, but not "the | water" and not one word alone.
        assertEquals(List.of("Every morning starts with a choice", "and most of us settle for less"),
                builder.lines("Every morning starts with a choice and most of us settle for less"));
        assertEquals(List.of("Our countertop coffee maker", "learns how you like your cup"),
                new CaptionBuilder(CaptionRules.PORTRAIT).lines("Our countertop coffee maker learns how you like your cup"));
    }

    @Test
    void aCueTooLongForItsLinesEndsAtAClauseNotInsideAPhrase() {
        String text = "It weighs the beans, grinds them fresh and heats the water just right.";
        List<WordTiming> spoken = new java.util.ArrayList<>();
        String[] words = text.replace(",", "").replace(".", "").split(" ");
        for (int i = 0; i < words.length; i++) {
            spoken.add(new WordTiming(words[i].toLowerCase(java.util.Locale.ROOT), i * 300L, i * 300L + 280));
        }
        // Two 32-character lines hold all but the last word; the cues break at the comma, not before "right."
        List<Cue> cues = new CaptionBuilder(CaptionRules.PORTRAIT).build(text, spoken);
        assertEquals(List.of("It weighs the beans,", "grinds them fresh and heats the water just right."),
                cues.stream().map(c -> c.text().replace('\n', ' ')).toList(), cues.toString());
        assertEquals(0, cues.get(0).startMs());
        assertEquals("grinds them fresh\nand heats the water just right.", cues.get(1).text());
        assertEquals(3 * 300 + 280, cues.get(0).endMs(), "ends with \"beans,\", its last word");
        assertEquals(4 * 300, cues.get(1).startMs(), "starts with \"grinds\", its first word");
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
