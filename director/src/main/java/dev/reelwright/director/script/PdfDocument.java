package dev.reelwright.director.script;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/** A .pdf script: its text layer, paragraph by paragraph. Scans without text and huge documents are refused. */
final class PdfDocument {
    static final int MAX_PAGES = 300;

    private PdfDocument() {
    }

    static List<ScriptBlock> read(Path file) {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            int pages = pdf.getNumberOfPages();
            if (pages > MAX_PAGES) {
                throw new ScriptException(file + ": " + pages + " pages; scripts of at most " + MAX_PAGES + " pages are taken");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setParagraphEnd("\n\n");
            String text = stripper.getText(pdf).replace("\r\n", "\n");
            if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
                throw new ScriptException(file + ": the PDF has no text layer (a scan?); run it through OCR or save the script as text");
            }
            if (text.length() > ScriptText.MAX_CHARS) {
                throw new ScriptException(file + ": the script has " + text.length() + " characters; at most " + ScriptText.MAX_CHARS
                        + " are taken (about three hours of speech)");
            }
            return MarkdownScript.parse(text.replace("#", ""));
        } catch (InvalidPasswordException e) {
            throw new ScriptException(file + ": the PDF is password-protected; save an unprotected copy");
        } catch (IOException e) {
            throw new ScriptException(file + ": not a PDF we can read (" + e.getMessage() + ")");
        }
    }
}
