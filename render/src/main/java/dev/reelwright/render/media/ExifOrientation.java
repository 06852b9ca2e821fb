package dev.reelwright.render.media;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a JPEG's EXIF orientation tag and turns the picture upright, as phones expect. */
final class ExifOrientation {
    private static final int MAX_HEADER_BYTES = 256 * 1024;
    private static final int TAG_ORIENTATION = 0x0112;

    private ExifOrientation() {
    }

    /** 1..8 per EXIF; 1 (as stored) when the file has no such tag or is not a JPEG. */
    static int read(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(MAX_HEADER_BYTES);
        } catch (IOException e) {
            return 1;
        }
        try {
            return fromJpeg(ByteBuffer.wrap(head));
        } catch (RuntimeException malformed) {
            return 1;
        }
    }

    private static int fromJpeg(ByteBuffer jpeg) {
        if (jpeg.remaining() < 4 || (jpeg.getShort(0) & 0xFFFF) != 0xFFD8) {
            return 1;
        }
        int at = 2;
        while (at + 4 <= jpeg.limit()) {
            int marker = jpeg.getShort(at) & 0xFFFF;
            int length = jpeg.getShort(at + 2) & 0xFFFF;
            if (marker == 0xFFE1 && at + 10 <= jpeg.limit() && jpeg.getInt(at + 4) == 0x45786966) {
                return fromTiff(jpeg.slice(at + 10, Math.min(length - 8, jpeg.limit() - at - 10)));
            }
            if (marker == 0xFFDA || (marker & 0xFF00) != 0xFF00) {
                return 1;
            }
            at += 2 + length;
        }
        return 1;
    }

    private static int fromTiff(ByteBuffer tiff) {
        tiff.order(tiff.getShort(0) == 0x4949 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        int ifd = tiff.getInt(4);
        int entries = tiff.getShort(ifd) & 0xFFFF;
        for (int i = 0; i < entries; i++) {
            int entry = ifd + 2 + 12 * i;
            if ((tiff.getShort(entry) & 0xFFFF) == TAG_ORIENTATION) {
                int value = tiff.getShort(entry + 8) & 0xFFFF;
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    static BufferedImage apply(BufferedImage image, int orientation) {
        if (orientation <= 1) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = orientation >= 5;
        AffineTransform t = new AffineTransform();
        switch (orientation) {
            case 2 -> t.setTransform(-1, 0, 0, 1, w, 0);
            case 3 -> t.setTransform(-1, 0, 0, -1, w, h);
            case 4 -> t.setTransform(1, 0, 0, -1, 0, h);
            case 5 -> t.setTransform(0, 1, 1, 0, 0, 0);
            case 6 -> t.setTransform(0, 1, -1, 0, h, 0);
            case 7 -> t.setTransform(0, -1, -1, 0, h, w);
            case 8 -> t.setTransform(0, -1, 1, 0, 0, w);
            default -> {
                return image;
            }
        }
        BufferedImage upright = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = upright.createGraphics();
        g.drawImage(image, t, null);
        g.dispose();
        return upright;
    }
}
