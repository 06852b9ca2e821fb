package dev.reelwright.director.voice;

import java.util.List;
import java.util.Locale;

/** A text-to-speech engine: speaks text and says when each word is heard. */
public interface Voice {
    String name();

    Locale locale();

    Speech speak(String text);

    /** Whether it sounds like a woman or a man, as far as its name tells; for "a male voice" and the like. */
    default Gender gender() {
        return Gender.of(name());
    }

    /** How a voice sounds, by the names engines give their voices. */
    enum Gender {
        FEMALE, MALE, UNKNOWN;

        /** MaryTTS and flite name their speakers (slt is a woman; bdl, rms, awb, kal are men); espeak-ng's default voices are male. */
        static Gender of(String voiceName) {
            String name = voiceName.toLowerCase(Locale.ROOT);
            if (name.matches(".*(slt|clb|female|woman|\\+f\\d).*")) {
                return FEMALE;
            }
            if (name.matches(".*(bdl|rms|awb|kal|jmk|ked|male|man|espeak).*")) {
                return MALE;
            }
            return UNKNOWN;
        }
    }

    /** Speaks each text in turn; an engine that can speak several at once overrides this. */
    default List<Speech> speakAll(List<String> texts) {
        return texts.stream().map(this::speak).toList();
    }
}
