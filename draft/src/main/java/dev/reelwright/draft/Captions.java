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
            if (track.type() == TrackType.TEXT && track.role() == TrackRole.CAPTION && !track.isOff()) {
                for (Segment segment : track.segments()) {
                    cues.add(new Cue(segment.startMs(), segment.endMs(), segment.meta().text().strip()));
                }
            }
        }
        cues.sort(Comparator.comparingLong(Cue::startMs));
        return mergeRepeats(cues);
    }

    /** Karaoke captions repeat a cue once per word (each marking another); a subtitle file shows it once. */
    private static List<Cue> mergeRepeats(List<Cue> cues) {
        List<Cue> merged = new ArrayList<>();
        for (Cue cue : cues) {
            Cue last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && last.text().equals(cue.text()) && cue.startMs() <= last.endMs() + 1) {
                merged.set(merged.size() - 1, new Cue(last.startMs(), Math.max(last.endMs(), cue.endMs()), last.text()));
            } else {
                merged.add(cue);
            }
        }
        return merged;
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
