package dev.reelwright.render.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FrameTimingTest {
    @Test
    void countsFramesByCeilingOfTheDuration() {
        FrameTiming timing = new FrameTiming(30);
        assertEquals(30, timing.frameCount(1000));
        assertEquals(31, timing.frameCount(1001));
        assertEquals(1, timing.frameCount(1));
        assertEquals(0, timing.frameCount(0));
        assertEquals(750, new FrameTiming(25).frameCount(30_000));
    }

    @Test
    void frameTimesAreExactNotRounded() {
        FrameTiming timing = new FrameTiming(30);
        assertEquals(0.0, timing.frameTimeMs(0));
        assertEquals(1000.0 / 30, timing.frameTimeMs(1), 1e-12);
        assertEquals(1000.0, timing.frameTimeMs(30), 1e-9);
    }

    @Test
    void soundIsSharedOutWithoutDriftAndEndsAtTheTotal() {
        FrameTiming timing = new FrameTiming(30);
        assertEquals(1600, timing.soundFramesThrough(0, 48_000, 96_000));
        assertEquals(48_000, timing.soundFramesThrough(29, 48_000, 96_000));
        assertEquals(96_000, timing.soundFramesThrough(100, 48_000, 96_000));
        assertEquals(2002, new FrameTiming(24).soundFramesThrough(0, 48_048, 1_000_000));
    }

    @Test
    void rejectsZeroFps() {
        assertThrows(IllegalArgumentException.class, () -> new FrameTiming(0));
    }
}
