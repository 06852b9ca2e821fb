package dev.reelwright.director.storyboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelwright.director.script.Script;
import dev.reelwright.director.script.ScriptReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryboardBuilderTest {
    private static final String LAUNCH = """
            Meet Aurora

            Aurora is the smart desk lamp that follows the sun. It brightens gently at dawn and warms to amber at night.
            Designers tested it in forty homes for a whole winter. Families said they slept better within a week.
            The lamp learns your routine without an app. A single touch on its oak base sets the mood.
            It charges your phone wirelessly, too. Aurora ships this spring in three finishes.
            Order yours today at aurora.example.
            """;

    private static Storyboard board(String text) {
        Script script = ScriptReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        return new StoryboardBuilder(SpeechRate.NORMAL).build(script);
    }

    @Test
    void aShortFirstLineIsTheTitleAndIsNotSpoken() {
        Storyboard board = board(LAUNCH);
        assertEquals("Meet Aurora", board.title());
        assertTrue(board.scenes().get(0).narration().startsWith("Aurora is the smart desk lamp"));
    }

    @Test
    void scenesHoldWholeSentencesForTwoToSevenSeconds() {
        Storyboard board = board(LAUNCH);
        assertTrue(board.scenes().size() >= 4, "scenes: " + board.scenes().size());
        for (Scene scene : board.scenes()) {
            assertTrue(scene.speechMs() <= StoryboardBuilder.MAX_SCENE_MS, scene + " too long");
            assertTrue(scene.speechMs() >= StoryboardBuilder.MIN_SCENE_MS, scene + " too short");
        }
        String all = String.join(" ", board.scenes().stream().map(Scene::narration).toList());
        assertEquals(LAUNCH.substring(LAUNCH.indexOf("Aurora is")).replaceAll("\\s+", " ").strip(), all, "every word, in order");
    }

    @Test
    void keywordsAndKeyPhrasesComeFromTheScene() {
        Scene first = board(LAUNCH).scenes().get(0);
        assertTrue(first.keywords().contains("lamp"), first.keywords().toString());
        assertTrue(first.keywords().stream().noneMatch(Words.STOP::contains), first.keywords().toString());
        assertEquals("smart desk lamp", first.keyPhrase());
    }

    @Test
    void aKeyPhraseNamesAThingRatherThanAnAction() {
        // Every run is one word long here: "weighs" follows "it", "beans" follows "the".
        assertEquals("beans", Keywords.keyPhrase("It weighs the beans, grinds them fresh and heats the water just right."));
        assertEquals("countertop coffee maker", Keywords.keyPhrase("Our countertop coffee maker learns how you like your cup."));
        // A run ends before a common verb: the phrase names the thing, not half of what it does.
        assertEquals("carafe", Keywords.keyPhrase("The carafe keeps coffee hot for four hours without burning it."));
        assertEquals("stronger brew",
                Keywords.keyPhrase("After a week it knows that Monday needs a stronger brew and Sunday wants something mellow."));
        assertEquals("app", Keywords.keyPhrase("The app shows where each bag of beans was grown, who roasted it and when."));
        assertEquals("six hundred dollars", Keywords.keyPhrase("One of them saved more than six hundred dollars in a year."));
        assertEquals("choice", Keywords.keyPhrase("We make a choice."));
    }

    @Test
    void theCallToActionIsTheLastSentenceThatAsksForSomething() {
        assertEquals("Order yours today at aurora.example.", board(LAUNCH).callToAction());
        assertEquals("Quiet Mornings", board("Quiet Mornings\n\nThe sun rises slowly over the hills. Birds begin to sing.").callToAction());
        assertEquals("Reserve yours today at brewline.com and wake up to a better cup.",
                board("Brewline\n\nIt learns how you like your cup. Reserve yours today at brewline dot com and wake up to a better cup.")
                        .callToAction());
        assertEquals("The full recipe is on plantcook.app.",
                board("Green Bowls\n\nToss the greens with lemon. The full recipe is on plantcook.app. Enjoy it.").callToAction());
        assertEquals("Head to the link in bio for the full guide.",
                board("Tiny Flats\n\nSmall rooms can feel big. Head to the link in bio for the full guide.").callToAction());
        assertEquals("Tiny Flats", board("Tiny Flats\n\nEmail is where our mornings go. The dot matters less than the line.")
                .callToAction(), "neither an e-mail mention nor a stray 'dot' asks for anything");
    }

    @Test
    void headingsBecomeSectionsThatScenesDoNotCross() {
        Storyboard board = board("# Guide\n\n## Setup\n\nPlug it in. Wait for the light.\n\n## Use\n\nTouch the base to change the mood.");
        assertEquals("Guide", board.title());
        assertEquals(List.of("Setup", "Use"), board.scenes().stream().map(Scene::section).toList());
    }

    @Test
    void aVeryLongSentenceIsCutAtItsClauses() {
        String sentence = "This sentence goes on, and on, past the point where anyone could say it in one breath, "
                + "because it lists the lamp, the base, the cable, the charger, the box, the manual, the warranty card, "
                + "and finally the small cloth for keeping the oak clean.";
        Storyboard board = board(sentence);
        assertTrue(board.scenes().size() >= 2);
        board.scenes().forEach(scene -> assertTrue(scene.speechMs() <= StoryboardBuilder.MAX_SCENE_MS, scene.toString()));
        assertEquals(sentence, String.join(" ", board.scenes().stream().map(Scene::narration).toList()));
    }

    @Test
    void subtitleCuesDriveSceneTiming() throws Exception {
        String srt = "1\n00:00:00,500 --> 00:00:02,000\nFirst.\n\n2\n00:00:02,100 --> 00:00:04,000\nSecond.\n\n"
                + "3\n00:00:08,000 --> 00:00:10,000\nAfter a pause.\n";
        java.nio.file.Path file = java.nio.file.Files.createTempFile("cues", ".srt");
        java.nio.file.Files.writeString(file, srt);
        Storyboard board = new StoryboardBuilder(SpeechRate.NORMAL).build(ScriptReader.read(file));
        assertEquals(2, board.scenes().size());
        assertEquals(500, board.scenes().get(0).startMs());
        assertEquals(3500, board.scenes().get(0).speechMs());
        assertEquals(8000, board.scenes().get(1).startMs());
        java.nio.file.Files.delete(file);
    }

    @Test
    void chineseScriptsGetScenesAndKeywordsToo() {
        Storyboard board = board("城市之光\n\n这座城市从不睡觉。夜晚的街道充满了灯光和音乐。人们在广场上跳舞。我们欢迎你来这座城市。");
        assertEquals("城市之光", board.title());
        assertTrue(board.scenes().stream().allMatch(s -> s.speechMs() <= StoryboardBuilder.MAX_SCENE_MS));
        assertTrue(board.scenes().get(0).keywords().contains("城市"), board.scenes().get(0).keywords().toString());
    }
}
