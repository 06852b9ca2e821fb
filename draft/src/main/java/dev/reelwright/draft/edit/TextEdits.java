package dev.reelwright.draft.edit;

import dev.reelwright.draft.Draft;
import dev.reelwright.draft.Segment;
import dev.reelwright.draft.TextAnimation;
import dev.reelwright.draft.TextPosition;
import dev.reelwright.draft.TextStyle;
import dev.reelwright.draft.Track;
import dev.reelwright.draft.TrackMeta;
import dev.reelwright.draft.TrackRole;
import dev.reelwright.draft.TrackType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Edits of the words on the picture: titles, overlays and captions. */
public final class TextEdits {
    /** The caption key where each word's start and end (ms from the cue's start) are kept: {@code [[0, 310], [310, 640], ...]}. */
    public static final String WORDS = "words";
    private static final double TITLE_SIZE_OF_SHORT_SIDE = 0.09;
    private static final double OVERLAY_SIZE_OF_SHORT_SIDE = 0.06;

    private TextEdits() {
    }

    /** Shows {@code text} at {@code position} over {@code [startMs, startMs + durationMs)}, as a title or an overlay. */
    public record AddText(TrackRole role, String text, long startMs, long durationMs, TextPosition position) implements Edit {
        public Operation operation() {
            return Operation.ADD_TEXT;
        }

        public Draft applyTo(Draft draft) {
            if (text == null || text.isBlank()) {
                throw new EditException("the text to show is empty");
            }
            if (startMs < 0 || durationMs < 300 || startMs + durationMs > draft.contentEndMs()) {
                throw new EditException("text must stay inside the video (0:00\u2013" + Clock.at(draft.contentEndMs())
                        + ") and show for at least 0.3 s; " + Clock.span(startMs, startMs + durationMs) + " does not");
            }
            int shortSide = Math.min(draft.meta().widthPx(), draft.meta().heightPx());
            double share = role == TrackRole.TITLE ? TITLE_SIZE_OF_SHORT_SIDE : OVERLAY_SIZE_OF_SHORT_SIDE;
            TextStyle style = new TextStyle(null, (int) Math.round(shortSide * share), Boolean.TRUE, null, null,
                    new TextAnimation(role == TrackRole.TITLE ? TextAnimation.Effect.POP : TextAnimation.Effect.FADE, TextAnimation.Effect.FADE,
                            TextAnimation.DEFAULT_DURATION_MS));
            Segment added = Segment.text(new Ripple.Ids(draft).next(role == TrackRole.TITLE ? "title" : "text"), startMs, durationMs,
                    text.strip(), position, style);
            for (Track track : draft.tracks()) {
                if (track.role() == role && !track.isOff() && fits(track, added)) {
                    List<Segment> segments = new ArrayList<>(track.segments());
                    segments.add(added);
                    return draft.withTrack(track.withSegments(segments));
                }
            }
            String id = new Ripple.Ids(draft).next(role == TrackRole.TITLE ? "titles" : "texts");
            List<Track> tracks = new ArrayList<>(draft.tracks());
            tracks.add(new Track(id, TrackType.TEXT, new TrackMeta(role == TrackRole.TITLE ? "Titles" : "Text", role, Map.of()), List.of(added)));
            return draft.withTracks(tracks);
        }

        private static boolean fits(Track track, Segment added) {
            return track.segments().stream().noneMatch(s -> s.startMs() < added.endMs() && added.startMs() < s.endMs());
        }
    }

    /** Changes one text segment; null fields stay as they are. */
    public record EditText(String segmentId, String text, TextPosition position, String color, Integer sizePx, String font,
                           Long startMs, Long durationMs) implements Edit {
        public Operation operation() {
            return Operation.EDIT_TEXT;
        }

        public Draft applyTo(Draft draft) {
            Track track = trackOf(draft, segmentId);
            List<Segment> segments = new ArrayList<>();
            for (Segment segment : track.segments()) {
                if (segment.id().equals(segmentId)) {
                    if (text != null && text.isBlank()) {
                        throw new EditException("the new text is empty; to take the text away, remove it");
                    }
                    var meta = segment.meta();
                    meta = text != null ? meta.withText(text.strip()) : meta;
                    meta = position != null ? meta.withPosition(position) : meta;
                    meta = color != null ? meta.withColor(color) : meta;
                    TextStyle style = meta.textStyle();
                    style = sizePx != null ? style.withSize(sizePx) : style;
                    style = font != null ? style.withFont(font) : style;
                    segment = segment.withMeta(meta.withTextStyle(style));
                    segment = startMs != null ? segment.withStart(startMs) : segment;
                    segment = durationMs != null ? segment.withDuration(durationMs) : segment;
                    if (segment.startMs() < 0 || segment.durationMs() < 300 || segment.endMs() > draft.contentEndMs()) {
                        throw new EditException("text must stay inside the video (0:00\u2013" + Clock.at(draft.contentEndMs()) + ")");
                    }
                }
                segments.add(segment);
            }
            Draft edited = draft.withTrack(track.withSegments(segments));
            if (text != null && track.role() == TrackRole.TITLE && Texts.isMainTitle(draft, segmentId)) {
                edited = edited.withMeta(edited.meta().withTitle(text.strip()));
            }
            return edited;
        }
    }

