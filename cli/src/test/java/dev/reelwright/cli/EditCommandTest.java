package dev.reelwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelwright.draft.Draft;
import dev.reelwright.draft.DraftCodec;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** reel edit: requests applied to a local draft, versions kept for --undo, and every bad input a one-line exit 2 with nothing written. */
class EditCommandTest {
    private static final String DRAFT = """
            {"v":1,"m":{"title":"Demo","w":640,"h":360,"fps":30},"d":9000,"t":[
             {"id":"v","tt":0,"sg":[
               {"id":"a","s":0,"d":3250,"m":{"color":"#ff0000"}},
               {"id":"b","s":2750,"d":3500,"m":{"color":"#00ff00","tr":{"type":"fade","d":500}}},
               {"id":"c","s":5750,"d":3250,"m":{"color":"#0000ff","tr":{"type":"fade","d":500}}}]},
             {"id":"x","tt":7,"m":{"role":"title"},"sg":[{"id":"t","s":0,"d":2000,"m":{"text":"Demo"}}]}]}
            """;

    @TempDir
    Path dir;

    @Test
    void requestsEditTheDraftAndUndoGoesBack() throws Exception {
        Path file = Files.writeString(dir.resolve("demo.draft.json"), DRAFT);
        ReelRun run = ReelRun.of("edit", file.toString(), "make it vertical", "delete scene 2", "change the title to 'Hello'");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Deleted scene 2"), run.out());
        Draft edited = DraftCodec.parse(Files.readString(file));
        assertEquals(360, edited.meta().widthPx());
        assertEquals(640, edited.meta().heightPx());
        assertEquals(6_000, edited.durationMs());
        assertEquals("Hello", edited.meta().title());
        assertEquals(0, ReelRun.of("edit", file.toString(), "--undo").exitCode());
        assertEquals(DraftCodec.parse(DRAFT), DraftCodec.parse(Files.readString(file)));
        ReelRun chinese = ReelRun.of("edit", file.toString(), "删除第三个镜头", "--lang", "zh");
        assertTrue(chinese.out().startsWith("已删除第 3 个镜头"), chinese.out());
    }

    @Test
    void badInputSaysWhatIsWrongAndWritesNothing() throws Exception {
        Path file = Files.writeString(dir.resolve("demo.draft.json"), DRAFT);
        ReelRun missing = ReelRun.of("edit", dir.resolve("nope.json").toString(), "make it vertical");
        assertEquals(2, missing.exitCode());
        assertEquals("reel: " + dir.resolve("nope.json") + ": no such file\n", missing.err());
        ReelRun unknown = ReelRun.of("edit", file.toString(), "make it vertical", "sing me a song about cheese");
        assertEquals(2, unknown.exitCode());
        assertEquals(1, unknown.err().lines().count(), unknown.err());
        assertTrue(unknown.err().contains("sing me a song about cheese"), unknown.err());
        ReelRun impossible = ReelRun.of("edit", file.toString(), "delete scene 9");
        assertEquals(2, impossible.exitCode());
        assertTrue(impossible.err().contains("there is no scene 9: the video has 3 scenes"), impossible.err());
        ReelRun nothing = ReelRun.of("edit", file.toString());
        assertEquals(2, nothing.exitCode());
        assertEquals(DRAFT, Files.readString(file), "nothing written");
        assertFalse(Files.exists(dir.resolve("demo.draft.versions")), "no version kept for nothing done");
        Path corrupt = Files.writeString(dir.resolve("bad.json"), "{\"v\": 1, \"t\": [");
        assertEquals(2, ReelRun.of("edit", corrupt.toString(), "make it vertical").exitCode());
    }
}
