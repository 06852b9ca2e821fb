package dev.reelwright.director.prompt;

/**
 * One shot of the list.
 *
 * @param framing how close: extreme wide, wide, medium, close-up, macro …
 * @param camera how the camera moves, with the lens
 */
public record Shot(int number, long startMs, long endMs, String framing, String camera, String action, String sound) {
    public long durationMs() {
        return endMs - startMs;
    }
}
