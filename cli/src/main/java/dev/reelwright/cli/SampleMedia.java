package dev.reelwright.cli;

import dev.reelwright.render.Quality;
import dev.reelwright.render.media.VideoEncoder;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Deterministic stand-ins for a user's media: textured "photos", a moving clip, a voice-like
 * recording and a music bed. They carry real detail (grain, edges, harmonics) so encoders and
 * mixers do realistic work on them.
 */
final class SampleMedia {
    private static final int RATE = 48_000;

    private SampleMedia() {
    }

    /** A landscape-like picture: sky gradient, sun, layered hills or a skyline, film grain. */
    static BufferedImage photo(long seed, int widthPx, int heightPx) {
        // Random's first values are alike for nearby seeds; spread the seeds out first.
        Random random = new Random(seed * 0x9E3779B97F4A7C15L);
        BufferedImage image = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        float hue = random.nextFloat();
        g.setPaint(new GradientPaint(0, 0, Color.getHSBColor(hue, 0.55f, 0.95f), 0, heightPx * 0.7f,
                Color.getHSBColor((hue + 0.08f) % 1, 0.35f, 0.55f)));
        g.fillRect(0, 0, widthPx, heightPx);
        g.setColor(Color.getHSBColor((hue + 0.5f) % 1, 0.3f, 1f));
        int sun = heightPx / 6;
        g.fillOval((int) (widthPx * (0.2 + 0.6 * random.nextDouble())), heightPx / 8, sun, sun);
        boolean skyline = random.nextBoolean();
        for (int layer = 0; layer < 4; layer++) {
            g.setColor(Color.getHSBColor((hue + 0.55f + layer * 0.04f) % 1, 0.5f, 0.5f - layer * 0.1f));
            int base = (int) (heightPx * (0.55 + layer * 0.1));
            if (skyline) {
                for (int x = 0; x < widthPx; ) {
                    int w = widthPx / 30 + random.nextInt(widthPx / 14);
                    int h = random.nextInt(heightPx / 3);
                    g.fillRect(x, base - h, w - 2, heightPx - base + h);
                    x += w;
                }
            } else {
                int[] xs = new int[42];
                int[] ys = new int[42];
                for (int i = 0; i <= 40; i++) {
                    xs[i] = widthPx * i / 40;
                    ys[i] = base - (int) (heightPx * 0.08 * Math.sin(i * 0.3 + layer + random.nextDouble() * 0.4));
                }
                xs[41] = 0;
                ys[41] = heightPx;
                xs[40] = widthPx;
                ys[40] = heightPx;
                g.fillPolygon(xs, ys, 42);
            }
        }
        g.dispose();
        addGrain(image, random);
        return image;
    }

