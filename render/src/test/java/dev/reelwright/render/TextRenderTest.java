package dev.reelwright.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelwright.draft.DraftCodec;
import dev.reelwright.render.text.Fonts;
import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text lands where the draft puts it, stays inside the frame, animates, and never shows boxes for characters. */
class TextRenderTest {
    private static final int BRIGHT = 200;

    @TempDir
    Path dir;

    private static String text(int w, int h, String role, String meta) {
        return """
                {"v":1,"m":{"w":%d,"h":%d,"fps":10,"bg":"#000000"},"d":1000,"t":[
                 {"id":"v","tt":0,"sg":[{"id":"bg","s":0,"d":1000,"m":{"color":"#000000"}}]},
                 {"id":"x","tt":7,"m":{"role":"%s"},"sg":[{"id":"t","s":0,"d":1000,"m":%s}]}]}
                """.formatted(w, h, role, meta);
    }

    @Test
    void centeredTitleIsInTheMiddleBand() throws Exception {
        DecodedVideo video = Renders.render(dir, text(320, 180, "title", "{\"text\":\"HELLO\",\"size\":40}"));
        assertTrue(video.brightPixels(500, 0.4, 0.6, 0, 1, BRIGHT) > 200, "text in the middle");
        assertEquals(0, video.brightPixels(500, 0, 0.3, 0, 1, BRIGHT), "nothing at the top");
        assertEquals(0, video.brightPixels(500, 0.7, 1, 0, 1, BRIGHT), "nothing at the bottom");
    }

    @Test
    void topAndBottomPositionsStayInsideTheSafeArea() throws Exception {
        DecodedVideo top = Renders.render(dir, text(320, 180, "overlay", "{\"text\":\"TOP\",\"pos\":\"top\",\"size\":30}"));
        assertTrue(top.brightPixels(500, 0.05, 0.35, 0, 1, BRIGHT) > 50, "near the top");
        assertEquals(0, top.brightPixels(500, 0, 0.05, 0, 1, BRIGHT), "clear of the very top");
        DecodedVideo bottom = Renders.render(dir, text(320, 180, "caption", "{\"text\":\"Bottom line\",\"size\":24}"));
        assertTrue(bottom.brightPixels(500, 0.65, 0.93, 0, 1, BRIGHT) > 50, "near the bottom");
        assertEquals(0, bottom.brightPixels(500, 0.94, 1, 0, 1, BRIGHT), "clear of the very bottom");
    }

    @Test
    void verticalCaptionsKeepClearOfTheAppButtons() throws Exception {
        DecodedVideo video = Renders.render(dir, text(180, 320, "caption",
                "{\"text\":\"Captions for a vertical video that wrap onto two lines\"}"));
        assertTrue(video.brightPixels(500, 0.5, 0.8, 0, 1, BRIGHT) > 100, "caption above the bottom fifth");
        assertEquals(0, video.brightPixels(500, 0.8, 1, 0, 1, BRIGHT), "nothing in the bottom fifth");
        assertEquals(0, video.brightPixels(500, 0, 1, 0.88, 1, BRIGHT), "nothing in the right eighth");
    }

    @Test
    void longTextWrapsAndShrinksInsteadOfBeingCutOff() throws Exception {
        DecodedVideo video = Renders.render(dir, text(320, 180, "title",
                "{\"text\":\"A remarkably long title that could never fit on a single line of this small canvas\",\"size\":60}"));
        assertTrue(video.brightPixels(500, 0, 1, 0, 1, BRIGHT) > 300, "text drawn");
        assertEquals(0, video.brightPixels(500, 0, 1, 0, 0.03, BRIGHT), "left edge clear");
        assertEquals(0, video.brightPixels(500, 0, 1, 0.97, 1, BRIGHT), "right edge clear");
    }

