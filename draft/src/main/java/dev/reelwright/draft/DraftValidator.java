package dev.reelwright.draft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks every rule of the draft format; each problem names the JSON path and the rule broken. */
public final class DraftValidator {
    public static final int MAX_CANVAS_PX = 7680;
    public static final int MAX_FPS = 120;
    public static final int MAX_TEXT_CHARS = 2000;
    /** Four hours: longer is a mistake or an attack, not a video. */
    public static final long MAX_DURATION_MS = 4L * 60 * 60 * 1000;
    public static final int MAX_SEGMENTS = 20_000;

    private final List<String> problems = new ArrayList<>();
    private final Map<String, String> pathById = new HashMap<>();

    private DraftValidator() {
    }

    /** All problems, empty when the draft is valid. */
    public static List<String> problems(Draft draft) {
        DraftValidator validator = new DraftValidator();
        validator.check(draft);
        return List.copyOf(validator.problems);
    }

    public static void requireValid(Draft draft) {
        List<String> problems = problems(draft);
        if (!problems.isEmpty()) {
            throw new DraftException(problems);
        }
    }

    private void check(Draft draft) {
        DraftMeta meta = draft.meta();
        checkCanvasSide("m.w", meta.widthPx());
        checkCanvasSide("m.h", meta.heightPx());
        rule(meta.fps() >= 1 && meta.fps() <= MAX_FPS, "m.fps", "must be between 1 and " + MAX_FPS);
        if (meta.background() != null) {
            rule(Colors.isRgb(meta.background()), "m.bg", "must be a colour #rrggbb");
        }
        int segments = draft.tracks().stream().mapToInt(t -> t.segments().size()).sum();
        if (segments > MAX_SEGMENTS) {
            problem("t", "has " + segments + " segments; at most " + MAX_SEGMENTS + " are allowed");
            return;
        }
        for (int i = 0; i < draft.tracks().size(); i++) {
            checkTrack(draft.tracks().get(i), "t[" + i + "]");
        }
        rule(draft.contentEndMs() <= MAX_DURATION_MS, "d", "must be at most 4 hours (" + MAX_DURATION_MS + " ms)");
        // Last: a wrong total is often a consequence of a broken segment, reported above.
        rule(draft.durationMs() == draft.contentEndMs(), "d",
                "must equal the end of the last segment (" + draft.contentEndMs() + " ms), got " + draft.durationMs());
    }

    private void checkCanvasSide(String path, int px) {
        rule(px >= 16 && px <= MAX_CANVAS_PX, path, "must be between 16 and " + MAX_CANVAS_PX + " pixels");
        rule(px % 2 == 0, path, "must be an even number (H.264 with yuv420p needs even sides)");
    }

    private void checkTrack(Track track, String path) {
        checkId(track.id(), path);
        TrackRole role = track.role();
        if (role != null) {
            String kind = role.trackType().name().toLowerCase(java.util.Locale.ROOT);
            rule(role.trackType() == track.type(), path + ".m.role",
                    "\"" + role.wireName() + "\" belongs on " + (kind.startsWith("a") ? "an " : "a ") + kind + " track");
        }
        List<Segment> segments = track.segments();
        for (int j = 0; j < segments.size(); j++) {
            String segmentPath = path + ".sg[" + j + "]";
            Segment segment = segments.get(j);
            checkSegment(track.type(), segment, segmentPath);
            if (j == 0) {
                rule(segment.meta().transition() == null, segmentPath + ".m.tr",
                        "the first segment of a track has nothing to transition from");
            } else {
                checkNeighbours(segments.get(j - 1), segment, path + ".sg[" + (j - 1) + "]", segmentPath);
            }
        }
    }

    private void checkNeighbours(Segment previous, Segment segment, String previousPath, String path) {
        if (segment.startMs() < previous.startMs()) {
            problem(path + ".s", "segments must be sorted by start (this one starts before " + previousPath + ")");
            return;
        }
        long overlapMs = previous.endMs() - segment.startMs();
        long transitionMs = segment.transitionMs();
        if (transitionMs > 0) {
            rule(overlapMs == transitionMs, path + ".m.tr.d", "a " + transitionMs
                    + " ms transition needs the segment to overlap " + previousPath + " by exactly " + transitionMs
                    + " ms; it overlaps by " + Math.max(overlapMs, 0) + " ms");
            rule(previous.transitionMs() + transitionMs <= previous.durationMs(), path + ".m.tr.d",
                    "the transitions into and out of " + previousPath + " together exceed its duration");
        } else {
            rule(overlapMs <= 0, path + ".s", "overlaps " + previousPath + " by " + overlapMs
                    + " ms; segments on one track may only overlap by their transition's d");
        }
    }

    private void checkSegment(TrackType type, Segment segment, String path) {
        checkId(segment.id(), path);
        rule(segment.startMs() >= 0, path + ".s", "must be >= 0");
        rule(segment.durationMs() > 0, path + ".d", "must be > 0");
        rule(segment.inMs() >= 0, path + ".in", "must be >= 0");
        SegmentMeta m = segment.meta();
        if (segment.source() != null) {
            String sourceProblem = MediaSource.problem(segment.source());
            if (sourceProblem != null) {
                problem(path + ".src", sourceProblem);
            }
        }
        if (m.volume() != null) {
            rule(m.volume() >= 0 && m.volume() <= 2, path + ".m.vol", "must be between 0.0 and 2.0");
        }
        Transition tr = m.transition();
        if (tr != null) {
            rule(tr.durationMs() > 0, path + ".m.tr.d", "must be > 0");
            rule(tr.durationMs() <= segment.durationMs(), path + ".m.tr.d", "must not be longer than the segment");
            rule(type != TrackType.TEXT, path + ".m.tr", "text segments enter and leave with m.anim, not m.tr");
            rule(type != TrackType.AUDIO || tr.type() == TransitionType.FADE, path + ".m.tr.type",
                    "audio segments can only cross-fade (\"fade\")");
        }
        switch (type) {
            case VIDEO -> checkVideo(segment, path);
            case AUDIO -> checkAudio(segment, path);
            case TEXT -> checkText(segment, path);
        }
    }

