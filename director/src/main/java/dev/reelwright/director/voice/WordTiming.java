package dev.reelwright.director.voice;

/** When a spoken word is heard: {@code [startMs, endMs)} from the start of the speech. */
public record WordTiming(String word, long startMs, long endMs) {
}
