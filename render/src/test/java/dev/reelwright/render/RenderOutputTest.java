package dev.reelwright.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file itself: what every platform needs to accept it. */
class RenderOutputTest {
    @TempDir
    Path dir;

    @Test
    void meetsTheDeliveryFormat() throws Exception {
        TestMedia.tone(dir.resolve("tone.wav"), 3, 440, 0.2);
        String json = """
                {"v":1,"m":{"w":320,"h":180,"fps":30},"d":2000,"t":[
                 {"id":"v","tt":0,"sg":[{"id":"c","s":0,"d":2000,"m":{"color":"#336699"}}]},
                 {"id":"a","tt":1,"m":{"role":"bgm"},"sg":[{"id":"m","s":0,"d":2000,"src":"media:tone.wav"}]}]}
                """;
        for (Quality quality : Quality.values()) {
            DecodedVideo video = Renders.render(dir, json, quality);
            assertEquals("h264", video.videoCodec, quality + " codec");
            assertEquals(avcodec.AV_PROFILE_H264_HIGH, video.profile, quality + " profile");
            assertEquals(avutil.AV_PIX_FMT_YUV420P, video.pixelFormat, quality + " pixel format");
            assertEquals("aac", video.audioCodec);
            assertEquals(48_000, video.sampleRate);
            assertEquals(2, video.channels);
            assertEquals(30.0, video.fps, 1e-9);
            assertEquals(320, video.widthPx);
            assertEquals(180, video.heightPx);
            assertEquals(60, video.pictures.size());
            assertEquals(2000, video.videoDurationMs(), 1000.0 / 30);
            assertEquals(video.videoDurationMs(), video.soundDurationMs(), 1000.0 / 30, "sound and picture lengths");
            assertConstantFrameRate(video);
        }
    }

    /** x264 writes the options it encoded with into the stream; each quality's own settings must be there. */
    @Test
    void eachQualityEncodesWithItsOwnSettings() throws Exception {
        String json = Renders.colours(64, 36, 10, "#ff0000:500");
        for (Quality quality : Quality.values()) {
            Path out = dir.resolve(quality.wireName() + ".mp4");
            new Renderer().render(dev.reelwright.draft.DraftCodec.parse(json), Renders.resolver(dir), quality, out,
                    RenderListener.NONE, Cancellation.none());
            String options = x264Options(out);
            // With the macroblock tree, x264 is asked for 5.4 more and a bitrate factor that takes it back (X264Settings).
            assertTrue(options.contains(String.format(java.util.Locale.ROOT, " crf=%.1f ", quality.crf() + (quality.macroblockTree() ? 5.4 : 0))),
                    quality + ": " + options);
            assertEquals(quality.macroblockTree(), options.contains(" zones="), quality + ": " + options);
            for (String setting : quality.x264Params().split(":")) {
                String name = setting.substring(0, setting.indexOf('=')).replace('-', '_');
                String wanted = setting.substring(setting.indexOf('=') + 1);
                if (setting.equals("rc-lookahead=0")) {
                    assertTrue(options.contains(" mbtree=0 "), quality + " looks ahead: " + options); // x264 writes no rc_lookahead then
                    continue;
                }
                java.util.regex.Matcher written = java.util.regex.Pattern.compile(" " + name + "=(\\S+) ").matcher(options);
                assertTrue(written.find(), quality + " lacks " + setting + ": " + options);
                assertTrue(written.group(1).equals(wanted) || wanted.matches("[0-9.]+") && Double.parseDouble(written.group(1)) == Double.parseDouble(wanted),
                        quality + " has " + name + "=" + written.group(1) + ", not " + wanted);
            }
            assertTrue(options.contains(" ip_ratio=1.00 "), quality + ": keyframes quantised as the frames between them: " + options);
        }
        assertTrue(x264Options(dir.resolve("standard.mp4")).contains(" mbtree=1 "), "standard keeps the macroblock tree");
    }

    private static String x264Options(Path file) throws IOException {
        String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        int start = bytes.indexOf("options: ");
        assertTrue(start >= 0, "no x264 options in " + file);
        return bytes.substring(start, bytes.indexOf('\0', start)) + " ";
    }

    @Test
    void movesTheIndexToTheFrontForStreaming() throws Exception {
        Path out = dir.resolve("fast.mp4");
        new Renderer().render(dev.reelwright.draft.DraftCodec.parse(Renders.colours(64, 64, 10, "#ff0000:500")),
                Renders.resolver(dir), Quality.DRAFT, out, RenderListener.NONE, Cancellation.none());
        List<String> boxes = topLevelBoxes(out);
        assertTrue(boxes.indexOf("moov") >= 0 && boxes.indexOf("moov") < boxes.indexOf("mdat"), "boxes " + boxes);
    }

    @Test
    void aDraftWithoutSoundStillHasASilentAudioTrack() throws Exception {
        DecodedVideo video = Renders.render(dir, Renders.colours(64, 36, 25, "#00ff00:1000"));
        assertEquals("aac", video.audioCodec);
        assertEquals(25, video.pictures.size());
        assertTrue(video.peakDb() < -90, "silent, peak " + video.peakDb());
    }

    @Test
    void anyEvenCanvasAndFrameRate() throws Exception {
        DecodedVideo portrait = Renders.render(dir, Renders.colours(180, 320, 24, "#ffffff:500", "#000000:500"));
        assertEquals(180, portrait.widthPx);
        assertEquals(320, portrait.heightPx);
        assertEquals(24, portrait.pictures.size());
        Colors.assertNear(new int[] {255, 255, 255}, portrait.colorAt(250, 0.5, 0.5), 6, "first half");
        Colors.assertNear(new int[] {0, 0, 0}, portrait.colorAt(750, 0.5, 0.5), 6, "second half");
    }

    private static void assertConstantFrameRate(DecodedVideo video) {
        for (int i = 1; i < video.pictureTimesUs.size(); i++) {
            long stepUs = video.pictureTimesUs.get(i) - video.pictureTimesUs.get(i - 1);
            assertEquals(1_000_000.0 / video.fps, stepUs, 2, "frame " + i + " step");
        }
    }

    private static List<String> topLevelBoxes(Path file) throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); DataInputStream data = new DataInputStream(in)) {
            long remaining = Files.size(file);
            while (remaining >= 8) {
                long size = data.readInt() & 0xFFFFFFFFL;
                byte[] type = new byte[4];
                data.readFully(type);
                names.add(new String(type, java.nio.charset.StandardCharsets.US_ASCII));
                long header = 8;
                if (size == 1) {
                    size = data.readLong();
                    header = 16;
                }
                data.skipNBytes(size - header);
                remaining -= size;
            }
        }
        return names;
    }
}
