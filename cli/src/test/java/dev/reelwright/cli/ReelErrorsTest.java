package dev.reelwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input: exit code 2, one line naming the file and the problem, nothing written. */
class ReelErrorsTest {
    @TempDir
    Path dir;

    private static final String GOOD = """
            {"v":1,"m":{"w":64,"h":36,"fps":10},"d":500,"t":[
             {"id":"v","tt":0,"sg":[{"id":"p","s":0,"d":500,"src":"media:pic.png"}]}]}
            """;

    private Path draft(String json) throws IOException {
        return Files.writeString(dir.resolve("draft.json"), json);
    }

    private void assertBadInput(ReelRun run, String expectedLine) {
        assertEquals(2, run.exitCode(), "exit code; stderr: " + run.err());
        assertEquals("reel: " + expectedLine + "\n", run.err());
    }

    @AfterEach
    void noOutputLeft() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<String> left = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".mp4") || n.endsWith(".part") || n.endsWith(".srt")).toList();
            assertEquals(List.of(), left);
        }
    }

    @Test
    void missingDraftFile() {
        Path missing = dir.resolve("missing.json");
        assertBadInput(ReelRun.of("render", missing.toString(), "-o", dir.resolve("out.mp4").toString()), missing + ": no such file");
    }

    @Test
    void malformedJsonWithLineAndColumn() throws IOException {
        Path file = draft("{\n  \"v\": 1,\n  \"m\": {\"w\": 64 \"h\": 36}\n}");
        assertBadInput(ReelRun.of("render", file.toString(), "-o", dir.resolve("out.mp4").toString()),
                file + ": malformed JSON at line 3, column 17: Unexpected character ('\"' (code 34)): was expecting comma to separate Object entries");
    }

    @Test
    void brokenRuleWithItsJsonPath() throws IOException {
        Path file = draft(GOOD.replace("\"d\":500,\"src\"", "\"d\":0,\"src\""));
        ReelRun run = ReelRun.of("render", file.toString(), "-o", dir.resolve("out.mp4").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("reel: " + file + ": t[0].sg[0].d: must be > 0"), run.err());
        assertEquals(1, run.err().lines().count());
    }

    @Test
    void missingMedia() throws IOException {
        Path file = draft(GOOD);
        assertBadInput(ReelRun.of("render", file.toString(), "-o", dir.resolve("out.mp4").toString()),
                file + ": t[0].sg[0].src: " + dir.resolve("pic.png") + ": no such file");
    }

    @Test
    void corruptMedia() throws IOException {
        Path file = draft(GOOD);
        Files.write(dir.resolve("pic.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0, 1, 2, 3});
        ReelRun run = ReelRun.of("render", file.toString(), "-o", dir.resolve("out.mp4").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("reel: " + file + ": t[0].sg[0].src: " + dir.resolve("pic.png") + ": "), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
    }

    @Test
    void mediaNamesCannotEscapeTheMediaFolder() throws IOException {
        Path file = draft(GOOD.replace("media:pic.png", "media:../../etc/passwd"));
        ReelRun run = ReelRun.of("render", file.toString(), "-o", dir.resolve("out.mp4").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("a media name must stay inside the media folder"), run.err());
    }

    @Test
    void unwritableOutputPath() throws IOException {
        Path file = draft(GOOD);
        TestImages.png(dir.resolve("pic.png"));
        Path blocker = Files.writeString(dir.resolve("afile.txt"), "x");
        Path out = blocker.resolve("out.mp4");
        assertBadInput(ReelRun.of("render", file.toString(), "-o", out.toString()),
                file + ": " + out + ": the folder " + blocker + " does not exist");
    }

    @Test
    void outputMustBeAnMp4Name() throws IOException {
        Path file = draft(GOOD);
        assertBadInput(ReelRun.of("render", file.toString(), "-o", dir.resolve("out.avi").toString()),
                dir.resolve("out.avi") + ": the output name must end in .mp4");
    }

    @Test
    void binaryGarbageAsADraft() throws IOException {
        Path file = Files.write(dir.resolve("draft.json"), new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 1, (byte) 0xC3, 0x28});
        assertBadInput(ReelRun.of("summary", file.toString()), file + ": not UTF-8 text (is it a draft?)");
    }

    @Test
    void emptyDraftFile() throws IOException {
        Path file = draft("");
        assertBadInput(ReelRun.of("summary", file.toString()), file + ": draft: the file is empty");
    }

    @Test
    void enormousDraftFile() throws IOException {
        Path file = dir.resolve("draft.json");
        try (var out = Files.newOutputStream(file)) {
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 17; i++) {
                out.write(spaces);
            }
        }
        assertBadInput(ReelRun.of("summary", file.toString()), file + ": 17 MiB is too big for a draft (at most 16 MiB)");
    }

    @Test
    void unknownCommandsAndOptions() {
        assertBadInput(ReelRun.of("explode"), "unknown command \"explode\" (reel --help lists them)");
        assertBadInput(ReelRun.of("render", "x.json", "--fast"), "unknown option --fast");
        assertBadInput(ReelRun.of("render", "x.json"), "missing -o OUT.mp4 (" + RenderCommand.USAGE + ")");
        assertBadInput(ReelRun.of("render", "x.json", "-o", "y.mp4", "--quality", "ultra"),
                "--quality must be draft, standard or high (got \"ultra\")");
    }

    @Test
    void probeOfAMissingFile() {
        assertBadInput(ReelRun.of("probe", dir.resolve("none.mp4").toString()), dir.resolve("none.mp4") + ": no such file");
    }
}
