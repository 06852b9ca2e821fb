package dev.reelwright.cli;

/** A whole-number option's allowed range, said in the message when it is outside. */
final class Bounds {
    private Bounds() {
    }

    static int check(String option, int value, int min, int max) {
        if (value < min || value > max) {
            throw new CliException(option + " must be between " + min + " and " + max + " (got " + value + ")");
        }
        return value;
    }
}
