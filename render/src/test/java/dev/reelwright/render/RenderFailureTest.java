package dev.reelwright.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelwright.draft.DraftCodec;
import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad media, bad output paths and cancellation: a clear message, and nothing left behind. */
class RenderFailureTest {
    @TempDir
    Path dir;

    private Path out() {
        return dir.resolve("out.mp4");
    }

    private RenderException fail(String json) {
        return assertThrows(RenderException.class, () -> new Renderer().render(DraftCodec.parse(json), Renders.resolver(dir),
                Quality.DRAFT, out(), RenderListener.NONE, Cancellation.none()));
    }

    private static String photo(String src) {
        return """
                {"v":1,"m":{"w":64,"h":36,"fps":10},"d":1000,"t":[
                 {"id":"v","tt":0,"sg":[{"id":"p","s":0,"d":1000,"src":"media:%s"}]}]}
                """.formatted(src);
    }

    @AfterEach
    void leavesNothingBehind() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            List<String> left = files.map(p -> p.getFileName().toString())
                    .filter(name -> name.startsWith("out") || name.endsWith(".part")).toList();
            assertEquals(List.of(), left, "output or partial files left behind");
        }
    }

    @Test
    void missingMediaNamesTheSegmentAndTheFile() {
        RenderException e = fail(photo("nowhere.jpg"));
        assertEquals("t[0].sg[0].src: " + dir.resolve("nowhere.jpg") + ": no such file", e.getMessage());
    }

    @Test
    void corruptMediaSaysItCannotBeRead() throws Exception {
        byte[] noise = new byte[4096];
        new java.util.Random(3).nextBytes(noise);
        Files.write(dir.resolve("broken.mp4"), noise);
        RenderException e = fail(photo("broken.mp4"));
        assertTrue(e.getMessage().startsWith("t[0].sg[0].src: " + dir.resolve("broken.mp4") + ": not a media file we can read"),
                e.getMessage());
    }

    @Test
    void emptyMediaFileSaysItIsEmpty() throws Exception {
        Files.write(dir.resolve("empty.png"), new byte[0]);
        assertTrue(fail(photo("empty.png")).getMessage().endsWith("empty.png: the file is empty"));
    }

    @Test
    void aPlaylistDisguisedAsVideoIsNotFollowed() throws Exception {
        TestMedia.clip(dir.resolve("secret.mp4"), 64, 36, 10, Color.RED);
        Files.writeString(dir.resolve("playlist.mp4"), "#EXTM3U\n#EXT-X-TARGETDURATION:1\n#EXTINF:1.0,\nsecret.mp4\n#EXT-X-ENDLIST\n",
                StandardCharsets.US_ASCII);
        assertTrue(fail(photo("playlist.mp4")).getMessage().contains("not a media file we can read"));
    }

    @Test
    void soundOnAVideoTrackIsRefused() throws Exception {
        TestMedia.tone(dir.resolve("tone.wav"), 1, 440, 0.1);
        assertEquals("t[0].sg[0].src: media:tone.wav is sound only; put it on an audio track (tt 1)", fail(photo("tone.wav")).getMessage());
    }

    @Test
    void anInPointPastTheEndIsRefused() throws Exception {
        TestMedia.clip(dir.resolve("short.mp4"), 64, 36, 10, Color.RED);
        RenderException e = fail("""
                {"v":1,"m":{"w":64,"h":36,"fps":10},"d":500,"t":[
                 {"id":"v","tt":0,"sg":[{"id":"p","s":0,"d":500,"src":"media:short.mp4","in":5000}]}]}
                """);
        assertTrue(e.getMessage().startsWith("t[0].sg[0].in: starts at 5000 ms but media:short.mp4 lasts "), e.getMessage());
    }

    @Test
    void aMissingOutputFolderIsNamed() {
        Path nowhere = dir.resolve("no/such/folder/out.mp4");
        RenderException e = assertThrows(RenderException.class, () -> new Renderer().render(
                DraftCodec.parse(Renders.colours(64, 36, 10, "#ff0000:500")), Renders.resolver(dir), Quality.DRAFT, nowhere,
                RenderListener.NONE, Cancellation.none()));
        assertEquals(nowhere + ": the folder " + nowhere.getParent() + " does not exist", e.getMessage());
    }

    @Test
    void anEmptyDraftHasNothingToRender() {
        assertEquals("nothing to render: the draft has no segments",
                fail("{\"v\":1,\"m\":{\"w\":64,\"h\":36,\"fps\":10},\"d\":0,\"t\":[]}").getMessage());
    }

    @Test
    void cancellingMidwayLeavesNoFile() {
        Cancellation cancellation = new Cancellation();
        RenderListener cancelAtHalf = new RenderListener() {
            @Override
            public void progress(RenderProgress progress) {
                if (progress.stage() == RenderProgress.Stage.RENDERING && progress.framesDone() >= 10) {
                    cancellation.cancel();
                }
            }
        };
        assertThrows(Cancellation.Cancelled.class, () -> new Renderer().render(
                DraftCodec.parse(Renders.colours(64, 36, 10, "#ff0000:3000")), Renders.resolver(dir), Quality.DRAFT, out(),
                cancelAtHalf, cancellation));
    }

    @Test
    void aFailureWhilePaintingStopsTheRenderCleanly() throws Exception {
        // The image probes fine but is replaced by garbage before its segment is painted.
        TestMedia.image(dir.resolve("late.png"), 64, 36, Color.RED, "png");
        RenderListener swapWhenRendering = new RenderListener() {
            @Override
            public void progress(RenderProgress progress) {
                if (progress.stage() == RenderProgress.Stage.MIXING_SOUND) {
                    try {
                        Files.write(dir.resolve("late.png"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            }
        };
        RenderException e = assertThrows(RenderException.class, () -> new Renderer().render(DraftCodec.parse(photo("late.png")),
                Renders.resolver(dir), Quality.DRAFT, out(), swapWhenRendering, Cancellation.none()));
        assertTrue(e.getMessage().contains("late.png"), e.getMessage());
    }
}
