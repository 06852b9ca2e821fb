package dev.reelwright.director.make;

import dev.reelwright.director.music.Mood;
import dev.reelwright.director.storyboard.SpeechRate;
import java.util.List;

/**
 * What the user asked of {@code reel make}.
 *
 * @param music the mood, or null to pick one from the script
 * @param musicFile the user's own music instead of generated music, or null
 * @param withMusic false for no music at all
 * @param captions show captions (they are written as .srt/.vtt either way)
 * @param title the title to use instead of the script's
 * @param media the user's photos and clips, in the order given; empty for generated visuals
 */
public record MakeOptions(Aspect aspect, int lines, Mood music, java.nio.file.Path musicFile, boolean withMusic, boolean captions,
                          String title, SpeechRate rate, long seed, List<UserMedia> media) {
    public MakeOptions {
        media = List.copyOf(media);
    }

    public static MakeOptions defaults() {
        return new MakeOptions(Aspect.LANDSCAPE, 1080, null, null, true, true, null, SpeechRate.NORMAL, 1, List.of());
    }
}
