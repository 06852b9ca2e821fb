package dev.reelwright.render;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A built-in picture lands where {@code m.pic} puts it, over what is below, comes in, drifts, and is checked before rendering. */
class PlacedPictureRenderTest {
    @TempDir
    Path dir;

    private static String placed(String pic) {
        return """
                {"v":1,"m":{"w":320,"h":180,"fps":10},"d":2000,"t":[
                 {"id":"v","tt":0,"sg":[{"id":"bg","s":0,"d":2000,"m":{"color":"#203040"}}]},
                 {"id":"p","tt":0,"sg":[{"id":"pic","s":0,"d":2000,"m":{"pic":%s}}]}]}
                """.formatted(pic);
    }

    private static boolean background(int[] rgb) {
        return Math.abs(rgb[0] - 0x20) < 12 && Math.abs(rgb[1] - 0x30) < 12 && Math.abs(rgb[2] - 0x40) < 12;
    }

    @Test
    void thePictureSitsWhereItIsPlacedWithTheBackgroundAroundIt() throws Exception {
        // A red apple in the right half, a third of the height across.
        DecodedVideo video = Renders.render(dir, placed("{\"name\":\"red-apple\",\"x\":0.75,\"y\":0.5,\"size\":0.34}"));
        int[] centre = video.colorAt(1000, 0.75, 0.55);
        assertTrue(centre[0] > 150 && centre[1] < 110, "the apple's red at its centre: " + java.util.Arrays.toString(centre));
        assertTrue(background(video.colorAt(1000, 0.25, 0.5)), "the left half shows the background");
        assertTrue(background(video.colorAt(1000, 0.75, 0.05)), "above the apple, the background");
        int[] start = video.colorAt(0, 0.75, 0.55);
        assertTrue(background(start) || start[0] < centre[0] - 40, "it fades in: " + java.util.Arrays.toString(start));
    }

    @Test
    void anUnknownPictureFailsBeforeAnythingIsWritten() {
        RenderException failure = assertThrows(RenderException.class, () -> Renders.render(dir, placed("{\"name\":\"unicorn-rocket\"}")));
        assertTrue(failure.getMessage().contains("t[1].sg[0].m.pic.name: there is no built-in picture called \"unicorn-rocket\""),
                failure.getMessage());
    }
}
