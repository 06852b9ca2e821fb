package dev.reelwright.director.stock;

import java.util.List;

/** A stock library searched by a scene's words: clips and photos, best suited first. */
public sealed interface StockProvider permits Pexels, Pixabay {
    String name();

    /** Clips long and large enough for the scene first, then photos at least the canvas's size; may be empty. */
    List<StockItem> search(StockQuery query);

    /** The file to fetch for the canvas: the smallest rendition at least as large as it, else the largest. */
    static <T> T pick(List<T> renditions, java.util.function.ToIntFunction<T> shortSide, int canvasShortSide) {
        return renditions.stream().filter(r -> shortSide.applyAsInt(r) >= canvasShortSide)
                .min(java.util.Comparator.comparingInt(shortSide))
                .orElseGet(() -> renditions.stream().max(java.util.Comparator.comparingInt(shortSide)).orElse(null));
    }
}
