package dev.reelwright.render.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageDecoderTest {
    @TempDir
    Path dir;

    @Test
    void turnsPhonePhotosUprightByTheirExifOrientation() throws Exception {
        BufferedImage wide = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = wide.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 20, 20);
        g.setColor(Color.BLUE);
        g.fillRect(20, 0, 20, 20);
        g.dispose();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(wide, "jpg", jpeg);
        Path file = dir.resolve("rotated.jpg");
        Files.write(file, withExifOrientation(jpeg.toByteArray(), 6));
        BufferedImage upright = ImageDecoder.decode(file);
        assertEquals(20, upright.getWidth());
        assertEquals(40, upright.getHeight());
        // Orientation 6 means "rotate 90° clockwise to view": the left (red) half ends up on top.
        assertTrue(new Color(upright.getRGB(10, 5)).getRed() > 200, "red on top");
        assertTrue(new Color(upright.getRGB(10, 35)).getBlue() > 200, "blue below");
    }

    @Test
    void refusesImagesOverFiftyMegapixelsBeforeDecoding() throws Exception {
        Path file = dir.resolve("huge.png");
        Files.write(file, pngHeaderOnly(10_000, 6_000));
        MediaException e = assertThrows(MediaException.class, () -> ImageDecoder.decode(file));
        assertEquals(file + ": 10000x6000 is over the 50-megapixel limit for images", e.getMessage());
    }

    /** A JPEG with an APP1 Exif segment holding only the orientation tag, inserted after SOI. */
    static byte[] withExifOrientation(byte[] jpeg, int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(26);
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8).putShort((short) 1)
                .putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0)
                .putInt(0);
        byte[] exif = ByteBuffer.allocate(6 + tiff.capacity()).put("Exif\0\0".getBytes()).put(tiff.array()).array();
        ByteBuffer out = ByteBuffer.allocate(jpeg.length + 4 + exif.length);
        out.put(jpeg, 0, 2).putShort((short) 0xFFE1).putShort((short) (exif.length + 2)).put(exif).put(jpeg, 2, jpeg.length - 2);
        return out.array();
    }

    /** A PNG signature and header that claim a size, with no picture data. */
    static byte[] pngHeaderOnly(int widthPx, int heightPx) {
        ByteBuffer ihdr = ByteBuffer.allocate(17).put("IHDR".getBytes()).putInt(widthPx).putInt(heightPx)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        return ByteBuffer.allocate(8 + 4 + 17 + 4).put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10})
                .putInt(13).put(ihdr.array()).putInt((int) crc.getValue()).array();
    }
}
