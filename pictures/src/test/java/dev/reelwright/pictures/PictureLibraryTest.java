package dev.reelwright.pictures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class PictureLibraryTest {
    private final PictureLibrary library = PictureLibrary.get();

    @Test
    void oneColourPictureOfEachThingWithEnglishAndChineseWords() {
        int count = library.entries().size();
        assertTrue(count > 1_400 && count < 2_000, count + " pictures");
        long withChinese = library.entries().stream().filter(e -> !e.labelZh().isEmpty() && !e.tagsZh().isEmpty()).count();
        assertTrue(withChinese > count * 0.95, withChinese + " of " + count + " have Chinese words");
        assertTrue(library.named("hot-beverage").orElseThrow().tagsEn().contains("coffee"));
        assertTrue(library.named("hot-beverage").orElseThrow().tagsZh().contains("咖啡"));
        assertTrue(library.named("waving-hand-dark").isEmpty(), "skin-tone variants are left out");
    }

    @Test
    void aPictureIsDrawnAtTheSizeAskedWithTransparencyAroundIt() {
        BufferedImage bicycle = library.draw("bicycle", 120);
        assertEquals(120, bicycle.getWidth());
        assertEquals(0, bicycle.getRGB(1, 1) >>> 24, "the corner is clear");
        int opaque = 0;
        for (int y = 0; y < 120; y += 4) {
            for (int x = 0; x < 120; x += 4) {
                opaque += (bicycle.getRGB(x, y) >>> 24) > 200 ? 1 : 0;
            }
        }
        assertTrue(opaque > 60, "the bicycle is drawn: " + opaque + " opaque samples");
        assertThrows(IllegalArgumentException.class, () -> library.draw("unicorn-rocket", 64));
    }

    @Test
    void everyPictureReads() {
        for (PictureEntry entry : library.entries()) {
            assertTrue(library.svg(entry.name()).orElseThrow().startsWith("<svg"), entry.name());
        }
        assertTrue(PictureLibrary.CREDIT.contains("MIT"));
    }
}
