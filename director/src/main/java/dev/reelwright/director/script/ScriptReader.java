package dev.reelwright.director.script;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Reads a script from a file (.txt, .md, .srt, .docx, .pdf) or from standard input ({@code -}, taken as text). */
public final class ScriptReader {
    /** Far more than {@link ScriptText#MAX_CHARS} characters take, so the text limit speaks first. */
    static final long MAX_BYTES = 4L * 1024 * 1024;

    private ScriptReader() {
    }

    public static Script read(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        if (!Files.exists(file)) {
            throw new ScriptException(file + ": no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new ScriptException(file + ": not a file");
        }
        switch (extension) {
            case "txt", "md", "markdown", "srt", "" -> {
                return parse(readBytes(file), extension, file.toString());
            }
            case "docx" -> {
                return nonEmpty(new Script(file.toString(), WordDocument.read(file)));
            }
            case "pdf" -> {
                return nonEmpty(new Script(file.toString(), PdfDocument.read(file)));
            }
            default -> throw new ScriptException(file + ": ." + extension + " is not a script format (use .txt, .md, .srt, .docx or .pdf)");
        }
    }

    /** Text that arrived some other way (a chat message), read as plain text or Markdown; {@code source} names it in errors. */
    public static Script readText(String text, String source) {
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (bytes.length > MAX_BYTES) {
            throw new ScriptException(source + ": more than " + MAX_BYTES / (1024 * 1024) + " MiB is not a script");
        }
        return parse(bytes, "txt", source);
    }

    /** Standard input, read as plain text or Markdown. */
    public static Script read(InputStream in) {
        try {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new ScriptException("standard input: more than " + MAX_BYTES / (1024 * 1024) + " MiB is not a script");
            }
            return parse(bytes, "txt", "standard input");
        } catch (IOException e) {
            throw new ScriptException("standard input: cannot read (" + e.getMessage() + ")");
        }
    }

    private static Script parse(byte[] bytes, String extension, String source) {
        String text = ScriptText.decode(bytes, source);
        var blocks = extension.equals("srt") ? SubRipScript.parse(text, source) : MarkdownScript.parse(text);
        if (blocks.isEmpty()) {
            throw new ScriptException(source + ": the script has no words to speak");
        }
        return new Script(source, blocks);
    }

    private static Script nonEmpty(Script script) {
        if (script.blocks().isEmpty()) {
            throw new ScriptException(script.source() + ": the script is empty");
        }
        return script;
    }

    private static byte[] readBytes(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ScriptException(file + ": " + Files.size(file) / (1024 * 1024) + " MiB is far too long for a script");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ScriptException(file + ": cannot read (" + e.getMessage() + ")");
        }
    }
}
