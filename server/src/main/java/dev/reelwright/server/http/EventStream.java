package dev.reelwright.server.http;

import dev.reelwright.server.chat.TurnEvents;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Streams a turn's events as server-sent events: {@code id:} and {@code data:} per event, a
 * {@code : ping} comment whenever nothing else was sent for a heartbeat, closed after the last
 * event. A client that goes away stops the stream, not the turn.
 */
final class EventStream {
    private final Context ctx;
    private final Duration heartbeat;

    EventStream(Context ctx, Duration heartbeat) {
        this.ctx = ctx;
        this.heartbeat = heartbeat;
    }

    void send(TurnEvents log, int alreadySeen) throws InterruptedException {
        ctx.status(200);
        ctx.res().setContentType("text/event-stream; charset=utf-8");
        ctx.res().setHeader("Cache-Control", "no-cache");
        ctx.res().setHeader("X-Accel-Buffering", "no");
        int seen = alreadySeen;
        try {
            OutputStream out = ctx.res().getOutputStream();
            while (true) {
                TurnEvents.Next next = log.after(seen, heartbeat.toMillis());
                StringBuilder chunk = new StringBuilder();
                for (String event : next.events()) {
                    seen++;
                    chunk.append("id: ").append(log.eventId(seen)).append('\n').append("data: ").append(event).append("\n\n");
                }
                if (next.events().isEmpty() && !next.complete()) {
                    chunk.append(": ping\n\n");
                }
                out.write(chunk.toString().getBytes(StandardCharsets.UTF_8));
                out.flush();
                if (next.complete()) {
                    return;
                }
            }
        } catch (IOException gone) {
            // The client left; the turn goes on and can be resumed with Last-Event-ID.
        }
    }
}
