package dev.reelwright.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelwright.draft.Draft;
import dev.reelwright.draft.DraftCodec;
import dev.reelwright.render.chunk.Chunk;
import dev.reelwright.render.chunk.ChunkPlanner;
import dev.reelwright.render.chunk.RenderCache;
import dev.reelwright.render.media.Mp4Joiner;
import dev.reelwright.render.media.ChunkEncoder;
import dev.reelwright.render.media.Nv12;
import dev.reelwright.render.media.PictureComparison;
import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Chunked rendering, checked by decoding: the same draft gives the same bytes every time; the
 * chunks joined by stream copy are the same video as the whole video encoded in one piece, and the
 * same bytes whether made together or one at a time; and a
 * re-export after a one-scene edit encodes only that scene's chunks and gives the very bytes a
 * render from nothing gives.
 */
class ChunkedRenderTest {
    @TempDir
    static Path dir;

    /** 7 s at 30 fps: chunks [0, 60), [60, 120), [120, 180), [180, 210); the retitled scene is on the second only. */
    private static String draft(String title, int musicFadeOutMs) {
        return """
                {"v": 1, "m": {"w": 320, "h": 180, "fps": 30},
                 "d": 7000,
                 "t": [
                   {"id": "v", "tt": 0, "sg": [
                     {"id": "still", "s": 0, "d": 2500, "src": "media:red.png", "m": {"kb": {"from": 1.0, "to": 1.2, "pan": "left"}}},
                     {"id": "clip", "s": 2000, "d": 2500, "src": "media:clip.mp4", "m": {"tr": {"type": "fade", "d": 500}}},
                     {"id": "aurora", "s": 4000, "d": 3000, "m": {"tr": {"type": "fade", "d": 500},
                       "gradient": {"from": "#1d3557", "to": "#457b9d", "angle": 140, "look": "aurora", "accent": "#f1faee"}}}]},
                   {"id": "titles", "tt": 7, "m": {"role": "title"}, "sg": [
                     {"id": "t1", "s": 2100, "d": 1700, "m": {"text": "%s", "pos": "center", "size": 40, "anim": "fade"}}]},
                   {"id": "captions", "tt": 7, "m": {"role": "caption"}, "sg": [
                     {"id": "c1", "s": 300, "d": 1500, "m": {"text": "First words"}},
                     {"id": "c2", "s": 4300, "d": 2400, "m": {"text": "And the last"}}]},
                   {"id": "music", "tt": 1, "m": {"role": "bgm"}, "sg": [
                     {"id": "bgm", "s": 0, "d": 7000, "src": "media:tone.wav", "m": {"vol": 0.5, "fadeOut": %d}}]}
                 ]}
                """.formatted(title, musicFadeOutMs);
    }

    @BeforeAll
    static void media() {
        TestMedia.image(dir.resolve("red.png"), 640, 360, new Color(200, 40, 40), "png");
        TestMedia.clip(dir.resolve("clip.mp4"), 320, 180, 30, Color.BLUE, Color.GREEN, Color.YELLOW);
        TestMedia.tone(dir.resolve("tone.wav"), 7, 330, 0.3);
    }

    private static RenderResult render(Renderer renderer, String json, String name) {
        return render(renderer, json, Quality.DRAFT, name);
    }

    private static RenderResult render(Renderer renderer, String json, Quality quality, String name) {
        return renderer.render(DraftCodec.parse(json), Renders.resolver(dir), quality, dir.resolve(name),
                RenderListener.NONE, Cancellation.none());
    }

    @Test
    void theSameDraftGivesTheSameBytesEveryTime() throws Exception {
        String json = draft("Scene two", 1000);
        byte[] first = Files.readAllBytes(render(new Renderer(), json, "same-1.mp4").output());
        for (int run = 2; run <= 3; run++) {
            assertArrayEquals(first, Files.readAllBytes(render(new Renderer(), json, "same-" + run + ".mp4").output()),
                    "render " + run + " wrote other bytes");
        }
    }

