package dev.reelwright.render.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelwright.render.TestMedia;
import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaProbeTest {
    @TempDir
    Path dir;

    @Test
    void tellsImagesClipsAndSoundApart() {
        MediaInfo image = MediaProbe.probe(TestMedia.image(dir.resolve("a.png"), 30, 20, Color.RED, "png"));
        assertEquals(MediaKind.IMAGE, image.kind());
        assertEquals(30, image.widthPx());
        assertFalse(image.hasAudio());
        MediaInfo jpeg = MediaProbe.probe(TestMedia.image(dir.resolve("b.jpg"), 30, 20, Color.RED, "jpg"));
        assertEquals(MediaKind.IMAGE, jpeg.kind());
        MediaInfo clip = MediaProbe.probe(TestMedia.clip(dir.resolve("c.mp4"), 64, 36, 10, Color.RED, Color.BLUE));
        assertEquals(MediaKind.VIDEO, clip.kind());
        assertEquals(2000, clip.durationMs(), 60);
        assertEquals(10, clip.fps(), 0.01);
        assertTrue(clip.hasAudio());
        assertEquals("h264", clip.videoCodec());
        MediaInfo sound = MediaProbe.probe(TestMedia.tone(dir.resolve("d.wav"), 1.5, 440, 0.1));
        assertEquals(MediaKind.AUDIO, sound.kind());
        assertEquals(1500, sound.durationMs(), 5);
    }

    @Test
    void aDirectoryIsNotAFile() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("folder.mp4"));
        assertEquals(folder + ": not a regular file", assertThrows(MediaException.class, () -> MediaProbe.probe(folder)).getMessage());
    }

    @Test
    void textIsNotMedia() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.mp3"), "just some words, not sound");
        assertTrue(assertThrows(MediaException.class, () -> MediaProbe.probe(text)).getMessage().contains("not a media file we can read"));
    }
}
