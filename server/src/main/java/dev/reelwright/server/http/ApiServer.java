package dev.reelwright.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reelwright.server.ServerSettings;
import dev.reelwright.server.account.Accounts;
import dev.reelwright.server.account.Credits;
import dev.reelwright.server.account.LimitReached;
import dev.reelwright.server.account.NotEnoughCredits;
import dev.reelwright.server.chat.ChatTurns;
import dev.reelwright.server.chat.TurnLog;
import dev.reelwright.server.export.RenderJobs;
import dev.reelwright.server.export.RenderQueue;
import dev.reelwright.server.upload.MediaStore;
import dev.reelwright.server.upload.Uploads;
import dev.reelwright.server.upload.UrlImport;
import dev.reelwright.server.session.Sessions;
import dev.reelwright.server.store.Database;
import dev.reelwright.server.store.StoreException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.PrintStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code reel serve}: the NemoVideo-compatible HTTP API over the accounts, credits and sessions
 * of one database. Every answer is the contract's envelope; no stack trace ever reaches a client.
 */
public final class ApiServer implements AutoCloseable {
    static final String APP = "nemo_agent";
    private static final long MAX_BODY_BYTES = 1 << 20;
    private static final String ANSWERED = "reel.answered";

    private final ObjectMapper json = new ObjectMapper();
    private final Database database;
    private final ServerSettings settings;
    private final Accounts accounts;
    private final Credits credits;
    private final Sessions sessions;
    private final ChatTurns turns;
    private final RenderJobs renderJobs;
    private final RenderQueue exports;
    private final ExportRoutes exportRoutes;
    private final UploadRoutes uploadRoutes;
    private final RequestLog log;
    private final List<Route> routes;
    private final Javalin app;

    /** @param dataFolder where sessions' media ({@code media/}) and finished exports ({@code renders/}) live */
    public ApiServer(Database database, ServerSettings settings, java.nio.file.Path dataFolder, PrintStream logOut) {
        this(database, settings, dataFolder, logOut,
                new UrlImport(UrlImport::systemResolver, java.time.Duration.ofMinutes(2), address -> false));
    }

    /** As above, importing URLs through {@code urlImport} (tests give it a fake resolver). */
    public ApiServer(Database database, ServerSettings settings, java.nio.file.Path dataFolder, PrintStream logOut, UrlImport urlImport) {
        this.database = database;
        this.settings = settings;
        this.credits = new Credits(database, System::currentTimeMillis);
        this.accounts = new Accounts(database, settings, credits, System::currentTimeMillis);
        this.sessions = new Sessions(database, System::currentTimeMillis);
        java.nio.file.Path mediaRoot = dataFolder.resolve("media");
        MediaStore mediaStore = new MediaStore(database);
        this.turns = new ChatTurns(sessions, credits, mediaStore, mediaRoot, settings);
        this.renderJobs = new RenderJobs(database);
        this.exports = new RenderQueue(renderJobs, sessions, credits, dataFolder.resolve("renders"), mediaRoot, settings.exportsAtOnce(),
                settings.exportHeap(), settings.exportTimeLimit());
        this.exportRoutes = new ExportRoutes(this, renderJobs, exports, sessions, credits, settings);
        this.uploadRoutes = new UploadRoutes(this, sessions, new Uploads(mediaStore, mediaRoot, settings.uploadMaxBytes()), mediaStore,
                settings, urlImport);
        java.nio.file.Path uploadCache = dataFolder.resolve("tmp");
        this.log = new RequestLog(logOut);
        this.routes = routes();
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.requestLogger.http(log::record);
            config.jetty.multipartConfig.cacheDirectory(createFolder(uploadCache).toString());
            config.jetty.multipartConfig.maxFileSize(settings.uploadMaxBytes(), io.javalin.config.SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(4 * settings.uploadMaxBytes(), io.javalin.config.SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize(1, io.javalin.config.SizeUnit.MB);
        });
        RateLimits perAddress = new RateLimits(settings.requestsPerMinute());
        RateLimits perToken = new RateLimits(settings.requestsPerMinute());
        app.before(ctx -> {
            if (ctx.path().equals("/healthz")) {
                return;
            }
            String header = ctx.header("Authorization");
            long wait = Math.max(perAddress.retryAfterS(ctx.ip()),
                    header == null ? 0 : perToken.retryAfterS(dev.reelwright.server.account.Ids.hash(header)));
            if (wait > 0) {
                ctx.header("Retry-After", Long.toString(wait));
                throw new ApiError(429, 429, "too many requests; try again in " + wait + " s");
            }
        });
        for (Route route : routes) {
            app.addHttpHandler(route.method(), route.path(), route.handler());
        }
        app.exception(ApiError.class, (error, ctx) -> answer(ctx, error.status(), error.code(), error.getMessage()));
        app.exception(LimitReached.class, (limit, ctx) -> {
            ctx.header("Retry-After", Long.toString(limit.retryAfterS()));
            answer(ctx, 429, 429, limit.getMessage());
        });
        app.exception(NotEnoughCredits.class, (short_, ctx) -> answer(ctx, 403, ApiError.CREDITS,
                "not enough credits: " + short_.getMessage() + bindHint(ctx)));
        app.exception(StoreException.class, (error, ctx) -> {
            log.problem(ctx, error);
            answer(ctx, 503, ApiError.INTERNAL, "the server's database is not available; try again shortly");
        });
        app.exception(Exception.class, (error, ctx) -> {
            log.problem(ctx, error);
            answer(ctx, 500, ApiError.INTERNAL, "the server failed on this request; it has been logged");
        });
        app.error(404, ctx -> {
            if (ctx.attribute(ANSWERED) == null) {
                answer(ctx, 404, 404, "no such endpoint: " + ctx.method() + " " + ctx.path());
            }
        });
        app.error(413, ctx -> {
            if (ctx.attribute(ANSWERED) != null) {
                return;
            }
            if (ctx.path().startsWith("/api/upload-video/")) {
                answer(ctx, 413, ApiError.FILE_SIZE, "a file is larger than the " + settings.uploadMaxBytes() / (1024 * 1024)
                        + " MB (" + settings.uploadMaxBytes() + " bytes) a file may be; nothing was kept");
            } else {
                answer(ctx, 413, ApiError.BAD_REQUEST, "the request body is larger than " + MAX_BODY_BYTES + " bytes");
            }
        });
    }

