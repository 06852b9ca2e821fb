package dev.reelwright.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelwright.draft.Draft;
import dev.reelwright.draft.DraftCodec;
import dev.reelwright.draft.Segment;
import dev.reelwright.draft.Track;
import dev.reelwright.draft.TrackRole;
import dev.reelwright.draft.edit.TextEdits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Captions whose cues keep their words' times are cut again for a vertical canvas and for the bold and karaoke styles. */
class CaptionRecutTest {
    private static Draft timed() throws Exception {
        Draft made = DraftCodec.parse(Files.readString(Path.of("src/test/resources/drafts/made.json")));
        Track captions = made.trackWithRole(TrackRole.CAPTION).orElseThrow();
        List<Segment> cues = new ArrayList<>();
        for (Segment cue : captions.segments()) {
            String[] words = cue.meta().text().split("\\s+");
            long step = cue.durationMs() / words.length;
            List<List<Long>> times = new ArrayList<>();
            for (int i = 0; i < words.length; i++) {
                times.add(List.of(i * step, (i + 1) * step - 20));
            }
            cues.add(cue.withMeta(cue.meta().withExtra(TextEdits.WORDS, times).withColor("#ffd400")));
        }
        return made.withTrack(captions.withSegments(cues));
    }

    private static TurnResult say(Draft draft, String message) {
        Agent agent = new Agent();
        TurnContext context = TurnContext.of(draft, List.of());
        return agent.run(agent.understand(message, context), context, Studio.none(), SessionActions.none(), TurnListener.quiet(), Language.EN);
    }

    @Test
    void verticalCutsShorterLinesAndKeepsTheColourAndEveryWord() throws Exception {
        Draft before = timed();
        TurnResult result = say(before, "make it vertical");
        Track captions = result.draft().trackWithRole(TrackRole.CAPTION).orElseThrow();
        String words = String.join(" ", before.trackWithRole(TrackRole.CAPTION).orElseThrow().segments().stream()
                .map(s -> s.meta().text().replaceAll("\\s+", " ")).toList());
        String after = String.join(" ", captions.segments().stream().map(s -> s.meta().text().replaceAll("\\s+", " ")).toList());
        assertEquals(words, after, "the same words, in order");
        for (Segment cue : captions.segments()) {
            for (String line : cue.meta().text().split("\n")) {
                assertTrue(line.length() <= 32, "a vertical caption line of " + line.length() + " characters: " + line);
            }
            assertEquals("#ffd400", cue.meta().color(), "the user's colour stays");
        }
    }

    @Test
    void boldAndKaraokeFollowTheWords() throws Exception {
        Draft bold = say(timed(), "TikTok-style captions").draft();
        Track captions = bold.trackWithRole(TrackRole.CAPTION).orElseThrow();
        assertTrue(captions.segments().stream().allMatch(s -> s.meta().text().split("\\s+").length <= 3), "one to three words at a time");
        assertEquals("Captions (bold)", captions.meta().name());
        Draft karaoke = say(timed(), "karaoke captions").draft();
        Segment marked = karaoke.trackWithRole(TrackRole.CAPTION).orElseThrow().segments().get(1);
        assertNotNull(marked.meta().textStyle().mark());
        assertEquals(1, marked.meta().textStyle().mark().wordIndex());
    }
}
