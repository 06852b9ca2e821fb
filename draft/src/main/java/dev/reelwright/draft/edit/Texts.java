package dev.reelwright.draft.edit;

import dev.reelwright.draft.Draft;
import dev.reelwright.draft.Segment;
import dev.reelwright.draft.Track;
import dev.reelwright.draft.TrackRole;
import dev.reelwright.draft.TrackType;
import java.util.ArrayList;
import java.util.List;

/** The texts of a draft a person can point at: titles, the end card, overlays and captions. */
public final class Texts {
    private Texts() {
    }

    /** One text and the track it is on. */
    public record Item(Segment segment, Track track) {
        public TrackRole role() {
            return track.role();
        }

        public String text() {
            return segment.meta().text() == null ? "" : segment.meta().text();
        }

        /** "'Urban Dreams' (0:00–0:03)". */
        public String label() {
            String oneLine = text().replaceAll("\\s+", " ").strip();
            String shown = oneLine.length() > 40 ? oneLine.substring(0, 39) + "\u2026" : oneLine;
            return "\u2018" + shown + "\u2019 (" + Clock.span(segment.startMs(), segment.endMs()) + ")";
        }
    }

    /** Every text segment with this role, in time order. */
    public static List<Item> withRole(Draft draft, TrackRole role) {
        List<Item> items = new ArrayList<>();
        for (Track track : draft.tracks()) {
            if (track.type() == TrackType.TEXT && track.role() == role) {
                track.segments().forEach(s -> items.add(new Item(s, track)));
            }
        }
        items.sort(java.util.Comparator.comparingLong(i -> i.segment().startMs()));
        return items;
    }

    /** The title cards: title-track texts that are not the end card (which the director names {@code end}). */
    public static List<Item> titles(Draft draft) {
        return withRole(draft, TrackRole.TITLE).stream().filter(i -> !isEndCard(draft, i)).toList();
    }

    public static boolean isEndCard(Draft draft, Item item) {
        List<Item> all = withRole(draft, TrackRole.TITLE);
        return item.segment().id().startsWith("end") || (all.size() > 1 && item == all.get(all.size() - 1)
                && item.segment().endMs() >= draft.contentEndMs() - 4_000 && item.segment().startMs() > 0);
    }

    /** The draft's first title, whose words are also the draft's {@code m.title}. */
    static boolean isMainTitle(Draft draft, String segmentId) {
        List<Item> titles = titles(draft);
        return !titles.isEmpty() && titles.get(0).segment().id().equals(segmentId);
    }

    /** The size captions get when the draft gives none: what the renderer uses for a caption. */
    static int defaultCaptionSizePx(int shortSidePx) {
        return Math.max(12, (int) Math.round(shortSidePx * 0.052));
    }
}