    /** Starts listening on {@code port} (0 picks a free one); returns the port. */
    public int start(String host, int port) {
        app.start(host, port);
        exports.resumeUnfinished();
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
        turns.close();
        exports.close();
    }

    public Accounts accounts() {
        return accounts;
    }

    public Credits credits() {
        return credits;
    }

    private List<Route> routes() {
        return List.of(
                new Route(HandlerType.GET, "/healthz", "Liveness and database check", false, List.of(), this::health),
                new Route(HandlerType.GET, "/openapi.json", "This description (OpenAPI 3)", false, List.of(),
                        ctx -> ctx.json(OpenApi.document(routes))),
                new Route(HandlerType.POST, "/api/auth/anonymous-token", "A token for a new anonymous user with starting credits",
                        false, List.of("header:X-Client-Id"), this::anonymousToken),
                new Route(HandlerType.GET, "/bind", "The page where an anonymous user registers (the 2001 message links to it)", false,
                        List.of("query:bind"), this::bindPage),
                new Route(HandlerType.POST, "/api/auth/bind", "Register this token's anonymous user, keeping its work and credits", true,
                        List.of(), this::bind),
                new Route(HandlerType.GET, "/api/credits/balance/simple", "Credits available, frozen and in total", true, List.of(),
                        this::balance),
                new Route(HandlerType.POST, "/api/tasks/{user}/with-session/{app}", "A new chat session (and its task)", true,
                        List.of("path:user", "path:app"), this::createSession),
                new Route(HandlerType.GET, "/api/state/{app}/{user}/{sid}/latest", "A session's draft and media", true,
                        List.of("path:app", "path:user", "path:sid"), this::state),
                new Route(HandlerType.POST, "/apps/{app}/users/{user}/sessions", "A new session (the ADK API server's own route)", true,
                        List.of("path:app", "path:user"), this::adkCreateSession),
                new Route(HandlerType.GET, "/apps/{app}/users/{user}/sessions/{sid}", "A session (the ADK API server's own route)", true,
                        List.of("path:app", "path:user", "path:sid"), this::adkSession),
                new Route(HandlerType.POST, "/run_sse", "A chat turn, streamed as server-sent events (ADK event shape)", true,
                        List.of("header:Last-Event-ID"), this::runSse),
                new Route(HandlerType.POST, "/api/render/proxy/lambda", "Start an export of a session's draft to MP4", true, List.of(),
                        ctx -> exportRoutes.start(ctx)),
                new Route(HandlerType.GET, "/api/render/proxy/lambda/{id}", "An export's status and progress", true, List.of("path:id"),
                        ctx -> exportRoutes.poll(ctx)),
                new Route(HandlerType.POST, "/api/render/proxy/lambda/{id}/cancel", "Cancel an export", true, List.of("path:id"),
                        ctx -> exportRoutes.cancel(ctx)),
                new Route(HandlerType.POST, "/api/upload-video/{app}/{user}/{sid}", "Upload media or a script document into a session",
                        true, List.of("path:app", "path:user", "path:sid"), ctx -> {
                            checkApp(ctx);
                            uploadRoutes.upload(ctx);
                        }),
                new Route(HandlerType.GET, "/api/media/{id}", "An uploaded file (owner only, HTTP Range supported)", true,
                        List.of("path:id"), ctx -> uploadRoutes.read(ctx)),
                new Route(HandlerType.GET, "/api/render/proxy/{id}/download", "The exported MP4 (HTTP Range supported)", true,
                        List.of("path:id"), ctx -> exportRoutes.download(ctx)));
    }

