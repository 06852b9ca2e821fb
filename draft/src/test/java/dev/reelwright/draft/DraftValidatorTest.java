package dev.reelwright.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class DraftValidatorTest {
    private static final String TWO_CLIPS = """
            {"v":1,"m":{"w":320,"h":180,"fps":30},"d":2000,"t":[
             {"id":"v","tt":0,"sg":[
               {"id":"a","s":0,"d":1000,"m":{"color":"#ff0000"}},
               {"id":"b","s":1000,"d":1000,"m":{"color":"#0000ff"}}]},
             {"id":"au","tt":1,"m":{"role":"bgm"},"sg":[{"id":"m1","s":0,"d":2000,"src":"media:m.wav","m":{"vol":0.5}}]},
             {"id":"tx","tt":7,"m":{"role":"title"},"sg":[{"id":"t1","s":0,"d":1000,"m":{"text":"Hi"}}]}]}
            """;

    @Test
    void aValidDraftHasNoProblems() {
        assertEquals(List.of(), DraftValidator.problems(DraftCodec.parseUnchecked(TWO_CLIPS)));
        assertEquals(List.of(), DraftValidator.problems(DraftCodec.parseUnchecked(Drafts.URBAN_DREAMS)));
    }

    static Stream<Arguments> brokenRules() {
        return Stream.of(
                Arguments.of("\"w\":320", "\"w\":321", "m.w: must be an even number (H.264 with yuv420p needs even sides)"),
                Arguments.of("\"w\":320", "\"w\":9000", "m.w: must be between 16 and 7680 pixels"),
                Arguments.of("\"fps\":30", "\"fps\":500", "m.fps: must be between 1 and 120"),
                Arguments.of("\"fps\":30}", "\"fps\":30,\"bg\":\"red\"}", "m.bg: must be a colour #rrggbb"),
                Arguments.of("\"d\":2000,\"t\"", "\"d\":2500,\"t\"", "d: must equal the end of the last segment (2000 ms), got 2500"),
                Arguments.of("\"id\":\"b\"", "\"id\":\"a\"", "t[0].sg[1].id: \"a\" is already the id of t[0].sg[0]"),
                Arguments.of("\"s\":1000,\"d\":1000", "\"s\":900,\"d\":1100",
                        "t[0].sg[1].s: overlaps t[0].sg[0] by 100 ms; segments on one track may only overlap by their transition's d"),
                Arguments.of("\"s\":1000,\"d\":1000,\"m\":{", "\"s\":1000,\"d\":1000,\"m\":{\"tr\":{\"type\":\"fade\",\"d\":200},",
                        "t[0].sg[1].m.tr.d: a 200 ms transition needs the segment to overlap t[0].sg[0] by exactly 200 ms; it overlaps by 0 ms"),
                Arguments.of("\"d\":1000,\"m\":{\"color\":\"#ff0000\"}", "\"d\":1000,\"m\":{\"color\":\"#ff0000\",\"tr\":{\"type\":\"fade\",\"d\":200}}",
                        "t[0].sg[0].m.tr: the first segment of a track has nothing to transition from"),
                Arguments.of("\"s\":1000,\"d\":1000,\"m\":{\"color\":\"#0000ff\"}", "\"s\":1000,\"d\":1000,\"m\":{}",
                        "t[0].sg[1]: a video segment needs exactly one of src, m.color, m.gradient or m.pic"),
                Arguments.of("\"color\":\"#0000ff\"", "\"color\":\"blue\"", "t[0].sg[1].m.color: must be a colour #rrggbb"),
                Arguments.of("\"m\":{\"color\":\"#0000ff\"}", "\"m\":{\"pic\":{\"x\":0.5}}",
                        "t[0].sg[1].m.pic: needs the picture's name, e.g. {\"name\": \"hot-beverage\"}"),
                Arguments.of("\"m\":{\"color\":\"#0000ff\"}", "\"m\":{\"pic\":{\"name\":\"bicycle\",\"size\":3}}",
                        "t[0].sg[1].m.pic: size must be a number from 0.05 to 1 (a fraction of the canvas's short side)"),
                Arguments.of("\"m\":{\"color\":\"#0000ff\"}", "\"m\":{\"pic\":{\"name\":\"bicycle\",\"drift\":\"sideways\"}}",
                        "t[0].sg[1].m.pic: drift must be left, right, up or down"),
                Arguments.of("\"vol\":0.5", "\"vol\":2.5", "t[1].sg[0].m.vol: must be between 0.0 and 2.0"),
                Arguments.of("\"src\":\"media:m.wav\",", "", "t[1].sg[0].src: an audio segment needs a source"),
                Arguments.of("\"src\":\"media:m.wav\"", "\"src\":\"ftp://x/m.wav\"",
                        "t[1].sg[0].src: unsupported scheme \"ftp:\" (use media:NAME, https:// or a file path)"),
                Arguments.of("\"vol\":0.5", "\"vol\":0.5,\"fadeIn\":1500,\"fadeOut\":1000",
                        "t[1].sg[0].m: fadeIn and fadeOut together must not exceed the segment's duration"),
                Arguments.of("\"text\":\"Hi\"", "\"text\":\"  \"", "t[2].sg[0].m.text: a text segment needs text"),
                Arguments.of("\"text\":\"Hi\"", "\"text\":\"Hi\",\"duck\":true", "t[2].sg[0].m.duck: does not apply to text segments"),
                Arguments.of("\"text\":\"Hi\"", "\"text\":\"Hi\",\"box\":\"#00000\"", "t[2].sg[0].m.box: must be a colour #rrggbb or #rrggbbaa"),
                Arguments.of("\"role\":\"title\"", "\"role\":\"voice\"", "t[2].m.role: \"voice\" belongs on an audio track"),
                Arguments.of("\"color\":\"#ff0000\"", "\"color\":\"#ff0000\",\"kb\":{\"from\":1,\"to\":1.2}",
                        "t[0].sg[0].m.kb: a Ken Burns move needs an image (src)"),
                Arguments.of("\"s\":0,\"d\":1000,\"m\":{\"color\":\"#ff0000\"}", "\"s\":0,\"d\":0,\"m\":{\"color\":\"#ff0000\"}",
                        "t[0].sg[0].d: must be > 0"),
                Arguments.of("\"s\":1000,\"d\":1000,\"m\":{\"color\":\"#0000ff\"}", "\"s\":1000,\"d\":99999999000,\"m\":{\"color\":\"#0000ff\"}",
                        "d: must be at most 4 hours (14400000 ms)"));
    }

    @ParameterizedTest
    @MethodSource("brokenRules")
    void eachBrokenRuleNamesPathAndRule(String find, String replace, String expected) {
        String json = TWO_CLIPS.replace(find, replace);
        assertTrue(!json.equals(TWO_CLIPS), "the mutation must apply: " + find);
        List<String> problems = DraftValidator.problems(DraftCodec.parseUnchecked(json));
        assertTrue(problems.contains(expected), () -> "expected " + expected + " in " + problems);
    }

    @Test
    void absurdSegmentCountsAreRefusedBeforeAnythingElse() {
        StringBuilder segments = new StringBuilder();
        for (int i = 0; i <= DraftValidator.MAX_SEGMENTS; i++) {
            segments.append(i == 0 ? "" : ",").append("{\"id\":\"s").append(i).append("\",\"s\":").append(i)
                    .append(",\"d\":1,\"m\":{\"color\":\"#000000\"}}");
        }
        String json = "{\"v\":1,\"m\":{\"w\":64,\"h\":36,\"fps\":30},\"d\":20001,\"t\":[{\"id\":\"v\",\"tt\":0,\"sg\":["
                + segments + "]}]}";
        assertEquals(List.of("t: has 20001 segments; at most 20000 are allowed"), DraftValidator.problems(DraftCodec.parseUnchecked(json)));
    }

    @Test
    void aDraftWithManyProblemsReportsAllOfThem() {
        String json = TWO_CLIPS.replace("\"w\":320", "\"w\":321").replace("\"vol\":0.5", "\"vol\":3");
        var e = org.junit.jupiter.api.Assertions.assertThrows(DraftException.class, () -> DraftCodec.parse(json));
        assertEquals(2, e.problems().size());
        assertTrue(e.getMessage().endsWith("(and 1 more problem)"), e.getMessage());
    }
}
