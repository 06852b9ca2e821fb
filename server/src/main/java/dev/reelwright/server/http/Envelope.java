package dev.reelwright.server.http;

import java.util.LinkedHashMap;
import java.util.Map;

/** The contract's JSON answer: {@code {"code", "message", "data"}}, code 0 for success. */
final class Envelope {
    private Envelope() {
    }

    static Map<String, Object> ok(Object data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", 0);
        body.put("message", "ok");
        body.put("data", data);
        return body;
    }

    static Map<String, Object> error(int code, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("message", message);
        body.put("data", null);
        return body;
    }
}
