package dev.reelwright.director.script;

import java.util.List;

/** A script as read from a file or standard input: its blocks in order, and where it came from. */
public record Script(String source, List<ScriptBlock> blocks) {
    public Script {
        blocks = List.copyOf(blocks);
    }

    /** True when every block is a timed cue (an .srt file). */
    public boolean isTimed() {
        return !blocks.isEmpty() && blocks.stream().allMatch(b -> b instanceof ScriptBlock.TimedCue);
    }
}