    @Test
    void fontFamiliesComeWithTheBuildAndLookDifferent() throws Exception {
        int sans = Renders.render(dir, text(320, 180, "overlay", "{\"text\":\"Typeface\",\"size\":40,\"font\":\"sans\"}"))
                .brightPixels(500, 0, 1, 0, 1, BRIGHT);
        int serif = Renders.render(dir, text(320, 180, "overlay", "{\"text\":\"Typeface\",\"size\":40,\"font\":\"serif\"}"))
                .brightPixels(500, 0, 1, 0, 1, BRIGHT);
        int mono = Renders.render(dir, text(320, 180, "overlay", "{\"text\":\"Typeface\",\"size\":40,\"font\":\"mono\"}"))
                .brightPixels(500, 0, 1, 0, 1, BRIGHT);
        assertTrue(sans > 100 && serif > 100 && mono > 100, sans + " " + serif + " " + mono);
        assertTrue(sans != serif && serif != mono && sans != mono, "three different faces: " + sans + " " + serif + " " + mono);
    }

    @Test
    void hostileAmountsOfHugeTextShrinkAndStayInsideTheFrame() throws Exception {
        String words = "word ".repeat(399) + "end";
        DecodedVideo video = Renders.render(dir, text(320, 180, "title", "{\"text\":\"" + words + "\",\"size\":1000}"));
        assertTrue(video.brightPixels(500, 0, 1, 0, 1, BRIGHT) > 100, "text drawn");
        assertEquals(0, video.brightPixels(500, 0, 0.02, 0, 1, BRIGHT), "top edge clear");
        assertEquals(0, video.brightPixels(500, 0.98, 1, 0, 1, BRIGHT), "bottom edge clear");
    }

    @Test
    void fadeAnimationStartsInvisible() throws Exception {
        DecodedVideo video = Renders.render(dir, text(320, 180, "title", "{\"text\":\"FADE\",\"size\":40,\"anim\":{\"in\":\"fade\",\"d\":500}}"));
        assertEquals(0, video.brightPixels(0, 0, 1, 0, 1, 60), "first frame empty");
        assertTrue(video.brightPixels(800, 0, 1, 0, 1, BRIGHT) > 100, "visible later");
    }

    @Test
    void boxedTextPaintsItsBox() throws Exception {
        DecodedVideo video = Renders.render(dir, text(320, 180, "caption", "{\"text\":\"Boxed\",\"box\":\"#ff0000\",\"size\":30}"));
        int reds = 0;
        byte[] bgr = video.pictureAt(500);
        for (int i = 0; i < bgr.length; i += 3) {
            if ((bgr[i + 2] & 0xFF) > 200 && (bgr[i + 1] & 0xFF) < 60) {
                reds++;
            }
        }
        assertTrue(reds > 300, "red box pixels: " + reds);
    }

    @Test
    void cjkTextWithoutACjkFontFailsNamingThePackage() {
        Renderer withoutSystemFonts = new Renderer(new Fonts(List::of));
        var draft = DraftCodec.parse(text(320, 180, "title", "{\"text\":\"你好，世界\",\"size\":40}"));
        RenderException e = assertThrows(RenderException.class, () -> withoutSystemFonts.render(draft, Renders.resolver(dir),
                Quality.DRAFT, dir.resolve("cjk.mp4"), RenderListener.NONE, Cancellation.none()));
        assertTrue(e.getMessage().startsWith("t[1].sg[0].m.text: \"你\" needs a Chinese/Japanese/Korean font"), e.getMessage());
        assertTrue(e.getMessage().contains("apt-get install fonts-noto-cjk"), e.getMessage());
        assertTrue(!java.nio.file.Files.exists(dir.resolve("cjk.mp4")));
    }

    @Test
    void cjkTextRendersWithAnInstalledCjkFont() throws Exception {
        boolean hasCjkFont = List.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAllFonts()).stream()
                .anyMatch(f -> f.canDisplayUpTo("你好世界") == -1 && !List.of("Dialog", "DialogInput", "Serif", "SansSerif",
                        "Monospaced").contains(f.getFamily()));
        Assumptions.assumeTrue(hasCjkFont, "no CJK font installed (Debian: fonts-noto-cjk); .ci/run installs one");
        DecodedVideo video = Renders.render(dir, text(320, 180, "title", "{\"text\":\"你好，世界\",\"size\":40}"));
        assertTrue(video.brightPixels(500, 0.35, 0.65, 0, 1, BRIGHT) > 200, "CJK glyphs drawn");
    }
}
