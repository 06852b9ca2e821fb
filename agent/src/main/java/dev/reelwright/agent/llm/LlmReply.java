package dev.reelwright.agent.llm;

import java.util.List;
import java.util.Objects;

/** What the model answered: tool calls (perhaps with some text), or text alone. */
public sealed interface LlmReply permits LlmReply.Calls, LlmReply.Text {

    /** The model called at least one tool, in the order given; {@code text} is what it said alongside, or null. */
    record Calls(List<ToolCall> calls, String text) implements LlmReply {
        public Calls {
            calls = List.copyOf(calls);
            if (calls.isEmpty()) {
                throw new IllegalArgumentException("a Calls reply needs at least one call");
            }
        }
    }

    /** The model answered text only. */
    record Text(String text) implements LlmReply {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }
}
