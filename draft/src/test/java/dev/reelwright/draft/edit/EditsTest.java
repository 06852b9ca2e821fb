package dev.reelwright.draft.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelwright.draft.Captions;
import dev.reelwright.draft.Draft;
import dev.reelwright.draft.DraftCodec;
import dev.reelwright.draft.Fit;
import dev.reelwright.draft.Segment;
import dev.reelwright.draft.TextPosition;
import dev.reelwright.draft.Track;
import dev.reelwright.draft.TrackRole;
import dev.reelwright.draft.TransitionType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each edit on a made video (title card, five narrated scenes of 5 s, end card; 30 s): times, words and rules. */
class EditsTest {
    static Draft made() {
        try (InputStream in = EditsTest.class.getResourceAsStream("/edit/made.json")) {
            return DraftCodec.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> texts(Draft draft, String trackId) {
        return draft.track(trackId).orElseThrow().segments().stream().map(s -> s.meta().text()).toList();
    }

    private static List<String> sceneTexts(Draft draft) {
        return Scenes.numbered(draft).stream().map(Scene::text).toList();
    }

    @Test
    void scenesAreTheNarratedPicturesNumberedFromOne() {
        List<Scene> scenes = Scenes.numbered(made());
        assertEquals(5, scenes.size());
        assertEquals(2000, scenes.get(0).fromMs());
        assertEquals(7000, scenes.get(0).toMs());
        assertEquals(List.of("coffee", "beans"), scenes.get(2).keywords());
        assertEquals(7, Scenes.all(made()).size());
    }

    @Test
    void deletingASceneTakesItsWordsAndPictureAndMovesTheRestUp() {
        Draft edited = Edit.apply(new SceneEdits.DeleteScene(3), made());
        assertEquals(25_000, edited.durationMs());
        assertEquals(4, Scenes.numbered(edited).size());
        assertFalse(sceneTexts(edited).contains("Our coffee beans are roasted in house."));
        assertFalse(texts(edited, "phrases").contains("coffee beans"));
        assertTrue(Captions.cues(edited).stream().noneMatch(c -> c.text().contains("coffee")));
        // The voice is cut around the scene's words: two pieces, the second picking up where scene 4 spoke.
        List<Segment> voice = edited.track("voice").orElseThrow().segments();
        assertEquals(2, voice.size());
        assertEquals(12_000, voice.get(0).endMs());
        assertEquals(12_000, voice.get(1).startMs());
        assertEquals(17_000 - 2_300, voice.get(1).inMs());
        assertEquals(25_000, edited.track("music").orElseThrow().segments().get(0).durationMs());
        // Scene 4 now starts where scene 3 did, and fades in over the same half second.
        Segment four = Scenes.numbered(edited, 3).segment();
        assertEquals(12_000 - 250, four.startMs());
        assertEquals("v4", four.id());
        assertEquals(500, four.transitionMs());
        assertEquals(12_300, edited.track("captions").orElseThrow().segments().get(4).startMs());
    }

    @Test
    void movingASceneTakesItsWordsAlong() {
        Draft edited = Edit.apply(new SceneEdits.MoveScene(5, 1), made());
        assertEquals(30_000, edited.durationMs());
        assertEquals("Visit us on Main Street this weekend.", sceneTexts(edited).get(0));
        assertEquals("Rise and Shine Bakery opens its doors at dawn.", sceneTexts(edited).get(1));
        Captions.Cue first = Captions.cues(edited).get(0);
        assertEquals(2_300, first.startMs());
        assertTrue(first.text().startsWith("Visit"), first.text());
        // The moved words are the same stretch of the same recording.
        Segment movedVoice = edited.track("voice").orElseThrow().segments().stream().filter(s -> s.startMs() == 2_000).findFirst().orElseThrow();
        assertEquals(22_000 - 2_300, movedVoice.inMs());
        assertEquals(26_300 - 22_000, movedVoice.durationMs());
    }

    @Test
    void movingASceneLaterAndBack() {
        Draft later = Edit.apply(new SceneEdits.MoveScene(1, 3), made());
        assertEquals(List.of("Fresh bread comes out of the stone oven every hour.", "Our coffee beans are roasted in house.",
                "Rise and Shine Bakery opens its doors at dawn."), sceneTexts(later).subList(0, 3));
        Draft back = Edit.apply(new SceneEdits.MoveScene(3, 1), later);
        assertEquals(sceneTexts(made()), sceneTexts(back));
        assertEquals(Captions.cues(made()), Captions.cues(back));
    }

    @Test
    void movingAScenePastATextOverTheWholeVideoKeepsTheTextWhole() {
        Draft banner = Edit.apply(new TextEdits.AddText(TrackRole.OVERLAY, "shop.com", 0, 30_000, TextPosition.TOP), made());
        Draft swapped = Edit.apply(new SceneEdits.MoveScene(4, 2), banner);
        Draft again = Edit.apply(new SceneEdits.MoveScene(3, 5), swapped);
        Texts.Item first = Texts.withRole(again, TrackRole.OVERLAY).stream().filter(i -> i.text().equals("shop.com")).findFirst().orElseThrow();
        long covered = first.track().segments().stream().mapToLong(Segment::durationMs).sum();
        assertEquals(30_000, covered, "the banner still covers the video once, without overlaps");
        assertEquals(30_000, again.durationMs());
    }

    @Test
    void aTrimThatLeavesATinyPictureMakesACutNotAZeroTransition() {
        Draft trimmed = Edit.apply(new TimeEdits.Trim(0, 2_999), made());
        assertEquals(27_001, trimmed.durationMs());
    }

    @Test
    void lengtheningASceneHoldsItsPictureAndPausesTheVoice() {
        Draft edited = Edit.apply(new SceneEdits.ResizeScene(2, 2_000), made());
        assertEquals(32_000, edited.durationMs());
        assertEquals(7_000, Scenes.numbered(edited, 2).lengthMs());
        assertEquals(Captions.cues(made()).get(3), Captions.cues(edited).get(3));
        assertEquals(Captions.cues(made()).get(4).startMs() + 2_000, Captions.cues(edited).get(4).startMs());
        assertEquals(2, edited.track("voice").orElseThrow().segments().size());
    }

    @Test
    void shorteningASceneTakesOnlySilence() {
        Scene two = Scenes.numbered(made(), 2);
        assertEquals(400, Scenes.slackMs(made(), two));
        Draft edited = Edit.apply(new SceneEdits.ResizeScene(2, -400), made());
        assertEquals(29_600, edited.durationMs());
        assertEquals(Captions.cues(made()).get(3), Captions.cues(edited).get(3));
        EditException tooMuch = assertThrows(EditException.class, () -> Edit.apply(new SceneEdits.ResizeScene(2, -1_000), made()));
        assertEquals("scene 2 can be at most 0.4 s shorter without cutting its words", tooMuch.getMessage());
    }

    @Test
    void splittingASceneMakesTwoHalves() {
        Draft edited = Edit.apply(new SceneEdits.SplitScene(1, null), made());
        assertEquals(6, Scenes.numbered(edited).size());
        assertEquals(4_500, Scenes.numbered(edited, 2).fromMs());
        assertEquals(30_000, edited.durationMs());
    }

    @Test
    void replacingAndInsertingPictures() {
        Draft replaced = Edit.apply(new SceneEdits.ReplaceSceneMedia(2, "media:croissant.jpg", false, Fit.COVER, 0), made());
        Segment two = Scenes.numbered(replaced, 2).segment();
        assertEquals("media:croissant.jpg", two.source());
        assertEquals(null, two.meta().gradient());
        assertEquals(Scenes.numbered(made(), 2).segment().startMs(), two.startMs());
        Draft inserted = Edit.apply(new SceneEdits.InsertScene(2, "media:storefront.mp4", true, Fit.COVER, 0.0, 4_000), made());
        assertEquals(34_000, inserted.durationMs());
        assertEquals(6, Scenes.numbered(inserted).size());
        assertEquals("media:storefront.mp4", Scenes.numbered(inserted, 3).segment().source());
        assertEquals(12_000, Scenes.numbered(inserted, 3).fromMs());
        assertEquals(16_000, Scenes.numbered(inserted, 4).fromMs());
    }

    @Test
    void transitionsChangeTheirOverlapAroundTheSameCuts() {
        Draft edited = Edit.apply(new TimeEdits.SetTransition(null, TransitionType.WIPE, 800), made());
        List<Segment> pictures = edited.track("visuals").orElseThrow().segments();
        for (int i = 1; i < pictures.size(); i++) {
            assertEquals(800, pictures.get(i - 1).endMs() - pictures.get(i).startMs());
            assertEquals(TransitionType.WIPE, pictures.get(i).meta().transition().type());
        }
        assertEquals(Scenes.numbered(made()).stream().map(Scene::fromMs).toList(), Scenes.numbered(edited).stream().map(Scene::fromMs).toList());
        Draft cuts = Edit.apply(new TimeEdits.SetTransition(null, null, 0), made());
        assertTrue(cuts.track("visuals").orElseThrow().segments().stream().allMatch(s -> s.meta().transition() == null));
        Draft one = Edit.apply(new TimeEdits.SetTransition(5, TransitionType.FADE, 1_500), made());
        assertEquals(1_500, Scenes.numbered(one, 5).segment().transitionMs());
        assertEquals(500, Scenes.numbered(one, 4).segment().transitionMs());
    }

    @Test
    void trimmingAndTheWholeLength() {
        Draft trimmed = Edit.apply(new TimeEdits.Trim(3_000, 2_000), made());
        assertEquals(25_000, trimmed.durationMs());
        assertEquals(0, trimmed.track("visuals").orElseThrow().segments().get(0).startMs());
        Draft longer = Edit.apply(new TimeEdits.SetDuration(40_000), made());
        assertEquals(40_000, longer.durationMs());
        assertEquals(Captions.cues(made()).size(), Captions.cues(longer).size());
        Draft shorter = Edit.apply(new TimeEdits.SetDuration(28_000), made());
        assertEquals(28_000, shorter.durationMs());
        EditException impossible = assertThrows(EditException.class, () -> Edit.apply(new TimeEdits.SetDuration(15_000), made()));
        assertTrue(impossible.getMessage().startsWith("the shortest this video can be without cutting words is about 26"), impossible.getMessage());
    }

    @Test
    void soundEdits() {
        Draft calm = Edit.apply(new SoundEdits.SetMusic("media:calm.wav", "calm", 0.3, true, 2_000), made());
        Track music = calm.trackWithRole(TrackRole.BGM).orElseThrow();
        assertEquals("Music: calm", music.meta().name());
        assertEquals(0.3, music.segments().get(0).meta().volume());
        assertEquals(1, calm.tracks().stream().filter(t -> t.role() == TrackRole.BGM).count());
        Draft quiet = Edit.apply(new SoundEdits.SetVolume(SoundEdits.Target.MUSIC, 0.2), made());
        assertEquals(0.2, quiet.trackWithRole(TrackRole.BGM).orElseThrow().segments().get(0).meta().volume());
        Draft none = Edit.apply(new SoundEdits.RemoveMusic(), made());
        assertTrue(none.trackWithRole(TrackRole.BGM).isEmpty());
        assertEquals("the video has no background music to remove",
                assertThrows(EditException.class, () -> Edit.apply(new SoundEdits.RemoveMusic(), none)).getMessage());
        assertThrows(EditException.class, () -> Edit.apply(new SoundEdits.SetVolume(SoundEdits.Target.VOICE, 3.0), made()));
        assertEquals("the video has no clips with their own sound",
                assertThrows(EditException.class, () -> Edit.apply(new SoundEdits.MuteClips(null), made())).getMessage());
        Draft faded = Edit.apply(new SoundEdits.FadeMusic(1_000L, 4_000L), made());
        assertEquals(4_000L, faded.trackWithRole(TrackRole.BGM).orElseThrow().segments().get(0).meta().fadeOutMs());
        Draft recorded = Edit.apply(new SoundEdits.ReplaceVoice("media:voiceover.mp3", 31_000), made());
        assertEquals(33_300, recorded.durationMs());
        assertTrue(recorded.trackWithRole(TrackRole.CAPTION).orElseThrow().isOff());
    }

    @Test
    void textEdits() {
        Draft titled = Edit.apply(new TextEdits.AddText(TrackRole.OVERLAY, "Sale ends Friday", 10_000, 5_000, TextPosition.BOTTOM), made());
        Texts.Item added = Texts.withRole(titled, TrackRole.OVERLAY).stream().filter(i -> i.text().equals("Sale ends Friday")).findFirst().orElseThrow();
        assertNotEquals("phrases", added.track().id());
        assertEquals(10_000, added.segment().startMs());
        Draft renamed = Edit.apply(new TextEdits.EditText("title", "City Nights", TextPosition.TOP, null, null, null, null, null), made());
        assertEquals("City Nights", renamed.meta().title());
        assertEquals(TextPosition.TOP, Texts.titles(renamed).get(0).segment().meta().position());
        Draft off = Edit.apply(new TextEdits.SetCaptions(false, null, null, null, null, null, null), made());
        assertTrue(Captions.cues(off).isEmpty());
        assertEquals(made().tracks().size() - 1, off.playable().tracks().size());
        Draft on = Edit.apply(new TextEdits.SetCaptions(true, TextPosition.TOP, 1.25, "#ffd400", "#000000", null, null), off);
        assertEquals(Captions.cues(made()), Captions.cues(on));
        assertEquals(24, on.track("captions").orElseThrow().segments().get(0).meta().textStyle().sizePx());
        Draft noEnd = Edit.apply(new TextEdits.RemoveText("end"), made());
        assertEquals(List.of("Rise & Shine Bakery"), texts(noEnd, "cards"));
        assertEquals("there is no text nope in the video",
                assertThrows(EditException.class, () -> Edit.apply(new TextEdits.RemoveText("nope"), made())).getMessage());
    }

    @Test
    void karaokeFollowsTheWordsAsSpokenAndGoesBackToOneCuePerLine() {
        Draft draft = made();
        Track captions = draft.track("captions").orElseThrow();
        Segment first = captions.segments().get(0);
        int words = first.meta().text().split("\\s+").length;
        List<List<Long>> times = new java.util.ArrayList<>();
        for (int i = 0; i < words; i++) {
            times.add(List.of(i * 300L, i * 300L + 250));
        }
        List<Segment> timed = new java.util.ArrayList<>(captions.segments());
        timed.set(0, first.withMeta(first.meta().withExtra(TextEdits.WORDS, times)));
        draft = draft.withTrack(captions.withSegments(timed));
        Draft karaoke = Edit.apply(new TextEdits.KaraokeCaptions("#ffd400"), draft);
        List<Segment> pieces = karaoke.track("captions").orElseThrow().segments().subList(0, words);
        for (int i = 1; i < words; i++) {
            assertEquals(first.startMs() + i * 300L, pieces.get(i).startMs(), "word " + i + " starts as spoken");
            assertEquals(i, pieces.get(i).meta().textStyle().mark().wordIndex());
        }
        Draft back = Edit.apply(new TextEdits.KaraokeCaptions(null), karaoke);
        assertEquals(Captions.cues(draft), Captions.cues(back));
        assertEquals(captions.segments().size(), back.track("captions").orElseThrow().segments().size());
    }

    @Test
    void lookEdits() {
        Draft vertical = Edit.apply(new LookEdits.SetCanvas(360, 640), made());
        assertEquals(360, vertical.meta().widthPx());
        assertEquals(32, vertical.track("cards").orElseThrow().segments().get(0).meta().textStyle().sizePx());
        Draft bigger = Edit.apply(new LookEdits.SetCanvas(1080, 1920), made());
        assertEquals(96, bigger.track("cards").orElseThrow().segments().get(0).meta().textStyle().sizePx());
        Draft warm = Edit.apply(new LookEdits.SetPalette(LookEdits.Palette.DARK), made());
        assertNotEquals(made().track("visuals").orElseThrow().segments().get(1).meta().gradient().fromColor(),
                warm.track("visuals").orElseThrow().segments().get(1).meta().gradient().fromColor());
        Draft serif = Edit.apply(new LookEdits.SetFont("serif"), made());
        assertTrue(serif.tracks().stream().filter(t -> t.type() == dev.reelwright.draft.TrackType.TEXT)
                .flatMap(t -> t.segments().stream()).allMatch(s -> "serif".equals(s.meta().textStyle().font())));
    }

    @Test
    void deletingTheOnlySceneOrOneThatIsNotThereSaysWhy() {
        assertEquals("there is no scene 9: the video has 5 scenes (1\u20135)",
                assertThrows(EditException.class, () -> Edit.apply(new SceneEdits.DeleteScene(9), made())).getMessage());
    }

    @Test
    void everyOperationHasANameADescriptionAndASchema() {
        for (Operation op : Operation.values()) {
            assertTrue(op.toolName().matches("[a-z_]+"));
            assertFalse(op.description().isBlank());
            assertEquals("object", op.parametersSchema().get("type"));
        }
        assertEquals(Operation.SET_BGM, Operation.named("set_bgm").orElseThrow());
    }
}
