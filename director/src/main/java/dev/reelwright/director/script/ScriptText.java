package dev.reelwright.director.script;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a script file's bytes into text: UTF-8 with or without a byte-order mark, UTF-16 with
 * one; line endings normalised to {@code \n}. Binary data and anything else is refused.
 */
final class ScriptText {
    static final int MAX_CHARS = 200_000;

    private ScriptText() {
    }

    static String decode(byte[] bytes, String source) {
        String text;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            text = strict(bytes, 3, StandardCharsets.UTF_8, source);
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            text = strict(bytes, 2, StandardCharsets.UTF_16LE, source);
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            text = strict(bytes, 2, StandardCharsets.UTF_16BE, source);
        } else {
            if (looksBinary(bytes)) {
                throw new ScriptException(source + ": this is binary data, not a script (use .txt, .md, .srt, .docx or .pdf)");
            }
            text = strict(bytes, 0, StandardCharsets.UTF_8, source);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) {
            throw new ScriptException(source + ": the script is empty");
        }
        if (text.length() > MAX_CHARS) {
            throw new ScriptException(source + ": the script has " + text.length() + " characters; at most " + MAX_CHARS
                    + " are taken (about three hours of speech)");
        }
        return text;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** NUL bytes, or many control bytes, in the first 8 KiB: not text. */
    private static boolean looksBinary(byte[] bytes) {
        int sample = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control > sample / 20;
    }

    private static String strict(byte[] bytes, int offset, Charset charset, String source) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new ScriptException(source + ": not valid " + charset.name() + " text (save it as UTF-8)");
        }
    }
}
