package dev.reelwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelwright.draft.Draft;
import dev.reelwright.render.DecodedVideo;
import dev.reelwright.render.audio.SoundMeasure;
import dev.reelwright.render.media.AudioReader;
import dev.reelwright.render.media.MediaInfo;
import dev.reelwright.render.media.MediaProbe;
import dev.reelwright.render.media.VideoReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every example draft renders (with its generated media) and decodes to what the draft says. */
class ExamplesTest {
    @TempDir
    static Path out;
    private static ReelRun ran;

    /** Both tests read the outputs of one run of the README's first command, at 480p. */
    private static synchronized ReelRun runOnce() {
        if (ran == null) {
            System.setProperty("reel.home", Path.of("..").toAbsolutePath().normalize().toString());
            ran = ReelRun.of("examples", "-o", out.toString(), "--quality", "draft", "--resolution", "480p");
        }
        return ran;
    }

    @Test
    void everyExampleRendersToTheDraftsLength() throws Exception {
        Path home = Path.of("..").toAbsolutePath().normalize();
        System.setProperty("reel.home", home.toString());
        ReelRun run = runOnce();
        assertEquals(0, run.exitCode(), run.err());
        List<Path> drafts;
        try (Stream<Path> files = Files.list(home.resolve("examples"))) {
            drafts = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertTrue(drafts.size() >= 3);
        for (Path draftFile : drafts) {
            Draft draft = DraftFiles.read(draftFile);
            DecodedVideo video = new DecodedVideo(out.resolve(draftFile.getFileName().toString().replace(".json", ".mp4")));
            String name = draftFile.getFileName().toString();
            assertEquals(draft.meta().widthPx(), video.widthPx, name);
            assertEquals(draft.meta().heightPx(), video.heightPx, name);
            assertEquals(draft.durationMs(), video.videoDurationMs(), 1000.0 / draft.meta().fps(), name + " duration");
            assertEquals(video.videoDurationMs(), video.soundDurationMs(), 1000.0 / draft.meta().fps(), name + " sound length");
            assertEquals(-14, SoundMeasure.integratedLufs(video.sound), 1.0, name + " loudness");
            assertTrue(SoundMeasure.truePeakDbtp(video.sound) <= -1.0, name + " true peak");
            for (int i = 0; i < video.pictures.size(); i += 5) {
                assertTrue(brightness(video.pictures.get(i)) > 8, name + ": unintended black frame at " + i);
            }
        }
    }

    /** The five made examples (run by the same command above, at 480p): lengths, shapes, captions, loudness. */
    @Test
    void theMadeExamplesHaveTheirLengthsShapesAndCaptions() throws Exception {
        Path home = Path.of("..").toAbsolutePath().normalize();
        System.setProperty("reel.home", home.toString());
        ReelRun run = runOnce();
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(30_000, MediaProbe.probe(out.resolve("2-desk-lamp.mp4")).durationMs(), 1000.0 / 30 + 30,
                "product photos: 30 s as asked");
        Draft promoDraft = DraftFiles.read(out.resolve("3-coastal-promo.draft.json"));
        assertEquals(30_000, MediaProbe.probe(out.resolve("3-coastal-promo.mp4")).durationMs(), 1000.0 / 30 + 30,
                "a 26 s voiceover MP3 makes a 30 s promo");
        List<String> photos = promoDraft.tracks().get(0).segments().stream().filter(s -> s.source() != null)
                .map(s -> s.source().replaceAll(".*/", "")).toList();
        assertTrue(photos.containsAll(List.of("IMG_0412.jpg", "IMG_0413.jpg", "IMG_0414.jpg", "IMG_0415.jpg", "IMG_0416.jpg")),
                "all five photos: " + photos);
        // Camera names say nothing: the XMP keywords put each photo on the scene that speaks of it.
        assertEquals("IMG_0415.jpg", photoUnder(promoDraft, "waves"));
        assertEquals("IMG_0413.jpg", photoUnder(promoDraft, "lighthouse"));
        assertEquals("IMG_0414.jpg", photoUnder(promoDraft, "kitchen"));
        assertEquals("IMG_0412.jpg", photoUnder(promoDraft, "bay turns gold"));
        MediaInfo tiktok = MediaProbe.probe(out.resolve("4-sleep-tips-tiktok.mp4"));
        assertEquals(480, tiktok.widthPx());
        assertEquals(854, tiktok.heightPx());
        // 149 words do not fit 30 s even at the 1.25x --duration may speed up to: the script is
        // condensed to its hook, its five tips and its call to action, and says what it left out.
        assertTrue(run.out().matches("(?s).*warning: to fit 30 s, left out \\d+ of \\d+ sentences:.*--fit all.*"), run.out());
        assertEquals(30_000, tiktok.durationMs(), 1_500, "the length asked for");
        String tips = String.join(" ", Files.readString(out.resolve("4-sleep-tips-tiktok.srt")).lines()
                .filter(l -> !l.isBlank() && !l.matches("\\d+") && !l.contains("-->")).toList());
        for (String kept : List.of("Struggling to fall asleep?", "First,", "Second,", "Third,", "Fourth,", "Fifth,", "follow for more tips")) {
            assertTrue(tips.contains(kept), kept + " is spoken: " + tips);
        }
        assertEquals(20_000, MediaProbe.probe(out.resolve("5-animatic.mp4")).durationMs(), 1000.0 / 30 + 30,
                "the animatic lasts as long as the shot list");
        assertTrue(Files.readString(out.resolve("5-prompt.txt")).contains("smartwatch"));
        for (String name : List.of("1-product-launch", "2-desk-lamp", "3-coastal-promo", "4-sleep-tips-tiktok")) {
            Path file = out.resolve(name + ".mp4");
            MediaInfo info = MediaProbe.probe(file);
            // Decoded a frame at a time: whole decoded videos of this length do not fit the test's heap.
            try (VideoReader frames = new VideoReader(file, 0, info.widthPx(), info.heightPx())) {
                for (long ms = 0; ms < info.durationMs() - 100; ms += 500) {
                    assertTrue(brightnessRgb(frames.pictureAt(ms)) > 8, name + ": unintended black frame at " + ms + " ms");
                }
            }
            float[] sound = new float[(int) (info.durationMs() * 48 + 48_000) * 2];
            try (AudioReader reader = new AudioReader(file, 0)) {
                int got = reader.read(sound, sound.length / 2);
                assertEquals(-14, SoundMeasure.integratedLufs(java.util.Arrays.copyOf(sound, got * 2)), 1.0, name + " loudness");
            }
        }
        String script = Files.readString(home.resolve("examples/scripts/product-launch.md"));
        String body = script.substring(script.indexOf('\n')).replaceAll("\\s+", " ").strip();
        String srt = Files.readString(out.resolve("1-product-launch.srt"));
        String shown = String.join(" ", srt.lines().filter(l -> !l.isBlank() && !l.matches("\\d+") && !l.contains("-->")).toList());
        assertEquals(body, shown, "the captions say the script's words in order");
    }

    /** The photo on screen while the caption with {@code words} is shown. */
    private static String photoUnder(Draft draft, String words) {
        var caption = draft.tracks().stream().filter(t -> t.id().equals("captions")).findFirst().orElseThrow().segments().stream()
                .filter(s -> s.meta().text() != null && s.meta().text().contains(words)).findFirst().orElseThrow();
        long middleMs = (caption.startMs() + caption.endMs()) / 2;
        return draft.tracks().get(0).segments().stream().filter(s -> s.source() != null)
                .filter(s -> s.startMs() <= middleMs && middleMs < s.endMs()).reduce((a, b) -> b).orElseThrow()
                .source().replaceAll(".*/", "");
    }

    private static double brightnessRgb(int[] rgb) {
        long sum = 0;
        for (int i = 0; i < rgb.length; i += 97) {
            sum += (rgb[i] >> 16 & 0xFF) + (rgb[i] >> 8 & 0xFF) + (rgb[i] & 0xFF);
        }
        return sum / (rgb.length / 97.0) / 3;
    }

    private static double brightness(byte[] bgr) {
        long sum = 0;
        for (int i = 0; i < bgr.length; i += 97) {
            sum += bgr[i] & 0xFF;
        }
        return sum / (bgr.length / 97.0);
    }
}
