package dev.reelwright.render.plan;

import dev.reelwright.draft.Draft;
import dev.reelwright.draft.Segment;
import dev.reelwright.draft.Track;
import dev.reelwright.draft.TrackType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** What is heard: every audio segment and every clip's own sound, with its gain and fades. */
public final class AudioPlanner {
    /** Every cut gets at least this fade, so no join clicks. */
    public static final long MIN_FADE_MS = 10;

    private AudioPlanner() {
    }

    /**
     * @param hasSound whether a video segment's source carries sound (decided by probing the media)
     */
    public static List<AudioPart> plan(Draft draft, Predicate<String> hasSound) {
        List<AudioPart> parts = new ArrayList<>();
        for (Track track : draft.tracks()) {
            if (track.type() == TrackType.TEXT) {
                continue;
            }
            List<Segment> segments = track.segments();
            for (int i = 0; i < segments.size(); i++) {
                Segment segment = segments.get(i);
                boolean audio = track.type() == TrackType.AUDIO;
                double gain = segment.meta().volumeOr(1.0);
                if (segment.source() == null || gain == 0 || (!audio && !hasSound.test(segment.source()))) {
                    continue;
                }
                long crossIn = segment.transitionMs();
                long crossOut = i + 1 < segments.size() ? segments.get(i + 1).transitionMs() : 0;
                long fadeIn = max(segment.meta().fadeInMs(), crossIn);
                long fadeOut = max(segment.meta().fadeOutMs(), crossOut);
                parts.add(new AudioPart(segment.source(), audio ? track.role() : null, segment.startMs(), segment.durationMs(),
                        segment.inMs(), gain, fadeIn, fadeOut, audio && segment.meta().ducks()));
            }
        }
        return parts;
    }

    private static long max(Long asked, long transitionMs) {
        return Math.max(MIN_FADE_MS, Math.max(asked == null ? 0 : asked, transitionMs));
    }
}
