package dev.reelwright.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Video clips: from their in point, with their own sound at its volume. */
class ClipRenderTest {
    @TempDir
    Path dir;

    @BeforeEach
    void makeClip() {
        TestMedia.clip(dir.resolve("rgb.mp4"), 160, 90, 10, Color.RED, Color.GREEN, Color.BLUE);
    }

    private static String clip(long inMs, String meta) {
        return """
                {"v":1,"m":{"w":320,"h":180,"fps":10},"d":1000,"t":[
                 {"id":"v","tt":0,"sg":[{"id":"c","s":0,"d":1000,"src":"media:rgb.mp4","in":%d,"m":%s}]}]}
                """.formatted(inMs, meta);
    }

    @Test
    void startsAtItsInPoint() throws Exception {
        DecodedVideo video = Renders.render(dir, clip(1000, "{}"));
        Colors.assertNear(new int[] {0, 255, 0}, video.colorAt(100, 0.5, 0.5), 14, "second second of the clip is green");
        DecodedVideo later = Renders.render(dir, clip(2000, "{}"));
        Colors.assertNear(new int[] {0, 0, 255}, later.colorAt(500, 0.5, 0.5), 14, "third second is blue");
    }

    @Test
    void bringsItsOwnSoundUnlessMuted() throws Exception {
        DecodedVideo withSound = Renders.render(dir, clip(0, "{}"));
        assertTrue(withSound.levelDb(200, 800) > -30, "clip sound audible: " + withSound.levelDb(200, 800));
        DecodedVideo muted = Renders.render(dir, clip(0, "{\"vol\":0}"));
        assertTrue(muted.peakDb() < -90, "muted: " + muted.peakDb());
    }

    @Test
    void holdsTheLastPictureWhenTheSegmentOutlastsTheClip() throws Exception {
        String json = """
                {"v":1,"m":{"w":320,"h":180,"fps":10},"d":2000,"t":[
                 {"id":"v","tt":0,"sg":[{"id":"c","s":0,"d":2000,"src":"media:rgb.mp4","in":2000,"m":{"vol":0}}]}]}
                """;
        java.util.List<String> warnings = new java.util.ArrayList<>();
        Path out = dir.resolve("held.mp4");
        new Renderer().render(dev.reelwright.draft.DraftCodec.parse(json), Renders.resolver(dir), Quality.DRAFT, out,
                new RenderListener() {
                    @Override
                    public void warning(String message) {
                        warnings.add(message);
                    }
                }, Cancellation.none());
        DecodedVideo video = new DecodedVideo(out);
        Colors.assertNear(new int[] {0, 0, 255}, video.colorAt(1800, 0.5, 0.5), 14, "last picture held");
        assertTrue(warnings.size() == 1 && warnings.get(0).contains("last picture is held"), warnings.toString());
    }
}
