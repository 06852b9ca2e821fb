package dev.reelwright.director.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Prompts follow from the idea: length, subject, kind and look; different ideas differ. */
class PromptWriterTest {
    @Test
    void theShotListAddsUpToTheLengthAsked() {
        for (String idea : List.of("a 30-second product showcase with cinematic lighting", "a 7 second teaser for a sneaker",
                "a 2 minute travel film about Lisbon", "wolves hunting in a snowy forest, 20 seconds")) {
            VideoPrompt prompt = PromptWriter.write(idea);
            List<Shot> shots = prompt.shots();
            assertEquals(0, shots.get(0).startMs());
            for (int i = 1; i < shots.size(); i++) {
                assertEquals(shots.get(i - 1).endMs(), shots.get(i).startMs(), idea);
                assertTrue(shots.get(i).durationMs() >= 1_000, idea);
            }
            assertEquals(prompt.durationMs(), shots.get(shots.size() - 1).endMs(), idea);
        }
        assertEquals(30_000, PromptWriter.write("a 30-second product showcase").durationMs());
        assertEquals(120_000, PromptWriter.write("a 2 minute travel film about Lisbon").durationMs());
    }

    @Test
    void theIdeaChoosesSubjectKindAndLook() {
        VideoPrompt product = PromptWriter.write("a 30-second product showcase with cinematic lighting");
        assertEquals("the product", product.subject());
        assertTrue(product.concept().contains("cinematic product commercial"), product.concept());
        assertTrue(product.lighting().contains("rim light"), product.lighting());
        VideoPrompt coffee = PromptWriter.write("a cozy coffee shop on a rainy morning in Tokyo, retro film look");
        assertTrue(coffee.concept().contains("food film"), coffee.concept());
        assertTrue(coffee.setting().contains("Tokyo"), coffee.setting());
        assertTrue(coffee.colorGrade().contains("film-stock"), coffee.colorGrade());
        for (Shot shot : coffee.shots()) {
            assertTrue(shot.action().contains("coffee shop"), "every shot is about the subject: " + shot.action());
        }
    }

    @Test
    void differentIdeasGiveClearlyDifferentPrompts() {
        String a = PromptWriter.write("a 30-second product showcase with cinematic lighting").text(VideoPrompt.Target.GENERIC);
        String b = PromptWriter.write("wolves hunting in a snowy forest, 20 seconds, documentary").text(VideoPrompt.Target.GENERIC);
        Set<String> linesA = new HashSet<>(List.of(a.split("\n")));
        long shared = b.lines().filter(linesA::contains).count();
        assertTrue(shared <= 1, "at most a heading in common, got " + shared + " shared lines");
        assertNotEquals(a, b);
    }

    @Test
    void eachModelGetsItsOwnForm() {
        VideoPrompt prompt = PromptWriter.write("a 12 second neon city street at night");
        assertTrue(prompt.text(VideoPrompt.Target.VEO).contains("Audio:"));
        assertTrue(prompt.text(VideoPrompt.Target.KLING).contains("Negative prompt:"));
        assertTrue(prompt.text(VideoPrompt.Target.SORA).contains("Avoid:"));
        assertTrue(prompt.text(VideoPrompt.Target.RUNWAY).startsWith("Shot 1"));
        assertTrue(prompt.json().contains("\"shots\""));
        assertTrue(prompt.style().contains("neon"), prompt.style());
    }

    @Test
    void emptyAndAbsurdIdeasAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> PromptWriter.write("   "));
        var e = assertThrows(IllegalArgumentException.class, () -> PromptWriter.write("a 3 hour epic"));
        assertTrue(e.getMessage().contains("3 seconds to 5 minutes"), e.getMessage());
    }
}
