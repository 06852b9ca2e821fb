package dev.reelwright.draft;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The cues of a draft's caption tracks, written as SubRip (.srt) or WebVTT (.vtt). */
public final class Captions {
    /** One caption on screen from {@code startMs} to {@code endMs}. */
    public record Cue(long startMs, long endMs, String text) {
    }

    private Captions() {
    }

    public static List<Cue> cues(Draft draft) {
        List<Cue> cues = new ArrayList<>();
        for (Track track : draft.tracks()) {
            if (track.type() == TrackType.TEXT && track.role() == TrackRole.CAPTION) {
                for (Segment segment : track.segments()) {
                    cues.add(new Cue(segment.startMs(), segment.endMs(), segment.meta().text().strip()));
                }
            }
        }
        cues.sort(Comparator.comparingLong(Cue::startMs));
        return cues;
    }

    public static String srt(List<Cue> cues) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cues.size(); i++) {
            Cue cue = cues.get(i);
            out.append(i + 1).append('\n')
                    .append(time(cue.startMs(), ',')).append(" --> ").append(time(cue.endMs(), ',')).append('\n')
                    .append(cue.text().replaceAll("\\R\\s*\\R", "\n")).append("\n\n");
        }
        return out.toString();
    }

    public static String vtt(List<Cue> cues) {
        StringBuilder out = new StringBuilder("WEBVTT\n\n");
        for (Cue cue : cues) {
            out.append(time(cue.startMs(), '.')).append(" --> ").append(time(cue.endMs(), '.')).append('\n')
                    // "-->" would end the cue timing line early in a reader; nothing else needs escaping but & and <.
                    .append(cue.text().replace("&", "&amp;").replace("<", "&lt;").replace("-->", "--&gt;")
                            .replaceAll("\\R\\s*\\R", "\n"))
                    .append("\n\n");
        }
        return out.toString();
    }

    private static String time(long ms, char separator) {
        return String.format(Locale.ROOT, "%02d:%02d:%02d%c%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, separator, ms % 1000);
    }
}
