package dev.reelwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelwright.draft.Draft;
import dev.reelwright.draft.PlacedPicture;
import dev.reelwright.draft.Segment;
import dev.reelwright.draft.Track;
import dev.reelwright.draft.TrackType;
import dev.reelwright.render.DecodedVideo;
import dev.reelwright.render.Renderer;
import dev.reelwright.render.text.SafeArea;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A script without photos gets built-in pictures of what it says, laid out for the canvas, credited beside the video. */
class PicturesMakeTest {
    @TempDir
    Path dir;

    private static final String SCRIPT = "Morning Ride\n\nEvery morning I ride my bicycle along the river.\n\n"
            + "Then a cup of hot coffee at the corner cafe.\n\nTry it tomorrow.\n";

    @Test
    void aVerticalVideoShowsPicturesOfWhatItSaysInsideTheSafeArea() throws Exception {
        Path script = Files.writeString(dir.resolve("ride.txt"), SCRIPT);
        Path out = dir.resolve("ride.mp4");
        ReelRun run = ReelRun.of("make", script.toString(), "-o", out.toString(), "--aspect", "9:16", "--resolution", "480p",
                "--quality", "draft");
        assertEquals(0, run.exitCode(), run.err());
        Draft draft = DraftFiles.read(dir.resolve("ride.draft.json"));
        Track pictures = draft.tracks().stream().filter(t -> t.id().equals("pictures")).findFirst().orElseThrow();
        List<String> names = pictures.segments().stream().map(s -> PlacedPicture.of(s.meta()).orElseThrow().name()).toList();
        assertTrue(names.contains("bicycle") || names.contains("person-biking"), "the ride shows a bicycle: " + names);
        assertTrue(names.contains("hot-beverage"), "the coffee shows a hot beverage: " + names);

        // Every picture and its drift stay inside the area apps leave clear.
        SafeArea safe = SafeArea.of(draft.meta().widthPx(), draft.meta().heightPx());
        double shortSide = Math.min(draft.meta().widthPx(), draft.meta().heightPx());
        for (Track track : draft.tracksOfType(TrackType.VIDEO)) {
            for (Segment segment : track.segments()) {
                PlacedPicture.of(segment.meta()).ifPresent(p -> {
                    double half = p.size() * shortSide / 2 + 0.04 * shortSide;
                    double x = p.x() * draft.meta().widthPx();
                    double y = p.y() * draft.meta().heightPx();
                    assertTrue(x - half >= safe.left() && x + half <= safe.right() && y - half >= safe.top() && y + half <= safe.bottom(),
                            p.name() + " at " + p + " leaves the safe area " + safe);
                });
            }
        }

        // The frame shows the picture, not the designed background alone.
        Segment coffee = pictures.segments().stream().filter(s -> PlacedPicture.of(s.meta()).orElseThrow().name().equals("hot-beverage"))
                .findFirst().orElseThrow();
        PlacedPicture place = PlacedPicture.of(coffee.meta()).orElseThrow();
        double at = coffee.startMs() + coffee.durationMs() / 2.0;
        Draft bare = draft.withTracks(draft.tracks().stream().filter(t -> !t.id().startsWith("pictures")).toList());
        int[] without = new Renderer().paintAt(bare, new FolderMediaResolver(dir.resolve("ride.media"), dir), Math.round(at));
        int[] decoded = new DecodedVideo(out).colorAt(at, place.x(), place.y() + 0.02);
        int w = draft.meta().widthPx();
        int plain = without[(int) ((place.y() + 0.02) * draft.meta().heightPx()) * w + (int) (place.x() * w)];
        int difference = Math.abs((plain >> 16 & 0xff) - decoded[0]) + Math.abs((plain >> 8 & 0xff) - decoded[1]) + Math.abs((plain & 0xff) - decoded[2]);
        assertTrue(difference > 60, "the cup shows over the background: " + java.util.Arrays.toString(decoded) + " vs " + Integer.toHexString(plain));

        String credits = Files.readString(dir.resolve("ride.credits.txt"));
        assertTrue(credits.contains("hot-beverage") && credits.contains("Fluent Emoji") && credits.contains("MIT"), credits);
        assertTrue(run.out().contains("ride.credits.txt"), run.out());
    }

    @Test
    void everyShapeLaysThePicturesOutInsideItsSafeArea() throws Exception {
        var script = dev.reelwright.director.script.ScriptReader.read(Files.writeString(dir.resolve("shapes.txt"), SCRIPT));
        for (dev.reelwright.director.make.Aspect aspect : dev.reelwright.director.make.Aspect.values()) {
            for (dev.reelwright.director.captions.CaptionStyle captions : List.of(dev.reelwright.director.captions.CaptionStyle.CLEAN,
                    dev.reelwright.director.captions.CaptionStyle.BOLD)) {
                Path media = Files.createDirectories(dir.resolve(aspect.name() + captions.name()));
                Draft draft = new dev.reelwright.director.make.VideoMaker(dev.reelwright.director.voice.VoiceCatalog.discover(System.getenv()))
                        .make(script, dev.reelwright.director.make.MakeOptions.defaults().withCanvas(aspect, 480).withCaptions(captions), media,
                                stage -> { }).draft();
                SafeArea safe = SafeArea.of(draft.meta().widthPx(), draft.meta().heightPx());
                double shortSide = Math.min(draft.meta().widthPx(), draft.meta().heightPx());
                int placed = 0;
                for (Track track : draft.tracksOfType(TrackType.VIDEO)) {
                    for (Segment segment : track.segments()) {
                        var picture = PlacedPicture.of(segment.meta());
                        if (picture.isEmpty()) {
                            continue;
                        }
                        PlacedPicture p = picture.get();
                        placed++;
                        // Its drift and growth included.
                        double half = p.size() * 1.05 * shortSide / 2 + 0.035 * shortSide;
                        double x = p.x() * draft.meta().widthPx();
                        double y = p.y() * draft.meta().heightPx();
                        assertTrue(x - half >= safe.left() && x + half <= safe.right() && y - half >= safe.top() && y + half <= safe.bottom(),
                                aspect.ratio() + " " + captions + ": " + p + " leaves the safe area " + safe);
                    }
                }
                assertTrue(placed >= 2, aspect.ratio() + ": pictures placed: " + placed);
            }
        }
    }
}
