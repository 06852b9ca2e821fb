package dev.reelwright.director.make;

import dev.reelwright.director.music.Mood;
import java.util.Map;

/** Colours for designed visuals, three per mood: a dark base, a second colour and an accent. */
final class Palettes {
    /** A palette: {@code from} (dark base), {@code to}, {@code accent}. */
    record Palette(String from, String to, String accent) {
    }

    private static final Map<String, Palette[]> BY_MOOD = Map.of(
            "upbeat", new Palette[] {new Palette("#1a1446", "#ff5e7e", "#ffd166"), new Palette("#0b2545", "#ff7f11", "#ffe066"),
                    new Palette("#240046", "#ff006e", "#8ecae6")},
            "calm", new Palette[] {new Palette("#0b2027", "#40798c", "#cfe8ef"), new Palette("#1d3557", "#457b9d", "#f1faee"),
                    new Palette("#22333b", "#5e8c61", "#eae0d5")},
            "corporate", new Palette[] {new Palette("#0d1b2a", "#1b4965", "#62b6cb"), new Palette("#14213d", "#3a86ff", "#e5e5e5"),
                    new Palette("#102a43", "#2f6690", "#9cc5e5")},
            "dramatic", new Palette[] {new Palette("#0b0b0f", "#6a040f", "#f48c06"), new Palette("#10002b", "#3c096c", "#e0aaff"),
                    new Palette("#1b1b1b", "#7f1d1d", "#fca311")},
            "lofi", new Palette[] {new Palette("#2b2d42", "#8d6a9f", "#f2cc8f"), new Palette("#1f2421", "#6b705c", "#ffe8d6"),
                    new Palette("#22223b", "#9a8c98", "#f2e9e4")});

    private Palettes() {
    }

    static Palette forScene(Mood mood, int index) {
        Palette[] palettes = BY_MOOD.getOrDefault(mood.name(), BY_MOOD.get("corporate"));
        return palettes[Math.floorMod(index, palettes.length)];
    }
}
