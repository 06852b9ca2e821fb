package dev.reelwright.director.stock;

import java.util.List;

/**
 * What a scene needs from a stock library.
 *
 * @param words the scene's key words, best first
 * @param portrait a vertical canvas (9:16, 4:5) rather than a wide one
 * @param widthPx the canvas's width; {@code heightPx} its height: pictures at least this big are preferred
 * @param sceneMs how long the scene lasts: clips at least this long are preferred
 */
public record StockQuery(List<String> words, boolean portrait, int widthPx, int heightPx, long sceneMs) {
    public StockQuery {
        words = List.copyOf(words);
    }

    /** The words as a search: the first three. */
    String text() {
        return String.join(" ", words.subList(0, Math.min(3, words.size())));
    }
}
