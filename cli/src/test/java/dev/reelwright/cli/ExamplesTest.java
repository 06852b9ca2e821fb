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

/** Every example draft renders (with its generated media) and decodes to what the draft says. */
class ExamplesTest {
    @TempDir
    Path out;

    @Test
    void everyExampleRendersToTheDraftsLength() throws Exception {
        Path home = Path.of("..").toAbsolutePath().normalize();
        System.setProperty("reel.home", home.toString());
        ReelRun run = ReelRun.of("examples", "-o", out.toString(), "--quality", "draft");
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

    private static double brightness(byte[] bgr) {
        long sum = 0;
        for (int i = 0; i < bgr.length; i += 97) {
            sum += bgr[i] & 0xFF;
        }
        return sum / (bgr.length / 97.0);
    }
}
