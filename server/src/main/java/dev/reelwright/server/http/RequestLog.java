package dev.reelwright.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.PrintStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One JSON line per request: time, method, path, status, milliseconds, client address, user and
 * the attribution headers. Never a token: the Authorization header and query strings are not logged.
 */
final class RequestLog {
    static final String USER = "reel.user";
    private final ObjectMapper json = new ObjectMapper();
    private final PrintStream out;

    RequestLog(PrintStream out) {
        this.out = out;
    }

    void record(Context ctx, Float executionMs) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("at", Instant.now().toString());
        line.put("method", ctx.method().name());
        line.put("path", ctx.path());
        line.put("status", ctx.statusCode());
        line.put("ms", Math.round(executionMs * 10) / 10.0);
        line.put("ip", ctx.ip());
        line.put("user", ctx.attribute(USER));
        for (String header : new String[] {"X-Skill-Source", "X-Skill-Version", "X-Skill-Platform"}) {
            String value = ctx.header(header);
            if (value != null) {
                line.put(header.substring(2).toLowerCase(java.util.Locale.ROOT), value.length() > 100 ? value.substring(0, 100) : value);
            }
        }
        write(line);
    }

    void problem(Context ctx, Throwable error) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("at", Instant.now().toString());
        line.put("problem", error.getClass().getSimpleName() + ": " + error.getMessage());
        line.put("method", ctx.method().name());
        line.put("path", ctx.path());
        write(line);
    }

    private void write(Map<String, Object> line) {
        try {
            synchronized (out) {
                out.println(json.writeValueAsString(line));
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            out.println("{\"problem\": \"a log line could not be written\"}");
        }
    }
}
