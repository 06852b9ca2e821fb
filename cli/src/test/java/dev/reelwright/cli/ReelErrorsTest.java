package dev.reelwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    /** A usage mistake: exit 2, what is wrong first, then the command's synopsis and where its help is. */
    private static void assertUsageError(ReelRun run, String expectedFirstLine, String command) {
        assertEquals(2, run.exitCode(), "exit code; stderr: " + run.err());
        List<String> lines = run.err().lines().toList();
        assertEquals("reel: " + expectedFirstLine, lines.get(0));
        assertTrue(lines.get(1).startsWith("Usage: " + command), run.err());
        assertEquals("(" + command + " --help shows every option)", lines.get(lines.size() - 1));
    }

    @Test
    void unknownCommandsAndOptions() {
        assertUsageError(ReelRun.of("launch"), "unknown command \"launch\"", "reel");
        assertUsageError(ReelRun.of("rendr"), "unknown command \"rendr\" (did you mean render?)", "reel");
        assertUsageError(ReelRun.of("render", "x.json", "-o", "y.mp4", "--fast"), "Unknown option: '--fast'", "reel render");
        assertUsageError(ReelRun.of("render", "x.json"), "Missing required option: '--output=OUT.mp4'", "reel render");
        assertUsageError(ReelRun.of("render", "x.json", "-o", "y.mp4", "--quality", "ultra"),
                "Invalid value for option '--quality': quality must be draft, standard or high (got \"ultra\")", "reel render");
        assertUsageError(ReelRun.of("make", "s.txt", "-o", "y.mp4", "--resolution", "4k"),
                "Invalid value for option '--resolution': resolution must be 1080p, 720p or 480p (got \"4k\")", "reel make");
        assertUsageError(ReelRun.of("bench"), "say which benchmark: render, make, quality, preview, reexport, farm, api or agent", "reel bench");
        assertUsageError(ReelRun.of("admin", "user"), "Missing required parameter: 'NAME'", "reel admin user");
    }

    @Test
    void helpComesFromTheDeclarations() {
        ReelRun overview = ReelRun.of("--help");
        assertEquals(0, overview.exitCode());
        for (String command : List.of("make", "render", "edit", "chat", "export", "mcp", "serve", "worker", "bench", "completion")) {
            assertTrue(overview.out().contains("\n  " + command + " "), command + " in\n" + overview.out());
        }
        ReelRun make = ReelRun.of("make", "--help");
        assertEquals(0, make.exitCode());
        assertTrue(make.out().contains("the picture's shape: 16:9, 9:16, 1:1, 4:5 (default 16:9)"), make.out());
        assertTrue(make.out().contains("how captions look: clean, boxed, karaoke, bold, none (default clean)"), make.out());
        assertTrue(make.out().contains("auto, upbeat, calm, corporate, dramatic, lofi, none"), make.out());
        assertEquals(2, ReelRun.of().exitCode(), "reel alone asks what to do");
    }

    @Test
    void aWorkerSaysWhichFarmItNeeds() {
        assertBadInput(ReelRun.of("worker"), "say which farm: --nats nats://HOST:4222 (or set REEL_NATS)");
        assertBadInput(ReelRun.of("worker", "--nats", "http://127.0.0.1:4222"),
                "--nats must be a NATS address such as nats://127.0.0.1:4222 (got \"http://127.0.0.1:4222\")");
        ReelRun nobody = ReelRun.of("worker", "--nats", "nats://127.0.0.1:9", "--work", dir.resolve("w").toString());
        assertEquals(2, nobody.exitCode(), nobody.err());
        assertTrue(nobody.err().startsWith("reel: cannot reach the NATS server at nats://127.0.0.1:9"), nobody.err());
        assertFalse(nobody.err().contains("\tat "), "no stack trace: " + nobody.err());
    }

    @Test
    void probeOfAMissingFile() {
        assertBadInput(ReelRun.of("probe", dir.resolve("none.mp4").toString()), dir.resolve("none.mp4") + ": no such file");
    }
}
