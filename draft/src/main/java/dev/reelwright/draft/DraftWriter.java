package dev.reelwright.draft;

import static dev.reelwright.draft.DraftKeys.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** Maps draft records back to the short-key JSON tree; unknown {@code m} keys are written back unchanged. */
final class DraftWriter {
    private final ObjectMapper mapper;

    DraftWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ObjectNode write(Draft draft) {
        ObjectNode root = mapper.createObjectNode();
        root.put(VERSION, draft.version());
        DraftMeta meta = draft.meta();
        ObjectNode m = root.putObject(META);
        putIfSet(m, TITLE, meta.title());
        m.put(WIDTH, meta.widthPx());
        m.put(HEIGHT, meta.heightPx());
        m.put(FPS, meta.fps());
        putIfSet(m, BACKGROUND, meta.background());
        putExtra(m, meta.extra());
        root.put(DURATION, draft.durationMs());
        ArrayNode tracks = root.putArray(TRACKS);
        draft.tracks().forEach(track -> writeTrack(tracks.addObject(), track));
        return root;
    }

    private void writeTrack(ObjectNode out, Track track) {
        out.put(ID, track.id());
        out.put(TRACK_TYPE, track.type().wireCode());
        TrackMeta meta = track.meta();
        if (meta.name() != null || meta.role() != null || !meta.extra().isEmpty()) {
            ObjectNode m = out.putObject(META);
            putIfSet(m, NAME, meta.name());
            putIfSet(m, ROLE, meta.role() == null ? null : meta.role().wireName());
            putExtra(m, meta.extra());
        }
        ArrayNode segments = out.putArray(SEGMENTS);
        track.segments().forEach(segment -> writeSegment(segments.addObject(), segment));
    }

    private void writeSegment(ObjectNode out, Segment segment) {
        out.put(ID, segment.id());
        out.put(START, segment.startMs());
        out.put(DURATION, segment.durationMs());
        putIfSet(out, SOURCE, segment.source());
        if (segment.inMs() != 0) {
            out.put(IN, segment.inMs());
        }
        ObjectNode m = mapper.createObjectNode();
        writeSegmentMeta(m, segment.meta());
        if (!m.isEmpty()) {
            out.set(META, m);
        }
    }

    private void writeSegmentMeta(ObjectNode m, SegmentMeta meta) {
        Transition tr = meta.transition();
        if (tr != null) {
            ObjectNode node = m.putObject(TRANSITION);
            node.put(TYPE, tr.type().wireName());
            node.put(DURATION, tr.durationMs());
            putIfSet(node, DIRECTION, tr.direction() == null ? null : tr.direction().wireName());
        }
        if (meta.volume() != null) {
            m.put(VOLUME, meta.volume());
        }
        putIfSet(m, TEXT, meta.text());
        putIfSet(m, COLOR, meta.color());
        Gradient gradient = meta.gradient();
        if (gradient != null) {
            ObjectNode node = m.putObject(GRADIENT);
            node.put(FROM, gradient.fromColor());
            node.put(TO, gradient.toColor());
            node.put(ANGLE, gradient.angleDeg());
            if (gradient.look() != Gradient.Look.STILL) {
                node.put(LOOK, gradient.look().wireName());
            }
            putIfSet(node, ACCENT, gradient.accentColor());
        }
        putIfSet(m, FIT, meta.fit() == null ? null : meta.fit().wireName());
        KenBurns kb = meta.kenBurns();
        if (kb != null) {
            ObjectNode node = m.putObject(KEN_BURNS);
            node.put(FROM, kb.fromZoom());
            node.put(TO, kb.toZoom());
            putIfSet(node, PAN, kb.pan() == null ? null : kb.pan().wireName());
        }
        if (meta.fadeInMs() != null) {
            m.put(FADE_IN, meta.fadeInMs());
        }
        if (meta.fadeOutMs() != null) {
            m.put(FADE_OUT, meta.fadeOutMs());
        }
        if (meta.duck() != null) {
            m.put(DUCK, meta.duck());
        }
        putIfSet(m, POSITION, meta.position() == null ? null : meta.position().wireName());
        writeTextStyle(m, meta.textStyle());
        putExtra(m, meta.extra());
    }

    private void writeTextStyle(ObjectNode m, TextStyle style) {
        putIfSet(m, FONT, style.font());
        if (style.sizePx() != null) {
            m.put(SIZE, style.sizePx());
        }
        if (style.bold() != null) {
            m.put(BOLD, style.bold());
        }
        putIfSet(m, OUTLINE, style.outlineColor());
        putIfSet(m, BOX, style.boxColor());
        TextAnimation anim = style.animation();
        if (anim != null) {
            ObjectNode node = m.putObject(ANIMATION);
            node.put(ANIM_IN, anim.in().wireName());
            node.put(ANIM_OUT, anim.out().wireName());
            node.put(DURATION, anim.durationMs());
        }
        if (style.mark() != null) {
            ObjectNode node = m.putObject(MARK);
            node.put(WORD, style.mark().wordIndex());
            node.put(COLOR, style.mark().color());
        }
    }

    private static void putIfSet(ObjectNode node, String key, String value) {
        if (value != null) {
            node.put(key, value);
        }
    }

    private void putExtra(ObjectNode node, Map<String, Object> extra) {
        extra.forEach((key, value) -> node.set(key, mapper.valueToTree(value)));
    }
}
