package dev.reelwright.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Moving backgrounds move, differ from each other, and keep to their palette; kinetic type and karaoke marks show. */
class MotionRenderTest {
    private static final String[] LOOKS = {"drift", "aurora", "bokeh", "rays", "waves", "pulse", "grid"};
    private static final int SEGMENT_MS = 1_000;

    @TempDir
    Path dir;

    private static String looksDraft() {
        List<String> segments = new ArrayList<>();
        for (int i = 0; i < LOOKS.length; i++) {
            segments.add("""
                    {"id":"g%d","s":%d,"d":%d,"m":{"gradient":{"from":"#101030","to":"#2060c0","accent":"#ffd060","look":"%s"}}}"""
                    .formatted(i, i * SEGMENT_MS, SEGMENT_MS, LOOKS[i]));
        }
        return """
                {"v":1,"m":{"w":192,"h":108,"fps":10},"d":%d,"t":[{"id":"v","tt":0,"sg":[%s]}]}"""
                .formatted(LOOKS.length * SEGMENT_MS, String.join(",", segments));
    }

    @Test
    void everyLookMovesAndLooksUnlikeTheOthers() throws Exception {
        DecodedVideo video = Renders.render(dir, looksDraft());
        List<byte[]> stills = new ArrayList<>();
        for (int i = 0; i < LOOKS.length; i++) {
            byte[] early = video.pictureAt(i * SEGMENT_MS + 100);
            byte[] late = video.pictureAt(i * SEGMENT_MS + 900);
            assertTrue(meanDifference(early, late) > 1.0, LOOKS[i] + " moves: " + meanDifference(early, late));
            assertTrue(brightness(early) > 20, LOOKS[i] + " is not black");
            stills.add(late);
        }
        for (int i = 0; i < stills.size(); i++) {
            for (int j = i + 1; j < stills.size(); j++) {
                double difference = meanDifference(stills.get(i), stills.get(j));
                assertTrue(difference > 6, LOOKS[i] + " and " + LOOKS[j] + " look alike: " + difference);
            }
        }
    }

    @Test
    void lightsUseTheAccentColour() throws Exception {
        DecodedVideo video = Renders.render(dir, looksDraft());
        int warmest = 0;
        byte[] bgr = video.pictureAt(3 * SEGMENT_MS + 500);
        for (int i = 0; i < bgr.length; i += 3) {
            warmest = Math.max(warmest, (bgr[i + 2] & 0xFF) - (bgr[i] & 0xFF));
        }
        assertTrue(warmest > 60, "rays tinted by the warm accent over a blue base: " + warmest);
    }

    @Test
    void kineticWordsComeInOneAfterAnother() throws Exception {
        DecodedVideo video = Renders.render(dir, """
                {"v":1,"m":{"w":320,"h":180,"fps":20},"d":2000,"t":[
                 {"id":"v","tt":0,"sg":[{"id":"bg","s":0,"d":2000,"m":{"color":"#000000"}}]},
                 {"id":"x","tt":7,"sg":[{"id":"t","s":0,"d":2000,"m":{"text":"ONE TWO THREE","size":30,"pos":"center",
                   "anim":{"in":"words","out":"none","d":900}}}]}]}
                """);
        int leftEarly = video.brightPixels(250, 0.3, 0.7, 0, 0.4, 200);
        int rightEarly = video.brightPixels(250, 0.3, 0.7, 0.6, 1, 200);
        int rightLate = video.brightPixels(1500, 0.3, 0.7, 0.6, 1, 200);
        assertTrue(leftEarly > 20, "the first word is in early: " + leftEarly);
        assertTrue(rightEarly < rightLate / 4, "the last word comes later: " + rightEarly + " then " + rightLate);
    }

    @Test
    void theMarkedWordTakesItsColour() throws Exception {
        DecodedVideo video = Renders.render(dir, """
                {"v":1,"m":{"w":320,"h":180,"fps":10},"d":1000,"t":[
                 {"id":"v","tt":0,"sg":[{"id":"bg","s":0,"d":1000,"m":{"color":"#000000"}}]},
                 {"id":"x","tt":7,"m":{"role":"caption"},"sg":[{"id":"t","s":0,"d":1000,"m":{"text":"AAA BBB CCC","size":30,
                   "pos":"center","mark":{"word":2,"color":"#ffff00"}}}]}]}
                """);
        assertTrue(yellowPixels(video, 0.62, 1) > 40, "the third word is yellow");
        assertTrue(yellowPixels(video, 0, 0.38) < 3, "the first word is not");
    }

    private static int yellowPixels(DecodedVideo video, double xFrom, double xTo) {
        byte[] bgr = video.pictureAt(500);
        int count = 0;
        for (int y = 0; y < video.heightPx; y++) {
            for (int x = (int) (xFrom * video.widthPx); x < (int) (xTo * video.widthPx); x++) {
                int i = (y * video.widthPx + x) * 3;
                if ((bgr[i + 2] & 0xFF) > 200 && (bgr[i + 1] & 0xFF) > 200 && (bgr[i] & 0xFF) < 80) {
                    count++;
                }
            }
        }
        return count;
    }

    private static double meanDifference(byte[] a, byte[] b) {
        long sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += Math.abs((a[i] & 0xFF) - (b[i] & 0xFF));
        }
        return sum / (double) a.length;
    }

    private static double brightness(byte[] bgr) {
        long sum = 0;
        for (byte value : bgr) {
            sum += value & 0xFF;
        }
        return sum / (double) bgr.length;
    }
}
