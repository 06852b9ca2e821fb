package dev.reelwright.draft;

import java.util.Set;

/** What a track is for: audio tracks speak, play music or effects; text tracks title or caption. */
public enum TrackRole {
    VOICE("voice", TrackType.AUDIO),
    BGM("bgm", TrackType.AUDIO),
    SFX("sfx", TrackType.AUDIO),
    TITLE("title", TrackType.TEXT),
    CAPTION("caption", TrackType.TEXT),
    OVERLAY("overlay", TrackType.TEXT);

    private final String wireName;
    private final TrackType trackType;

    TrackRole(String wireName, TrackType trackType) {
        this.wireName = wireName;
        this.trackType = trackType;
    }

    public String wireName() {
        return wireName;
    }

    /** The one track type this role belongs on. */
    public TrackType trackType() {
        return trackType;
    }

    public static Set<String> wireNames() {
        return WireNames.of(values(), TrackRole::wireName);
    }
}
