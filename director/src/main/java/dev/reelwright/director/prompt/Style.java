package dev.reelwright.director.prompt;

import java.util.List;

/**
 * The look an idea asks for by name ("cinematic", "retro", "minimal" …), or a default that suits
 * its genre: overall style, lighting, colour grade and lens.
 */
record Style(String name, List<String> cues, String style, String lighting, String grade, String lens) {
    static final List<Style> ALL = List.of(
            new Style("cinematic", List.of("cinematic", "epic", "dramatic", "moody"),
                    "cinematic, shallow depth of field, anamorphic feel, deliberate composition",
                    "low-key lighting with a strong motivated key, soft fill and a crisp rim light; light haze for depth",
                    "teal-and-amber grade with rich blacks and gentle highlight roll-off",
                    "35mm and 85mm anamorphic primes, 2.39:1 framing inside the frame"),
            new Style("minimal", List.of("minimal", "minimalist", "clean", "simple", "apple", "elegant"),
                    "minimal and precise, lots of negative space, symmetrical framing",
                    "large soft overhead source, white bounce, almost shadowless",
                    "neutral, bright grade with true whites and a single accent colour",
                    "50mm and 100mm macro, deep focus on the subject"),
            new Style("retro", List.of("retro", "vintage", "80s", "90s", "vhs", "nostalgic", "film grain"),
                    "retro 16mm look with grain, gate weave and soft halation",
                    "warm practical lights and late-afternoon sun",
                    "faded film-stock grade: lifted blacks, warm highlights, muted greens",
                    "vintage zoom lens at 25–75mm with gentle flares"),
            new Style("neon", List.of("neon", "cyberpunk", "futuristic", "night", "synthwave"),
                    "neon-noir, wet reflective surfaces, strong silhouettes",
                    "magenta and cyan neon practicals, wet streets, volumetric fog",
                    "high-contrast grade pushing magenta and cyan, deep crushed shadows",
                    "24mm wide for streets, 50mm for faces, lens flares from signs"),
            new Style("documentary", List.of("documentary", "real", "authentic", "raw", "natural", "handheld"),
                    "observational documentary, natural moments, handheld intimacy",
                    "available natural light, windows and practicals only",
                    "natural, slightly desaturated grade faithful to skin tones",
                    "24–70mm zoom, handheld with a long lens for candid moments"),
            new Style("bright", List.of("bright", "fun", "playful", "colorful", "colourful", "happy", "summer", "energetic"),
                    "bright, playful, punchy colour blocking and quick energy",
                    "high-key daylight with soft shadows and colourful backdrops",
                    "saturated, warm grade with clean whites",
                    "wide 24mm for energy, 50mm for products and faces"),
            new Style("anime", List.of("anime", "animated", "cartoon", "ghibli", "illustrated", "2d"),
                    "hand-drawn anime style with painted backgrounds and expressive motion",
                    "soft painterly light with glowing skies and crisp cel shadows",
                    "pastel palette with luminous sky gradients",
                    "virtual 35mm framing with parallax between painted layers"));

    /** The style the idea names (a specific one before "cinematic", which often qualifies it); otherwise one that suits the genre. */
    static Style of(List<String> words, String text, Genre genre) {
        for (Style style : ALL) {
            if (style.name().equals("cinematic")) {
                continue;
            }
            for (String cue : style.cues()) {
                if (cue.contains(" ") ? text.contains(cue) : words.contains(cue)) {
                    return style;
                }
            }
        }
        for (Style style : ALL) {
            for (String cue : style.cues()) {
                if (cue.contains(" ") ? text.contains(cue) : words.contains(cue)) {
                    return style;
                }
            }
        }
        String fallback = switch (genre.name()) {
            case "product commercial", "tech explainer" -> "minimal";
            case "travel film", "food film" -> "bright";
            case "nature documentary" -> "documentary";
            default -> "cinematic";
        };
        return ALL.stream().filter(s -> s.name().equals(fallback)).findFirst().orElseThrow();
    }
}
