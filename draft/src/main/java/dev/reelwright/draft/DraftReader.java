package dev.reelwright.draft;

import static dev.reelwright.draft.DraftKeys.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Maps a parsed (and upgraded) JSON tree onto draft records, rejecting wrong types with their path. */
final class DraftReader {
    private DraftReader() {
    }

    static Draft read(JsonNode root) {
        JsonFields draft = JsonFields.of(root, "");
        draft.rejectUnknown(DRAFT_KEYS);
        int version = (int) draft.requireLong(VERSION);
        DraftMeta meta = readDraftMeta(JsonFields.of(draft.get(META), META));
        long durationMs = draft.requireLong(DURATION);
        JsonNode tracksNode = draft.get(TRACKS);
        if (tracksNode == null || !tracksNode.isArray()) {
            throw new DraftException(TRACKS + ": must be an array of tracks");
        }
        List<Track> tracks = new ArrayList<>();
        for (int i = 0; i < tracksNode.size(); i++) {
            tracks.add(readTrack(JsonFields.of(tracksNode.get(i), TRACKS + "[" + i + "]")));
        }
        return new Draft(version, meta, durationMs, tracks);
    }

    private static DraftMeta readDraftMeta(JsonFields m) {
        return new DraftMeta(m.optString(TITLE), (int) requirePositiveInt(m, WIDTH), (int) requirePositiveInt(m, HEIGHT),
                (int) requirePositiveInt(m, FPS), m.optString(BACKGROUND), m.unknown(DRAFT_META_KEYS));
    }

    private static long requirePositiveInt(JsonFields fields, String key) {
        long value = fields.requireLong(key);
        if (value <= 0 || value > Integer.MAX_VALUE) {
            throw new DraftException(fields.pathOf(key) + ": must be > 0");
        }
        return value;
    }

    private static Track readTrack(JsonFields track) {
        track.rejectUnknown(TRACK_KEYS);
        String id = track.requireString(ID);
        long code = track.requireLong(TRACK_TYPE);
        TrackType type = TrackType.fromWireCode((int) code);
        if (type == null || code != (int) code) {
            throw new DraftException(track.pathOf(TRACK_TYPE) + ": must be 0 (video), 1 (audio) or 7 (text), got " + code);
        }
        TrackMeta meta = TrackMeta.EMPTY;
        if (track.has(META)) {
            JsonFields m = JsonFields.of(track.get(META), track.pathOf(META));
            TrackRole role = m.optChoice(ROLE, TrackRole.wireNames(),
                    name -> WireNames.find(TrackRole.values(), TrackRole::wireName, name));
            meta = new TrackMeta(m.optString(NAME), role, m.unknown(TRACK_META_KEYS));
        }
        JsonNode segmentsNode = track.get(SEGMENTS);
        if (segmentsNode == null || !segmentsNode.isArray()) {
            throw new DraftException(track.pathOf(SEGMENTS) + ": must be an array of segments");
        }
        List<Segment> segments = new ArrayList<>();
        for (int j = 0; j < segmentsNode.size(); j++) {
            segments.add(readSegment(JsonFields.of(segmentsNode.get(j), track.pathOf(SEGMENTS) + "[" + j + "]")));
        }
        return new Track(id, type, meta, segments);
    }

    private static Segment readSegment(JsonFields segment) {
        segment.rejectUnknown(SEGMENT_KEYS);
        Long inMs = segment.optLong(IN);
        SegmentMeta meta = segment.has(META)
                ? readSegmentMeta(JsonFields.of(segment.get(META), segment.pathOf(META)))
                : SegmentMeta.EMPTY;
        return new Segment(segment.requireString(ID), segment.requireLong(START), segment.requireLong(DURATION),
                segment.optString(SOURCE), inMs == null ? 0 : inMs, meta);
    }

