package dev.reelwright.render.media;

/** What a media file holds, as far as rendering cares. */
public enum MediaKind {
    IMAGE, VIDEO, AUDIO;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
