package dev.reelwright.draft;

/**
 * A linear gradient that fills a video segment without {@code src} ({@code m.gradient}).
 *
 * @param angleDeg direction of the colour change, 0 = left to right, 90 = top to bottom
 */
public record Gradient(String fromColor, String toColor, double angleDeg) {
}
