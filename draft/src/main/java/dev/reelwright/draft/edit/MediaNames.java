package dev.reelwright.draft.edit;

import java.util.Locale;
import java.util.Set;

/** What a media reference is, by its name: the kinds the renderer plays. */
public final class MediaNames {
    private static final Set<String> CLIPS = Set.of("mp4", "mov", "avi", "webm", "mkv", "m4v");
    private static final Set<String> STILLS = Set.of("jpg", "jpeg", "png", "gif", "webp");
    private static final Set<String> SOUNDS = Set.of("mp3", "wav", "m4a", "aac", "ogg", "flac");

    private MediaNames() {
    }

    public static boolean isClip(String source) {
        return CLIPS.contains(extension(source));
    }

    public static boolean isStill(String source) {
        return STILLS.contains(extension(source));
    }

    public static boolean isSound(String source) {
        return SOUNDS.contains(extension(source));
    }

    static String extension(String source) {
        int dot = source.lastIndexOf('.');
        return dot < 0 ? "" : source.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
