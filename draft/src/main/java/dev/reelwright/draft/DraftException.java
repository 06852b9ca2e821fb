package dev.reelwright.draft;

import java.util.List;

/**
 * A draft that cannot be used: malformed JSON, a wrong type, or a broken rule.
 * Each problem names where it is ({@code t[2].sg[0].d: must be > 0}).
 */
public final class DraftException extends RuntimeException {
    private final List<String> problems;

    public DraftException(List<String> problems) {
        super(problems.isEmpty() ? "invalid draft" : describe(problems));
        this.problems = List.copyOf(problems);
    }

    public DraftException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }

    private static String describe(List<String> problems) {
        String first = problems.get(0);
        return problems.size() == 1 ? first : first + " (and " + (problems.size() - 1) + " more problem"
                + (problems.size() == 2 ? "" : "s") + ")";
    }
}