    /** Takes one title or overlay away. */
    public record RemoveText(String segmentId) implements Edit {
        public Operation operation() {
            return Operation.REMOVE_TEXT;
        }

        public Draft applyTo(Draft draft) {
            Track track = trackOf(draft, segmentId);
            List<Segment> kept = track.segments().stream().filter(s -> !s.id().equals(segmentId)).toList();
            if (kept.isEmpty() && track.role() != TrackRole.CAPTION) {
                return draft.withTracks(draft.tracks().stream().filter(t -> !t.id().equals(track.id())).toList());
            }
            return draft.withTrack(track.withSegments(kept));
        }
    }

    /**
     * Captions on or off, and how they look; null fields stay as they are.
     *
     * @param sizeScale the size times this (1.25 bigger, 0.8 smaller)
     * @param boxColor a box behind each cue, {@code ""} for none
     */
    public record SetCaptions(Boolean visible, TextPosition position, Double sizeScale, String color, String outlineColor,
                              String boxColor, Boolean bold) implements Edit {
        public Operation operation() {
            return Operation.SET_CAPTIONS;
        }

        public Draft applyTo(Draft draft) {
            List<Track> captions = draft.tracks().stream().filter(t -> t.role() == TrackRole.CAPTION).toList();
            if (captions.isEmpty()) {
                throw new EditException("the video has no captions: they come from the narration, and this video has none");
            }
            Draft edited = draft;
            int shortSide = Math.min(draft.meta().widthPx(), draft.meta().heightPx());
            for (Track track : captions) {
                TrackMeta meta = visible == null ? track.meta() : track.meta().withExtra(TrackMeta.OFF, visible ? null : Boolean.TRUE);
                List<Segment> cues = track.segments().stream().map(cue -> restyle(cue, shortSide)).toList();
                edited = edited.withTrack(track.withMeta(meta).withSegments(cues));
            }
            return edited;
        }

        private Segment restyle(Segment cue, int shortSidePx) {
            var meta = cue.meta();
            TextStyle style = meta.textStyle();
            if (sizeScale != null) {
                int size = style.sizePx() != null ? style.sizePx() : Texts.defaultCaptionSizePx(shortSidePx);
                style = style.withSize(Math.max(8, (int) Math.round(size * sizeScale)));
            }
            style = outlineColor != null ? style.withOutline(outlineColor) : style;
            style = boxColor != null ? style.withBox(boxColor.isEmpty() ? null : boxColor) : style;
            style = bold != null ? style.withBold(bold) : style;
            meta = position != null ? meta.withPosition(position) : meta;
            meta = color != null ? meta.withColor(color) : meta;
            return cue.withMeta(meta.withTextStyle(style));
        }
    }

    /**
     * Karaoke captions: each cue shown once per word, that word in {@code markColor}; with
     * {@code markColor} null, karaoke captions go back to one segment per cue. Words are timed by
     * the cue's {@code m.words} when the director recorded them, else spread over the cue by length.
     */
    public record KaraokeCaptions(String markColor) implements Edit {
        public Operation operation() {
            return Operation.SET_CAPTIONS;
        }

        public Draft applyTo(Draft draft) {
            Draft edited = draft;
            boolean any = false;
            for (Track track : draft.tracks()) {
                if (track.role() != TrackRole.CAPTION) {
                    continue;
                }
                any = true;
                List<Segment> cues = merged(track.segments());
                List<Segment> out = markColor == null ? cues : new ArrayList<>();
                if (markColor != null) {
                    Ripple.Ids ids = new Ripple.Ids(draft);
                    for (Segment cue : cues) {
                        out.addAll(perWord(cue, ids));
                    }
                }
                edited = edited.withTrack(track.withSegments(out));
            }
            if (!any) {
                throw new EditException("the video has no captions: they come from the narration, and this video has none");
            }
            return edited;
        }

