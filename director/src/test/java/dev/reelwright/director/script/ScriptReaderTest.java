package dev.reelwright.director.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptReaderTest {
    @TempDir
    Path dir;

    private Script read(String name, byte[] bytes) throws Exception {
        return ScriptReader.read(Files.write(dir.resolve(name), bytes));
    }

    private String fail(String name, byte[] bytes) throws Exception {
        Path file = Files.write(dir.resolve(name), bytes);
        return assertThrows(ScriptException.class, () -> ScriptReader.read(file)).getMessage();
    }

    private static final List<ScriptBlock> TWO_PARAGRAPHS = List.of(new ScriptBlock.Paragraph("Hello world. Second line."),
            new ScriptBlock.Paragraph("Another paragraph."));

    @Test
    void readsUtf8WithAndWithoutByteOrderMarkAndCrlf() throws Exception {
        String text = "Hello world.\r\nSecond line.\r\n\r\nAnother paragraph.\r\n";
        assertEquals(TWO_PARAGRAPHS, read("a.txt", text.getBytes(StandardCharsets.UTF_8)).blocks());
        byte[] bom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        assertEquals(TWO_PARAGRAPHS, read("b.txt", bom).blocks());
    }

    @Test
    void readsUtf16WithByteOrderMark() throws Exception {
        String text = "Hello world.\nSecond line.\n\nAnother paragraph.";
        byte[] le = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
        assertEquals(TWO_PARAGRAPHS, read("le.txt", le).blocks());
        byte[] be = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE);
        assertEquals(TWO_PARAGRAPHS, read("be.txt", be).blocks());
    }

    @Test
    void markdownKeepsWhatIsSaid() throws Exception {
        String md = """
                # Launch day
                Meet **Reelwright**, the _open_ studio. See [our site](https://example.org) and `docs`.

                - First point
                - Second point

                > A quote.

                ```
                code is not spoken
                ```
                Subtitle
                --------
                Done.
                """;
        assertEquals(List.of(new ScriptBlock.Heading("Launch day", 1),
                new ScriptBlock.Paragraph("Meet Reelwright, the open studio. See our site and docs."),
                new ScriptBlock.Paragraph("First point Second point"),
                new ScriptBlock.Paragraph("A quote."),
                new ScriptBlock.Heading("Subtitle", 2),
                new ScriptBlock.Paragraph("Done.")), read("s.md", md.getBytes(StandardCharsets.UTF_8)).blocks());
    }

    @Test
    void subRipCuesKeepTheirTimes() throws Exception {
        String srt = "1\r\n00:00:01,000 --> 00:00:03,500\r\nHello <i>there</i>.\r\n\r\n2\r\n00:00:04,000 --> 00:00:06,000\r\nSecond\r\ncue.\r\n";
        Script script = read("s.srt", srt.getBytes(StandardCharsets.UTF_8));
        assertTrue(script.isTimed());
        assertEquals(List.of(new ScriptBlock.TimedCue(1000, 3500, "Hello there."), new ScriptBlock.TimedCue(4000, 6000, "Second cue.")),
                script.blocks());
    }

    @Test
    void brokenSubRipNamesTheLine() throws Exception {
        assertEquals(dir.resolve("bad.srt") + ": line 2: expected a cue time like 00:00:01,000 --> 00:00:03,500",
                fail("bad.srt", "1\n00:00:01 -> 00:00:02\nText\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(dir.resolve("back.srt") + ": line 2: the cue ends before it starts",
                fail("back.srt", "1\n00:00:05,000 --> 00:00:02,000\nText\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void emptyAndWhitespaceOnlyScripts() throws Exception {
        assertEquals(dir.resolve("e.txt") + ": the script is empty", fail("e.txt", new byte[0]));
        assertEquals(dir.resolve("w.txt") + ": the script is empty", fail("w.txt", " \n\t\r\n ".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void binaryDataIsNotAScript() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertEquals(dir.resolve("x.txt") + ": this is binary data, not a script (use .txt, .md, .srt, .docx or .pdf)", fail("x.txt", png));
        assertEquals(dir.resolve("l.txt") + ": not valid UTF-8 text (save it as UTF-8)",
                fail("l.txt", "caf\u00e9 cr\u00e8me".getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void overLongScriptsAreRefused() throws Exception {
        String longText = "word ".repeat(40_001);
        assertEquals(dir.resolve("long.txt") + ": the script has 200005 characters; at most 200000 are taken (about three hours of speech)",
                fail("long.txt", longText.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void unknownFormatsAndMissingFiles() throws Exception {
        assertEquals(dir.resolve("s.exe") + ": .exe is not a script format (use .txt, .md, .srt, .docx or .pdf)", fail("s.exe", new byte[] {1}));
        Path missing = dir.resolve("none.txt");
        assertEquals(missing + ": no such file", assertThrows(ScriptException.class, () -> ScriptReader.read(missing)).getMessage());
    }

    @Test
    void standardInputIsText() {
        Script script = ScriptReader.read(new ByteArrayInputStream("From a pipe.".getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(new ScriptBlock.Paragraph("From a pipe.")), script.blocks());
        assertEquals("standard input", script.source());
    }
}