    @ParameterizedTest
    @EnumSource(Quality.class)
    void joinedChunksAreTheSameVideoAsOnePiece(Quality quality) throws Exception {
        String json = draft("Scene two", 1000);
        RenderResult chunked = render(new Renderer(), json, quality, "chunked-" + quality + ".mp4");
        RenderResult whole = render(new Renderer().inOnePiece(), json, quality, "whole-" + quality + ".mp4");
        assertEquals(4, chunked.chunksEncoded());
        assertEquals(1, whole.chunksEncoded());
        DecodedVideo joined = new DecodedVideo(chunked.output());
        DecodedVideo reference = new DecodedVideo(whole.output());
        assertEquals(210, joined.pictures.size());
        assertEquals(reference.pictures.size(), joined.pictures.size(), "same frame count");
        assertEquals(reference.pictureTimesUs, joined.pictureTimesUs, "same timestamps");
        assertEquals(reference.containerDurationMs, joined.containerDurationMs);
        for (int i = 0; i < joined.pictures.size(); i++) {
            double db = psnrDb(reference.pictures.get(i), joined.pictures.get(i));
            assertTrue(db >= 50, quality + ": frame " + i + " is " + db + " dB from the one-piece render's");
        }
        PictureComparison compared = PictureComparison.of(whole.output(), chunked.output());
        assertEquals(new PictureComparison(210, false, 210, Double.POSITIVE_INFINITY, -1), compared, "every decoded frame equal");
        assertArrayEquals(reference.sound, joined.sound, "the sound is mixed and encoded once: untouched by chunking");
        assertEquals("h264", joined.videoCodec);
        assertEquals("aac", joined.audioCodec);
    }

    /** Chunks made one at a time, each by its own encoder, as farm workers make them. */
    private static final class OneAtATime implements ChunkFarm {
        final List<Integer> made = new java.util.ArrayList<>();

