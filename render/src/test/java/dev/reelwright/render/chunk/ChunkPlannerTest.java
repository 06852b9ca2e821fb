package dev.reelwright.render.chunk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChunkPlannerTest {
    @ParameterizedTest(name = "{0} frames in chunks of {1}: {2}")
    @CsvSource(delimiter = ';', value = {
        "1; 60; 0-1",
        "59; 60; 0-59",
        "60; 60; 0-60",
        "61; 60; 0-61",          // a 1-frame tail joins the chunk before it
        "74; 60; 0-74",          // 14 frames < a quarter chunk (15)
        "75; 60; 0-60 60-75",    // a quarter chunk stands on its own
        "180; 60; 0-60 60-120 120-180",
        "1973; 60; ",            // checked below: 32 chunks of 60 and a tail of 53
        "300; 50; 0-50 50-100 100-150 150-200 200-250 250-300",
        "7; 1; 0-1 1-2 2-3 3-4 4-5 5-6 6-7",
        "100; 1000; 0-100"})
    void cutsOnAFixedGridFromTheFirstFrame(long frames, int chunkFrames, String expected) {
        List<Chunk> chunks = ChunkPlanner.plan(frames, chunkFrames, 0);
        if (expected != null) {
            assertEquals(expected, chunks.stream().map(c -> c.firstFrame() + "-" + c.endFrame()).collect(Collectors.joining(" ")));
        }
        long next = 0;
        for (int i = 0; i < chunks.size(); i++) {
            assertEquals(i, chunks.get(i).index());
            assertEquals(next, chunks.get(i).firstFrame(), "chunks follow each other without gap or overlap");
            next = chunks.get(i).endFrame();
            assertEquals(0, chunks.get(i).firstFrame() % chunkFrames, "every chunk starts on the grid");
        }
        assertEquals(frames, next, "the chunks cover every frame");
    }

    @ParameterizedTest(name = "{0} frames in chunks of {1}, {2} read ahead: {3}")
    @CsvSource(delimiter = ';', value = {
        "180; 60; 10; 0-60+10 60-120+10 120-180+0",
        "130; 60; 20; 0-60+20 60-130+0",     // the tail joined its chunk: nothing after it
        "135; 60; 20; 0-60+20 60-120+15 120-135+0", // 15 frames left to read after the second
        "60; 60; 10; 0-60+0",
        "100; 1000; 20; 0-100+0"})
    void eachChunkReadsAheadWhatTheVideoHasAfterIt(long frames, int chunkFrames, int lookahead, String expected) {
        assertEquals(expected, ChunkPlanner.plan(frames, chunkFrames, lookahead).stream()
                .map(c -> c.firstFrame() + "-" + c.endFrame() + "+" + c.aheadFrames()).collect(Collectors.joining(" ")));
    }

    @org.junit.jupiter.api.Test
    void aChunkReadsAheadAsFarAsItsQualityLooks() {
        dev.reelwright.draft.Draft draft = dev.reelwright.draft.DraftCodec.parse("""
                {"v": 1, "m": {"w": 64, "h": 36, "fps": 30}, "d": 5000, "t": [
                  {"id": "v", "tt": 0, "sg": [{"id": "g", "s": 0, "d": 5000, "m": {"gradient": {"from": "#000000", "to": "#ffffff"}}}]}]}
                """);
        for (dev.reelwright.render.Quality quality : dev.reelwright.render.Quality.values()) {
            List<Chunk> chunks = ChunkPlanner.plan(draft, quality);
            assertEquals(List.of(0L, 60L, 120L), chunks.stream().map(Chunk::firstFrame).toList());
            assertEquals(List.of(quality.lookaheadFrames(), quality.lookaheadFrames(), 0), chunks.stream().map(Chunk::aheadFrames).toList());
        }
        assertThrows(IllegalArgumentException.class, () -> ChunkPlanner.plan(100, 60, -1));
    }

    @ParameterizedTest(name = "{0} fps: chunks of {1} frames")
    @CsvSource({"24, 48", "25, 50", "30, 60", "60, 120"})
    void aChunkIsTwoSecondsAtAnyRate(int fps, int frames) {
        assertEquals(frames, ChunkPlanner.chunkFrames(fps));
    }

    @ParameterizedTest
    @CsvSource({"0, 60", "-1, 60", "10, 0"})
    void refusesNothingToPlan(long frames, int chunkFrames) {
        assertThrows(IllegalArgumentException.class, () -> ChunkPlanner.plan(frames, chunkFrames, 0));
    }
}
