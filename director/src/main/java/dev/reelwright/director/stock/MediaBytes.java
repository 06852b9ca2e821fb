package dev.reelwright.director.stock;

/** What a file is by its first bytes, whatever its name or the server's Content-Type say. */
final class MediaBytes {
    private MediaBytes() {
    }

    /** "jpg", "png", "webp", "mp4" or "webm"; null for anything else. */
    static String kind(byte[] head) {
        if (head.length >= 3 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xd8 && (head[2] & 0xff) == 0xff) {
            return "jpg";
        }
        if (head.length >= 8 && (head[0] & 0xff) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
            return "png";
        }
        if (head.length >= 12 && head[0] == 'R' && head[1] == 'I' && head[2] == 'F' && head[3] == 'F' && head[8] == 'W' && head[9] == 'E'
                && head[10] == 'B' && head[11] == 'P') {
            return "webp";
        }
        if (head.length >= 8 && head[4] == 'f' && head[5] == 't' && head[6] == 'y' && head[7] == 'p') {
            return "mp4";
        }
        if (head.length >= 4 && (head[0] & 0xff) == 0x1a && (head[1] & 0xff) == 0x45 && (head[2] & 0xff) == 0xdf && (head[3] & 0xff) == 0xa3) {
            return "webm";
        }
        return null;
    }

    static String describe(byte[] head) {
        String text = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).strip().toLowerCase(java.util.Locale.ROOT);
        if (text.startsWith("<") || text.startsWith("<!doctype")) {
            return "a web page (perhaps a challenge or a login page)";
        }
        return head.length == 0 ? "nothing" : "a file of another kind";
    }
}
