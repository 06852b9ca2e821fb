package dev.reelwright.director.script;

/** One piece of a script as written: a heading, a paragraph, or a timed subtitle cue. */
public sealed interface ScriptBlock {
    String text();

    /** A section title; level 1 is the top. */
    record Heading(String text, int level) implements ScriptBlock {
    }

    record Paragraph(String text) implements ScriptBlock {
    }

    /** A subtitle cue whose times should drive the video's timing. */
    record TimedCue(long startMs, long endMs, String text) implements ScriptBlock {
    }
}
