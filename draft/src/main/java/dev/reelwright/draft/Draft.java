package dev.reelwright.draft;

import java.util.List;

/** The whole editable state of one video: canvas, tracks and their timed segments. */
public record Draft(int version, DraftMeta meta, long durationMs, List<Track> tracks) {
    /** The schema version this code writes. */
    public static final int CURRENT_VERSION = 1;

    public Draft {
        tracks = List.copyOf(tracks);
    }

    /** The end of the last segment on any track: what {@code d} must be. */
    public long contentEndMs() {
        return tracks.stream().mapToLong(Track::endMs).max().orElse(0);
    }

    public List<Track> tracksOfType(TrackType type) {
        return tracks.stream().filter(t -> t.type() == type).toList();
    }

    /** The same draft with other tracks; its duration follows their end. */
    public Draft withTracks(List<Track> newTracks) {
        Draft next = new Draft(version, meta, durationMs, newTracks);
        return new Draft(version, meta, next.contentEndMs(), newTracks);
    }

    public Draft withMeta(DraftMeta newMeta) {
        return new Draft(version, newMeta, durationMs, tracks);
    }

    /** The same draft with {@code track} in place of the track with its id. */
    public Draft withTrack(Track track) {
        return withTracks(tracks.stream().map(t -> t.id().equals(track.id()) ? track : t).toList());
    }

    public java.util.Optional<Track> track(String id) {
        return tracks.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** The first track with this role, if any. */
    public java.util.Optional<Track> trackWithRole(TrackRole role) {
        return tracks.stream().filter(t -> t.role() == role).findFirst();
    }

    /** What is shown and heard: the draft without the tracks switched off. */
    public Draft playable() {
        return tracks.stream().noneMatch(Track::isOff) ? this
                : new Draft(version, meta, durationMs, tracks.stream().filter(t -> !t.isOff()).toList());
    }
}