    private void checkVideo(Segment segment, String path) {
        SegmentMeta m = segment.meta();
        boolean picture = m.extra().containsKey(PlacedPicture.KEY);
        int fills = (segment.source() != null ? 1 : 0) + (m.color() != null ? 1 : 0) + (m.gradient() != null ? 1 : 0) + (picture ? 1 : 0);
        rule(fills == 1, path, "a video segment needs exactly one of src, m.color, m.gradient or m.pic");
        if (picture) {
            String pictureProblem = PlacedPicture.problem(m.extra().get(PlacedPicture.KEY));
            if (pictureProblem != null) {
                problem(path + ".m.pic", pictureProblem);
            }
        }
        checkColor(m.color(), path + ".m.color");
        if (m.gradient() != null) {
            checkColor(m.gradient().fromColor(), path + ".m.gradient.from");
            checkColor(m.gradient().toColor(), path + ".m.gradient.to");
            checkColor(m.gradient().accentColor(), path + ".m.gradient.accent");
        }
        KenBurns kb = m.kenBurns();
        if (kb != null) {
            rule(segment.source() != null, path + ".m.kb", "a Ken Burns move needs an image (src)");
            rule(kb.fromZoom() >= 1 && kb.fromZoom() <= 3, path + ".m.kb.from", "must be between 1.0 and 3.0");
            rule(kb.toZoom() >= 1 && kb.toZoom() <= 3, path + ".m.kb.to", "must be between 1.0 and 3.0");
        }
        rule(m.fit() == null || segment.source() != null, path + ".m.fit", "only images and clips have a fit");
        notFor("video", m.duck(), path + ".m.duck");
        notFor("video", m.position(), path + ".m.pos");
        notFor("video", m.text(), path + ".m.text");
    }

    private void checkAudio(Segment segment, String path) {
        SegmentMeta m = segment.meta();
        rule(segment.source() != null, path + ".src", "an audio segment needs a source");
        long fadeInMs = m.fadeInMs() == null ? 0 : m.fadeInMs();
        long fadeOutMs = m.fadeOutMs() == null ? 0 : m.fadeOutMs();
        rule(fadeInMs >= 0, path + ".m.fadeIn", "must be >= 0");
        rule(fadeOutMs >= 0, path + ".m.fadeOut", "must be >= 0");
        rule(fadeInMs + fadeOutMs <= segment.durationMs(), path + ".m",
                "fadeIn and fadeOut together must not exceed the segment's duration");
        notFor("audio", m.text(), path + ".m.text");
        notFor("audio", m.kenBurns(), path + ".m.kb");
        notFor("audio", m.position(), path + ".m.pos");
    }

    private void checkText(Segment segment, String path) {
        SegmentMeta m = segment.meta();
        rule(segment.source() == null, path + ".src", "text segments have no source");
        rule(m.text() != null && !m.text().isBlank(), path + ".m.text", "a text segment needs text");
        if (m.text() != null) {
            rule(m.text().length() <= MAX_TEXT_CHARS, path + ".m.text", "must be at most " + MAX_TEXT_CHARS + " characters");
        }
        checkColor(m.color(), path + ".m.color");
        TextStyle style = m.textStyle();
        if (style.sizePx() != null) {
            rule(style.sizePx() >= 4 && style.sizePx() <= 1000, path + ".m.size", "must be between 4 and 1000 pixels");
        }
        if (style.outlineColor() != null) {
            checkColor(style.outlineColor(), path + ".m.outline");
        }
        if (style.boxColor() != null) {
            rule(Colors.isRgba(style.boxColor()), path + ".m.box", "must be a colour #rrggbb or #rrggbbaa");
        }
        if (style.animation() != null) {
            rule(style.animation().durationMs() >= 0, path + ".m.anim.d", "must be >= 0");
        }
        if (style.mark() != null) {
            rule(style.mark().wordIndex() >= 0, path + ".m.mark.word", "must be >= 0");
            checkColor(style.mark().color(), path + ".m.mark.color");
        }
        notFor("text", m.duck(), path + ".m.duck");
        notFor("text", m.kenBurns(), path + ".m.kb");
    }

    private void checkColor(String color, String path) {
        if (color != null) {
            rule(Colors.isRgb(color), path, "must be a colour #rrggbb");
        }
    }

    private void notFor(String kind, Object value, String path) {
        rule(value == null, path, "does not apply to " + kind + " segments");
    }

    private void checkId(String id, String path) {
        if (id.isBlank()) {
            problem(path + ".id", "must not be empty");
            return;
        }
        String earlier = pathById.putIfAbsent(id, path);
        rule(earlier == null, path + ".id", "\"" + Printable.clip(id) + "\" is already the id of " + earlier);
    }

    private void rule(boolean holds, String path, String rule) {
        if (!holds) {
            problem(path, rule);
        }
    }

    private void problem(String path, String rule) {
        problems.add(path + ": " + rule);
    }
}
