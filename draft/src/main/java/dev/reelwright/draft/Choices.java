package dev.reelwright.draft;

import java.util.List;

/** How a list of allowed values reads in a message: "1080p, 720p or 480p". */
public final class Choices {
    private Choices() {
    }

    public static String either(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
}
