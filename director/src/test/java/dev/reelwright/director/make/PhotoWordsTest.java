package dev.reelwright.director.make;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelwright.director.storyboard.Scene;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhotoWordsTest {
    @TempDir
    Path folder;

    @Test
    void readsExifKeywordsAndTitleAsWindowsWritesThem() throws IOException {
        Path photo = folder.resolve("IMG_0001.jpg");
        Files.write(photo, withSegment(jpeg(), exif(0x9C9E, "harbour;boats;sunset", 0x9C9B, "Evening at the quay")));
        assertEquals("Evening at the quay harbour boats sunset", PhotoWords.read(photo));
    }

    @Test
    void readsXmpTitleSubjectAndDescription() throws IOException {
        String xmp = """
                <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                <rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/">
                <dc:title><rdf:Alt><rdf:li xml:lang="x-default">Lighthouse &amp; cliffs</rdf:li></rdf:Alt></dc:title>
                <dc:subject><rdf:Bag><rdf:li>coast</rdf:li><rdf:li>waves</rdf:li></rdf:Bag></dc:subject>
                </rdf:Description></rdf:RDF></x:xmpmeta>""";
        byte[] body = concat("http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.US_ASCII), xmp.getBytes(StandardCharsets.UTF_8));
        Path photo = folder.resolve("DSC_2231.jpg");
        Files.write(photo, withSegment(jpeg(), body));
        assertEquals("Lighthouse & cliffs coast waves", PhotoWords.read(photo));
    }

    @Test
    void readsPngTextChunks() throws IOException {
        Path photo = folder.resolve("scan.png");
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", png);
        byte[] bytes = png.toByteArray();
        byte[] text = chunk("tEXt", concat("Title\0".getBytes(StandardCharsets.ISO_8859_1), "Mountain cabin".getBytes(StandardCharsets.ISO_8859_1)));
        byte[] itxt = chunk("iTXt", concat("Keywords\0\0\0en\0\0".getBytes(StandardCharsets.UTF_8), "snow, pines".getBytes(StandardCharsets.UTF_8)));
        // After the IHDR chunk (8 + 25 bytes).
        Files.write(photo, concat(java.util.Arrays.copyOf(bytes, 33), text, itxt, java.util.Arrays.copyOfRange(bytes, 33, bytes.length)));
        assertEquals("Mountain cabin snow, pines", PhotoWords.read(photo));
    }

    @Test
    void damagedOrForeignFilesGiveNoWords() throws IOException {
        Path truncated = folder.resolve("cut.jpg");
        byte[] whole = withSegment(jpeg(), exif(0x9C9E, "harbour", 0x9C9B, "quay"));
        Files.write(truncated, java.util.Arrays.copyOf(whole, 30));
        assertEquals("", PhotoWords.read(truncated));
        Path text = folder.resolve("notes.jpg");
        Files.writeString(text, "not a picture at all");
        assertEquals("", PhotoWords.read(text));
        assertEquals("", PhotoWords.read(folder.resolve("missing.jpg")));
        Path lying = folder.resolve("lying.jpg");
        // An IFD entry claiming a huge count and an offset past the end.
        ByteBuffer tiff = ByteBuffer.allocate(26).order(ByteOrder.LITTLE_ENDIAN);
        tiff.putShort((short) 0x4949).putShort((short) 42).putInt(8).putShort((short) 1)
                .putShort((short) 0x9C9E).putShort((short) 1).putInt(900_000).putInt(Integer.MAX_VALUE);
        Files.write(lying, withSegment(jpeg(), concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), tiff.array())));
        assertEquals("", PhotoWords.read(lying));
    }

    @Test
    void metadataWordsPickThePhotoForTheScene() {
        Scene boats = new Scene(0, null, List.of("The boats come home."), "boats come home", List.of("boats", "harbour"), 3000, -1);
        Scene cliffs = new Scene(1, null, List.of("The cliffs stand tall."), "cliffs stand tall", List.of("cliffs"), 3000, -1);
        UserMedia first = new UserMedia(Path.of("IMG_0001.jpg"), false, 1600, 900, 0, "Lighthouse cliffs coast");
        UserMedia second = new UserMedia(Path.of("IMG_0002.jpg"), false, 1600, 900, 0, "harbour boats");
        List<UserMedia> picked = MediaMatcher.assign(List.of(boats, cliffs), List.of(first, second));
        assertEquals(List.of(second, first), picked);
        assertTrue(MediaMatcher.stems("Lighthouse cliffs").contains("cliff"));
    }

    private static byte[] jpeg() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB), "jpg", out);
        return out.toByteArray();
    }

    /** The JPEG with one more APP1 segment right after its start marker. */
    private static byte[] withSegment(byte[] jpeg, byte[] body) {
        ByteBuffer segment = ByteBuffer.allocate(4 + body.length);
        segment.putShort((short) 0xFFE1).putShort((short) (body.length + 2)).put(body);
        return concat(java.util.Arrays.copyOf(jpeg, 2), segment.array(), java.util.Arrays.copyOfRange(jpeg, 2, jpeg.length));
    }

    /** An EXIF body with two Windows XP tags (UTF-16LE text) in IFD0. */
    private static byte[] exif(int tagA, String valueA, int tagB, String valueB) {
        byte[] a = (valueA + "\0").getBytes(StandardCharsets.UTF_16LE);
        byte[] b = (valueB + "\0").getBytes(StandardCharsets.UTF_16LE);
        int ifd = 8;
        int dataStart = ifd + 2 + 2 * 12 + 4;
        ByteBuffer tiff = ByteBuffer.allocate(dataStart + a.length + b.length).order(ByteOrder.LITTLE_ENDIAN);
        tiff.putShort((short) 0x4949).putShort((short) 42).putInt(ifd).putShort((short) 2);
        tiff.putShort((short) tagB).putShort((short) 1).putInt(b.length).putInt(dataStart + a.length);
        tiff.putShort((short) tagA).putShort((short) 1).putInt(a.length).putInt(dataStart);
        tiff.putInt(0).put(a).put(b);
        return concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), tiff.array());
    }

    private static byte[] chunk(String type, byte[] data) {
        ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        chunk.putInt(data.length).put(name).put(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        chunk.putInt((int) crc.getValue());
        return chunk.array();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
