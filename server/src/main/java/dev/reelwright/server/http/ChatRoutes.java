package dev.reelwright.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reelwright.server.ServerSettings;
import dev.reelwright.server.chat.ChatTurns;
import dev.reelwright.server.chat.TurnEvents;
import dev.reelwright.server.chat.TurnLog;
import dev.reelwright.server.session.Sessions;
import dev.reelwright.agent.OpCall;
import dev.reelwright.draft.edit.Operation;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;

/** {@code POST /run_sse}: a chat turn, started or resumed with {@code Last-Event-ID}, streamed as server-sent events. */
final class ChatRoutes {
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
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
        TurnEvents log;
        int seen = 0;
        Optional<TurnEvents> resumed = lastEventId == null ? Optional.empty()
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

    /**
     * {@code POST /api/sessions/{sid}/operations}: one typed edit, or undo or redo, run as a chat
     * turn and streamed the same way. Making a video and exporting go through the chat and the
     * export route instead.
     */
    void operation(Context ctx) throws Exception {
        String userId = api.user(ctx);
        Sessions.Session session = sessions.find(ctx.pathParam("sid"), userId).orElseThrow(ApiError::noSession);
        JsonNode body = api.body(ctx);
        String name = Fields.text(body, "operation", null);
        if (name == null) {
            throw ApiError.badRequest("operation is required: an edit's name such as edit_text or set_volume, or undo or redo");
        }
        Operation op = Operation.named(name).filter(o -> o.kind() == Operation.Kind.EDIT || o == Operation.UNDO || o == Operation.REDO)
                .orElseThrow(() -> ApiError.badRequest("unknown operation \"" + name + "\": send an edit (as reel operations lists them),"
                        + " undo or redo; videos are made and exported through the chat and the export route"));
        JsonNode given = Fields.get(body, "args");
        if (given != null && !given.isNull() && !given.isObject()) {
            throw ApiError.badRequest("args must be a JSON object of the operation's arguments");
        }
        Map<String, Object> args = given == null || given.isNull() ? Map.of()
                : JSON.convertValue(given, new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() { });
        try {
            op.checkArgs(args);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
        JsonNode version = Fields.get(body, "draft_version");
        Integer basedOn = version != null && version.isInt() ? version.asInt() : null;
        TurnLog log = turns.startOperation(userId, session, new OpCall(op, args), api.baseUrl(ctx), basedOn);
        new EventStream(ctx, settings.heartbeat()).send(log, 0);
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