        @Override
        public void make(Draft draft, java.util.function.Function<String, Path> media, Quality quality, List<Job> jobs, Path scratch,
                         java.util.function.BiConsumer<Chunk, Path> done, java.util.function.LongConsumer framesDone,
                         Cancellation cancellation) {
            for (Job job : jobs) {
                Path file = scratch.resolve("alone-" + job.chunk().index() + ".mp4");
                String key = new Renderer().renderChunk(draft, Renders.resolver(dir), quality, job.chunk().index(), file, cancellation);
                assertEquals(job.key(), key, "a chunk made alone has the key the render expects");
                made.add(job.chunk().index());
                done.accept(job.chunk(), file);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Quality.class)
    void chunksMadeOneAtATimeAreTheVeryBytesOfChunksMadeTogether(Quality quality) throws Exception {
        String json = draft("Scene two", 1000);
        OneAtATime farm = new OneAtATime();
        byte[] together = Files.readAllBytes(render(new Renderer(), json, quality, "together-" + quality + ".mp4").output());
        byte[] alone = Files.readAllBytes(render(new Renderer().withFarm(farm), json, quality, "alone-" + quality + ".mp4").output());
        assertEquals(List.of(0, 1, 2, 3), farm.made);
        assertArrayEquals(together, alone, "one x264 session for the four chunks, or one for each: the same file");
    }

    @Test
    void chunksMadeWithGapsBetweenThemReadAheadIntoTheGaps() throws Exception {
        RenderCache cache = new RenderCache(dir.resolve("gaps-cache"), RenderCache.DEFAULT_MAX_BYTES);
        Renderer cached = new Renderer().cachingIn(cache);
        String json = draft("Scene two", 1000);
        byte[] whole = Files.readAllBytes(render(cached, json, Quality.STANDARD, "gaps-1.mp4").output());
        List<Path> made;
        try (Stream<Path> files = Files.list(cache.folder())) {
            made = files.filter(file -> file.toString().endsWith(".mp4")).sorted(java.util.Comparator.comparing(ChunkedRenderTest::modified)).toList();
        }
        assertEquals(4, made.size());
        assertEquals(4, made.stream().map(ChunkedRenderTest::modified).distinct().count(), "the chunks' order is known by when they were written");
        Files.delete(made.get(0));
        Files.delete(made.get(2));
        RenderResult again = render(cached, json, Quality.STANDARD, "gaps-2.mp4");
        assertEquals(2, again.chunksEncoded(), "the first and third chunks, each reading 10 frames of the chunk after it");
        assertArrayEquals(whole, Files.readAllBytes(again.output()));
    }

    private static java.nio.file.attribute.FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @EnumSource(Quality.class)
    void atAFewFramesASecondAChunkReadsAheadNoFurtherThanTheNext(Quality quality) throws Exception {
        // 4 fps: chunks of 8 frames; x264 looks no further than a keyframe interval, so each reads the next whole.
        String json = """
                {"v": 1, "m": {"w": 160, "h": 90, "fps": 4}, "d": 6000, "t": [
                  {"id": "v", "tt": 0, "sg": [
                    {"id": "a", "s": 0, "d": 3000, "m": {"gradient": {"from": "#1d3557", "to": "#e63946", "angle": 30, "look": "aurora", "accent": "#f1faee"}}},
                    {"id": "b", "s": 2500, "d": 3500, "src": "media:red.png", "m": {"kb": {"from": 1.0, "to": 1.3}, "tr": {"type": "fade", "d": 500}}}]}]}
                """;
        assertEquals(List.of(Math.min(8, quality.lookaheadFrames()), Math.min(8, quality.lookaheadFrames()), 0),
                ChunkPlanner.plan(DraftCodec.parse(json), quality).stream().map(Chunk::aheadFrames).toList());
        RenderResult chunked = render(new Renderer(), json, quality, "few-fps-chunked-" + quality + ".mp4");
        assertEquals(3, chunked.chunksEncoded());
        RenderResult whole = render(new Renderer().inOnePiece(), json, quality, "few-fps-whole-" + quality + ".mp4");
        assertEquals(new PictureComparison(24, false, 24, Double.POSITIVE_INFINITY, -1), PictureComparison.of(whole.output(), chunked.output()));
    }

    @Test
    void aShortLastChunkReadWhollyAheadByTheOneBeforeIsMadeToo() throws Exception {
        // 4.5 s: chunks [0, 60), [60, 120) and [120, 135), which the second reads all of at high (20 ahead).
        String json = """
                {"v": 1, "m": {"w": 160, "h": 90, "fps": 30}, "d": 4500, "t": [
                  {"id": "v", "tt": 0, "sg": [
                    {"id": "g", "s": 0, "d": 4500, "m": {"gradient": {"from": "#1d3557", "to": "#e63946", "angle": 30, "look": "aurora", "accent": "#f1faee"}}}]},
                  {"id": "x", "tt": 7, "m": {"role": "title"}, "sg": [{"id": "t", "s": 3900, "d": 600, "m": {"text": "End"}}]}]}
                """;
        RenderResult chunked = render(new Renderer(), json, Quality.HIGH, "tail-chunked.mp4");
        assertEquals(3, chunked.chunksEncoded());
        RenderResult whole = render(new Renderer().inOnePiece(), json, Quality.HIGH, "tail-whole.mp4");
        assertEquals(new PictureComparison(135, false, 135, Double.POSITIVE_INFINITY, -1),
                PictureComparison.of(whole.output(), chunked.output()));
    }

    @Test
    void aRetitledSceneReEncodesOnlyItsChunksAndKeepsTheMix() throws Exception {
        RenderCache cache = new RenderCache(dir.resolve("cache"), RenderCache.DEFAULT_MAX_BYTES);
        Renderer cached = new Renderer().cachingIn(cache);
        RenderResult first = render(cached, draft("Scene two", 1000), "cached-1.mp4");
        assertEquals(4, first.chunksEncoded());
        assertFalse(first.soundReused());

        RenderResult same = render(cached, draft("Scene two", 1000), "cached-2.mp4");
        assertEquals(0, same.chunksEncoded(), "nothing changed: every chunk from the cache");
        assertTrue(same.soundReused());
        assertArrayEquals(Files.readAllBytes(first.output()), Files.readAllBytes(same.output()));

        RenderResult retitled = render(cached, draft("A new title", 1000), "cached-3.mp4");
        assertEquals(1, retitled.chunksEncoded(), "the title shows in the second chunk only");
        assertEquals(3, retitled.chunksReused());
        assertTrue(retitled.soundReused(), "text does not change the sound");
        RenderResult fresh = render(new Renderer(), draft("A new title", 1000), "fresh-3.mp4");
        PictureComparison retitledPictures = PictureComparison.of(first.output(), fresh.output());
        assertTrue(retitledPictures.identicalFrames() >= 150 && retitledPictures.identicalFrames() < 210
                && retitledPictures.worstDb() < 40 && retitledPictures.worstFrame() >= 63 && retitledPictures.worstFrame() < 114,
                "the new title shows on frames of the second chunk only: " + retitledPictures);
        assertArrayEquals(Files.readAllBytes(fresh.output()), Files.readAllBytes(retitled.output()),
                "the re-export is the very video a render from nothing makes");

        RenderResult quieter = render(cached, draft("A new title", 3000), "cached-4.mp4");
        assertEquals(0, quieter.chunksEncoded(), "the music's fade changes no picture");
        assertFalse(quieter.soundReused());
        assertTrue(new DecodedVideo(quieter.output()).levelDb(4500, 6000) < new DecodedVideo(retitled.output()).levelDb(4500, 6000) - 3,
                "the re-mixed sound fades out earlier");

        RenderResult reopened = render(new Renderer().cachingIn(new RenderCache(dir.resolve("cache"), RenderCache.DEFAULT_MAX_BYTES)),
                draft("A new title", 3000), "cached-5.mp4");
        assertEquals(0, reopened.chunksEncoded(), "the cache survives a restart");
        try (Stream<Path> left = Files.list(cache.folder())) {
            assertTrue(left.noneMatch(file -> file.getFileName().toString().startsWith(".")), "no scratch left in the cache");
        }
    }

    @Test
    void aCancelledRenderLeavesNoOutputAndNoHalfChunk() throws Exception {
        RenderCache cache = new RenderCache(dir.resolve("cancel-cache"), RenderCache.DEFAULT_MAX_BYTES);
        Cancellation cancellation = new Cancellation();
        AtomicBoolean cancelled = new AtomicBoolean();
        Path out = dir.resolve("cancelled.mp4");
        assertThrows(Cancellation.Cancelled.class, () -> new Renderer().cachingIn(cache).render(DraftCodec.parse(draft("Stop", 1000)),
                Renders.resolver(dir), Quality.DRAFT, out, new RenderListener() {
                    @Override
                    public void progress(RenderProgress progress) {
                        if (progress.stage() == RenderProgress.Stage.RENDERING && progress.framesDone() >= 90 && !cancelled.getAndSet(true)) {
                            cancellation.cancel();
                        }
                    }
                }, cancellation));
        assertFalse(Files.exists(out));
        try (Stream<Path> left = Files.list(dir)) {
            assertTrue(left.noneMatch(file -> file.getFileName().toString().startsWith(".cancelled.mp4")), "no partial file");
        }
        try (Stream<Path> left = Files.list(cache.folder())) {
            List<String> names = left.map(file -> file.getFileName().toString()).toList();
            assertTrue(names.stream().noneMatch(name -> name.startsWith(".")), "no scratch left: " + names);
            assertTrue(names.stream().filter(name -> name.endsWith(".mp4")).count() <= 1, "only the chunk finished before the cancel: " + names);
        }
    }

    @Test
    void chunksOfOtherSettingsAreRefusedNotJoined() throws Exception {
        Path small = dir.resolve("small.mp4");
        Path large = dir.resolve("large.mp4");
        for (Path file : List.of(small, large)) {
            int width = file == small ? 160 : 320;
            try (ChunkEncoder encoder = new ChunkEncoder(file, width, 90, 30, Quality.DRAFT)) {
                Nv12 picture = new Nv12(width, 90);
                picture.convert(new int[width * 90]);
                for (int i = 0; i < 30; i++) {
                    encoder.writePicture(picture);
                }
                encoder.finish();
            }
        }
        Path sound = render(new Renderer(), draft("x", 1000), "for-sound.mp4").output();
        var error = assertThrows(RenderException.class, () -> Mp4Joiner.join(
                List.of(new Mp4Joiner.Part(small, 0), new Mp4Joiner.Part(large, 30)), 30, sound, dir.resolve("joined.mp4"),
                Cancellation.none()));
        assertTrue(error.getMessage().contains("other settings"), error.getMessage());
    }

    @Test
    void thePlanFollowsTheDraft() {
        Draft draft = DraftCodec.parse(draft("x", 1000));
        assertEquals(List.of(new Chunk(0, 0, 60, 0), new Chunk(1, 60, 120, 0), new Chunk(2, 120, 180, 0), new Chunk(3, 180, 210, 0)),
                ChunkPlanner.plan(draft, Quality.DRAFT));
        assertEquals(List.of(new Chunk(0, 0, 60, 20), new Chunk(1, 60, 120, 20), new Chunk(2, 120, 180, 20), new Chunk(3, 180, 210, 0)),
                ChunkPlanner.plan(draft, Quality.HIGH));
    }

    /** PSNR between two decoded pictures; infinite for equal. */
    static double psnrDb(byte[] reference, byte[] picture) {
        double sum = 0;
        for (int i = 0; i < reference.length; i++) {
            int difference = (reference[i] & 0xFF) - (picture[i] & 0xFF);
            sum += difference * difference;
        }
        return 10 * Math.log10(255.0 * 255.0 / (sum / reference.length));
    }
}
