package dev.reelwright.render.plan;

/**
 * Which part of a fitted picture is shown: a window {@code 1/zoom} of its size centred at
 * ({@code centerX}, {@code centerY}), both fractions of the fitted picture.
 */
public record View(double zoom, double centerX, double centerY) {
    public static final View WHOLE = new View(1, 0.5, 0.5);
}