    private void health(Context ctx) {
        database.inTransaction(connection -> {
            try (var check = connection.createStatement()) {
                check.execute("SELECT 1");
            }
            return null;
        });
        ctx.json(Envelope.ok(Map.of("status", "ok", "database", database.isSqlite() ? "sqlite" : "postgresql")));
    }

    private void anonymousToken(Context ctx) {
        String clientId = ctx.header("X-Client-Id");
        if (clientId == null || clientId.isBlank() || clientId.length() > 64) {
            throw ApiError.badRequest("the X-Client-Id header is required: 1 to 64 characters naming this client install");
        }
        Accounts.Grant grant = accounts.grantAnonymous(clientId.strip(), ctx.ip());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("token", grant.token());
        data.put("user_id", grant.userId());
        data.put("expires_at", Instant.ofEpochMilli(grant.expiresMs()).toString());
        data.put("credits", grant.credits());
        ctx.attribute(RequestLog.USER, grant.userId());
        ctx.json(Envelope.ok(data));
    }

    private void bindPage(Context ctx) throws java.io.IOException {
        String userId = ctx.queryParam("bind");
        if (userId == null || !userId.matches("u_[0-9a-f]{32}")) {
            throw ApiError.badRequest("this registration link is not complete: it needs ?bind= and the user id from the message");
        }
        try (var page = ApiServer.class.getResourceAsStream("/web/bind.html")) {
            ctx.html(new String(page.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("{{USER_ID}}", userId));
        }
    }

    private void bind(Context ctx) {
        String userId = user(ctx);
        JsonNode body = body(ctx);
        String claimed = Fields.text(body, "user_id", userId);
        String name = Fields.text(body, "name", null);
        if (!claimed.equals(userId)) {
            throw new ApiError(403, ApiError.TOKEN, "this token belongs to another account than the one in the link");
        }
        if (name == null || name.length() > 80) {
            throw ApiError.badRequest("name is required (1 to 80 characters)");
        }
        if (!accounts.register(userId, name)) {
            throw ApiError.badRequest("this account is already registered");
        }
        long lifetimeMs = java.time.Duration.ofDays(365).toMillis();
        String token = accounts.issueToken(userId, lifetimeMs);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("user_id", userId);
        data.put("token", token);
        data.put("expires_at", Instant.ofEpochMilli(System.currentTimeMillis() + lifetimeMs).toString());
        data.put("credits", credits.balance(userId).available());
        ctx.json(Envelope.ok(data));
    }

    private void balance(Context ctx) {
        Credits.Balance balance = credits.balance(user(ctx));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("available", balance.available());
        data.put("frozen", balance.frozen());
        data.put("total", balance.total());
        data.put("total_granted", balance.granted());
        data.put("total_consumed", balance.consumed());
        ctx.json(Envelope.ok(data));
    }

    private void createSession(Context ctx) {
        String userId = user(ctx);
        checkApp(ctx);
        JsonNode body = body(ctx);
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

    private void state(Context ctx) {
        String userId = user(ctx);
        checkApp(ctx);
        Sessions.Session session = sessions.find(ctx.pathParam("sid"), userId).orElseThrow(ApiError::noSession);
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("draft", sessions.latestDraft(session.id()).map(draft -> readJson(draft.draftJson())).orElse(null));
        state.put("video_infos", uploadRoutes.ofSession(session.id(), baseUrl(ctx)));
        state.put("generated_media", List.of());
        state.put("canvas_config", null);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("session_id", session.id());
        data.put("task_id", session.taskId());
        data.put("task_name", session.taskName());
        data.put("state", state);
        ctx.json(Envelope.ok(data));
    }

    private void adkCreateSession(Context ctx) {
        String userId = user(ctx);
        checkApp(ctx);
        ctx.json(adkShape(sessions.create(userId, "project", null)));
    }

    private void adkSession(Context ctx) {
        String userId = user(ctx);
        checkApp(ctx);
        ctx.json(adkShape(sessions.find(ctx.pathParam("sid"), userId).orElseThrow(ApiError::noSession)));
    }

    /** A session as the ADK API server shows one: id, app, user, state, events and last update (seconds). */
    private Map<String, Object> adkShape(Sessions.Session session) {
        Map<String, Object> state = new LinkedHashMap<>();
        sessions.latestDraft(session.id()).ifPresent(draft -> state.put("draft_version", draft.version()));
        Map<String, Object> shape = new LinkedHashMap<>();
        shape.put("id", session.id());
        shape.put("appName", APP);
        shape.put("userId", session.userId());
        shape.put("state", state);
        shape.put("events", List.of());
        shape.put("lastUpdateTime", System.currentTimeMillis() / 1000.0);
        return shape;
    }

    private void runSse(Context ctx) throws Exception {
        String userId = user(ctx);
        JsonNode body = body(ctx);
        String app = Fields.text(body, "app_name", APP);
        if (!app.equals(APP)) {
            throw new ApiError(404, 404, "no such app: " + app + " (this server runs " + APP + ")");
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
            log = turns.start(userId, session, messageText(body), baseUrl(ctx));
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

    /** The token's user; a {@code {user}} path segment must be {@code me} or that user, else the session is "not found". */
    String user(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() <= 7) {
            throw new ApiError(401, ApiError.TOKEN, "a token is required: Authorization: Bearer <token>");
        }
        String userId = accounts.userOfToken(header.substring(7).strip())
                .orElseThrow(() -> new ApiError(401, ApiError.TOKEN, "the token is unknown or has expired; get a new one"));
        ctx.attribute(RequestLog.USER, userId);
        String inPath = ctx.pathParamMap().get("user");
        if (inPath != null && !inPath.equals("me") && !inPath.equals(userId)) {
            throw ApiError.noSession();
        }
        return userId;
    }

    /**
     * This server's address for links in answers: the configured public URL, or else the one the
     * client reached it by (its Host header).
     */
    String baseUrl(Context ctx) {
        if (settings.publicUrl() != null) {
            return settings.publicUrl();
        }
        String host = ctx.header("Host");
        return host != null && host.matches("[A-Za-z0-9.\\-:\\[\\]]{1,255}") ? ctx.scheme() + "://" + host : "http://127.0.0.1";
    }

    private static java.nio.file.Path createFolder(java.nio.file.Path folder) {
        try {
            return java.nio.file.Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new dev.reelwright.server.store.StoreException("cannot create " + folder + " (" + e.getMessage() + ")", e);
        }
    }

    private static void checkApp(Context ctx) {
        String app = ctx.pathParamMap().get("app");
        if (app != null && !app.equals(APP)) {
            throw new ApiError(404, 404, "no such app: " + app + " (this server runs " + APP + ")");
        }
    }

    JsonNode body(Context ctx) {
        String text = ctx.body();
        if (text.isBlank()) {
            return json.createObjectNode();
        }
        try {
            JsonNode node = json.readTree(text);
            if (!node.isObject()) {
                throw ApiError.badRequest("the request body must be a JSON object");
            }
            return node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ApiError.badRequest("the request body is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")");
        }
    }

    private Object readJson(String text) {
        try {
            return json.readValue(text, Object.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a stored draft is not JSON", e);
        }
    }

    private String bindHint(Context ctx) {
        Object userId = ctx.attribute(RequestLog.USER);
        return userId == null ? "" : "; register to keep your work and get more: " + baseUrl(ctx) + "/bind?bind=" + userId;
    }

    private static void answer(Context ctx, int status, int code, String message) {
        ctx.attribute(ANSWERED, true);
        ctx.status(status).json(Envelope.error(code, message));
    }
}
