package dev.reelwright.director.make;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelwright.director.captions.CaptionStyle;
import dev.reelwright.director.script.Script;
import dev.reelwright.director.script.ScriptReader;
import dev.reelwright.draft.Draft;
import dev.reelwright.draft.Gradient;
import dev.reelwright.draft.Segment;
import dev.reelwright.draft.TextAnimation;
import dev.reelwright.draft.Track;
import dev.reelwright.draft.TrackRole;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Caption styles, designed visuals, length fitting, the user's voiceover and the voice's language. */
class MakeChoicesTest {
    private static final String LONG_SCRIPT = """
            # Harbour Lights

            The old harbour wakes before dawn. Fishing boats slip out past the lighthouse.
            Gulls follow the nets across grey water. By noon the market is loud with trade.
            Children race along the sea wall after school. The ferry horn sounds twice at four.
            Lanterns glow along the quay as the sun sets. Musicians tune up outside the inn.
            Night falls and the lighthouse turns its slow beam. Come and see the harbour lights this summer.
            """;

    @TempDir
    Path media;

    private static Script script(String text) {
        return ScriptReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private MadeVideo make(String text, MakeOptions options) {
        return VideoMakerTest.maker().make(script(text), options.withCanvas(options.aspect(), 480), media, stage -> { });
    }

    private static Track track(Draft draft, TrackRole role) {
        return draft.tracks().stream().filter(t -> t.role() == role).findFirst().orElseThrow();
    }

    @Test
    void withoutMediaEverySceneIsAMovingDesignWithKineticType() {
        Draft draft = make(LONG_SCRIPT, MakeOptions.defaults()).draft();
        List<Segment> visuals = draft.tracks().get(0).segments();
        Set<Gradient.Look> looks = visuals.stream().map(s -> s.meta().gradient().look()).collect(Collectors.toSet());
        assertTrue(looks.size() >= 6, "at least six looks: " + looks);
        assertTrue(!looks.contains(Gradient.Look.STILL), "never a static slide");
        for (int i = 1; i < visuals.size(); i++) {
            assertTrue(visuals.get(i).meta().gradient().look() != visuals.get(i - 1).meta().gradient().look(), "neighbours differ");
        }
        for (Segment phrase : track(draft, TrackRole.OVERLAY).segments()) {
            assertEquals(TextAnimation.Effect.WORDS, phrase.meta().textStyle().animation().in(), "kinetic key phrase");
        }
    }

    @Test
    void karaokeMarksEachWordInTurn() {
        Draft draft = make(LONG_SCRIPT, MakeOptions.defaults().withCaptions(CaptionStyle.KARAOKE)).draft();
        List<Segment> captions = track(draft, TrackRole.CAPTION).segments();
        Segment first = captions.get(0);
        assertEquals(0, first.meta().textStyle().mark().wordIndex());
        assertEquals(1, captions.get(1).meta().textStyle().mark().wordIndex());
        assertEquals(first.meta().text(), captions.get(1).meta().text(), "the same cue, the next word marked");
        assertEquals(captions.get(1).startMs(), first.endMs(), "one word hands over to the next");
        String shown = String.join(" ", dev.reelwright.draft.Captions.cues(draft).stream().map(c -> c.text().replace('\n', ' ')).toList());
        assertTrue(shown.startsWith("The old harbour wakes before dawn."), "subtitle files show each cue once: " + shown);
    }

    @Test
    void boldShowsOneToThreeLargeWordsWithAPop() {
        Draft draft = make(LONG_SCRIPT, MakeOptions.defaults().withCaptions(CaptionStyle.BOLD)).draft();
        List<Segment> captions = track(draft, TrackRole.CAPTION).segments();
        StringBuilder words = new StringBuilder();
        for (Segment caption : captions) {
            int count = caption.meta().text().split("\\s+").length;
            assertTrue(count >= 1 && count <= 3, caption.meta().text());
            assertEquals(TextAnimation.Effect.POP, caption.meta().textStyle().animation().in());
            assertTrue(caption.meta().textStyle().sizePx() >= 40, "large");
            words.append(caption.meta().text()).append(' ');
        }
        assertTrue(words.toString().startsWith("The old harbour wakes before dawn. Fishing boats"), words.toString());
    }

    @Test
    void boxedCaptionsSitOnABoxAndNoneLeavesThemOut() {
        Draft boxed = make(LONG_SCRIPT, MakeOptions.defaults().withCaptions(CaptionStyle.BOXED)).draft();
        assertTrue(track(boxed, TrackRole.CAPTION).segments().get(0).meta().textStyle().boxColor() != null);
        Draft none = make(LONG_SCRIPT, MakeOptions.defaults().withCaptions(CaptionStyle.NONE)).draft();
        assertTrue(none.tracks().stream().noneMatch(t -> t.role() == TrackRole.CAPTION));
    }

    @Test
    void aShortTargetSpeedsTheVoiceUpToALimitAndSaysByHowMuchItIsOver() {
        MadeVideo made = make(LONG_SCRIPT, MakeOptions.defaults().withTarget(10_000L).withFit(Fit.SPEED));
        assertEquals(1, made.warnings().size(), made.warnings().toString());
        assertTrue(made.warnings().get(0).contains("longer than the 10 s asked for"), made.warnings().get(0));
        assertTrue(made.warnings().get(0).contains("1.25x"), made.warnings().get(0));
        MadeVideo natural = make(LONG_SCRIPT, MakeOptions.defaults());
        assertTrue(made.draft().durationMs() < natural.draft().durationMs() * 0.9, "spoken faster");
    }

    @Test
    void aLongTargetHoldsThePicturesLongerAndGivesTheCardsMoreTime() {
        MadeVideo natural = make(LONG_SCRIPT, MakeOptions.defaults());
        long target = natural.draft().durationMs() + 12_000;
        MadeVideo made = make(LONG_SCRIPT, MakeOptions.defaults().withTarget(target));
        assertEquals(target, made.draft().durationMs());
        assertTrue(made.warnings().isEmpty());
        long titleCard = made.draft().tracks().get(0).segments().get(0).durationMs();
        assertTrue(titleCard > natural.draft().tracks().get(0).segments().get(0).durationMs(), "the title card gets more time");
    }

    @Test
    void aScriptNoVoiceSpeaksStillGetsCaptionsAndMusicAndSaysWhatToInstall() {
        MadeVideo made = make("城市的夜晚\n\n城市的灯光在夜里闪烁。人们在街上散步。欢迎来到我们的城市。", MakeOptions.defaults());
        assertTrue(made.warnings().get(0).contains("espeak-ng"), made.warnings().toString());
        assertTrue(made.draft().tracks().stream().noneMatch(t -> t.role() == TrackRole.VOICE));
        assertTrue(made.draft().tracks().stream().anyMatch(t -> t.role() == TrackRole.CAPTION));
        assertTrue(made.draft().tracks().stream().anyMatch(t -> t.role() == TrackRole.BGM));
    }

    @Test
    void theUsersVoiceoverSetsTheLengthAndTheCaptionsFollowItsPauses() {
        // Two phrases of tone with a clear pause: "Fishing boats leave." at 0.5–1.7 s, "Gulls follow them home." at 2.5–4.1 s.
        int rate = 16_000;
        float[] mono = new float[rate * 5];
        tone(mono, rate, 500, 1_700);
        tone(mono, rate, 2_500, 4_100);
        Voiceover recording = new Voiceover(Path.of("vo.wav"), mono, rate);
        MadeVideo made = make("Harbour\n\nFishing boats leave. Gulls follow them home.", MakeOptions.defaults().withVoiceover(recording));
        Draft draft = made.draft();
        Segment voice = track(draft, TrackRole.VOICE).segments().get(0);
        assertEquals(5_000, voice.durationMs(), "the whole recording plays");
        assertEquals(Narrator.VOICEOVER_LEAD_MS + 5_000 + Narrator.END_MS, draft.durationMs(), "the video follows the recording");
        List<Segment> captions = track(draft, TrackRole.CAPTION).segments();
        Segment gulls = captions.stream().filter(c -> c.meta().text().startsWith("Gulls")).findFirst().orElseThrow();
        assertTrue(Math.abs(gulls.startMs() - (Narrator.VOICEOVER_LEAD_MS + 2_500)) <= 100,
                "the second sentence's caption starts at its pause: " + gulls.startMs());
    }

    @Test
    void aDurationWithAVoiceoverHoldsTheEndCardOrSaysTheRecordingIsLonger() {
        int rate = 16_000;
        float[] mono = new float[rate * 5];
        tone(mono, rate, 500, 4_500);
        Voiceover recording = new Voiceover(Path.of("vo.wav"), mono, rate);
        String script = "Harbour\n\nFishing boats leave at dawn.";
        MadeVideo longer = make(script, MakeOptions.defaults().withVoiceover(recording).withTarget(15_000L));
        assertEquals(15_000, longer.draft().durationMs(), "the end card is held to reach 15 s");
        assertTrue(longer.warnings().isEmpty(), longer.warnings().toString());
        MadeVideo shorter = make(script, MakeOptions.defaults().withVoiceover(recording).withTarget(5_000L));
        assertEquals(Narrator.VOICEOVER_LEAD_MS + 5_000 + Narrator.END_MS, shorter.draft().durationMs(), "the recording is never cut");
        assertTrue(shorter.warnings().get(0).contains("4.0 s longer than the 5 s asked for"), shorter.warnings().toString());
    }

    private static void tone(float[] mono, int rate, long fromMs, long toMs) {
        for (int i = (int) (fromMs * rate / 1000); i < toMs * rate / 1000; i++) {
            mono[i] = (float) (0.3 * Math.sin(2 * Math.PI * 180 * i / rate));
        }
    }
}
