package dev.reelwright.agent;

import java.util.List;

/** What a message was understood to ask: operations in order, one question, or nothing the agent can do. */
public sealed interface Understanding {
    /** Operations to carry out in order; {@code note}, when not null, is said first (a script the language model wrote). */
    record Calls(List<OpCall> calls, String note) implements Understanding {
        public Calls {
            calls = List.copyOf(calls);
        }

        public Calls(List<OpCall> calls) {
            this(calls, null);
        }
    }

    /** A question to ask before anything is done. */
    record Ask(Question question) implements Understanding {
    }

    /** A request that no operation can do; {@code reason} says why in the message's words, or null. */
    record Refuse(String reason) implements Understanding {
    }

    /** Nothing recognised. */
    record Unknown() implements Understanding {
    }
}
