package dev.reelwright.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each transition, red handing over to blue, decoded and looked at. */
class TransitionRenderTest {
    private static final int[] RED = {255, 0, 0};
    private static final int[] BLUE = {0, 0, 255};

    @TempDir
    Path dir;

    /** Red 0–1200 ms, blue 800–2000 ms with the given transition; its midpoint is 1000 ms. */
    private DecodedVideo render(String transition) throws Exception {
        return Renders.render(dir, """
                {"v":1,"m":{"w":320,"h":180,"fps":30,"bg":"#00ff00"},"d":2000,"t":[
                 {"id":"v","tt":0,"sg":[{"id":"a","s":0,"d":1200,"m":{"color":"#ff0000"}},
                   {"id":"b","s":800,"d":1200,"m":{"color":"#0000ff","tr":%s}}]}]}
                """.formatted(transition));
    }

    @Test
    void crossfadeMidpointIsAnEvenBlend() throws Exception {
        DecodedVideo video = render("{\"type\":\"fade\",\"d\":400}");
        Colors.assertNear(RED, video.colorAt(500, 0.5, 0.5), 8, "before");
        Colors.assertNear(new int[] {128, 0, 128}, video.colorAt(1000, 0.5, 0.5), 10, "midpoint");
        Colors.assertNear(BLUE, video.colorAt(1500, 0.5, 0.5), 8, "after");
    }

    @Test
    void fadeThroughBlackIsBlackAtTheMidpoint() throws Exception {
        DecodedVideo video = render("{\"type\":\"black\",\"d\":400}");
        assertTrue(Colors.brightness(video.colorAt(1000, 0.5, 0.5)) < 10, "dark midpoint");
        Colors.assertNear(new int[] {128, 0, 0}, video.colorAt(900, 0.5, 0.5), 12, "half way down");
        Colors.assertNear(new int[] {0, 0, 128}, video.colorAt(1100, 0.5, 0.5), 12, "half way up");
    }

    @Test
    void slideLeftHasOldOnTheLeftNewOnTheRightAtTheMidpoint() throws Exception {
        DecodedVideo video = render("{\"type\":\"slide\",\"d\":400,\"dir\":\"left\"}");
        Colors.assertNear(RED, video.colorAt(1000, 0.25, 0.5), 8, "left half");
        Colors.assertNear(BLUE, video.colorAt(1000, 0.75, 0.5), 8, "right half");
    }

    @Test
    void slideUpComesFromBelow() throws Exception {
        DecodedVideo video = render("{\"type\":\"slide\",\"d\":400,\"dir\":\"up\"}");
        Colors.assertNear(RED, video.colorAt(1000, 0.5, 0.25), 8, "top half");
        Colors.assertNear(BLUE, video.colorAt(1000, 0.5, 0.75), 8, "bottom half");
    }

    @Test
    void wipeRightUncoversTheNewFromTheLeft() throws Exception {
        DecodedVideo video = render("{\"type\":\"wipe\",\"d\":400,\"dir\":\"right\"}");
        Colors.assertNear(BLUE, video.colorAt(1000, 0.25, 0.5), 8, "uncovered");
        Colors.assertNear(RED, video.colorAt(1000, 0.75, 0.5), 8, "still covered");
    }

    @Test
    void zoomBlendsTheTwoWithoutShowingTheBackground() throws Exception {
        DecodedVideo video = render("{\"type\":\"zoom\",\"d\":400}");
        int[] mid = video.colorAt(1000, 0.5, 0.5);
        assertTrue(mid[0] > 60 && mid[2] > 60 && mid[1] < 20, "a red/blue mix, no green background: " + java.util.Arrays.toString(mid));
        int[] corner = video.colorAt(1000, 0.02, 0.02);
        assertTrue(corner[1] < 20, "no background in the corner: " + java.util.Arrays.toString(corner));
    }
}
