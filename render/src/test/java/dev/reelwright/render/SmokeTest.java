package dev.reelwright.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reelwright.draft.DraftCodec;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmokeTest {
    @TempDir
    Path dir;

    @Test
    void rendersSomething() throws Exception {
        TestMedia.tone(dir.resolve("tone.wav"), 2, 440, 0.2);
        String json = """
                {"v":1,"m":{"w":320,"h":180,"fps":30},"d":2000,"t":[
                 {"id":"v","tt":0,"sg":[{"id":"a","s":0,"d":1200,"m":{"color":"#ff0000"}},
                   {"id":"b","s":1000,"d":1000,"m":{"color":"#0000ff","tr":{"type":"fade","d":200}}}]},
                 {"id":"au","tt":1,"m":{"role":"bgm"},"sg":[{"id":"m","s":0,"d":2000,"src":"media:tone.wav"}]},
                 {"id":"x","tt":7,"m":{"role":"title"},"sg":[{"id":"t","s":0,"d":2000,"m":{"text":"Hello","anim":"pop"}}]}]}
                """;
        Path out = dir.resolve("out.mp4");
        long t0 = System.nanoTime();
        new Renderer().render(DraftCodec.parse(json), src -> dir.resolve(src.substring(6)), Quality.DRAFT, out,
                RenderListener.NONE, Cancellation.none());
        System.out.println("render ms " + (System.nanoTime() - t0) / 1e6);
        DecodedVideo v = new DecodedVideo(out);
        System.out.printf("%s %s %s pix=%d prof=%d %dx%d fps=%.2f frames=%d sound=%.1fms lufs=%.2f peak=%.2f%n", v.format, v.videoCodec,
                v.audioCodec, v.pixelFormat, v.profile, v.widthPx, v.heightPx, v.fps, v.pictures.size(), v.soundDurationMs(),
                v.integratedLufs(), v.peakDb());
        System.out.println(java.util.Arrays.toString(v.colorAt(500, 0.1, 0.1)) + java.util.Arrays.toString(v.colorAt(1100, 0.1, 0.1))
                + java.util.Arrays.toString(v.colorAt(1500, 0.1, 0.1)));
        assertEquals(60, v.pictures.size());
    }
}
