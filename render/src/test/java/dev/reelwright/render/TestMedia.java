package dev.reelwright.render;

import dev.reelwright.render.media.VideoEncoder;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Media made in the test: tones, speech-like bursts, flat images, a short clip. */
public final class TestMedia {
    private TestMedia() {
    }

    /** A stereo 48 kHz 16-bit WAV of a sine at {@code amplitude} (0..1). */
    public static Path tone(Path file, double seconds, double hz, double amplitude) {
        int frames = (int) (seconds * 48_000);
        float[] samples = new float[frames * 2];
        for (int i = 0; i < frames; i++) {
            float v = (float) (amplitude * Math.sin(2 * Math.PI * hz * i / 48_000));
            samples[2 * i] = v;
            samples[2 * i + 1] = v;
        }
        return wav(file, samples);
    }

    /**
     * Voice-like sound: harmonic bursts ("words") of {@code wordMs} with {@code gapMs} pauses,
     * starting after {@code leadMs} of silence and stopping at {@code speakUntilMs}.
     */
    public static Path speech(Path file, double seconds, long leadMs, long speakUntilMs, long wordMs, long gapMs) {
        int frames = (int) (seconds * 48_000);
        float[] samples = new float[frames * 2];
        for (int i = 0; i < frames; i++) {
            double ms = i / 48.0;
            boolean speaking = ms >= leadMs && ms < speakUntilMs && (ms - leadMs) % (wordMs + gapMs) < wordMs;
            if (!speaking) {
                continue;
            }
            double t = i / 48_000.0;
            double pitch = 140 + 20 * Math.sin(2 * Math.PI * 3 * t);
            double v = 0;
            for (int h = 1; h <= 8; h++) {
                v += Math.sin(2 * Math.PI * pitch * h * t) / h;
            }
            float s = (float) (0.25 * v);
            samples[2 * i] = s;
            samples[2 * i + 1] = s;
        }
        return wav(file, samples);
    }

    public static Path wav(Path file, float[] interleavedStereo) {
        int frames = interleavedStereo.length / 2;
        ByteBuffer b = ByteBuffer.allocate(44 + frames * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + frames * 4).put("WAVE".getBytes());
        b.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 2).putInt(48_000).putInt(48_000 * 4)
                .putShort((short) 4).putShort((short) 16);
        b.put("data".getBytes()).putInt(frames * 4);
        for (float v : interleavedStereo) {
            b.putShort((short) Math.max(-32768, Math.min(32767, Math.round(v * 32767))));
        }
        return write(file, b.array());
    }

    /** An image of one colour with a white square in the top-left quarter (to see placement). */
    public static Path image(Path file, int widthPx, int heightPx, Color color, String format) {
        BufferedImage image = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, widthPx, heightPx);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return write(file, out.toByteArray());
    }

    /** A clip whose picture is one flat colour per second, with a 440 Hz tone. */
    public static Path clip(Path file, int widthPx, int heightPx, int fps, Color... perSecond) {
        try (VideoEncoder encoder = new VideoEncoder(file, widthPx, heightPx, fps, Quality.DRAFT)) {
            int[] rgb = new int[widthPx * heightPx];
            float[] sound = new float[2 * 48_000 / fps];
            long soundFrame = 0;
            for (int second = 0; second < perSecond.length; second++) {
                Color c = perSecond[second];
                java.util.Arrays.fill(rgb, c.getRGB() & 0xFFFFFF);
                for (int f = 0; f < fps; f++) {
                    encoder.writePicture(rgb);
                    for (int s = 0; s < sound.length / 2; s++, soundFrame++) {
                        float v = (float) (0.3 * Math.sin(2 * Math.PI * 440 * soundFrame / 48_000.0));
                        sound[2 * s] = v;
                        sound[2 * s + 1] = v;
                    }
                    encoder.writeSound(sound, sound.length / 2);
                }
            }
            encoder.finish();
        }
        return file;
    }

    private static Path write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
