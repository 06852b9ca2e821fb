package dev.reelwright.director.storyboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    @Test
    void splitsAtStopsFollowedByACapital() {
        assertEquals(List.of("It works.", "Does it?", "Yes!"), SentenceSplitter.split("It works. Does it? Yes!"));
    }

    @Test
    void abbreviationsAndInitialsDoNotEndSentences() {
        assertEquals(List.of("Dr. Smith met Mr. J. K. Rowling at 5 p.m. on Main St. in the U.S. today.", "Then they left."),
                SentenceSplitter.split("Dr. Smith met Mr. J. K. Rowling at 5 p.m. on Main St. in the U.S. today. Then they left."));
        assertEquals(List.of("Bring snacks, e.g. fruit and nuts.", "Done."), SentenceSplitter.split("Bring snacks, e.g. fruit and nuts. Done."));
    }

    @Test
    void decimalsStayWhole() {
        assertEquals(List.of("Version 3.5 is 2.5 times faster.", "Try it."), SentenceSplitter.split("Version 3.5 is 2.5 times faster. Try it."));
    }

    @Test
    void closingQuotesStayWithTheirSentence() {
        assertEquals(List.of("She said, \"We ship today.\"", "Everyone cheered."),
                SentenceSplitter.split("She said, \"We ship today.\" Everyone cheered."));
        assertEquals(List.of("“Really?” he asked.", "Yes."), SentenceSplitter.split("“Really?” he asked. Yes."));
    }

    @Test
    void ellipsesEndASentenceOnlyBeforeACapital() {
        assertEquals(List.of("Wait for it... and there it is.", "Amazing…", "Right?"),
                SentenceSplitter.split("Wait for it... and there it is. Amazing… Right?"));
    }

    @Test
    void chineseAndJapanesePunctuation() {
        assertEquals(List.of("今天天气很好。", "我们去公园吧！", "好吗？"), SentenceSplitter.split("今天天气很好。我们去公园吧！好吗？"));
        assertEquals(List.of("新しいアプリです。", "使ってみてください。"), SentenceSplitter.split("新しいアプリです。使ってみてください。"));
    }

    @Test
    void textWithoutStopsIsOneSentence() {
        assertEquals(List.of("no stop at the end"), SentenceSplitter.split("  no   stop at the end "));
    }
}
