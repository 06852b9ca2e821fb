package dev.reelwright.agent.parse;

import dev.reelwright.agent.Understanding;

/** Chinese messages to operations. */
public final class ChineseParser {
    private final Refs refs;

    public ChineseParser(Refs refs) {
        this.refs = refs;
    }

    public Understanding parse(String message) {
        return refs == null ? null : new Understanding.Unknown();
    }
}
