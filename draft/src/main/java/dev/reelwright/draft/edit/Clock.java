package dev.reelwright.draft.edit;

/** Times as a person reads them: {@code 0:07}, {@code 1:02.5}. */
public final class Clock {
    private Clock() {
    }

    public static String at(long ms) {
        long tenths = Math.round(ms / 100.0);
        long seconds = tenths / 10;
        String clock = (seconds / 60) + ":" + String.format("%02d", seconds % 60);
        return tenths % 10 == 0 ? clock : clock + "." + tenths % 10;
    }

    public static String span(long fromMs, long toMs) {
        return at(fromMs) + "\u2013" + at(toMs);
    }

    /** {@code 2.5 s}, {@code 3 s}. */
    public static String seconds(long ms) {
        double s = Math.round(ms / 100.0) / 10.0;
        return (s == Math.rint(s) ? Long.toString((long) s) : Double.toString(s)) + " s";
    }
}
