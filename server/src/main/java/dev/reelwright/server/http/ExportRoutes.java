package dev.reelwright.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reelwright.draft.Choices;
import dev.reelwright.draft.Draft;
import dev.reelwright.draft.DraftCodec;
import dev.reelwright.draft.DraftException;
import dev.reelwright.draft.Resolution;
import dev.reelwright.render.Quality;
import dev.reelwright.server.ServerSettings;
import dev.reelwright.server.account.Credits;
import dev.reelwright.server.export.RenderJob;
import dev.reelwright.server.export.RenderJobs;
import dev.reelwright.server.export.RenderQueue;
import dev.reelwright.server.session.Sessions;
import io.javalin.http.Context;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Exports: start one, poll it, cancel it, download what it made (owner only, with HTTP Range). */
final class ExportRoutes {
    /** What an export costs by default: nothing (the made video was paid for). One reservation per job all the same. */

    private final ApiServer api;
    private final RenderJobs jobs;
    private final RenderQueue queue;
    private final Sessions sessions;
    private final Credits credits;
    private final ServerSettings settings;

    ExportRoutes(ApiServer api, RenderJobs jobs, RenderQueue queue, Sessions sessions, Credits credits, ServerSettings settings) {
        this.api = api;
        this.jobs = jobs;
        this.queue = queue;
        this.sessions = sessions;
        this.credits = credits;
        this.settings = settings;
    }

    void start(Context ctx) {
        String userId = api.user(ctx);
        if (settings.attributionRequired()) {
            for (String header : new String[] {"X-Skill-Source", "X-Skill-Version", "X-Skill-Platform"}) {
                if (ctx.header(header) == null || ctx.header(header).isBlank()) {
                    throw new ApiError(402, 402, "this server's plan requires the " + header
                            + " header on exports (X-Skill-Source, X-Skill-Version and X-Skill-Platform)");
                }
            }
        }
        JsonNode body = api.body(ctx);
        String id = Fields.text(body, "id", null);
        if (id == null || !id.matches("[A-Za-z0-9_.-]{1,64}")) {
            throw ApiError.badRequest("id is required: 1 to 64 letters, digits, '_', '.' or '-' (clients send render_<timestamp>)");
        }
        String sessionId = Fields.text(body, "session_id", null);
        if (sessionId == null) {
            throw ApiError.badRequest("sessionId is required");
        }
        Sessions.Session session = sessions.find(sessionId, userId).orElseThrow(ApiError::noSession);
        JsonNode output = Fields.get(body, "output");
        String format = output == null ? "mp4" : Fields.text(output, "format", "mp4");
        String quality = output == null ? "high" : Fields.text(output, "quality", "high");
        String resolution = output == null ? null : Fields.text(output, "resolution", null);
        if (!format.equals("mp4")) {
            throw ApiError.badRequest("output.format must be mp4 (got \"" + format + "\")");
        }
        if (resolution != null && !Resolution.names().contains(resolution)) {
            throw ApiError.badRequest("output.resolution must be " + Choices.either(Resolution.names())
                    + " (got \"" + resolution + "\")");
        }
        if (!Quality.names().contains(quality)) {
            throw ApiError.badRequest("output.quality must be " + Choices.either(Quality.names()) + " (got \"" + quality + "\")");
        }
        Sessions.DraftVersion latest = sessions.latestDraft(session.id()).orElse(null);
        int version;
        JsonNode draftJson = Fields.get(body, "draft");
        if (draftJson != null && !draftJson.isNull()) {
            Draft draft;
            try {
                draft = DraftCodec.parse(draftJson.toString());
            } catch (DraftException e) {
                throw ApiError.badRequest("the draft is not valid: " + e.getMessage());
            }
            version = sessions.saveDraft(session.id(), DraftCodec.write(draft), "sent with an export",
                    latest == null ? null : latest.mediaFolder());
        } else if (latest != null) {
            version = latest.version();
        } else {
            throw ApiError.badRequest("this session has no draft yet: make one in the chat first, or send a draft with the export");
        }
        if (!queue.start(id, userId, session.id(), version, quality, resolution)) {
            throw ApiError.badRequest("the id " + id + " was already used for an export; send a new one");
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", id);
        data.put("status", "pending");
        data.put("progress", 0);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("code", 0);
        answer.put("message", "ok");
        answer.put("success", true);
        answer.put("data", data);
        ctx.json(answer);
    }

    void poll(Context ctx) {
        ctx.json(superset(owned(ctx), api.baseUrl(ctx)));
    }

    void cancel(Context ctx) {
        RenderJob job = owned(ctx);
        queue.cancel(job);
        ctx.json(superset(jobs.find(job.id()).orElse(job), api.baseUrl(ctx)));
    }

    void download(Context ctx) throws Exception {
        RenderJob job = owned(ctx);
        if (job.status().equals("completed") && job.outputPath() != null) {
            api.files().needs(Path.of(job.outputPath()));
        }
        if (!job.status().equals("completed") || job.outputPath() == null || !Files.exists(Path.of(job.outputPath()))) {
            throw new ApiError(409, ApiError.BAD_REQUEST, "the export " + job.id() + " is " + job.status() + "; download it once completed");
        }
        ctx.header("Content-Disposition", "attachment; filename=\"" + job.id() + ".mp4\"");
        RangeDownload.send(ctx, Path.of(job.outputPath()), "video/mp4");
    }

    /** The job if it is this token's; anyone else's looks exactly like a missing one. */
    private RenderJob owned(Context ctx) {
        String userId = api.user(ctx);
        return jobs.find(ctx.pathParam("id")).filter(job -> job.userId().equals(userId))
                .orElseThrow(() -> new ApiError(404, ApiError.SESSION, "export not found"));
    }

    /** An export as the poll answer describes it (the studio lists them the same way). */
    static Map<String, Object> described(RenderJob job, String baseUrl) {
        String url = job.status().equals("completed") ? baseUrl + "/api/render/proxy/" + job.id() + "/download" : null;
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("id", job.id());
        x.put("taskId", job.sessionId());
        x.put("status", job.status());
        x.put("progress", job.progress());
        x.put("outputUrl", url);
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("url", url);
        output.put("duration", job.durationMs() == null ? null : job.durationMs() / 1000.0);
        output.put("size", job.sizeBytes());
        output.put("format", "mp4");
        x.put("output", output);
        x.put("error", job.error());
        x.put("createdAt", Instant.ofEpochMilli(job.createdMs()).toString());
        x.put("completedAt", job.completedMs() == null ? null : Instant.ofEpochMilli(job.completedMs()).toString());
        return x;
    }

    private static Map<String, Object> superset(RenderJob job, String baseUrl) {
        Map<String, Object> x = described(job, baseUrl);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("code", 0);
        answer.put("message", "ok");
        answer.put("success", true);
        answer.put("data", x);
        answer.putAll(x);
        return answer;
    }
}
