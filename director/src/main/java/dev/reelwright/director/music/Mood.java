package dev.reelwright.director.music;

import java.util.Locale;

/**
 * What the music feels like: tempo, key, progression, and how the band plays.
 *
 * @param bpm beats per minute
 * @param rootMidi MIDI note of the key's tonic (before the seed's transposition)
 * @param minor minor (natural) rather than major scale
 * @param progression chords as scale degrees (0 = I), one per bar
 * @param kickPattern per 16th note of a bar: kick drum hits
 * @param snarePattern per 16th note of a bar: snare hits
 * @param hatPattern per 16th note of a bar: hi-hat hits
 * @param arpeggio play chord tones in 8th notes on top
 * @param swing delay of every second 8th note, as a fraction of an 8th
 * @param brightness 0..1: how much of the upper harmonics the pads keep
 * @param crackle vinyl noise level (lo-fi)
 */
public record Mood(String name, double bpm, int rootMidi, boolean minor, int[] progression, String kickPattern,
                   String snarePattern, String hatPattern, boolean arpeggio, double swing, double brightness, double crackle) {
    public static final Mood UPBEAT = new Mood("upbeat", 118, 60, false, new int[] {0, 4, 5, 3},
            "x...x...x...x...", "....x.......x...", "..x...x...x...x.", true, 0, 0.8, 0);
    public static final Mood CALM = new Mood("calm", 72, 62, false, new int[] {0, 5, 3, 4},
            "x.......x.......", "................", "................", true, 0, 0.35, 0);
    public static final Mood CORPORATE = new Mood("corporate", 104, 64, false, new int[] {0, 3, 5, 4},
            "x.......x..x....", "....x.......x...", "x.x.x.x.x.x.x.x.", true, 0, 0.6, 0);
    public static final Mood DRAMATIC = new Mood("dramatic", 84, 57, true, new int[] {0, 5, 2, 6},
            "x.........x.x...", "........x.......", "................", false, 0, 0.5, 0);
    public static final Mood LOFI = new Mood("lofi", 80, 58, false, new int[] {1, 4, 0, 5},
            "x......x..x.....", "....x.......x...", "x.x.x.x.x.x.x.x.", false, 0.28, 0.25, 0.012);

    public static final Mood[] ALL = {UPBEAT, CALM, CORPORATE, DRAMATIC, LOFI};

    /** The moods' names, as {@code --music} and the chat take them. */
    public static java.util.List<String> names() {
        return java.util.Arrays.stream(ALL).map(Mood::name).toList();
    }

    /** The mood called {@code name}, or null. */
    public static Mood named(String name) {
        for (Mood mood : ALL) {
            if (mood.name.equals(name.toLowerCase(Locale.ROOT))) {
                return mood;
            }
        }
        return null;
    }

    public double secondsPerBeat() {
        return 60.0 / bpm;
    }

    /** The scale's semitone offsets from the tonic. */
    int[] scale() {
        return minor ? new int[] {0, 2, 3, 5, 7, 8, 10} : new int[] {0, 2, 4, 5, 7, 9, 11};
    }
}
