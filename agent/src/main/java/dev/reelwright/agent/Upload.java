package dev.reelwright.agent;

import java.util.Locale;
import java.util.Set;

/**
 * A file the user gave the session: a photo, clip, audio file or document.
 *
 * @param name the file name the user knows it by ({@code croissant.jpg})
 * @param source how a draft refers to it
 * @param durationMs its length, for clips and audio; null when unknown
 */
public record Upload(String name, Kind kind, String source, Long durationMs, Integer widthPx, Integer heightPx) {
    /** What kind of file it is. */
    public enum Kind { PHOTO, CLIP, AUDIO, DOCUMENT }

    private static final Set<String> PHOTOS = Set.of("jpg", "jpeg", "png", "gif", "webp");
    private static final Set<String> CLIPS = Set.of("mp4", "mov", "avi", "webm", "mkv", "m4v");
    private static final Set<String> AUDIO = Set.of("mp3", "wav", "m4a", "aac", "ogg", "flac");

    /** An upload known only by name (its kind from the extension), used where the draft refers to it as {@code media:NAME}. */
    public static Upload named(String name) {
        return new Upload(name, kindOf(name), "media:" + name, null, null, null);
    }

    public static Kind kindOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return PHOTOS.contains(ext) ? Kind.PHOTO : CLIPS.contains(ext) ? Kind.CLIP : AUDIO.contains(ext) ? Kind.AUDIO : Kind.DOCUMENT;
    }

    public boolean isPicture() {
        return kind == Kind.PHOTO || kind == Kind.CLIP;
    }

    /** Taller than wide; null when the size is unknown. */
    public Boolean portrait() {
        return widthPx == null || heightPx == null ? null : heightPx > widthPx;
    }

    /** The name without its extension, in lower case: what a person calls it ("the croissant photo"). */
    public String stem() {
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name).toLowerCase(Locale.ROOT);
    }
}
