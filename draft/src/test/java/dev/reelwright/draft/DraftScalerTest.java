package dev.reelwright.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class DraftScalerTest {
    private static final String VERTICAL = """
            {"v":1,"m":{"w":1080,"h":1920,"fps":30},"d":3000,"t":[
             {"id":"v","tt":0,"sg":[{"id":"a","s":0,"d":3000,"m":{"color":"#204060"}}]},
             {"id":"t","tt":7,"sg":[{"id":"x","s":0,"d":1500,"m":{"text":"Hi","size":96}},{"id":"y","s":1500,"d":1500,"m":{"text":"Lo"}}]}]}""";

    @Test
    void theCanvasAndPixelSizesScaleTogether() {
        Draft draft = DraftCodec.parse(VERTICAL);
        Draft small = DraftScaler.toShortSide(draft, 720);
        assertEquals(720, small.meta().widthPx());
        assertEquals(1280, small.meta().heightPx());
        assertEquals(64, small.tracks().get(1).segments().get(0).meta().textStyle().sizePx());
        assertEquals(null, small.tracks().get(1).segments().get(1).meta().textStyle().sizePx(), "default sizes follow the canvas anyway");
        assertEquals(draft.durationMs(), small.durationMs());
        assertSame(draft, DraftScaler.toShortSide(draft, 1080));
        Draft odd = DraftScaler.toShortSide(DraftCodec.parse(VERTICAL.replace("\"w\":1080,\"h\":1920", "\"w\":1920,\"h\":1080")), 480);
        assertEquals(854, odd.meta().widthPx(), "even sizes");
        assertEquals(480, odd.meta().heightPx());
        DraftCodec.write(small);
    }
}
