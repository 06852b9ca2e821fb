package dev.reelwright.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DraftCodecTest {
    @Test
    void readsEveryCoreKey() {
        Draft draft = DraftCodec.parse(Drafts.URBAN_DREAMS);
        assertEquals(1920, draft.meta().widthPx());
        assertEquals(12000, draft.durationMs());
        Track video = draft.tracks().get(0);
        assertEquals(TrackType.VIDEO, video.type());
        Segment clip = video.segments().get(1);
        assertEquals(2000, clip.inMs());
        assertEquals(new Transition(TransitionType.FADE, 500, null), clip.meta().transition());
        assertEquals(0.0, clip.meta().volume());
        assertEquals(new KenBurns(1.0, 1.1, null), video.segments().get(0).meta().kenBurns());
        Segment music = draft.tracks().get(2).segments().get(0);
        assertTrue(music.meta().ducks());
        assertEquals(1500L, music.meta().fadeOutMs());
        assertEquals(TrackRole.BGM, draft.tracks().get(2).role());
        Segment title = draft.tracks().get(3).segments().get(0);
        assertEquals(TextPosition.CENTER, title.meta().position());
        assertEquals(TextAnimation.Effect.POP, title.meta().textStyle().animation().in());
    }

    @Test
    void keepsUnknownMetaKeysOnRoundTrip() {
        Draft first = DraftCodec.parse(Drafts.URBAN_DREAMS);
        String written = DraftCodec.write(first);
        Draft second = DraftCodec.parse(written);
        assertEquals(first, second);
        assertEquals(written, DraftCodec.write(second));
        assertEquals(Map.of("x", List.of(1, 2)), second.meta().extra().get("client"));
        assertEquals(true, second.tracks().get(0).meta().extra().get("lock"));
        assertEquals("hero", second.tracks().get(0).segments().get(0).meta().extra().get("note"));
    }

    @Test
    void upgradesNemoDraftsWithoutVersion() {
        String nemo = Drafts.colourSecond().replace("\"v\":1,", "");
        assertEquals(Draft.CURRENT_VERSION, DraftCodec.parse(nemo).version());
    }

    @Test
    void refusesDraftsFromTheFuture() {
        var e = assertThrows(DraftException.class, () -> DraftCodec.parse(Drafts.colourSecond().replace("\"v\":1", "\"v\":9")));
        assertEquals("v: version 9 is newer than this Reelwright reads (1); update Reelwright", e.getMessage());
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        var e = assertThrows(DraftException.class, () -> DraftCodec.parse("{\n  \"v\": 1,\n  \"m\": {\"w\": 320,,}\n}"));
        assertTrue(e.getMessage().startsWith("malformed JSON at line 3, column 18:"), e.getMessage());
    }

    @Test
    void syntaxMessagesStayOnOneReadableLine() {
        var e = assertThrows(DraftException.class, () -> DraftCodec.parse("{\"v\": [1}"));
        assertEquals("malformed JSON at line 1, column 9: Unexpected close marker '}': expected ']'", e.getMessage());
    }

    @Test
    void emptyInputSaysSo() {
        assertEquals("draft: the file is empty", assertThrows(DraftException.class, () -> DraftCodec.parse("  \n")).getMessage());
    }

    @Test
    void wrongTypesNameTheirPath() {
        assertMessage("t[0].sg[0].d: must be a whole number", Drafts.colourSecond().replace("\"d\":1000,\"m\"", "\"d\":\"long\",\"m\""));
        assertMessage("t[0].sg[0].d: must be a whole number", Drafts.colourSecond().replace("\"d\":1000,\"m\"", "\"d\":10.5,\"m\""));
        assertMessage("m.w: must be > 0", Drafts.colourSecond().replace("\"w\":320", "\"w\":-2"));
        assertMessage("t[0].tt: must be 0 (video), 1 (audio) or 7 (text), got 3", Drafts.colourSecond().replace("\"tt\":0", "\"tt\":3"));
        assertMessage("t[0].sg[0].m.fit: must be one of cover, contain, blur (got \"stretch\")",
                Drafts.colourSecond().replace("\"color\"", "\"fit\":\"stretch\",\"color\""));
        assertMessage("t: must be an array of tracks", "{\"v\":1,\"m\":{\"w\":320,\"h\":180,\"fps\":30},\"d\":0,\"t\":\"none\"}");
        assertMessage("t[0].sg[0].m.duck: must be true or false", Drafts.colourSecond().replace("\"color\"", "\"duck\":\"yes\",\"color\""));
    }

    @Test
    void unknownKeysOutsideMetaAreRejected() {
        assertMessage("t[0].sg[0].speed: unknown key (custom data belongs inside \"m\")",
                Drafts.colourSecond().replace("\"s\":0", "\"speed\":2,\"s\":0"));
    }

    @Test
    void duplicateKeysAreRejected() {
        var e = assertThrows(DraftException.class, () -> DraftCodec.parse(Drafts.colourSecond().replace("\"fps\":30", "\"fps\":30,\"fps\":25")));
        assertTrue(e.getMessage().contains("Duplicate field 'fps'"), e.getMessage());
    }

    @Test
    void animationShorthandMeansBothWays() {
        TextAnimation anim = DraftCodec.parse(Drafts.URBAN_DREAMS).tracks().get(3).segments().get(0).meta().textStyle().animation();
        assertEquals(new TextAnimation(TextAnimation.Effect.POP, TextAnimation.Effect.POP, 400), anim);
    }

    @Test
    void movingLooksKineticWordsAndMarksSurviveARoundTrip() {
        String json = """
                {"v":1,"m":{"w":320,"h":180,"fps":30},"d":1000,"t":[
                 {"id":"v","tt":0,"sg":[{"id":"g","s":0,"d":1000,
                   "m":{"gradient":{"from":"#000000","to":"#112233","angle":45,"look":"aurora","accent":"#ffcc00"}}}]},
                 {"id":"x","tt":7,"sg":[{"id":"t","s":0,"d":1000,
                   "m":{"text":"a b c","anim":{"in":"words","out":"fade","d":900},"mark":{"word":1,"color":"#ffff00"}}}]}]}
                """;
        Draft draft = DraftCodec.parse(json);
        Gradient gradient = draft.tracks().get(0).segments().get(0).meta().gradient();
        assertEquals(Gradient.Look.AURORA, gradient.look());
        assertEquals("#ffcc00", gradient.accentColor());
        TextStyle style = draft.tracks().get(1).segments().get(0).meta().textStyle();
        assertEquals(TextAnimation.Effect.WORDS, style.animation().in());
        assertEquals(new TextStyle.Mark(1, "#ffff00"), style.mark());
        assertEquals(draft, DraftCodec.parse(DraftCodec.write(draft)));
        assertMessage("t[1].sg[0].m.mark.color: must be a colour #rrggbb",
                json.replace("\"#ffff00\"", "\"yellow\""));
    }

    private static void assertMessage(String expected, String json) {
        assertEquals(expected, assertThrows(DraftException.class, () -> DraftCodec.parse(json)).getMessage());
    }
}
