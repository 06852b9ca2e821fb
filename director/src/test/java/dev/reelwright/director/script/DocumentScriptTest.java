package dev.reelwright.director.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Word and PDF scripts, made in the test, and the hostile ones refused. */
class DocumentScriptTest {
    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    @TempDir
    Path dir;

    private Path docx(String name, String body) throws Exception {
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\"?><w:document " + W + "><w:body>" + body + "</w:body></w:document>")
                    .getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    private static String paragraph(String style, String... runs) {
        StringBuilder p = new StringBuilder("<w:p>");
        if (style != null) {
            p.append("<w:pPr><w:pStyle w:val=\"").append(style).append("\"/></w:pPr>");
        }
        for (String run : runs) {
            p.append(run.equals("\t") ? "<w:r><w:tab/></w:r>" : "<w:r><w:t xml:space=\"preserve\">" + run + "</w:t></w:r>");
        }
        return p.append("</w:p>").toString();
    }

    @Test
    void wordHeadingsBecomeSectionsAndRunsJoinUp() throws Exception {
        Path file = docx("launch.docx", paragraph("Title", "Meet ", "Aurora") + paragraph("Heading1", "Why")
                + paragraph(null, "It fol", "lows the sun.", "\t", "Really.") + paragraph(null, " "));
        assertEquals(List.of(new ScriptBlock.Heading("Meet Aurora", 1), new ScriptBlock.Heading("Why", 1),
                new ScriptBlock.Paragraph("It follows the sun. Really.")), ScriptReader.read(file).blocks());
    }

    @Test
    void aZipBombStopsBeforeItExpands() throws Exception {
        Path file = dir.resolve("bomb.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 40; i++) {
                zip.write(spaces);
            }
        }
        assertTrue(Files.size(file) < 1024 * 1024, "the bomb is small on disk");
        assertEquals(file + ": the document's text expands past 16 MiB; that is not a script (a zip bomb?)",
                assertThrows(ScriptException.class, () -> ScriptReader.read(file)).getMessage());
    }

    @Test
    void absurdEntryCountsAreRefused() throws Exception {
        Path file = dir.resolve("many.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i <= WordDocument.MAX_ENTRIES; i++) {
                zip.putNextEntry(new ZipEntry("f" + i));
            }
        }
        assertEquals(file + ": the document holds 2001 files; a Word document has far fewer",
                assertThrows(ScriptException.class, () -> ScriptReader.read(file)).getMessage());
    }

    @Test
    void externalEntitiesAreNeverRead() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP SECRET");
        Path file = dir.resolve("xxe.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                    + "<w:document " + W + "><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>")
                    .getBytes(StandardCharsets.UTF_8));
        }
        ScriptException e = assertThrows(ScriptException.class, () -> ScriptReader.read(file));
        assertFalse(e.getMessage().contains("TOP SECRET"), e.getMessage());
    }

    @Test
    void aDamagedArchiveIsNotAWordDocument() throws Exception {
        Path file = Files.write(dir.resolve("broken.docx"), "PK not really a zip".getBytes(StandardCharsets.US_ASCII));
        assertTrue(assertThrows(ScriptException.class, () -> ScriptReader.read(file)).getMessage()
                .startsWith(file + ": not a Word document"));
    }

    private Path pdf(String name, int pages, String text) throws Exception {
        Path file = dir.resolve(name);
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage();
                document.addPage(page);
                if (text != null) {
                    try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                        content.beginText();
                        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                        content.newLineAtOffset(72, 700);
                        content.showText(text);
                        content.endText();
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                document.save(out);
            }
        }
        return file;
    }

    @Test
    void pdfTextIsTheScript() throws Exception {
        Script script = ScriptReader.read(pdf("s.pdf", 2, "Aurora follows the sun."));
        String all = String.join(" ", script.blocks().stream().map(ScriptBlock::text).toList());
        assertEquals("Aurora follows the sun. Aurora follows the sun.", all);
    }

    @Test
    void aScannedPdfWithoutTextSaysSo() throws Exception {
        Path file = pdf("scan.pdf", 1, null);
        assertEquals(file + ": the PDF has no text layer (a scan?); run it through OCR or save the script as text",
                assertThrows(ScriptException.class, () -> ScriptReader.read(file)).getMessage());
    }

    @Test
    void overlongPdfsAreRefused() throws Exception {
        Path file = pdf("book.pdf", PdfDocument.MAX_PAGES + 1, null);
        assertEquals(file + ": 301 pages; scripts of at most 300 pages are taken",
                assertThrows(ScriptException.class, () -> ScriptReader.read(file)).getMessage());
    }
}
