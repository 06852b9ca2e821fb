package dev.reelwright.agent;

import java.util.Map;

/** Hears a turn as it goes: what it is doing, each operation called and its result. */
public interface TurnListener {
    void progress(String text);

    void called(String callId, OpCall call);

    void answered(String callId, OpCall call, Map<String, Object> response);

    static TurnListener quiet() {
        return new TurnListener() {
            public void progress(String text) {
            }

            public void called(String callId, OpCall call) {
            }

            public void answered(String callId, OpCall call, Map<String, Object> response) {
            }
        };
    }
}