    private static SegmentMeta readSegmentMeta(JsonFields m) {
        Transition transition = m.has(TRANSITION) ? readTransition(JsonFields.of(m.get(TRANSITION), m.pathOf(TRANSITION))) : null;
        Gradient gradient = m.has(GRADIENT) ? readGradient(JsonFields.of(m.get(GRADIENT), m.pathOf(GRADIENT))) : null;
        KenBurns kenBurns = m.has(KEN_BURNS) ? readKenBurns(JsonFields.of(m.get(KEN_BURNS), m.pathOf(KEN_BURNS))) : null;
        Fit fit = m.optChoice(FIT, WireNames.of(Fit.values(), Fit::wireName),
                name -> Fit.valueOf(name.toUpperCase(Locale.ROOT)));
        TextPosition position = m.optChoice(POSITION, WireNames.of(TextPosition.values(), TextPosition::wireName),
                name -> WireNames.find(TextPosition.values(), TextPosition::wireName, name));
        Long size = m.optLong(SIZE);
        TextAnimation animation = m.has(ANIMATION) ? readAnimation(m) : null;
        TextStyle.Mark mark = m.has(MARK) ? readMark(JsonFields.of(m.get(MARK), m.pathOf(MARK))) : null;
        TextStyle style = new TextStyle(m.optString(FONT), size == null ? null : (int) Math.min(size, Integer.MAX_VALUE),
                m.optBoolean(BOLD), m.optString(OUTLINE), m.optString(BOX), animation, mark);
        return new SegmentMeta(transition, m.optDouble(VOLUME), m.optString(TEXT), m.optString(COLOR), gradient, fit,
                kenBurns, m.optLong(FADE_IN), m.optLong(FADE_OUT), m.optBoolean(DUCK), position, style,
                m.unknown(SEGMENT_META_KEYS));
    }

    private static Transition readTransition(JsonFields tr) {
        tr.rejectUnknown(TRANSITION_KEYS);
        TransitionType type = tr.optChoice(TYPE, WireNames.of(TransitionType.values(), TransitionType::wireName),
                name -> WireNames.find(TransitionType.values(), TransitionType::wireName, name));
        if (type == null) {
            throw new DraftException(tr.pathOf(TYPE) + ": is required");
        }
        return new Transition(type, tr.requireLong(DURATION), readDirection(tr, DIRECTION));
    }

    private static Gradient readGradient(JsonFields gradient) {
        gradient.rejectUnknown(GRADIENT_KEYS);
        Double angle = gradient.optDouble(ANGLE);
        Gradient.Look look = gradient.optChoice(LOOK, WireNames.of(Gradient.Look.values(), Gradient.Look::wireName),
                name -> Gradient.Look.valueOf(name.toUpperCase(Locale.ROOT)));
        return new Gradient(gradient.requireString(FROM), gradient.requireString(TO), angle == null ? 90 : angle, look,
                gradient.optString(ACCENT));
    }

    private static TextStyle.Mark readMark(JsonFields mark) {
        mark.rejectUnknown(MARK_KEYS);
        long word = mark.requireLong(WORD);
        return new TextStyle.Mark((int) Math.max(Integer.MIN_VALUE, Math.min(word, Integer.MAX_VALUE)), mark.requireString(COLOR));
    }

    private static KenBurns readKenBurns(JsonFields kb) {
        kb.rejectUnknown(KEN_BURNS_KEYS);
        Double from = kb.optDouble(FROM);
        Double to = kb.optDouble(TO);
        return new KenBurns(from == null ? 1.0 : from, to == null ? 1.1 : to, readDirection(kb, PAN));
    }

    private static Direction readDirection(JsonFields fields, String key) {
        return fields.optChoice(key, WireNames.of(Direction.values(), Direction::wireName),
                name -> Direction.valueOf(name.toUpperCase(Locale.ROOT)));
    }

    /** {@code "anim": "pop"} is short for the same effect in and out. */
    private static TextAnimation readAnimation(JsonFields m) {
        JsonNode node = m.get(ANIMATION);
        var effects = WireNames.of(TextAnimation.Effect.values(), TextAnimation.Effect::wireName);
        if (node.isTextual()) {
            TextAnimation.Effect both = m.optChoice(ANIMATION, effects, TextAnimation::effect);
            return new TextAnimation(both, both, TextAnimation.DEFAULT_DURATION_MS);
        }
        JsonFields anim = JsonFields.of(node, m.pathOf(ANIMATION));
        anim.rejectUnknown(ANIMATION_KEYS);
        TextAnimation.Effect in = anim.optChoice(ANIM_IN, effects, TextAnimation::effect);
        TextAnimation.Effect out = anim.optChoice(ANIM_OUT, effects, TextAnimation::effect);
        Long durationMs = anim.optLong(DURATION);
        return new TextAnimation(in == null ? TextAnimation.Effect.NONE : in,
                out == null ? TextAnimation.Effect.NONE : out,
                durationMs == null ? TextAnimation.DEFAULT_DURATION_MS : durationMs);
    }
}
