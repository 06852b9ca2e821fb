package dev.reelwright.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelwright.draft.Draft;
import dev.reelwright.draft.DraftCodec;
import dev.reelwright.draft.PlacedPicture;
import dev.reelwright.draft.edit.Operation;
import dev.reelwright.draft.edit.PictureEdits;
import dev.reelwright.draft.edit.Scenes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** "use a bicycle in scene 3": a scene's built-in picture, chosen by what the user names, in English and Chinese. */
class ScenePictureTurnsTest {
    private static Draft made() throws Exception {
        return DraftCodec.parse(Files.readString(Path.of("src/test/resources/drafts/made.json")));
    }

    private static TurnResult say(Draft draft, String message, Language language) {
        Agent agent = new Agent();
        TurnContext context = new TurnContext(draft, List.of(), language == Language.ZH ? "zh" : "en", null);
        return agent.run(agent.understand(message, context), context, Studio.none(), SessionActions.none(), TurnListener.quiet(), language);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "use a bicycle in scene 3|3|bicycle",
            "show a cup of coffee in the second scene|2|hot-beverage",
            "change the picture in scene 2 to a dog|2|dog",
            "replace the image of scene 3 with a rocket|3|rocket",
            "put a pizza in the 3rd scene|3|pizza",
            "scene 1 should show an umbrella|1|umbrella",
            "第3个镜头换成自行车|3|bicycle",
            "把第二个场景的图换成一杯咖啡|2|hot-beverage",
            "第1个镜头用雨伞的图|1|umbrella"})
    void aNamedThingBecomesTheScenesPicture(String message, int scene, String picture) throws Exception {
        Language language = message.codePoints().anyMatch(c -> c > 0x2e80) ? Language.ZH : Language.EN;
        Draft before = made();
        TurnResult result = say(before, message, language);
        assertEquals(List.of(Operation.SET_SCENE_PICTURE), result.done().stream().map(OpCall::op).toList(), result.reply());
        var target = Scenes.numbered(result.draft(), scene);
        List<PlacedPicture> shown = PictureEdits.placedIn(result.draft(), target.fromMs(), target.toMs());
        assertEquals(1, shown.size(), shown + " " + result.done() + " " + result.reply());
        assertTrue(shown.get(0).name().startsWith(picture), shown.get(0).name());
        assertFalse(shown.get(0).words().isEmpty(), "the words it was chosen for are kept");
        assertTrue(shown.get(0).size() > 0.3 && shown.get(0).y() > 0.2 && shown.get(0).y() < 0.8, "placed as the main picture: " + shown.get(0));
        Object pics = ((Map<?, ?>) target.segment().meta().extra().get(Scenes.KEY)).get("pics");
        assertTrue(String.valueOf(pics).contains(picture), "the scene records it: " + pics);
        assertTrue(result.reply().contains("now") || result.reply().contains("现在"), result.reply());
        assertEquals(before.durationMs(), result.draft().durationMs(), "nothing else moves");
    }

    @Test
    void anotherPictureReplacesTheFirstAndNoneTakesItAway() throws Exception {
        Draft bike = say(made(), "use a bicycle in scene 3", Language.EN).draft();
        Draft dog = say(bike, "change the picture in scene 3 to a dog", Language.EN).draft();
        var scene = Scenes.numbered(dog, 3);
        assertEquals(List.of("dog"), PictureEdits.placedIn(dog, scene.fromMs(), scene.toMs()).stream().map(PlacedPicture::name).toList());
        Draft none = say(dog, "no picture in scene 3", Language.EN).draft();
        assertTrue(PictureEdits.placedIn(none, scene.fromMs(), scene.toMs()).isEmpty());
        assertTrue(none.tracks().stream().noneMatch(t -> t.id().equals(PictureEdits.TRACK)), "an empty pictures track goes");
    }

    @Test
    void aThingNoPictureShowsIsSaidPlainly() throws Exception {
        TurnResult result = say(made(), "use a quantum entanglement diagram in scene 2", Language.EN);
        assertTrue(result.done().stream().noneMatch(c -> c.op() == Operation.SET_SCENE_PICTURE), result.reply());
    }
}
