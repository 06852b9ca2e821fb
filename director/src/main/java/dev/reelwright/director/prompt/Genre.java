package dev.reelwright.director.prompt;

import java.util.List;

/**
 * What kind of video an idea asks for, recognised from its words, with the vocabulary a
 * cinematographer would reach for in that kind: settings, actions per beat, camera, and sound.
 *
 * @param cues words in an idea that point to this kind
 * @param settings where it could be shot, best first
 * @param beats what happens, in order: opening, development, detail, climax, resolution ({@code %s} is the subject)
 * @param sound the sound design
 */
record Genre(String name, List<String> cues, List<String> settings, List<String> beats, String sound) {
    static final List<Genre> ALL = List.of(
            new Genre("product commercial", List.of("product", "showcase", "launch", "commercial", "ad", "advert", "unboxing",
                    "watch", "phone", "sneaker", "bottle", "perfume", "headphones", "gadget", "lamp"),
                    List.of("a seamless studio sweep with a reflective floor", "a minimalist concrete plinth in a dark studio"),
                    List.of("%s emerges from darkness as a rim light traces its silhouette",
                            "%s turns slowly on the plinth, revealing its profile",
                            "extreme detail of the materials and finish of %s, light gliding across the surface",
                            "a hand picks up %s and uses it, the key feature in action",
                            "%s settles centre frame in a clean hero shot with space for the logo"),
                    "a low synth pulse building to a crisp hit on the hero shot, subtle whooshes on each move, no dialogue"),
            new Genre("travel film", List.of("travel", "trip", "city", "beach", "mountain", "island", "journey", "tour", "explore",
                    "destination", "village", "street", "tokyo", "paris"),
                    List.of("winding streets and rooftops at golden hour", "a coastline seen from cliffs at dawn"),
                    List.of("an establishing view of %s as the light comes up",
                            "a traveller walks into %s, the place opening up around them",
                            "close details of %s: textures, signs, local hands at work",
                            "the traveller reaches the high point and takes in %s",
                            "dusk falls over %s as lights come on one by one"),
                    "ambient street and nature sound, a warm acoustic guitar theme, footsteps and distant voices"),
            new Genre("food film", List.of("food", "recipe", "coffee", "cooking", "kitchen", "restaurant", "chef", "dish", "bake",
                    "bakery", "pizza", "cocktail", "tea", "breakfast"),
                    List.of("a rustic wooden kitchen counter by a window", "a busy restaurant pass under warm pendant lights"),
                    List.of("raw ingredients for %s laid out as morning light falls across them",
                            "hands prepare %s, chopping, pouring, stirring",
                            "macro detail of %s: steam, texture, a glistening drip",
                            "%s is plated with a final flourish",
                            "%s, finished, on the table as someone takes the first bite"),
                    "close-miked sizzles, pours and knife taps over a light jazz groove"),
            new Genre("nature documentary", List.of("nature", "wildlife", "forest", "ocean", "animal", "bird", "river", "desert",
                    "jungle", "whale", "wolf", "mountains", "reef"),
                    List.of("an old-growth forest with mist between the trunks", "open water under a wide sky"),
                    List.of("a vast establishing view of the world of %s at first light",
                            "%s moves through its habitat, unaware of the camera",
                            "an intimate close-up of %s: eyes, texture, breath",
                            "a moment of tension as %s hunts, flees or calls",
                            "%s at rest as the light fades"),
                    "natural ambience recorded on location, a sparse orchestral score, no music over the close-up"),
            new Genre("tech explainer", List.of("app", "software", "ai", "platform", "dashboard", "startup", "saas", "robot", "code",
                    "tech", "data", "cloud", "device"),
                    List.of("a bright modern office with glass walls", "an abstract space of floating interface panels"),
                    List.of("a person faces a cluttered, slow way of working before %s",
                            "%s appears on screen and the interface animates into place",
                            "detail of %s's key interaction: a tap, a result, a number rising",
                            "a team works faster together with %s, screens in sync",
                            "%s logo resolves over a calm, ordered workspace"),
                    "a clean electronic beat, soft UI clicks and chimes on each interaction"),
            new Genre("sports promo", List.of("sport", "sports", "fitness", "running", "run", "gym", "football", "basketball",
                    "training", "athlete", "yoga", "cycling", "marathon"),
                    List.of("an empty stadium under floodlights", "a city running track at dawn"),
                    List.of("silence before the start: the athlete's focus on %s",
                            "the explosive first move of %s",
                            "sweat, breath and muscle in close-up during %s",
                            "the peak moment of %s in slow motion",
                            "the athlete after %s, chest heaving, a small smile"),
                    "heartbeat and breath up front, a driving percussion track, crowd swell at the peak"),
            new Genre("short narrative", List.of("story", "drama", "love", "mystery", "horror", "thriller", "film", "scene",
                    "character", "family", "memory", "dream"),
                    List.of("a small apartment at night lit by a single lamp", "a rain-soaked street outside a diner"),
                    List.of("we meet the protagonist in a quiet moment that hints at %s",
                            "something disturbs the calm and %s begins",
                            "a close detail that carries the weight of %s",
                            "the turning point of %s plays out in a single take",
                            "an image that resolves %s and lingers"),
                    "room tone and rain, a restrained piano motif, one sound effect that matters"));

    static final Genre GENERAL = new Genre("short film", List.of(),
            List.of("a location that fits the subject, chosen for depth and texture"),
            List.of("an establishing image that introduces %s", "%s seen in motion, the main action unfolding",
                    "a close detail of %s that tells the story", "the most striking moment of %s",
                    "a closing image of %s that leaves room for a title"),
            "an original score that follows the cut, with natural sound from the scene");

    /** The kind whose cue words the idea uses most (the subject's count twice); the general short film when none. */
    static Genre of(List<String> words, List<String> subjectWords) {
        Genre best = GENERAL;
        int bestCount = 0;
        for (Genre genre : ALL) {
            int count = (int) (words.stream().filter(genre.cues()::contains).count()
                    + subjectWords.stream().filter(genre.cues()::contains).count());
            if (count > bestCount) {
                best = genre;
                bestCount = count;
            }
        }
        return best;
    }
}
