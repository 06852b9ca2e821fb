package dev.reelwright.render.audio;

import dev.reelwright.render.media.AudioReader;

/** Opens the decoded sound of a segment's source, positioned at a point of it. */
@FunctionalInterface
public interface SoundOpener {
    AudioReader open(String source, long startMs);
}
