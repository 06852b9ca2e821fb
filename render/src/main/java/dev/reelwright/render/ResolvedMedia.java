package dev.reelwright.render;

import dev.reelwright.render.media.MediaInfo;
import java.nio.file.Path;

/** A source resolved to a file and probed. */
public record ResolvedMedia(Path file, MediaInfo info) {
}
