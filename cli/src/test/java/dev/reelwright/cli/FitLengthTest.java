package dev.reelwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelwright.draft.Draft;
import dev.reelwright.render.media.MediaProbe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --duration} with {@code --fit}: a script too long for the length asked loses its least telling sentences, and says so. */
class FitLengthTest {
    @TempDir
    Path dir;

    private static final String SCRIPT = """
            # Better Sleep

            Struggling to fall asleep? Here are four small changes that make a big difference.

            First, keep the same bedtime every night, even on weekends. Your body loves a rhythm, and it starts to feel sleepy at the right time.

            Second, dim the lights an hour before bed. Bright screens tell your brain it is still daytime, so switch to warm lamps.

            Third, keep your bedroom cool and dark. A slightly cold room helps your body temperature drop, which is how deep sleep begins.

            Fourth, watch the caffeine. A coffee after lunch can still be working at midnight.

            Try these tonight and follow for more tips.
            """;

    private static List<String> spoken(Path srt) throws Exception {
        String text = String.join(" ", Files.readString(srt).lines().filter(l -> !l.isBlank() && !l.matches("\\d+") && !l.contains("-->"))
                .toList()).replaceAll("\\s+", " ").strip();
        return Arrays.asList(text.split("(?<=[.?!]) "));
    }

    @Test
    void condensingKeepsTheHookThePointsAndTheCallToAction() throws Exception {
        Path script = Files.writeString(dir.resolve("sleep.md"), SCRIPT);
        Path out = dir.resolve("sleep.mp4");
        ReelRun run = ReelRun.of("make", script.toString(), "-o", out.toString(), "--duration", "25s", "--resolution", "480p",
                "--quality", "draft");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(25_000, MediaProbe.probe(out).durationMs(), 1_500, "the length asked for");
        assertTrue(run.out().contains("warning: to fit 25 s, left out"), run.out());
        assertTrue(run.out().contains("--fit all"), "says how to keep every sentence: " + run.out());
        List<String> said = spoken(dir.resolve("sleep.srt"));
        assertEquals("Struggling to fall asleep?", said.get(0), "the hook stays: " + said);
        assertEquals("Try these tonight and follow for more tips.", said.get(said.size() - 1), "the call to action stays");
        for (String point : List.of("First, keep the same bedtime every night, even on weekends.", "Second, dim the lights an hour before bed.",
                "Third, keep your bedroom cool and dark.", "Fourth, watch the caffeine.")) {
            assertTrue(said.contains(point), "the numbered points stay: " + said);
        }
        assertFalse(said.contains("A coffee after lunch can still be working at midnight."), "an explanation goes: " + said);
        // What the captions show is what the voice says: the draft's scenes carry only the kept sentences.
        Draft draft = DraftFiles.read(dir.resolve("sleep.draft.json"));
        String narrated = String.join(" ", dev.reelwright.draft.edit.Scenes.numbered(draft).stream().map(s -> s.text() == null ? "" : s.text())
                .toList()).replaceAll("\\s+", " ").strip();
        assertEquals(String.join(" ", said), narrated);
    }

    @Test
    void allKeepsEverySentenceAndSpeedKeepsEveryWord() throws Exception {
        Path script = Files.writeString(dir.resolve("sleep.md"), SCRIPT);
        Path all = dir.resolve("all.mp4");
        ReelRun kept = ReelRun.of("make", script.toString(), "-o", all.toString(), "--duration", "20s", "--fit", "all", "--resolution", "480p",
                "--quality", "draft");
        assertEquals(0, kept.exitCode(), kept.err());
        assertTrue(spoken(dir.resolve("all.srt")).contains("A coffee after lunch can still be working at midnight."));
        assertTrue(MediaProbe.probe(all).durationMs() > 30_000, "as long as every sentence takes");
        ReelRun wrong = ReelRun.of("make", script.toString(), "-o", all.toString(), "--fit", "squeeze");
        assertEquals(2, wrong.exitCode());
        assertTrue(wrong.err().contains("fit must be speed, condense or all"), wrong.err());
    }
}
