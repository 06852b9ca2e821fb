package dev.reelwright.render.plan;

import dev.reelwright.draft.Draft;
import dev.reelwright.draft.Segment;
import dev.reelwright.draft.Track;
import dev.reelwright.draft.TrackType;
import java.util.ArrayList;
import java.util.List;

/** What is on screen at a moment: a pure function of the draft, no media needed. */
public final class VisualPlanner {
    private final List<Track> paintedTracks;

    public VisualPlanner(Draft draft) {
        this.paintedTracks = draft.tracks().stream().filter(t -> t.type() != TrackType.AUDIO).toList();
    }

    /** Layers bottom to top at {@code timeMs}; empty where only the background shows. */
    public List<Layer> layersAt(double timeMs) {
        List<Layer> layers = new ArrayList<>();
        for (Track track : paintedTracks) {
            List<Segment> active = activeAt(track, timeMs);
            if (active.isEmpty()) {
                continue;
            }
            if (track.type() == TrackType.TEXT) {
                active.forEach(segment -> layers.add(TextMotion.at(segment, timeMs - segment.startMs())));
            } else if (active.size() == 1) {
                Segment segment = active.get(0);
                layers.add(TransitionLayout.visual(segment, timeMs - segment.startMs(), 1, Box.FULL, Box.FULL, view(segment, timeMs)));
            } else {
                Segment outgoing = active.get(active.size() - 2);
                Segment incoming = active.get(active.size() - 1);
                double progress = (timeMs - incoming.startMs()) / incoming.transitionMs();
                layers.addAll(TransitionLayout.layers(incoming.meta().transition(), progress,
                        outgoing, timeMs - outgoing.startMs(), view(outgoing, timeMs),
                        incoming, timeMs - incoming.startMs(), view(incoming, timeMs)));
            }
        }
        return layers;
    }

    /** Segments whose span holds {@code timeMs}; at most two on a valid track (a transition). */
    static List<Segment> activeAt(Track track, double timeMs) {
        List<Segment> active = new ArrayList<>(2);
        for (Segment segment : track.segments()) {
            if (segment.startMs() > timeMs) {
                break;
            }
            if (timeMs < segment.endMs()) {
                active.add(segment);
            }
        }
        return active;
    }

    private static View view(Segment segment, double timeMs) {
        return KenBurnsMotion.at(segment.meta().kenBurns(), (timeMs - segment.startMs()) / segment.durationMs());
    }
}
