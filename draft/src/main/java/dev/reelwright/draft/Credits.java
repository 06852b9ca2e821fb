package dev.reelwright.draft;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a draft shows that its sources ask to be credited for: a stock photo or clip carries its
 * attribution in {@code m.credit}; the built-in pictures ({@code m.pic}) are credited by name.
 */
public final class Credits {
    /** The segment key of a source's attribution ("Photo by Jane Doe on Pexels, https://…"). */
    public static final String KEY = "credit";

    private Credits() {
    }

    /** The attributions, in timeline order, each once. */
    public static Set<String> attributions(Draft draft) {
        Set<String> credits = new LinkedHashSet<>();
        draft.tracks().forEach(t -> t.segments().forEach(s -> {
            if (s.meta().extra().get(KEY) instanceof String credit && !credit.isBlank()) {
                credits.add(credit);
            }
        }));
        return credits;
    }

    /** The built-in pictures shown, by name. */
    public static Set<String> builtInPictures(Draft draft) {
        Set<String> names = new TreeSet<>();
        draft.tracks().forEach(t -> t.segments().forEach(s -> PlacedPicture.of(s.meta()).ifPresent(p -> names.add(p.name()))));
        return names;
    }
}
