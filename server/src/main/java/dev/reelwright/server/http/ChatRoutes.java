package dev.reelwright.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reelwright.server.ServerSettings;
import dev.reelwright.server.chat.ChatTurns;
import dev.reelwright.server.chat.TurnLog;
import dev.reelwright.server.session.Sessions;
import io.javalin.http.Context;
import java.util.Optional;

/** {@code POST /run_sse}: a chat turn, started or resumed with {@code Last-Event-ID}, streamed as server-sent events. */
final class ChatRoutes {
    private final ApiServer api;
    private final Sessions sessions;
    private final ChatTurns turns;
    private final ServerSettings settings;

    ChatRoutes(ApiServer api, Sessions sessions, ChatTurns turns, ServerSettings settings) {
        this.api = api;
        this.sessions = sessions;
        this.turns = turns;
        this.settings = settings;
    }

    void runSse(Context ctx) throws Exception {
        String userId = api.user(ctx);
        JsonNode body = api.body(ctx);
        String app = Fields.text(body, "app_name", ApiServer.APP);
        if (!app.equals(ApiServer.APP)) {
            throw new ApiError(404, 404, "no such app: " + app + " (this server runs " + ApiServer.APP + ")");
        }
        String pathUser = Fields.text(body, "user_id", "me");
        if (!pathUser.equals("me") && !pathUser.equals(userId)) {
            throw ApiError.noSession();
        }
        String sessionId = Fields.text(body, "session_id", null);
        if (sessionId == null) {
            throw ApiError.badRequest("session_id is required (create one with POST /api/tasks/me/with-session/nemo_agent)");
        }
        Sessions.Session session = sessions.find(sessionId, userId).orElseThrow(ApiError::noSession);
        String lastEventId = ctx.header("Last-Event-ID");
        TurnLog log;
        int seen = 0;
        Optional<TurnLog> resumed = lastEventId == null ? Optional.empty()
                : turns.find(lastEventId.replaceAll("\\.\\d+$", ""), userId);
        if (resumed.isPresent()) {
            log = resumed.get();
            seen = Integer.parseInt(lastEventId.substring(lastEventId.lastIndexOf('.') + 1));
        } else {
            JsonNode delta = Fields.get(body, "state_delta");
            Integer basedOn = delta != null && delta.path("draft_version").isInt() ? delta.path("draft_version").asInt() : null;
            log = turns.start(userId, session, messageText(body), api.baseUrl(ctx), body.path("streaming").asBoolean(false), basedOn);
        }
        new EventStream(ctx, settings.heartbeat()).send(log, seen);
    }

    /** The text parts of {@code new_message}, joined; a clear 400 when there are none. */
    private static String messageText(JsonNode body) {
        JsonNode message = Fields.get(body, "new_message");
        if (message == null || !message.isObject()) {
            throw ApiError.badRequest("new_message is required: {\"role\": \"user\", \"parts\": [{\"text\": \"...\"}]}");
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode part : message.path("parts")) {
            if (part.path("text").isTextual()) {
                text.append(text.length() == 0 ? "" : "\n").append(part.path("text").asText());
            }
        }
        if (text.toString().isBlank()) {
            throw ApiError.badRequest("new_message has no text part");
        }
        return text.toString();
    }
}
