package dev.reelwright.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lengths as people write them: {@code 30s}, {@code 30}, {@code 1m30s}, {@code 1:30}, {@code 2m}. */
final class Durations {
    private static final Pattern MINUTES_SECONDS = Pattern.compile("(?:(\\d+)m)?\\s*(?:(\\d+(?:\\.\\d+)?)s?)?");
    private static final Pattern CLOCK = Pattern.compile("(\\d+):(\\d{1,2})");
    private static final long MAX_MS = 4 * 3_600_000L;

    private Durations() {
    }

    static long parseMs(String given, String option) {
        String text = given.strip().toLowerCase(Locale.ROOT);
        long ms = -1;
        Matcher clock = CLOCK.matcher(text);
        Matcher minutes = MINUTES_SECONDS.matcher(text);
        if (clock.matches()) {
            ms = (Long.parseLong(clock.group(1)) * 60 + Long.parseLong(clock.group(2))) * 1000;
        } else if (!text.isEmpty() && minutes.matches() && (minutes.group(1) != null || minutes.group(2) != null)) {
            double seconds = (minutes.group(1) == null ? 0 : Double.parseDouble(minutes.group(1)) * 60)
                    + (minutes.group(2) == null ? 0 : Double.parseDouble(minutes.group(2)));
            ms = Math.round(seconds * 1000);
        }
        if (ms < 3_000 || ms > MAX_MS) {
            throw new CliException(option + " must be a length from 3s to 4h, like 30s, 1m30s or 1:30 (got \"" + given + "\")");
        }
        return ms;
    }
}
