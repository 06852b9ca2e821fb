package dev.reelwright.director.make;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a photo's own metadata says it shows, as plain words for matching it to scenes: the EXIF
 * description, title, subject and keywords (as Windows and phones write them), XMP {@code dc:title},
 * {@code dc:subject} and {@code dc:description} (as Lightroom, darktable and digiKam write them), and
 * PNG text chunks. Reads only the first {@value #MAX_BYTES} bytes; anything malformed gives no words.
 */
public final class PhotoWords {
    static final int MAX_BYTES = 1 << 20;
    private static final int MAX_WORDS_CHARS = 2_000;
    private static final int TAG_DESCRIPTION = 0x010E;
    private static final int TAG_XP_TITLE = 0x9C9B;
    private static final int TAG_XP_COMMENT = 0x9C9C;
    private static final int TAG_XP_KEYWORDS = 0x9C9E;
    private static final int TAG_XP_SUBJECT = 0x9C9F;
    private static final byte[] XMP_HEADER = "http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern XMP_FIELD = Pattern.compile(
            "<dc:(title|subject|description)\\b[^>]*>(.*?)</dc:\\1>", Pattern.DOTALL);
    private static final Pattern XMP_ITEM = Pattern.compile("<rdf:li\\b[^>]*>([^<]*)</rdf:li>");
    private static final Pattern XMP_ATTRIBUTE = Pattern.compile("\\b(?:dc|photoshop):(?:title|Headline)=\"([^\"]*)\"");

    private PhotoWords() {
    }

    /** The metadata's words joined by spaces; empty when there are none or the file cannot be read. */
    public static String read(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(MAX_BYTES);
        } catch (IOException e) {
            return "";
        }
        List<String> words = new ArrayList<>();
        try {
            ByteBuffer bytes = ByteBuffer.wrap(head);
            if (head.length > 4 && (bytes.getShort(0) & 0xFFFF) == 0xFFD8) {
                fromJpeg(bytes, words);
            } else if (head.length > 8 && bytes.getLong(0) == 0x89504E470D0A1A0AL) {
                fromPng(bytes, words);
            }
        } catch (RuntimeException malformed) {
            // Keep what was read before the damage.
        }
        String joined = String.join(" ", words).replace('\0', ' ').replaceAll("\\s+", " ").strip();
        return joined.length() > MAX_WORDS_CHARS ? joined.substring(0, MAX_WORDS_CHARS) : joined;
    }

    private static void fromJpeg(ByteBuffer jpeg, List<String> words) {
        int at = 2;
        while (at + 4 <= jpeg.limit()) {
            int marker = jpeg.getShort(at) & 0xFFFF;
            if (marker == 0xFFDA || (marker & 0xFF00) != 0xFF00) {
                return;
            }
            int length = jpeg.getShort(at + 2) & 0xFFFF;
            int bodyStart = at + 4;
            int bodyLength = Math.min(length - 2, jpeg.limit() - bodyStart);
            if (marker == 0xFFE1 && bodyLength > 6) {
                ByteBuffer body = jpeg.slice(bodyStart, bodyLength);
                if (body.getInt(0) == 0x45786966 && body.getShort(4) == 0) {
                    fromTiff(body.slice(6, bodyLength - 6), words);
                } else if (startsWith(body, XMP_HEADER)) {
                    fromXmp(text(body, XMP_HEADER.length, bodyLength - XMP_HEADER.length, StandardCharsets.UTF_8), words);
                }
            }
            at += 2 + length;
        }
    }

    private static void fromTiff(ByteBuffer tiff, List<String> words) {
        tiff.order(tiff.getShort(0) == 0x4949 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        int ifd = tiff.getInt(4);
        int entries = tiff.getShort(ifd) & 0xFFFF;
        for (int i = 0; i < entries; i++) {
            int entry = ifd + 2 + 12 * i;
            int tag = tiff.getShort(entry) & 0xFFFF;
            int count = tiff.getInt(entry + 4);
            if (count <= 0 || count > MAX_BYTES) {
                continue;
            }
            int valueAt = count <= 4 ? entry + 8 : tiff.getInt(entry + 8);
            switch (tag) {
                case TAG_DESCRIPTION -> words.add(text(tiff, valueAt, count, StandardCharsets.UTF_8));
                case TAG_XP_TITLE, TAG_XP_COMMENT, TAG_XP_KEYWORDS, TAG_XP_SUBJECT ->
                        words.add(text(tiff, valueAt, count, StandardCharsets.UTF_16LE).replace(';', ' '));
                default -> {
                }
            }
        }
    }

    static void fromXmp(String xmp, List<String> words) {
        Matcher field = XMP_FIELD.matcher(xmp);
        while (field.find()) {
            Matcher item = XMP_ITEM.matcher(field.group(2));
            while (item.find()) {
                words.add(unescape(item.group(1)));
            }
        }
        Matcher attribute = XMP_ATTRIBUTE.matcher(xmp);
        while (attribute.find()) {
            words.add(unescape(attribute.group(1)));
        }
    }

    /** PNG text chunks named Title, Description, Subject, Keywords or Comment, and an XMP packet. */
    private static void fromPng(ByteBuffer png, List<String> words) {
        int at = 8;
        while (at + 8 <= png.limit()) {
            int length = png.getInt(at);
            String type = text(png, at + 4, 4, StandardCharsets.US_ASCII);
            if (length < 0 || type.equals("IEND")) {
                return;
            }
            int dataLength = Math.min(length, png.limit() - at - 8);
            if (type.equals("tEXt") || type.equals("iTXt")) {
                String data = text(png, at + 8, dataLength, type.equals("tEXt") ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
                int nul = data.indexOf('\0');
                String keyword = nul > 0 ? data.substring(0, nul) : "";
                String value = nul > 0 ? data.substring(nul + 1) : "";
                if (type.equals("iTXt")) {
                    // Compression flag and method, language tag, translated keyword: each up to a NUL.
                    value = value.length() > 2 && value.charAt(0) == 0 ? value.substring(2) : "";
                    for (int skip = 0; skip < 2 && value.indexOf('\0') >= 0; skip++) {
                        value = value.substring(value.indexOf('\0') + 1);
                    }
                }
                if (keyword.equals("XML:com.adobe.xmp")) {
                    fromXmp(value, words);
                } else if (keyword.matches("(?i)title|description|subject|keywords|comment")) {
                    words.add(value);
                }
            }
            at += 12 + length;
        }
    }

    private static boolean startsWith(ByteBuffer body, byte[] prefix) {
        if (body.limit() < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (body.get(i) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String text(ByteBuffer buffer, int at, int length, java.nio.charset.Charset charset) {
        int end = Math.min(buffer.limit(), at + Math.max(0, length));
        byte[] raw = new byte[Math.max(0, end - at)];
        buffer.get(at, raw);
        return new String(raw, charset);
    }

    private static String unescape(String xml) {
        return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
    }
}
