package dev.reelwright.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reelwright.draft.Draft;
import dev.reelwright.draft.DraftCodec;
import dev.reelwright.draft.edit.Scenes;
import dev.reelwright.server.session.Sessions;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Sessions, made through either API (the contract's and the ADK server's own), and their latest state. */
final class SessionRoutes {
    private final ObjectMapper json = new ObjectMapper();
    private final ApiServer api;
    private final Sessions sessions;
    private final UploadRoutes uploads;

    SessionRoutes(ApiServer api, Sessions sessions, UploadRoutes uploads) {
        this.api = api;
        this.sessions = sessions;
        this.uploads = uploads;
    }

    void createSession(Context ctx) {
        String userId = api.user(ctx);
        ApiServer.checkApp(ctx);
        JsonNode body = api.body(ctx);
        String taskName = Fields.text(body, "task_name", "project");
        String language = Fields.text(body, "language", null);
        if (language != null && !language.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            throw ApiError.badRequest("language must be a BCP-47 tag such as en, zh-CN or ja (got \"" + language + "\")");
        }
        Sessions.Session session = sessions.create(userId, taskName, language);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("task_id", session.taskId());
        data.put("session_id", session.id());
        data.put("user_id", userId);
        ctx.json(Envelope.ok(data));
    }

    void state(Context ctx) {
        String userId = api.user(ctx);
        ApiServer.checkApp(ctx);
        Sessions.Session session = sessions.find(ctx.pathParam("sid"), userId).orElseThrow(ApiError::noSession);
        Map<String, Object> state = new LinkedHashMap<>();
        var latest = sessions.latestDraft(session.id());
        state.put("draft", latest.map(draft -> readJson(draft.draftJson())).orElse(null));
        // Beyond the contract: which version of the draft this is (each change makes a new one).
        state.put("draft_version", latest.map(draft -> draft.version()).orElse(0));
        state.put("video_infos", uploads.ofSession(session.id(), api.baseUrl(ctx)));
        // Beyond the contract: which segments are the numbered scenes, for clients that edit scene by scene (the studio).
        state.put("scenes", latest.map(draft -> scenes(DraftCodec.parse(draft.draftJson()))).orElse(List.of()));
        state.put("generated_media", List.of());
        state.put("canvas_config", null);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("session_id", session.id());
        data.put("task_id", session.taskId());
        data.put("task_name", session.taskName());
        data.put("state", state);
        ctx.json(Envelope.ok(data));
    }

    void adkCreateSession(Context ctx) {
        String userId = api.user(ctx);
        ApiServer.checkApp(ctx);
        ctx.json(adkShape(sessions.create(userId, "project", null)));
    }

    void adkSession(Context ctx) {
        String userId = api.user(ctx);
        ApiServer.checkApp(ctx);
        ctx.json(adkShape(sessions.find(ctx.pathParam("sid"), userId).orElseThrow(ApiError::noSession)));
    }

    /** A session as the ADK API server shows one: id, app, user, state, events and last update (seconds). */
    private Map<String, Object> adkShape(Sessions.Session session) {
        Map<String, Object> state = new LinkedHashMap<>();
        sessions.latestDraft(session.id()).ifPresent(draft -> state.put("draft_version", draft.version()));
        Map<String, Object> shape = new LinkedHashMap<>();
        shape.put("id", session.id());
        shape.put("appName", ApiServer.APP);
        shape.put("userId", session.userId());
        shape.put("state", state);
        shape.put("events", List.of());
        shape.put("lastUpdateTime", System.currentTimeMillis() / 1000.0);
        return shape;
    }

    /** The main track's pictures in order: scene number (0 for a title or end card), kind, segment and stretch of time. */
    static List<Map<String, Object>> scenes(Draft draft) {
        return Scenes.all(draft).stream().map(scene -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("number", scene.number());
            one.put("kind", scene.kind());
            one.put("segment_id", scene.segment().id());
            one.put("start_ms", scene.fromMs());
            one.put("end_ms", scene.toMs());
            one.put("label", scene.label());
            return one;
        }).toList();
    }

    /** The title of a draft ({@code m.title}) read straight from its stored JSON, or null. */
    static String titleOf(String draftJson) {
        try {
            com.fasterxml.jackson.databind.JsonNode title = new ObjectMapper().readTree(draftJson).path("m").path("title");
            return title.isTextual() ? title.asText() : null;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return null;
        }
    }

    private Object readJson(String text) {
        try {
            return json.readValue(text, Object.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a stored draft is not JSON", e);
        }
    }
}
