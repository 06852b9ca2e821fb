package dev.reelwright.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reelwright.server.ServerSettings;
import dev.reelwright.server.session.Sessions;
import dev.reelwright.server.upload.MediaStore;
import dev.reelwright.server.upload.UploadRefused;
import dev.reelwright.server.upload.Uploads;
import dev.reelwright.server.upload.UrlImport;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Uploads into a session (multipart, parts named {@code files} or {@code file}) and reading them back (owner only, Range). */
final class UploadRoutes {
    private static final int MAX_URLS = 10;
    private final ApiServer api;
    private final Sessions sessions;
    private final Uploads uploads;
    private final MediaStore store;
    private final ServerSettings settings;
    private final UrlImport urlImport;

    UploadRoutes(ApiServer api, Sessions sessions, Uploads uploads, MediaStore store, ServerSettings settings, UrlImport urlImport) {
        this.api = api;
        this.urlImport = urlImport;
        this.sessions = sessions;
        this.uploads = uploads;
        this.store = store;
        this.settings = settings;
    }

    void upload(Context ctx) throws Exception {
        String userId = api.user(ctx);
        Sessions.Session session = sessions.find(ctx.pathParam("sid"), userId).orElseThrow(ApiError::noSession);
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        if (type.startsWith("application/json")) {
            importUrls(ctx, userId, session, api.body(ctx));
            return;
        }
        if (!type.startsWith("multipart/form-data")) {
            throw ApiError.badRequest("send the files as multipart/form-data in parts named files (or file)");
        }
        List<UploadedFile> files = new ArrayList<>();
        try {
            files.addAll(ctx.uploadedFiles("files"));
            files.addAll(ctx.uploadedFiles("file"));
        } catch (RuntimeException e) {
            throw tooLarge(e);
        }
        if (files.isEmpty()) {
            throw ApiError.badRequest("no file in the upload: put each file in a part named files");
        }
        List<Map<String, Object>> kept = new ArrayList<>();
        for (UploadedFile file : files) {
            try {
                kept.add(describe(uploads.keep(userId, session.id(), file.filename(), file.content()), api.baseUrl(ctx)));
            } catch (UploadRefused refused) {
                int status = refused.code() == ApiError.FILE_SIZE ? 413 : 415;
                throw new ApiError(status, refused.code(), refused.getMessage()
                        + (kept.isEmpty() ? "" : " (" + kept.size() + " file(s) before it were kept)"));
            }
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("files", kept);
        data.put("session_state_applied", true);
        ctx.json(Envelope.ok(data));
    }

    /** {@code {"urls": [...], "source_type": "url"}}: each fetched through {@link UrlImport} and kept like an upload. */
    private void importUrls(Context ctx, String userId, Sessions.Session session, JsonNode body) throws Exception {
        JsonNode urls = Fields.get(body, "urls");
        if (urls == null || !urls.isArray() || urls.isEmpty() || urls.size() > MAX_URLS) {
            throw ApiError.badRequest("urls must be a list of 1 to " + MAX_URLS + " http(s) URLs");
        }
        List<Map<String, Object>> kept = new ArrayList<>();
        for (JsonNode url : urls) {
            if (!url.isTextual()) {
                throw ApiError.badRequest("each of urls must be a string");
            }
            try {
                UrlImport.Fetched fetched = urlImport.fetch(url.asText());
                try (var content = fetched.body()) {
                    kept.add(describe(uploads.keep(userId, session.id(), fetched.filename(), content), api.baseUrl(ctx)));
                }
            } catch (UploadRefused refused) {
                throw new ApiError(refused.code() == ApiError.FILE_SIZE ? 413 : 415, refused.code(), refused.getMessage());
            } catch (java.io.IOException e) {
                throw new ApiError(415, ApiError.FILE_TYPE, url.asText() + ": could not be fetched (" + e.getMessage() + ")");
            }
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("files", kept);
        data.put("session_state_applied", true);
        ctx.json(Envelope.ok(data));
    }

    void read(Context ctx) throws Exception {
        String userId = api.user(ctx);
        MediaStore.StoredMedia media = store.find(ctx.pathParam("id"), userId)
                .orElseThrow(() -> new ApiError(404, ApiError.SESSION, "media not found"));
        api.files().needs(Path.of(media.path()));
        RangeDownload.send(ctx, Path.of(media.path()), contentType(media));
    }

    /** The media of a session as the state's {@code video_infos} lists them. */
    List<Map<String, Object>> ofSession(String sessionId, String baseUrl) {
        return store.ofSession(sessionId).stream().map(media -> describe(media, baseUrl)).toList();
    }

    private static Map<String, Object> describe(MediaStore.StoredMedia media, String baseUrl) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("media_id", media.id());
        file.put("filename", media.filename());
        file.put("file_type", media.fileType());
        file.put("cdn_url", baseUrl + "/api/media/" + media.id());
        file.put("duration", media.durationMs() == null ? null : media.durationMs() / 1000.0);
        file.put("width", media.width());
        file.put("height", media.height());
        file.put("fps", media.fps());
        file.put("size", media.sizeBytes());
        file.put("hash", media.sha256());
        return file;
    }

    private ApiError tooLarge(RuntimeException e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        if (message.contains("exceed") || message.contains("too large") || message.contains("max")) {
            return new ApiError(413, ApiError.FILE_SIZE, "a file is larger than the " + settings.uploadMaxBytes() / (1024 * 1024)
                    + " MB a file may be");
        }
        return ApiError.badRequest("the multipart body could not be read (" + e.getMessage() + ")");
    }

    private static String contentType(MediaStore.StoredMedia media) {
        String extension = dev.reelwright.server.upload.FileKind.extension(media.filename());
        return switch (extension) {
            case "mp4", "m4a" -> media.fileType().equals("audio") ? "audio/mp4" : "video/mp4";
            case "mov" -> "video/quicktime";
            case "webm" -> "video/webm";
            case "mkv" -> "video/x-matroska";
            case "avi" -> "video/x-msvideo";
            case "jpg", "jpeg" -> "image/jpeg";
            case "png" -> "image/png";
            case "gif" -> "image/gif";
            case "webp" -> "image/webp";
            case "mp3" -> "audio/mpeg";
            case "wav" -> "audio/wav";
            case "aac" -> "audio/aac";
            case "pdf" -> "application/pdf";
            default -> "application/octet-stream";
        };
    }
}