    private static void addGrain(BufferedImage image, Random random) {
        byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < data.length; i++) {
            int v = (data[i] & 0xFF) + (int) (random.nextGaussian() * 6);
            data[i] = (byte) Math.max(0, Math.min(255, v));
        }
    }

    static void writeImage(BufferedImage image, Path file) {
        String name = file.getFileName().toString();
        try {
            ImageIO.write(image, name.substring(name.lastIndexOf('.') + 1), file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * A JPEG with an XMP packet naming what it shows ({@code dc:title} and {@code dc:subject}),
     * as a photo manager writes it: what lets {@code reel make} match camera-named photos to scenes.
     */
    static void writeTaggedJpeg(BufferedImage image, Path file, String title, List<String> keywords) {
        java.io.ByteArrayOutputStream jpeg = new java.io.ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", jpeg);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        StringBuilder subjects = new StringBuilder();
        keywords.forEach(keyword -> subjects.append("<rdf:li>").append(keyword).append("</rdf:li>"));
        String xmp = "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + title + "</rdf:li></rdf:Alt></dc:title>"
                + "<dc:subject><rdf:Bag>" + subjects + "</rdf:Bag></dc:subject>"
                + "</rdf:Description></rdf:RDF></x:xmpmeta>";
        byte[] body = ("http://ns.adobe.com/xap/1.0/\0" + xmp).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bytes = jpeg.toByteArray();
        java.io.ByteArrayOutputStream tagged = new java.io.ByteArrayOutputStream();
        tagged.write(bytes, 0, 2);
        tagged.write(0xFF);
        tagged.write(0xE1);
        tagged.write((body.length + 2) >> 8);
        tagged.write((body.length + 2) & 0xFF);
        tagged.writeBytes(body);
        tagged.write(bytes, 2, bytes.length - 2);
        try {
            java.nio.file.Files.write(file, tagged.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** A clip of a ball bouncing over a scrolling striped floor, with a soft hum. */
    static void clip(Path file, int widthPx, int heightPx, int fps, double seconds) {
        BufferedImage frame = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_RGB);
        int[] rgb = ((java.awt.image.DataBufferInt) frame.getRaster().getDataBuffer()).getData();
        int frames = (int) Math.round(seconds * fps);
        float[] sound = new float[2 * (RATE / fps + 1)];
        long soundFrame = 0;
        try (VideoEncoder encoder = new VideoEncoder(file, widthPx, heightPx, fps, Quality.STANDARD)) {
            for (int i = 0; i < frames; i++) {
                double t = i / (double) fps;
                Graphics2D g = frame.createGraphics();
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.setPaint(new GradientPaint(0, 0, new Color(30, 60, 120), 0, heightPx, new Color(240, 160, 90)));
                g.fillRect(0, 0, widthPx, heightPx);
                g.setStroke(new BasicStroke(heightPx / 60f));
                for (int s = -2; s < 14; s++) {
                    int x = (int) ((s * widthPx / 10.0 - t * widthPx / 3) % (widthPx * 1.6) + widthPx * 0.3);
                    g.setColor(new Color(255, 255, 255, 90));
                    g.drawLine(x, heightPx * 3 / 4, x - widthPx / 6, heightPx);
                }
                int r = heightPx / 8;
                int bx = (int) ((widthPx - 2 * r) * (0.5 + 0.45 * Math.sin(t * 1.3)));
                int by = (int) (heightPx * 0.7 - Math.abs(Math.sin(t * 3)) * heightPx * 0.45);
                g.setColor(new Color(250, 220, 60));
                g.fillOval(bx, by, 2 * r, 2 * r);
                g.dispose();
                encoder.writePicture(rgb);
                long soundEnd = (long) (i + 1) * RATE / fps;
                int count = (int) (soundEnd - soundFrame);
                for (int k = 0; k < count; k++, soundFrame++) {
                    double ts = soundFrame / (double) RATE;
                    float v = (float) (0.12 * Math.sin(2 * Math.PI * 110 * ts) + 0.05 * Math.sin(2 * Math.PI * 220.5 * ts));
                    sound[2 * k] = v;
                    sound[2 * k + 1] = v;
                }
                encoder.writeSound(sound, count);
            }
            encoder.finish();
        }
    }

    /**
     * A voice-like recording: pitched harmonic "syllables" grouped into words and phrases, with
     * the pauses of speech between them.
     */
    static float[] speech(long seed, double seconds) {
        Random random = new Random(seed);
        float[] out = new float[(int) (seconds * RATE) * 2];
        int at = (int) (0.3 * RATE);
        while (at < out.length / 2 - RATE / 2) {
            int words = 3 + random.nextInt(5);
            for (int w = 0; w < words && at < out.length / 2 - RATE / 4; w++) {
                int syllables = 1 + random.nextInt(3);
                for (int s = 0; s < syllables; s++) {
                    int length = (int) ((0.12 + 0.1 * random.nextDouble()) * RATE);
                    double pitch = 120 + 60 * random.nextDouble();
                    double formant = 500 + 1500 * random.nextDouble();
                    for (int i = 0; i < length && at + i < out.length / 2; i++) {
                        double t = i / (double) RATE;
                        double envelope = Math.sin(Math.PI * i / length);
                        double v = 0;
                        for (int h = 1; h <= 12; h++) {
                            double f = pitch * h;
                            double weight = 1.0 / h * Math.exp(-Math.pow((f - formant) / 900, 2) * 0.5 + 0.2);
                            v += weight * Math.sin(2 * Math.PI * f * t);
                        }
                        float sample = (float) (0.22 * envelope * v);
                        out[2 * (at + i)] += sample;
                        out[2 * (at + i) + 1] += sample;
                    }
                    at += length;
                }
                at += (int) ((0.05 + 0.08 * random.nextDouble()) * RATE);
            }
            at += (int) ((0.35 + 0.4 * random.nextDouble()) * RATE);
        }
        return out;
    }

    /** A gentle music bed: I–V–vi–IV pads, a bass note per beat and a soft tick, 96 bpm. */
    static float[] music(double seconds) {
        float[] out = new float[(int) (seconds * RATE) * 2];
        double[][] chords = {{261.63, 329.63, 392.00}, {196.00, 246.94, 293.66}, {220.00, 261.63, 329.63}, {174.61, 220.00, 261.63}};
        double beat = 60.0 / 96;
        Random noise = new Random(7);
        for (int i = 0; i < out.length / 2; i++) {
            double t = i / (double) RATE;
            int bar = (int) (t / (4 * beat));
            double[] chord = chords[bar % chords.length];
            double inBeat = t % beat;
            double v = 0;
            for (double f : chord) {
                v += 0.08 * (Math.sin(2 * Math.PI * f * t) + 0.3 * Math.sin(2 * Math.PI * 2 * f * t));
            }
            v += 0.18 * Math.exp(-inBeat * 4) * Math.sin(2 * Math.PI * chord[0] / 2 * t);
            v += 0.03 * Math.exp(-inBeat * 60) * noise.nextGaussian();
            double pan = 0.1 * Math.sin(2 * Math.PI * t / 8);
            out[2 * i] = (float) (v * (1 - pan));
            out[2 * i + 1] = (float) (v * (1 + pan));
        }
        return out;
    }

    /** A stereo 48 kHz 16-bit WAV. */
    static void writeWav(float[] interleaved, Path file) {
        try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
            dev.reelwright.director.music.Wav.writeHeader(out, 2, interleaved.length / 2);
            dev.reelwright.director.music.Wav.writeSamples(out, interleaved, interleaved.length);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
