package dev.reelwright.director.storyboard;

/**
 * How long narration takes to say, before any voice has spoken it: words per second for
 * spaced scripts, characters per second for Chinese and Japanese.
 *
 * @param wordsPerSecond for scripts with spaces between words
 * @param cjkCharactersPerSecond for Chinese, Japanese and Korean without spaces
 */
public record SpeechRate(double wordsPerSecond, double cjkCharactersPerSecond) {
    /** Measured on the default voice (MaryTTS cmu-slt-hsmm): about 2.3 words a second with pauses. */
    public static final SpeechRate NORMAL = new SpeechRate(2.3, 4.5);

    public long estimateMs(String text) {
        long cjk = text.codePoints().filter(Cjk::isCjk).count();
        String rest = text.codePoints().filter(cp -> !Cjk.isCjk(cp))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        long words = rest.isBlank() ? 0 : rest.strip().split("\\s+").length;
        long pauses = text.chars().filter(c -> ",;:.!?。！？，、".indexOf(c) >= 0).count();
        return Math.round((words / wordsPerSecond + cjk / cjkCharactersPerSecond) * 1000 + pauses * 120);
    }
}
