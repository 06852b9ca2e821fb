package dev.reelwright.director.voice;

import java.util.List;
import java.util.Locale;

/** A text-to-speech engine: speaks text and says when each word is heard. */
public interface Voice {
    String name();

    Locale locale();

    Speech speak(String text);

    /** Speaks each text in turn; an engine that can speak several at once overrides this. */
    default List<Speech> speakAll(List<String> texts) {
        return texts.stream().map(this::speak).toList();
    }
}
