package dev.reelwright.server.http;

import dev.reelwright.draft.Resolution;
import dev.reelwright.draft.edit.Operation;
import dev.reelwright.server.ServerSettings;
import dev.reelwright.server.export.Previews;
import dev.reelwright.server.export.RenderJobs;
import dev.reelwright.server.session.Sessions;
import dev.reelwright.server.upload.FileKind;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The web studio: its static files (in the jar, under {@code /web/studio/}), and the native routes
 * it needs beyond the contract's: the studio's settings, the user's sessions, a session's exports
 * and quick previews of its draft versions.
 */
final class StudioRoutes {
    /** Every page's policy: scripts, styles and media only from this server, never inline. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:;"
            + " media-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
    private static final int LISTED_SESSIONS = 50;
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8", "svg", "image/svg+xml", "png", "image/png", "ico", "image/x-icon");

    private final ApiServer api;
    private final Sessions sessions;
    private final RenderJobs jobs;
    private final Previews previews;
    private final ServerSettings settings;

    StudioRoutes(ApiServer api, Sessions sessions, RenderJobs jobs, Previews previews, ServerSettings settings) {
        this.api = api;
        this.sessions = sessions;
        this.jobs = jobs;
        this.previews = previews;
        this.settings = settings;
    }

    void index(Context ctx) throws IOException {
        send(ctx, "index.html");
    }

    void file(Context ctx) throws IOException {
        String name = ctx.pathParam("file");
        if (!name.matches("[a-z0-9][a-z0-9-]{0,60}\\.(html|js|css|svg|png|ico)")) {
            throw new ApiError(404, 404, "no such studio file: " + name);
        }
        send(ctx, name);
    }

    private static void send(Context ctx, String name) throws IOException {
        try (InputStream file = StudioRoutes.class.getResourceAsStream("/web/studio/" + name)) {
            if (file == null) {
                throw new ApiError(404, 404, "no such studio file: " + name);
            }
            ctx.header("Cache-Control", "no-cache");
            ctx.contentType(TYPES.get(name.substring(name.lastIndexOf('.') + 1)));
            ctx.result(file.readAllBytes());
        }
    }

    /** What the studio needs to know before it asks: upload limits, export sizes, transitions, the preview's size. */
    void settings(Context ctx) {
        Map<String, Object> accepted = new LinkedHashMap<>();
        for (FileKind kind : FileKind.values()) {
            accepted.put(kind.wireName(), kind.extensions());
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("upload_max_bytes", settings.uploadMaxBytes());
        data.put("accepted", accepted);
        data.put("resolutions", Resolution.names());
        data.put("transitions", Operation.SET_TRANSITION.arg("type").orElseThrow().values());
        data.put("preview_lines", Previews.LINES);
        ctx.json(Envelope.ok(data));
    }

    void sessionList(Context ctx) {
        String userId = api.user(ctx);
        List<Map<String, Object>> listed = sessions.ofUser(userId, LISTED_SESSIONS).stream().map(item -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("session_id", item.session().id());
            one.put("task_name", item.session().taskName());
            one.put("language", item.session().language());
            one.put("created_at_ms", item.createdMs());
            one.put("updated_at_ms", item.updatedMs());
            one.put("draft_version", item.draftVersion());
            one.put("title", item.draftVersion() == null ? null : sessions.draft(item.session().id(), item.draftVersion())
                    .map(draft -> SessionRoutes.titleOf(draft.draftJson())).orElse(null));
            return one;
        }).toList();
        ctx.json(Envelope.ok(Map.of("sessions", listed)));
    }

    void exports(Context ctx) {
        String userId = api.user(ctx);
        Sessions.Session session = sessions.find(ctx.pathParam("sid"), userId).orElseThrow(ApiError::noSession);
        String base = api.baseUrl(ctx);
        List<Map<String, Object>> listed = jobs.ofSession(session.id()).stream().map(job -> {
            Map<String, Object> one = ExportRoutes.described(job, base);
            one.put("resolution", job.resolution());
            one.put("draft_version", job.draftVersion());
            return one;
        }).toList();
        ctx.json(Envelope.ok(Map.of("exports", listed)));
    }

    void preview(Context ctx) throws Exception {
        String userId = api.user(ctx);
        Sessions.Session session = sessions.find(ctx.pathParam("sid"), userId).orElseThrow(ApiError::noSession);
        String asked = ctx.queryParam("version");
        if (asked != null && !asked.matches("\\d{1,9}")) {
            throw ApiError.badRequest("version must be a draft version number (got \"" + asked + "\")");
        }
        Sessions.DraftVersion draft = (asked == null ? sessions.latestDraft(session.id()) : sessions.draft(session.id(), Integer.parseInt(asked)))
                .orElseThrow(() -> new ApiError(404, ApiError.SESSION, asked == null ? "this session has no draft yet: make one in the chat first"
                        : "this session has no draft version " + asked));
        Path file;
        try {
            file = previews.of(userId, session.id(), draft);
        } catch (Previews.PreviewFailed e) {
            throw new ApiError(422, ApiError.BAD_REQUEST, "the preview could not be made: " + e.getMessage());
        }
        ctx.header("X-Draft-Version", Integer.toString(draft.version()));
        RangeDownload.send(ctx, file, "video/mp4");
    }
}
