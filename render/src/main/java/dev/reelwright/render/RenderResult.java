package dev.reelwright.render;

import java.nio.file.Path;

/** A finished render. */
public record RenderResult(Path output, long frames, long durationMs, long sizeBytes, double mixLoudnessLufs) {
}
