package dev.reelwright.render;

import dev.reelwright.draft.Draft;
import dev.reelwright.draft.Segment;
import dev.reelwright.draft.Track;
import dev.reelwright.draft.TrackType;
import dev.reelwright.render.media.MediaException;
import dev.reelwright.render.media.MediaInfo;
import dev.reelwright.render.media.MediaKind;
import dev.reelwright.render.media.MediaProbe;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every source of a draft, resolved and probed before anything is written, so missing, corrupt or
 * unsuitable media fails the render at once with the JSON path of the segment that uses it.
 */
public final class MediaCatalog {
    private final Map<String, ResolvedMedia> bySource;
    private final List<String> warnings;

    private MediaCatalog(Map<String, ResolvedMedia> bySource, List<String> warnings) {
        this.bySource = bySource;
        this.warnings = warnings;
    }

    public static MediaCatalog load(Draft draft, MediaResolver resolver) {
        Map<String, ResolvedMedia> bySource = new HashMap<>();
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < draft.tracks().size(); i++) {
            Track track = draft.tracks().get(i);
            for (int j = 0; j < track.segments().size(); j++) {
                Segment segment = track.segments().get(j);
                if (segment.source() == null) {
                    continue;
                }
                String path = "t[" + i + "].sg[" + j + "]";
                ResolvedMedia media = bySource.get(segment.source());
                if (media == null) {
                    media = resolveAndProbe(segment.source(), resolver, path);
                    bySource.put(segment.source(), media);
                }
                check(track.type(), segment, media.info(), path, warnings);
            }
        }
        return new MediaCatalog(Map.copyOf(bySource), List.copyOf(warnings));
    }

    private static ResolvedMedia resolveAndProbe(String source, MediaResolver resolver, String path) {
        try {
            var file = resolver.resolve(source);
            return new ResolvedMedia(file, MediaProbe.probe(file));
        } catch (RenderException e) {
            throw new MediaException(path + ".src: " + e.getMessage(), e);
        }
    }

    private static void check(TrackType type, Segment segment, MediaInfo info, String path, List<String> warnings) {
        String src = path + ".src";
        if (type == TrackType.VIDEO && info.kind() == MediaKind.AUDIO) {
            throw new MediaException(src + ": " + segment.source() + " is sound only; put it on an audio track (tt 1)");
        }
        if (type == TrackType.AUDIO && !info.hasAudio()) {
            throw new MediaException(src + ": " + segment.source() + " has no sound");
        }
        if (info.kind() == MediaKind.IMAGE) {
            return;
        }
        if (info.durationMs() > 0 && segment.inMs() >= info.durationMs()) {
            throw new MediaException(path + ".in: starts at " + segment.inMs() + " ms but " + segment.source() + " lasts "
                    + info.durationMs() + " ms");
        }
        long available = info.durationMs() - segment.inMs();
        if (info.durationMs() > 0 && segment.durationMs() > available + 50) {
            warnings.add(path + ": " + segment.source() + " has " + available + " ms from in=" + segment.inMs()
                    + " but the segment lasts " + segment.durationMs() + " ms; "
                    + (info.kind() == MediaKind.VIDEO && type == TrackType.VIDEO ? "its last picture is held" : "the rest is silent"));
        }
    }

    public ResolvedMedia get(String source) {
        ResolvedMedia media = bySource.get(source);
        if (media == null) {
            throw new IllegalStateException("source not in the catalogue: " + source);
        }
        return media;
    }

    public boolean hasSound(String source) {
        ResolvedMedia media = bySource.get(source);
        return media != null && media.info().hasAudio();
    }

    /** Things that will not fail the render but that the user should know. */
    public List<String> warnings() {
        return warnings;
    }
}