        /** Neighbouring segments that show the same words (one per word, in karaoke) as one cue, keeping when each word came. */
        private static List<Segment> merged(List<Segment> segments) {
            List<Segment> cues = new ArrayList<>();
            List<List<Long>> times = new ArrayList<>();
            for (Segment segment : segments) {
                Segment last = cues.isEmpty() ? null : cues.get(cues.size() - 1);
                boolean karaoke = segment.meta().textStyle().mark() != null;
                if (last != null && java.util.Objects.equals(last.meta().text(), segment.meta().text()) && segment.startMs() - last.endMs() <= 50) {
                    times.add(List.of(segment.startMs() - last.startMs(), segment.endMs() - last.startMs()));
                    cues.set(cues.size() - 1, withWords(last.withDuration(segment.endMs() - last.startMs()), times));
                } else {
                    times = new ArrayList<>();
                    times.add(List.of(0L, segment.durationMs()));
                    Segment cue = segment.withMeta(segment.meta().withTextStyle(segment.meta().textStyle().withMark(null)));
                    cues.add(karaoke ? withWords(cue, times) : cue);
                }
            }
            return cues;
        }

        private static Segment withWords(Segment cue, List<List<Long>> times) {
            return cue.withMeta(cue.meta().withExtra(WORDS, List.copyOf(times)));
        }

        /** The cue's words' starts (ms from its start) as the director timed them, or null. */
        private static long[] starts(Segment cue, int words) {
            if (!(cue.meta().extra().get(WORDS) instanceof List<?> times) || times.size() != words) {
                return null;
            }
            long[] starts = new long[words];
            for (int i = 0; i < words; i++) {
                if (!(times.get(i) instanceof List<?> pair) || pair.isEmpty() || !(pair.get(0) instanceof Number start)) {
                    return null;
                }
                starts[i] = start.longValue();
            }
            return starts;
        }

        private List<Segment> perWord(Segment cue, Ripple.Ids ids) {
            String[] words = cue.meta().text().strip().split("\\s+");
            long[] timed = starts(cue, words.length);
            double total = 0;
            for (String word : words) {
                total += word.length() + 2;
            }
            List<Segment> out = new ArrayList<>();
            long start = cue.startMs();
            double at = 0;
            for (int i = 0; i < words.length; i++) {
                at += words[i].length() + 2;
                long spread = cue.startMs() + Math.round(cue.durationMs() * at / total);
                long end = i == words.length - 1 ? cue.endMs() : timed != null ? cue.startMs() + Math.max(timed[i + 1], start - cue.startMs() + 1) : spread;
                TextStyle style = cue.meta().textStyle().withMark(new TextStyle.Mark(i, markColor));
                out.add(new Segment(i == 0 ? cue.id() : ids.next(cue.id()), start, Math.max(1, end - start), null, 0,
                        cue.meta().withTextStyle(style)));
                start = end;
            }
            return out;
        }
    }

    /** The caption track's cues become {@code cues} (cut again for a new canvas or style), the track named {@code name}. */
    public record ReplaceCaptions(List<Segment> cues, String name) implements Edit {
        public ReplaceCaptions {
            cues = List.copyOf(cues);
        }

        public Operation operation() {
            return Operation.SET_CAPTIONS;
        }

        public Draft applyTo(Draft draft) {
            Track captions = draft.trackWithRole(TrackRole.CAPTION)
                    .orElseThrow(() -> new EditException("the video has no captions: they come from the narration, and this video has none"));
            if (cues.isEmpty()) {
                throw new EditException("cutting the captions again gave none");
            }
            return draft.withTrack(captions.withMeta(captions.meta().withName(name)).withSegments(cues));
        }
    }

    static Track trackOf(Draft draft, String segmentId) {
        return draft.tracks().stream().filter(t -> t.type() == TrackType.TEXT)
                .filter(t -> t.segments().stream().anyMatch(s -> s.id().equals(segmentId))).findFirst()
                .orElseThrow(() -> new EditException("there is no text " + segmentId + " in the video"));
    }
}
