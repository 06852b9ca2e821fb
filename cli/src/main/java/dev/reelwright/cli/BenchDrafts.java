package dev.reelwright.cli;

import dev.reelwright.draft.Direction;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The benchmark's reference video: six stills with Ken Burns moves and a title each, 0.5 s
 * crossfades, a voice-like track and music at 35 % ducked under it, 1920x1080 at 30 fps.
 */
final class BenchDrafts {
    static final int STILLS = 6;
    static final long CROSSFADE_MS = 500;

    private BenchDrafts() {
    }

    /** Writes the media once into {@code folder}, sized for up to {@code maxSeconds}. */
    static void writeMedia(Path folder, int maxSeconds) {
        for (int i = 0; i < STILLS; i++) {
            SampleMedia.writeImage(SampleMedia.photo(100 + i, 2400, 1600), folder.resolve("still" + i + ".jpg"));
        }
        SampleMedia.writeWav(SampleMedia.speech(5, maxSeconds), folder.resolve("voice.wav"));
        SampleMedia.writeWav(SampleMedia.music(maxSeconds), folder.resolve("music.wav"));
    }

    static String json(int seconds) {
        long totalMs = seconds * 1000L;
        int count = (int) Math.max(STILLS, Math.round(seconds / 5.0));
        long step = (totalMs + (count - 1) * CROSSFADE_MS) / count;
        StringBuilder stills = new StringBuilder();
        StringBuilder titles = new StringBuilder();
        Direction[] pans = Direction.values();
        for (int i = 0; i < count; i++) {
            long start = i * (step - CROSSFADE_MS);
            long duration = i == count - 1 ? totalMs - start : step;
            String zoom = i % 2 == 0 ? "\"from\": 1.0, \"to\": 1.15" : "\"from\": 1.15, \"to\": 1.0";
            stills.append(String.format(Locale.ROOT,
                    "%s{\"id\": \"p%d\", \"s\": %d, \"d\": %d, \"src\": \"media:still%d.jpg\", \"m\": {\"kb\": {%s, \"pan\": \"%s\"}%s}}",
                    i == 0 ? "" : ",\n      ", i, start, duration, i % STILLS, zoom, pans[i % pans.length].wireName(),
                    i == 0 ? "" : ", \"tr\": {\"type\": \"fade\", \"d\": " + CROSSFADE_MS + "}"));
            titles.append(String.format(Locale.ROOT,
                    "%s{\"id\": \"t%d\", \"s\": %d, \"d\": %d, \"m\": {\"text\": \"Scene %d: the city wakes\", \"pos\": \"lower-third\", \"anim\": \"fade\"}}",
                    i == 0 ? "" : ",\n      ", i, start + 300, Math.min(3000, duration - 600), i + 1));
        }
        return String.format(Locale.ROOT, """
                {
                  "v": 1,
                  "m": {"title": "Benchmark", "w": 1920, "h": 1080, "fps": 30},
                  "d": %d,
                  "t": [
                    {"id": "stills", "tt": 0, "sg": [
                      %s]},
                    {"id": "titles", "tt": 7, "m": {"role": "overlay"}, "sg": [
                      %s]},
                    {"id": "voice", "tt": 1, "m": {"role": "voice"}, "sg": [
                      {"id": "vo", "s": 0, "d": %d, "src": "media:voice.wav"}]},
                    {"id": "music", "tt": 1, "m": {"role": "bgm"}, "sg": [
                      {"id": "bgm", "s": 0, "d": %d, "src": "media:music.wav", "m": {"vol": 0.35, "duck": true, "fadeOut": 1500}}]}
                  ]
                }
                """, totalMs, stills, titles, totalMs, totalMs);
    }
}
