package dev.reelwright.draft;

/**
 * A slow zoom (and optional pan) over a still image ({@code m.kb}).
 *
 * @param fromZoom zoom at the segment's start, 1.0 = the image as fitted
 * @param toZoom zoom at the segment's end
 * @param pan where the view drifts, or null to stay centred
 */
public record KenBurns(double fromZoom, double toZoom, Direction pan) {
}
