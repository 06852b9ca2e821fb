package dev.reelwright.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CaptionsTest {
    private static final String DRAFT = """
            {"v":1,"m":{"w":320,"h":180,"fps":30},"d":3723456,"t":[
             {"id":"c","tt":7,"m":{"role":"caption"},"sg":[
               {"id":"c2","s":1500,"d":1000,"m":{"text":"a <b> & c --> d"}},
               {"id":"c3","s":3722000,"d":1456,"m":{"text":"late"}}]},
             {"id":"c0","tt":7,"m":{"role":"caption"},"sg":[{"id":"c1","s":0,"d":1200,"m":{"text":" First line\\nsecond "}}]},
             {"id":"t","tt":7,"m":{"role":"title"},"sg":[{"id":"t1","s":0,"d":1000,"m":{"text":"Not a caption"}}]}]}
            """;

    @Test
    void collectsCaptionCuesInTimeOrder() {
        List<Captions.Cue> cues = Captions.cues(DraftCodec.parse(DRAFT));
        assertEquals(List.of(new Captions.Cue(0, 1200, "First line\nsecond"), new Captions.Cue(1500, 2500, "a <b> & c --> d"),
                new Captions.Cue(3722000, 3723456, "late")), cues);
    }

    @Test
    void writesSubRip() {
        assertEquals("1\n00:00:00,000 --> 00:00:01,200\nFirst line\nsecond\n\n"
                + "2\n00:00:01,500 --> 00:00:02,500\na <b> & c --> d\n\n"
                + "3\n01:02:02,000 --> 01:02:03,456\nlate\n\n", Captions.srt(Captions.cues(DraftCodec.parse(DRAFT))));
    }

    @Test
    void writesWebVttWithEscapes() {
        String vtt = Captions.vtt(Captions.cues(DraftCodec.parse(DRAFT)));
        assertEquals("WEBVTT\n\n00:00:00.000 --> 00:00:01.200\nFirst line\nsecond\n\n"
                + "00:00:01.500 --> 00:00:02.500\na &lt;b> &amp; c --&gt; d\n\n"
                + "01:02:02.000 --> 01:02:03.456\nlate\n\n", vtt);
    }
}
