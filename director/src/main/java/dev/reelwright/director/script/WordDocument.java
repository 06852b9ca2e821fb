package dev.reelwright.director.script;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A .docx script: the paragraphs of {@code word/document.xml}, headings (Title, Heading 1–6)
 * as section titles. Zip bombs and absurd archives are refused before anything is expanded;
 * the XML is read with no DTDs and no external entities.
 */
final class WordDocument {
    static final int MAX_ENTRIES = 2_000;
    static final long MAX_DOCUMENT_BYTES = 16L * 1024 * 1024;
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private WordDocument() {
    }

    static List<ScriptBlock> read(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                throw new ScriptException(file + ": the document holds " + zip.size() + " files; a Word document has far fewer");
            }
            ZipEntry document = zip.getEntry("word/document.xml");
            if (document == null) {
                throw new ScriptException(file + ": not a Word document (no word/document.xml inside)");
            }
            byte[] xml = readCapped(zip, document, file);
            return parse(xml, file);
        } catch (ZipException e) {
            throw new ScriptException(file + ": not a Word document (the archive is damaged: " + e.getMessage() + ")");
        } catch (IOException e) {
            throw new ScriptException(file + ": cannot read (" + e.getMessage() + ")");
        }
    }

    /** Expands at most {@link #MAX_DOCUMENT_BYTES}, whatever the archive claims, so a bomb stops early. */
    private static byte[] readCapped(ZipFile zip, ZipEntry entry, Path file) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes((int) MAX_DOCUMENT_BYTES + 1);
            if (bytes.length > MAX_DOCUMENT_BYTES) {
                throw new ScriptException(file + ": the document's text expands past " + MAX_DOCUMENT_BYTES / (1024 * 1024)
                        + " MiB; that is not a script (a zip bomb?)");
            }
            return bytes;
        }
    }

    private static List<ScriptBlock> parse(byte[] xml, Path file) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<ScriptBlock> blocks = new ArrayList<>();
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new java.io.ByteArrayInputStream(xml));
            StringBuilder text = new StringBuilder();
            int headingLevel = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT && W.equals(reader.getNamespaceURI())) {
                    switch (reader.getLocalName()) {
                        case "p" -> {
                            text.setLength(0);
                            headingLevel = 0;
                        }
                        case "pStyle" -> headingLevel = headingLevel(reader.getAttributeValue(W, "val"));
                        case "t" -> text.append(reader.getElementText());
                        case "tab", "br" -> text.append(' ');
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && W.equals(reader.getNamespaceURI())
                        && reader.getLocalName().equals("p")) {
                    String paragraph = text.toString().replaceAll("\\s+", " ").strip();
                    if (!paragraph.isEmpty()) {
                        blocks.add(headingLevel > 0 ? new ScriptBlock.Heading(paragraph, headingLevel) : new ScriptBlock.Paragraph(paragraph));
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new ScriptException(file + ": the document's text is damaged (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        return blocks;
    }

    private static int headingLevel(String style) {
        if (style == null) {
            return 0;
        }
        if (style.equalsIgnoreCase("Title")) {
            return 1;
        }
        if (style.matches("(?i)heading\\s?[1-6]")) {
            return style.charAt(style.length() - 1) - '0';
        }
        return 0;
    }
}
