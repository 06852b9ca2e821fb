package dev.reelwright.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reelwright.server.ServerSettings;
import dev.reelwright.server.account.Accounts;
import dev.reelwright.server.account.Credits;
import dev.reelwright.server.account.LimitReached;
import dev.reelwright.server.account.NotEnoughCredits;
import dev.reelwright.server.chat.ChatTurns;
import dev.reelwright.server.export.Previews;
import dev.reelwright.server.export.RenderJobs;
import dev.reelwright.server.export.RenderQueue;
import dev.reelwright.server.upload.MediaStore;
import dev.reelwright.server.upload.Uploads;
import dev.reelwright.server.upload.UrlImport;
import dev.reelwright.server.session.Sessions;
import dev.reelwright.server.store.Database;
import dev.reelwright.server.store.StoreException;
import dev.reelwright.farm.Farm;
import dev.reelwright.farm.FarmNames;
import dev.reelwright.farm.FarmSettings;
import dev.reelwright.farm.NatsMakeFarm;
import dev.reelwright.farm.SharedFolders;
import dev.reelwright.server.store.DataFiles;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

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
    private final AccountRoutes accountRoutes;
    private final SessionRoutes sessionRoutes;
    private final ChatRoutes chatRoutes;
    private final StudioRoutes studioRoutes;
    private final Previews previews;
    private final RequestLog log;
    private final List<Route> routes;
    private final Javalin app;
    private Farm farm;
    private final java.nio.file.Path dataFolder;
    private final DataFiles files = new DataFiles();

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
        this.renderJobs = new RenderJobs(database);
        this.dataFolder = dataFolder;
        this.exports = new RenderQueue(renderJobs, sessions, credits, dataFolder.resolve("renders"), mediaRoot, settings.exportsAtOnce(),
                settings.exportHeap(), settings.exportTimeLimit(), files);
        this.turns = new ChatTurns(database, sessions, credits, mediaStore, mediaRoot, settings, exports, files);
        this.exportRoutes = new ExportRoutes(this, renderJobs, exports, sessions, credits, settings);
        this.uploadRoutes = new UploadRoutes(this, sessions, new Uploads(mediaStore, mediaRoot, settings.uploadMaxBytes(), files), mediaStore,
                settings, urlImport);
        this.accountRoutes = new AccountRoutes(this, accounts, credits);
        this.sessionRoutes = new SessionRoutes(this, sessions, uploadRoutes);
        this.chatRoutes = new ChatRoutes(this, sessions, turns, settings);
        this.previews = new Previews(dataFolder.resolve("previews"), mediaRoot, settings.exportHeap(), files);
        this.studioRoutes = new StudioRoutes(this, sessions, renderJobs, previews, settings);
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
            config.events.serverStarting(this::applyIdleTimeout);
        });
        RateLimits perAddress = new RateLimits(settings.requestsPerMinute(), "address", database);
        RateLimits perToken = new RateLimits(settings.requestsPerMinute(), "token", database);
        app.before(ctx -> {
            ctx.header("Content-Security-Policy", StudioRoutes.CONTENT_SECURITY_POLICY);
            ctx.header("X-Content-Type-Options", "nosniff");
            if (ctx.path().equals("/healthz") || ctx.path().equals("/") || ctx.path().startsWith("/studio/")) {
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
    /** On the connectors Javalin made, before Jetty starts, so every connection gets it. */
    private void applyIdleTimeout() {
        for (var connector : app.jettyServer().server().getConnectors()) {
            ((org.eclipse.jetty.server.AbstractConnector) connector).setIdleTimeout(settings.idleTimeout().toMillis());
        }
    }

    /**
     * Puts exports and chat generations on the farm {@code farmName} at {@code natsUrl} ({@code reel
     * worker} processes make the chunks and the videos) instead of making them here; call before
     * {@link #start}. A farm that cannot be reached is a {@link dev.reelwright.farm.FarmException}.
     */
    public void onFarm(String natsUrl, String farmName) {
        farm = Farm.connect(natsUrl, new FarmNames(farmName), FarmSettings.DEFAULT, "reel-serve");
        exports.onFarm(natsUrl, farmName);
        turns.onFarm(new NatsMakeFarm(farm));
        files.shareThrough(new SharedFolders(farm, dataFolder));
    }

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
        previews.close();
        if (farm != null) {
            farm.close();
        }
    }

    /** The data folder's files, shared through the farm's store when there is one. */
    DataFiles files() {
        return files;
    }

    public Accounts accounts() {
        return accounts;
    }

    public Credits credits() {
        return credits;
    }

    private List<Route> routes() {
        return List.of(
                new Route(HandlerType.GET, "/", "The web studio: make, watch and refine a video in the browser", false, List.of(),
                        ctx -> studioRoutes.index(ctx)),
                new Route(HandlerType.GET, "/studio/{file}", "The studio's scripts, styles and pictures", false, List.of("path:file"),
                        ctx -> studioRoutes.file(ctx)),
                new Route(HandlerType.GET, "/api/studio/settings", "What clients check before they ask: upload limits and types, export"
                        + " sizes, transitions, the preview's size", false, List.of(), ctx -> studioRoutes.settings(ctx)),
                new Route(HandlerType.GET, "/api/sessions", "This token's sessions, the most recently changed first", true, List.of(),
                        ctx -> studioRoutes.sessionList(ctx)),
                new Route(HandlerType.GET, "/api/sessions/{sid}/exports", "A session's exports, the newest first", true,
                        List.of("path:sid"), ctx -> studioRoutes.exports(ctx)),
                new Route(HandlerType.GET, "/api/sessions/{sid}/preview", "A quick 360p MP4 of a draft version (query version, default"
                        + " the current one), rendered on first request", true, List.of("path:sid"), ctx -> studioRoutes.preview(ctx)),
                new Route(HandlerType.POST, "/api/sessions/{sid}/operations", "One typed edit, undo or redo ({operation, args,"
                        + " draft_version}), run as a chat turn and streamed like /run_sse", true, List.of("path:sid"),
                        ctx -> chatRoutes.operation(ctx)),
                new Route(HandlerType.GET, "/healthz", "Liveness and database check", false, List.of(), this::health),
                new Route(HandlerType.GET, "/openapi.json", "This description (OpenAPI 3)", false, List.of(),
                        ctx -> ctx.json(OpenApi.document(routes))),
                new Route(HandlerType.POST, "/api/auth/anonymous-token", "A token for a new anonymous user with starting credits",
                        false, List.of("header:X-Client-Id"), ctx -> accountRoutes.anonymousToken(ctx)),
                new Route(HandlerType.GET, "/bind", "The page where an anonymous user registers (the 2001 message links to it)", false,
                        List.of("query:bind"), ctx -> accountRoutes.bindPage(ctx)),
                new Route(HandlerType.POST, "/api/auth/bind", "Register this token's anonymous user, keeping its work and credits", true,
                        List.of(), ctx -> accountRoutes.bind(ctx)),
                new Route(HandlerType.GET, "/api/credits/balance/simple", "Credits available, frozen and in total", true, List.of(),
                        ctx -> accountRoutes.balance(ctx)),
                new Route(HandlerType.POST, "/api/tasks/{user}/with-session/{app}", "A new chat session (and its task)", true,
                        List.of("path:user", "path:app"), ctx -> sessionRoutes.createSession(ctx)),
                new Route(HandlerType.GET, "/api/state/{app}/{user}/{sid}/latest", "A session's draft and media", true,
                        List.of("path:app", "path:user", "path:sid"), ctx -> sessionRoutes.state(ctx)),
                new Route(HandlerType.POST, "/apps/{app}/users/{user}/sessions", "A new session (the ADK API server's own route)", true,
                        List.of("path:app", "path:user"), ctx -> sessionRoutes.adkCreateSession(ctx)),
                new Route(HandlerType.GET, "/apps/{app}/users/{user}/sessions/{sid}", "A session (the ADK API server's own route)", true,
                        List.of("path:app", "path:user", "path:sid"), ctx -> sessionRoutes.adkSession(ctx)),
                new Route(HandlerType.POST, "/run_sse", "A chat turn, streamed as server-sent events (ADK event shape)", true,
                        List.of("header:Last-Event-ID"), ctx -> chatRoutes.runSse(ctx)),
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

    static void checkApp(Context ctx) {
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

    private String bindHint(Context ctx) {
        Object userId = ctx.attribute(RequestLog.USER);
        return userId == null ? "" : "; register to keep your work and get more: " + baseUrl(ctx) + "/bind?bind=" + userId;
    }

    private static void answer(Context ctx, int status, int code, String message) {
        ctx.attribute(ANSWERED, true);
        ctx.status(status).json(Envelope.error(code, message));
    }
}
