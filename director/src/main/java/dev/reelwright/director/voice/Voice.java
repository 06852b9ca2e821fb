package dev.reelwright.director.voice;

import java.util.Locale;

/** A text-to-speech engine: speaks text and says when each word is heard. */
public interface Voice {
    String name();

    Locale locale();

    Speech speak(String text);
}
