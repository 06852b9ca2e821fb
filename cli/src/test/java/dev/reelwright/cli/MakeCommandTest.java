package dev.reelwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelwright.draft.Draft;
import dev.reelwright.render.DecodedVideo;
import dev.reelwright.render.audio.SoundMeasure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reel make} with the real voice, at 480p to keep it quick. */
class MakeCommandTest {
    @TempDir
    Path dir;

    private static final String SCRIPT = "# Tiny Garden\n\nGrow herbs on any windowsill. Basil and mint need only light and water.\n\n"
            + "Start your tiny garden today.\n";

    @Test
    void makesAVideoWithItsDraftCaptionsAndMedia() throws Exception {
        Path script = Files.writeString(dir.resolve("garden.md"), SCRIPT);
        Path out = dir.resolve("garden.mp4");
        ReelRun run = ReelRun.of("make", script.toString(), "-o", out.toString(), "--resolution", "480p", "--quality", "draft");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("make: voice"), run.out());
        for (String name : List.of("garden.mp4", "garden.draft.json", "garden.srt", "garden.vtt", "garden.media/voice.wav",
                "garden.media/music.wav")) {
            assertTrue(Files.exists(dir.resolve(name)), name);
        }
        Draft draft = DraftFiles.read(dir.resolve("garden.draft.json"));
        DecodedVideo video = new DecodedVideo(out);
        assertEquals(854, video.widthPx);
        assertEquals(480, video.heightPx);
        assertEquals(draft.durationMs(), video.videoDurationMs(), 1000.0 / 30);
        assertEquals(-14, SoundMeasure.integratedLufs(video.sound), 1.0);
        String srt = Files.readString(dir.resolve("garden.srt"));
        String spoken = String.join(" ", srt.lines().filter(l -> !l.isBlank() && !l.matches("\\d+") && !l.contains("-->")).toList());
        assertEquals("Grow herbs on any windowsill. Basil and mint need only light and water. Start your tiny garden today.", spoken);
        assertTrue(video.levelDb(draft.durationMs() / 2.0 - 500, draft.durationMs() / 2.0 + 500) > -40, "voice and music audible");
        ReelRun again = ReelRun.of("render", dir.resolve("garden.draft.json").toString(), "-o", dir.resolve("again.mp4").toString(),
                "--media", dir.resolve("garden.media").toString(), "--quality", "draft");
        assertEquals(0, again.exitCode(), again.err());
        Path twin = dir.resolve("twin.mp4");
        ReelRun twice = ReelRun.of("make", script.toString(), "-o", twin.toString(), "--resolution", "480p", "--quality", "draft");
        assertEquals(0, twice.exitCode(), twice.err());
        assertEquals(-1, Files.mismatch(dir.resolve("garden.media/voice.wav"), dir.resolve("twin.media/voice.wav")), "the same voice");
        assertEquals(-1, Files.mismatch(out, twin), "the same script makes the very same video");
    }

    @Test
    void verticalForTikTokWithTheUsersOwnMusic() throws Exception {
        Path script = Files.writeString(dir.resolve("v.txt"), "Three tips for better sleep. Dim the lights early. Keep the room cool.");
        Path song = dev.reelwright.render.TestMedia.tone(dir.resolve("song.wav"), 30, 523, 0.3);
        Path out = dir.resolve("v.mp4");
        ReelRun run = ReelRun.of("make", script.toString(), "-o", out.toString(), "--aspect", "9:16", "--resolution", "480p",
                "--quality", "draft", "--music", song.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(DraftFiles.read(dir.resolve("v.draft.json")).tracks().stream()
                .anyMatch(t -> t.segments().stream().anyMatch(s -> song.toAbsolutePath().toString().equals(s.source()))));
        DecodedVideo video = new DecodedVideo(out);
        assertEquals(480, video.widthPx);
        assertEquals(854, video.heightPx);
    }

    @Test
    void theUsersPhotosAreMatchedToTheScenes() throws Exception {
        Path photos = Files.createDirectories(dir.resolve("photos"));
        dev.reelwright.render.TestMedia.image(photos.resolve("basil.png"), 320, 180, java.awt.Color.GREEN, "png");
        dev.reelwright.render.TestMedia.image(photos.resolve("window.png"), 320, 180, java.awt.Color.BLUE, "png");
        Path script = Files.writeString(dir.resolve("g.txt"), "Light comes through the window every morning, warm and steady. "
                + "Fresh basil grows fast in that warm light, green and fragrant.");
        Path out = dir.resolve("g.mp4");
        ReelRun run = ReelRun.of("make", script.toString(), "-o", out.toString(), "--media", photos.toString(), "--resolution", "480p",
                "--quality", "draft", "--captions", "none");
        assertEquals(0, run.exitCode(), run.err());
        Draft draft = DraftFiles.read(dir.resolve("g.draft.json"));
        var pictures = draft.tracks().get(0).segments().stream().filter(s -> s.source() != null).toList();
        assertEquals(2, pictures.size());
        assertTrue(pictures.get(0).source().endsWith("window.png"), pictures.get(0).source());
        assertTrue(pictures.get(1).source().endsWith("basil.png"), pictures.get(1).source());
        DecodedVideo video = new DecodedVideo(out);
        double firstMiddle = (pictures.get(0).startMs() + pictures.get(0).endMs()) / 2.0;
        int[] colour = video.colorAt(firstMiddle, 0.1, 0.2);
        assertTrue(colour[2] > 200 && colour[1] < 60, "the window photo (blue) is on screen: " + java.util.Arrays.toString(colour));
    }

    @Test
    void mediaThatIsNotAPictureIsRefused() throws Exception {
        Path script = Files.writeString(dir.resolve("s.txt"), "Hello there.");
        Path tone = dev.reelwright.render.TestMedia.tone(dir.resolve("tone.wav"), 1, 440, 0.1);
        ReelRun run = ReelRun.of("make", script.toString(), "-o", dir.resolve("s.mp4").toString(), "--media", tone.toString());
        assertEquals(2, run.exitCode());
        assertEquals("reel: " + tone + ": is sound only; --media takes photos and clips (use --music FILE for music)\n", run.err());
    }

    @Test
    void badInputLeavesNothingBehind() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "   \n");
        ReelRun run = ReelRun.of("make", empty.toString(), "-o", dir.resolve("e.mp4").toString());
        assertEquals(2, run.exitCode());
        assertEquals("reel: " + empty + ": the script is empty\n", run.err());
        ReelRun music = ReelRun.of("make", empty.toString(), "-o", dir.resolve("e.mp4").toString(), "--music", "polka");
        assertEquals("reel: --music must be a mood (upbeat, calm, corporate, dramatic, lofi), auto, none or a sound file (got \"polka\")\n", music.err());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("empty.txt"), files.map(p -> p.getFileName().toString()).toList());
        }
    }
}
