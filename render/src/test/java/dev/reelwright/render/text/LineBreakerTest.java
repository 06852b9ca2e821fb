package dev.reelwright.render.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineBreakerTest {
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final Font FONT = Fonts.standard().forText("sans", true, "title", "test").deriveFont(64f);

    @Test
    void aTitleThatWrapsIsSplitIntoEvenLinesNotALoneLastWord() {
        String title = "Brewline: Coffee That Knows You";
        double width = LineBreaker.width(title, FONT, FRC);
        List<String> lines = LineBreaker.wrap(title, FONT, FRC, width * 0.9);
        assertEquals(List.of("Brewline: Coffee", "That Knows You"), lines);
    }

    @Test
    void balancingNeverAddsALineAndKeepsEveryWordInOrder() {
        String text = "Every morning starts with a choice, and most of us make it half asleep over the kitchen counter.";
        for (double fraction : new double[] {0.2, 0.3, 0.45, 0.6, 0.95}) {
            double max = LineBreaker.width(text, FONT, FRC) * fraction;
            List<String> lines = LineBreaker.wrap(text, FONT, FRC, max);
            assertEquals(text, String.join(" ", lines), "at " + fraction);
            for (String line : lines) {
                assertTrue(LineBreaker.width(line, FONT, FRC) <= max, line + " is wider than " + max);
            }
            double longest = lines.stream().mapToDouble(line -> LineBreaker.width(line, FONT, FRC)).max().orElseThrow();
            double shortest = lines.stream().mapToDouble(line -> LineBreaker.width(line, FONT, FRC)).min().orElseThrow();
            if (lines.size() <= 4) {
                assertTrue(shortest > longest * 0.4, "uneven lines at " + fraction + ": " + lines);
            }
        }
    }

    @Test
    void textThatFitsStaysOnOneLineAndLineBreaksInTheTextAreKept() {
        assertEquals(List.of("Short title"), LineBreaker.wrap("Short title", FONT, FRC, 2000));
        assertEquals(List.of("One", "Two"), LineBreaker.wrap("One\nTwo", FONT, FRC, 2000));
    }
}
