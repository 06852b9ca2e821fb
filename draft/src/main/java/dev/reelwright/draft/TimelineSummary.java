package dev.reelwright.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A one-line description of a draft's tracks, e.g.
 * {@code Timeline (3 tracks): 1. Video: city timelapse (0-10s) 2. BGM: Lo-fi (0-10s, 35%) 3. Title: "Urban Dreams" (0-3s)}.
 */
public final class TimelineSummary {
    private static final int MAX_QUOTED_CHARS = 40;

    private TimelineSummary() {
    }

    public static String of(Draft draft) {
        List<String> parts = new ArrayList<>();
        List<Track> tracks = draft.tracks();
        for (int i = 0; i < tracks.size(); i++) {
            parts.add((i + 1) + ". " + describe(tracks.get(i)));
        }
        String count = tracks.size() == 1 ? "1 track" : tracks.size() + " tracks";
        return parts.isEmpty() ? "Timeline (0 tracks): empty" : "Timeline (" + count + "): " + String.join(" ", parts);
    }

    private static String describe(Track track) {
        String label = switch (track.type()) {
            case VIDEO -> "Video: " + (track.meta().name() != null ? track.meta().name() : sources(track));
            case AUDIO -> roleLabel(track.role(), "Audio") + ": " + (track.meta().name() != null ? track.meta().name() : sources(track));
            case TEXT -> roleLabel(track.role(), "Text") + ": " + texts(track);
        };
        return label + " (" + range(track) + volume(track) + ")";
    }

    private static String roleLabel(TrackRole role, String fallback) {
        if (role == null) {
            return fallback;
        }
        return switch (role) {
            case VOICE -> "Voice";
            case BGM -> "BGM";
            case SFX -> "SFX";
            case TITLE -> "Title";
            case CAPTION -> "Captions";
            case OVERLAY -> "Overlay";
        };
    }

    private static String sources(Track track) {
        List<String> names = track.segments().stream().map(TimelineSummary::sourceName).distinct().toList();
        if (names.isEmpty()) {
            return "empty";
        }
        String shown = String.join(", ", names.subList(0, Math.min(2, names.size())));
        return names.size() > 2 ? shown + " +" + (names.size() - 2) + " more" : shown;
    }

    private static String sourceName(Segment segment) {
        if (segment.source() == null) {
            return segment.meta().gradient() != null ? "gradient" : "colour " + segment.meta().color();
        }
        String src = segment.source();
        String name = src.substring(Math.max(src.lastIndexOf('/'), src.lastIndexOf(':')) + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String texts(Track track) {
        List<Segment> segments = track.segments();
        if (segments.isEmpty()) {
            return "empty";
        }
        if (track.role() == TrackRole.CAPTION) {
            return segments.size() == 1 ? "1 cue" : segments.size() + " cues";
        }
        String first = "\"" + clip(segments.get(0).meta().text()) + "\"";
        return segments.size() > 1 ? first + " +" + (segments.size() - 1) + " more" : first;
    }

    private static String clip(String text) {
        String oneLine = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return oneLine.length() > MAX_QUOTED_CHARS ? oneLine.substring(0, MAX_QUOTED_CHARS - 1) + "…" : oneLine;
    }

    private static String range(Track track) {
        if (track.segments().isEmpty()) {
            return "-";
        }
        long startMs = track.segments().get(0).startMs();
        return seconds(startMs) + "-" + seconds(track.endMs()) + "s";
    }

    private static String volume(Track track) {
        if (track.type() != TrackType.AUDIO || track.segments().isEmpty()) {
            return "";
        }
        double volume = track.segments().get(0).meta().volumeOr(1.0);
        return String.format(Locale.ROOT, ", %d%%", Math.round(volume * 100));
    }

    private static String seconds(long ms) {
        return ms % 1000 == 0 ? Long.toString(ms / 1000) : String.format(Locale.ROOT, "%.1f", ms / 1000.0);
    }
}
