package dev.reelwright.draft;

/** A track's kind, with the wire code it has in the draft's {@code tt} key. */
public enum TrackType {
    VIDEO(0), AUDIO(1), TEXT(7);

    private final int wireCode;

    TrackType(int wireCode) {
        this.wireCode = wireCode;
    }

    public int wireCode() {
        return wireCode;
    }

    /** The type for a wire code, or null when the code is not one of ours. */
    public static TrackType fromWireCode(int code) {
        for (TrackType type : values()) {
            if (type.wireCode == code) {
                return type;
            }
        }
        return null;
    }
}
