package dev.reelwright.render.plan;

/**
 * The one place milliseconds become frames. Frame {@code i} shows the timeline at
 * {@code i * 1000 / fps} ms (exact, not rounded); a segment {@code [s, s+d)} is on frame
 * {@code i} when that time falls inside it. A video of {@code d} ms has {@code ceil(d * fps / 1000)} frames.
 */
public record FrameTiming(int fps) {
    public FrameTiming {
        if (fps <= 0) {
            throw new IllegalArgumentException("fps must be > 0");
        }
    }

    public long frameCount(long durationMs) {
        return Math.floorDiv(durationMs * fps + 999, 1000);
    }

    public double frameTimeMs(long frameIndex) {
        return frameIndex * 1000.0 / fps;
    }

    /** Sound frames (48 kHz) that belong up to the end of video frame {@code frameIndex}. */
    public long soundFramesThrough(long frameIndex, int sampleRate, long totalSoundFrames) {
        return Math.min(totalSoundFrames, Math.floorDiv((frameIndex + 1) * sampleRate, fps));
    }
}
