package dev.reelwright.director.make;

import dev.reelwright.director.captions.CaptionStyle;
import dev.reelwright.director.music.Mood;
import dev.reelwright.director.storyboard.SpeechRate;
import java.nio.file.Path;
import java.util.List;

/**
 * What the user asked of {@code reel make}.
 *
 * @param lines the short side of the canvas in pixels (1080, 720, 480)
 * @param music the mood, or null to pick one from the script
 * @param musicFile the user's own music instead of generated music, or null
 * @param withMusic false for no music at all
 * @param captions how captions look on the picture (they are written as .srt/.vtt either way)
 * @param title the title to use instead of the script's, or null
 * @param speed how fast the voice speaks, 1.0 its normal pace
 * @param targetMs the length asked for ({@code --duration}), or null to follow the narration
 * @param media the user's photos and clips, in the order given; empty for designed visuals
 * @param voiceover the user's own recording instead of synthesised speech, or null
 * @param voiceName the voice asked for, or null for the one that speaks the script's language
 * @param fit how a narration longer than {@code targetMs} is made to fit
 */
public record MakeOptions(Aspect aspect, int lines, Mood music, Path musicFile, boolean withMusic, CaptionStyle captions,
                          String title, SpeechRate rate, double speed, Long targetMs, long seed, List<UserMedia> media,
                          Voiceover voiceover, String voiceName, Fit fit) {
    public MakeOptions {
        media = List.copyOf(media);
    }

    public static MakeOptions defaults() {
        return new MakeOptions(Aspect.LANDSCAPE, 1080, null, null, true, CaptionStyle.CLEAN, null, SpeechRate.NORMAL, 1.0, null, 1,
                List.of(), null, null, Fit.CONDENSE);
    }

    public MakeOptions withCanvas(Aspect newAspect, int newLines) {
        return new MakeOptions(newAspect, newLines, music, musicFile, withMusic, captions, title, rate, speed, targetMs, seed, media,
                voiceover, voiceName, fit);
    }

    /** @param mood a mood, or null to pick; {@code file} the user's music, or null; {@code on} false for none */
    public MakeOptions withMusic(Mood mood, Path file, boolean on) {
        return new MakeOptions(aspect, lines, mood, file, on, captions, title, rate, speed, targetMs, seed, media, voiceover, voiceName, fit);
    }

    public MakeOptions withCaptions(CaptionStyle style) {
        return new MakeOptions(aspect, lines, music, musicFile, withMusic, style, title, rate, speed, targetMs, seed, media, voiceover,
                voiceName, fit);
    }

    public MakeOptions withTitle(String newTitle) {
        return new MakeOptions(aspect, lines, music, musicFile, withMusic, captions, newTitle, rate, speed, targetMs, seed, media,
                voiceover, voiceName, fit);
    }

    public MakeOptions withVoice(String name, double newSpeed) {
        return new MakeOptions(aspect, lines, music, musicFile, withMusic, captions, title, rate, newSpeed, targetMs, seed, media,
                voiceover, name, fit);
    }

    public MakeOptions withTarget(Long newTargetMs) {
        return new MakeOptions(aspect, lines, music, musicFile, withMusic, captions, title, rate, speed, newTargetMs, seed, media,
                voiceover, voiceName, fit);
    }

    public MakeOptions withMedia(List<UserMedia> newMedia) {
        return new MakeOptions(aspect, lines, music, musicFile, withMusic, captions, title, rate, speed, targetMs, seed, newMedia,
                voiceover, voiceName, fit);
    }

    public MakeOptions withVoiceover(Voiceover recording) {
        return new MakeOptions(aspect, lines, music, musicFile, withMusic, captions, title, rate, speed, targetMs, seed, media,
                recording, voiceName, fit);
    }

    public MakeOptions withFit(Fit newFit) {
        return new MakeOptions(aspect, lines, music, musicFile, withMusic, captions, title, rate, speed, targetMs, seed, media,
                voiceover, voiceName, newFit);
    }

    public MakeOptions withSeed(long newSeed) {
        return new MakeOptions(aspect, lines, music, musicFile, withMusic, captions, title, rate, speed, targetMs, newSeed, media,
                voiceover, voiceName, fit);
    }
}
