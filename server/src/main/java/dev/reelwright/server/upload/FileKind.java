package dev.reelwright.server.upload;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What an uploaded file is, decided from its first bytes, and whether its name's extension agrees.
 * The contract's kinds: video, image, audio, document.
 */
public enum FileKind {
    VIDEO("video", Set.of("mp4", "mov", "avi", "webm", "mkv")),
    IMAGE("image", Set.of("jpg", "jpeg", "png", "gif", "webp")),
    AUDIO("audio", Set.of("mp3", "wav", "m4a", "aac")),
    DOCUMENT("document", Set.of("txt", "md", "docx", "pdf", "srt"));

    /** Extensions whose content family must be what the first bytes say. */
    private static final Map<String, String> FAMILY = Map.ofEntries(
            Map.entry("mp4", "isobmff"), Map.entry("mov", "isobmff"), Map.entry("m4a", "isobmff"),
            Map.entry("avi", "riff-avi"), Map.entry("wav", "riff-wave"), Map.entry("webp", "riff-webp"),
            Map.entry("webm", "ebml"), Map.entry("mkv", "ebml"),
            Map.entry("jpg", "jpeg"), Map.entry("jpeg", "jpeg"), Map.entry("png", "png"), Map.entry("gif", "gif"),
            Map.entry("mp3", "mpeg-audio"), Map.entry("aac", "adts"),
            Map.entry("docx", "zip"), Map.entry("pdf", "pdf"),
            Map.entry("txt", "text"), Map.entry("md", "text"), Map.entry("srt", "text"));

    private final String wireName;
    private final Set<String> extensions;

    FileKind(String wireName, Set<String> extensions) {
        this.wireName = wireName;
        this.extensions = extensions;
    }

    public String wireName() {
        return wireName;
    }

    /** The extensions a file of this kind may have, sorted. */
    public java.util.List<String> extensions() {
        return extensions.stream().sorted().toList();
    }

    /** Every accepted kind with its extensions, for messages: "video (mp4, mov, ...), image (jpg, ...), ...". */
    public static String accepted() {
        return String.join(", ", java.util.Arrays.stream(values())
                .map(k -> k.wireName + " (" + String.join(", ", k.extensions.stream().sorted().toList()) + ")").toList());
    }

    /** The kind of a file named {@code filename} whose content starts with {@code head}; null when they disagree or neither is allowed. */
    public static FileKind of(String filename, byte[] head, int length) {
        String extension = extension(filename);
        String expected = FAMILY.get(extension);
        if (expected == null || !expected.equals(family(head, length))) {
            return null;
        }
        for (FileKind kind : values()) {
            if (kind.extensions.contains(extension)) {
                return kind;
            }
        }
        return null;
    }

    public static String extension(String filename) {
        String name = filename.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }

    /** The container family the first bytes show, or "unknown". */
    static String family(byte[] b, int n) {
        if (n >= 12 && ascii(b, 4, "ftyp")) {
            return "isobmff";
        }
        if (n >= 12 && ascii(b, 0, "RIFF")) {
            return ascii(b, 8, "AVI ") ? "riff-avi" : ascii(b, 8, "WAVE") ? "riff-wave" : ascii(b, 8, "WEBP") ? "riff-webp" : "unknown";
        }
        if (n >= 4 && (b[0] & 0xFF) == 0x1A && (b[1] & 0xFF) == 0x45 && (b[2] & 0xFF) == 0xDF && (b[3] & 0xFF) == 0xA3) {
            return "ebml";
        }
        if (n >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "jpeg";
        }
        if (n >= 8 && (b[0] & 0xFF) == 0x89 && ascii(b, 1, "PNG")) {
            return "png";
        }
        if (n >= 6 && (ascii(b, 0, "GIF87a") || ascii(b, 0, "GIF89a"))) {
            return "gif";
        }
        if (n >= 3 && ascii(b, 0, "ID3") || n >= 2 && (b[0] & 0xFF) == 0xFF && ((b[1] & 0xE0) == 0xE0) && (b[1] & 0x06) != 0) {
            return "mpeg-audio";
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xF6) == 0xF0) {
            return "adts";
        }
        if (n >= 4 && (b[0] & 0xFF) == 'P' && (b[1] & 0xFF) == 'K' && b[2] == 3 && b[3] == 4) {
            return "zip";
        }
        if (n >= 5 && ascii(b, 0, "%PDF-")) {
            return "pdf";
        }
        return looksLikeText(b, n) ? "text" : "unknown";
    }

    /** UTF-16 with a byte order mark, or bytes with no NUL and few control characters. */
    private static boolean looksLikeText(byte[] b, int n) {
        if (n >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)) {
            return true;
        }
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return false;
            }
            if (c < 0x09 || c > 0x0D && c < 0x20) {
                control++;
            }
        }
        return n > 0 && control * 100 <= n;
    }

    private static boolean ascii(byte[] b, int at, String text) {
        for (int i = 0; i < text.length(); i++) {
            if (at + i >= b.length || b[at + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
