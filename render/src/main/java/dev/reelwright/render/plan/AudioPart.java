package dev.reelwright.render.plan;

import dev.reelwright.draft.TrackRole;

/**
 * One sound placed on the timeline: an audio segment, or a clip's own sound.
 *
 * @param source the segment's {@code src}
 * @param role the track's role; null for a clip's own sound
 * @param inMs where in the source it starts
 * @param gain linear gain before ducking and normalisation
 * @param fadeInMs fade-in, at least the anti-click minimum
 * @param fadeOutMs fade-out, at least the anti-click minimum
 * @param ducked lowered under the voice while it speaks
 */
public record AudioPart(String source, TrackRole role, long startMs, long durationMs, long inMs, double gain,
                        long fadeInMs, long fadeOutMs, boolean ducked) {
    public long endMs() {
        return startMs + durationMs;
    }
}
