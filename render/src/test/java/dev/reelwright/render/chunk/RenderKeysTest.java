package dev.reelwright.render.chunk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.reelwright.draft.Draft;
import dev.reelwright.draft.DraftCodec;
import dev.reelwright.render.Quality;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which edits change which keys: only the chunks an edit shows on, and the sound only when the sound changes. */
class RenderKeysTest {
    @TempDir
    Path media;

    @BeforeEach
    void files() throws Exception {
        Files.write(media.resolve("a.png"), new byte[] {1, 2, 3});
        Files.write(media.resolve("b.png"), new byte[] {4, 5, 6});
        Files.write(media.resolve("music.wav"), new byte[] {7, 8, 9});
    }

    /** 6 s at 30 fps: three 2 s chunks; photo a on [0, 2500), photo b on [2000, 6000) coming in by {@code transition}. */
    private static String draft(String title, double volume, String transition, String background) {
        return """
                {"v": 1, "m": {"title": "Keys", "w": 320, "h": 180, "fps": 30, "bg": "%s"}, "d": 6000, "t": [
                  {"id": "v", "tt": 0, "sg": [
                    {"id": "a", "s": 0, "d": 2500, "src": "media:a.png"},
                    {"id": "b", "s": 2000, "d": 4000, "src": "media:b.png", "m": {"tr": {"type": "%s", "d": 500}}}]},
                  {"id": "x", "tt": 7, "m": {"role": "title"}, "sg": [
                    {"id": "t", "s": 4200, "d": 1500, "m": {"text": "%s"}}]},
                  {"id": "m", "tt": 1, "m": {"role": "bgm"}, "sg": [
                    {"id": "bgm", "s": 0, "d": 6000, "src": "media:music.wav", "m": {"vol": %s}}]}]}
                """.formatted(background, transition, title, volume);
    }

    private static final String ORIGINAL = draft("Hello", 0.5, "fade", "#000000");

    /** At {@code draft} quality, whose encoder reads no frame past a chunk's end. */
    private List<String> chunkKeys(String json) {
        return chunkKeys(json, Quality.DRAFT);
    }

    private List<String> chunkKeys(String json, Quality quality) {
        Draft draft = DraftCodec.parse(json);
        RenderKeys keys = keys(draft, quality);
        return ChunkPlanner.plan(draft, quality).stream().map(keys::chunk).toList();
    }

    private RenderKeys keys(Draft draft) {
        return keys(draft, Quality.DRAFT);
    }

    private RenderKeys keys(Draft draft, Quality quality) {
        return new RenderKeys(draft, source -> media.resolve(source.substring("media:".length())), source -> source.endsWith(".wav"),
                quality, "settings");
    }

    private String soundKey(String json) {
        return keys(DraftCodec.parse(json)).sound();
    }

    private List<Boolean> changed(String edited) {
        return changed(edited, Quality.DRAFT);
    }

    private List<Boolean> changed(String edited, Quality quality) {
        List<String> before = chunkKeys(ORIGINAL, quality);
        List<String> after = chunkKeys(edited, quality);
        return java.util.stream.IntStream.range(0, before.size()).mapToObj(i -> !before.get(i).equals(after.get(i))).toList();
    }

    @Test
    void theSameDraftHasTheSameKeys() {
        assertEquals(chunkKeys(ORIGINAL), chunkKeys(draft("Hello", 0.5, "fade", "#000000")));
        assertEquals(3, java.util.Set.copyOf(chunkKeys(ORIGINAL)).size(), "every chunk has its own key");
    }

    @Test
    void aRetitledSceneChangesOnlyItsChunkAndNotTheSound() {
        assertEquals(List.of(false, false, true), changed(draft("Goodbye", 0.5, "fade", "#000000")));
        assertEquals(soundKey(ORIGINAL), soundKey(draft("Goodbye", 0.5, "fade", "#000000")));
    }

    @Test
    void theMusicVolumeChangesTheSoundAndNoChunk() {
        assertEquals(List.of(false, false, false), changed(draft("Hello", 0.25, "fade", "#000000")));
        assertNotEquals(soundKey(ORIGINAL), soundKey(draft("Hello", 0.25, "fade", "#000000")));
    }

    @Test
    void anotherTransitionChangesTheChunksItsSegmentShowsIn() {
        assertEquals(List.of(false, true, true), changed(draft("Hello", 0.5, "black", "#000000")),
                "photo b (and its fade) is on screen from 2 s on: not in the first chunk, whose last frame is at 1.967 s");
    }

    @Test
    void theFramesAChunkReadsAheadAreInItsKey() {
        assertEquals(10, Quality.STANDARD.lookaheadFrames());
        assertEquals(List.of(true, true, true), changed(draft("Hello", 0.5, "black", "#000000"), Quality.STANDARD),
                "at standard the first chunk's encoder reads on to 2.3 s, into b's transition");
        assertEquals(List.of(false, true, true), changed(draft("Goodbye", 0.5, "fade", "#000000"), Quality.STANDARD),
                "the second chunk's reads on to 4.3 s, into the title; the first does not reach it");
    }

    @Test
    void anotherPictureUnderTheSameNameChangesItsChunks() throws Exception {
        List<String> before = chunkKeys(ORIGINAL);
        String soundBefore = soundKey(ORIGINAL);
        Files.write(media.resolve("a.png"), new byte[] {9, 9, 9});
        List<String> after = chunkKeys(ORIGINAL);
        assertNotEquals(before.get(0), after.get(0));
        assertNotEquals(before.get(1), after.get(1), "a is on screen until 2.5 s");
        assertEquals(before.get(2), after.get(2));
        assertEquals(soundBefore, soundKey(ORIGINAL), "a picture has no sound: the mix is kept");
    }

    @Test
    void theCanvasChangesEveryChunk() {
        assertEquals(List.of(true, true, true), changed(draft("Hello", 0.5, "fade", "#ffffff")));
    }

    @Test
    void theEncoderSettingsAreInTheKey() {
        Draft draft = DraftCodec.parse(ORIGINAL);
        Path a = media.resolve("a.png");
        var chunk = ChunkPlanner.plan(draft, Quality.STANDARD).get(0);
        assertNotEquals(new RenderKeys(draft, source -> a, source -> false, Quality.STANDARD, "crf=22").chunk(chunk),
                new RenderKeys(draft, source -> a, source -> false, Quality.STANDARD, "crf=23").chunk(chunk));
        assertNotEquals(new RenderKeys(draft, source -> a, source -> false, Quality.STANDARD, "x").chunk(chunk),
                new RenderKeys(draft, source -> a, source -> false, Quality.HIGH, "x").chunk(chunk));
    }
}
