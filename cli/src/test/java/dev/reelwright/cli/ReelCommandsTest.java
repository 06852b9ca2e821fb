package dev.reelwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reelwright.render.DecodedVideo;
import dev.reelwright.render.TestMedia;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReelCommandsTest {
    @TempDir
    Path dir;

    private static final String CAPTIONED = """
            {"v":1,"m":{"w":160,"h":90,"fps":10},"d":2000,"t":[
             {"id":"v","tt":0,"sg":[{"id":"p","s":0,"d":2000,"src":"pics/pic.png","m":{"kb":{"from":1,"to":1.1}}}]},
             {"id":"c","tt":7,"m":{"role":"caption"},"sg":[{"id":"c1","s":0,"d":900,"m":{"text":"One"}},
               {"id":"c2","s":1000,"d":1000,"m":{"text":"Two"}}]},
             {"id":"a","tt":1,"m":{"role":"bgm","name":"Tone"},"sg":[{"id":"m","s":0,"d":2000,"src":"media:tone.wav","m":{"vol":0.35}}]}]}
            """;

    @Test
    void rendersWithCaptionFilesBesideTheVideo() throws Exception {
        Files.createDirectories(dir.resolve("pics"));
        TestImages.png(dir.resolve("pics/pic.png"));
        Path media = Files.createDirectories(dir.resolve("sounds"));
        TestMedia.tone(media.resolve("tone.wav"), 2, 440, 0.2);
        Path draft = Files.writeString(dir.resolve("story.json"), CAPTIONED);
        Path out = dir.resolve("story.mp4");
        ReelRun run = ReelRun.of("render", draft.toString(), "-o", out.toString(), "--media", media.toString(), "--quality", "draft");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().contains("story.mp4: rendering"), "plain progress lines when not on a terminal: " + run.out());
        String last = run.out().lines().reduce((a, b) -> b).orElse("");
        assertTrue(last.matches("wrote \\Q" + out + "\\E \\(2\\.0 s, 160x90, [0-9.]+ MB\\) \\+ \\Q" + dir.resolve("story")
                + ".srt, " + dir.resolve("story") + ".vtt\\E"), last);
        assertEquals("1\n00:00:00,000 --> 00:00:00,900\nOne\n\n2\n00:00:01,000 --> 00:00:02,000\nTwo\n\n",
                Files.readString(dir.resolve("story.srt")));
        assertTrue(Files.readString(dir.resolve("story.vtt")).startsWith("WEBVTT\n\n00:00:00.000 --> 00:00:00.900\nOne"));
        DecodedVideo video = new DecodedVideo(out);
        assertEquals(20, video.pictures.size());
    }

    @Test
    void probePrintsJson() throws Exception {
        Path clip = TestMedia.clip(dir.resolve("clip.mp4"), 64, 36, 10, java.awt.Color.RED, java.awt.Color.BLUE);
        ReelRun run = ReelRun.of("probe", clip.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("video", json.get("type").asText());
        assertEquals("h264", json.get("video_codec").asText());
        assertEquals("aac", json.get("audio_codec").asText());
        assertEquals(64, json.get("width").asInt());
        assertEquals(10.0, json.get("fps").asDouble());
        assertEquals(2000, json.get("duration_ms").asLong(), 60);
        assertEquals(Files.size(clip), json.get("size_bytes").asLong());
    }

    @Test
    void summaryPrintsTheTimeline() throws Exception {
        Path draft = Files.writeString(dir.resolve("story.json"), CAPTIONED);
        ReelRun run = ReelRun.of("summary", draft.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("Timeline (3 tracks): 1. Video: pic (0-2s) 2. Captions: 2 cues (0-2s) 3. BGM: Tone (0-2s, 35%)\n", run.out());
    }

    @Test
    void framePullsAPictureOut() throws Exception {
        Path clip = TestMedia.clip(dir.resolve("clip.mp4"), 64, 36, 10, java.awt.Color.RED, java.awt.Color.BLUE);
        Path png = dir.resolve("f.png");
        ReelRun run = ReelRun.of("frame", clip.toString(), "--at", "1.5", "-o", png.toString());
        assertEquals(0, run.exitCode(), run.err());
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertTrue(new java.awt.Color(image.getRGB(32, 18)).getBlue() > 200);
    }

    @Test
    void frameOfADraftPaintsThatMomentWithoutRendering() throws Exception {
        // A red card, then a blue one; the media folder is found beside the draft as reel make leaves it.
        String draft = """
                {"v":1,"m":{"w":64,"h":36,"fps":10},"d":2000,"t":[
                 {"id":"v","tt":0,"sg":[{"id":"r","s":0,"d":1000,"src":"media:red.png"},{"id":"b","s":1000,"d":1000,"m":{"color":"#0000ff"}}]}]}
                """;
        Path media = Files.createDirectories(dir.resolve("story.media"));
        java.awt.image.BufferedImage red = new java.awt.image.BufferedImage(64, 36, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = red.createGraphics();
        g.setColor(java.awt.Color.RED);
        g.fillRect(0, 0, 64, 36);
        g.dispose();
        javax.imageio.ImageIO.write(red, "png", media.resolve("red.png").toFile());
        Path file = Files.writeString(dir.resolve("story.draft.json"), draft);
        for (String[] moment : new String[][] {{"0.5", "red"}, {"1.5", "blue"}}) {
            Path png = dir.resolve(moment[1] + ".png");
            ReelRun run = ReelRun.of("frame", file.toString(), "--at", moment[0], "-o", png.toString());
            assertEquals(0, run.exitCode(), run.err());
            java.awt.Color centre = new java.awt.Color(javax.imageio.ImageIO.read(png.toFile()).getRGB(32, 18));
            assertTrue(moment[1].equals("red") ? centre.getRed() > 200 && centre.getBlue() < 50 : centre.getBlue() > 200
                    && centre.getRed() < 50, moment[1] + " at " + moment[0] + " s: " + centre);
        }
        ReelRun outside = ReelRun.of("frame", file.toString(), "--at", "2.5", "-o", dir.resolve("x.png").toString());
        assertEquals(2, outside.exitCode());
        assertEquals("reel: --at must be within the draft's 2.0 s\n", outside.err());
        assertTrue(Files.notExists(dir.resolve("x.png")));
        ReelRun nowhere = ReelRun.of("frame", file.toString(), "--at", "1", "-o", dir.resolve("no/such/x.png").toString());
        assertEquals(2, nowhere.exitCode());
        assertEquals("reel: " + dir.resolve("no/such/x.png") + ": the folder " + dir.resolve("no/such") + " does not exist\n", nowhere.err());
    }
}
