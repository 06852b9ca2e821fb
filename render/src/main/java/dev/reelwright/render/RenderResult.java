package dev.reelwright.render;

import java.nio.file.Path;

/**
 * A finished render: what it wrote, and how much of it came from the cache ({@code chunksEncoded}
 * chunks painted and encoded now, {@code chunksReused} taken as they were, the sound mixed again or not).
 */
public record RenderResult(Path output, long frames, long durationMs, long sizeBytes, double mixLoudnessLufs,
                           int chunksEncoded, int chunksReused, boolean soundReused) {
}
