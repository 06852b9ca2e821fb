package dev.reelwright.server.chat;

import dev.reelwright.agent.Agent;
import dev.reelwright.agent.FolderStudio;
import dev.reelwright.agent.Language;
import dev.reelwright.agent.LlmPlanner;
import dev.reelwright.agent.OpCall;
import dev.reelwright.agent.Question;
import dev.reelwright.agent.Studio;
import dev.reelwright.agent.TurnContext;
import dev.reelwright.agent.TurnListener;
import dev.reelwright.agent.TurnResult;
import dev.reelwright.agent.Understanding;
import dev.reelwright.agent.Upload;
import dev.reelwright.draft.Draft;
import dev.reelwright.draft.DraftCodec;
import dev.reelwright.draft.edit.Operation;
import dev.reelwright.render.media.AudioReader;
import dev.reelwright.server.ServerSettings;
import dev.reelwright.server.account.Credits;
import dev.reelwright.server.account.Ids;
import dev.reelwright.server.account.NotEnoughCredits;
import dev.reelwright.server.export.RenderQueue;
import dev.reelwright.server.session.Sessions;
import dev.reelwright.server.store.DataFiles;
import dev.reelwright.server.store.Database;
import dev.reelwright.server.upload.MediaStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Chat turns: the transport around the {@link Agent}. Each turn runs on its own thread, so a
 * dropped connection never stops the work and an edit never waits behind another user's video
 * being made; making videos is limited to a few at once (the stream says when a turn waits for
 * its place). Two turns of one session never interleave. Paid work reserves its credits first and
 * settles them on what was done, or releases them when nothing was.
 */
public final class ChatTurns implements AutoCloseable {
    private static final int KEPT_TURNS = 1_000;
    /** How long a turn stays this server's without a renewal; renewed every third of it. */
    static final long LEASE_MS = 15_000;
    private static final long SESSION_POLL_MS = 500;
    private static final long KEEP_ENDED_MS = 24L * 60 * 60 * 1000;

    private final Sessions sessions;
    private final MediaStore media;
    private final Credits credits;
    private final Path mediaRoot;
    private final ServerSettings settings;
    private final Agent agent;
    private final Makers makers;
    private final RenderQueue exports;
    private final Map<String, TurnLog> turns = new ConcurrentHashMap<>();
    private final Map<String, ReentrantLock> sessionLocks = new ConcurrentHashMap<>();
    private final Semaphore making;
    private final StoredTurns stored;
    private final DataFiles files;
    private volatile long forgotAtMs;
    private final java.util.concurrent.ScheduledExecutorService leases = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "reel-turn-leases");
        thread.setDaemon(true);
        return thread;
    });
    private final ExecutorService workers = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "reel-turn");
        thread.setDaemon(true);
        return thread;
    });

    public ChatTurns(Database database, Sessions sessions, Credits credits, MediaStore media, Path mediaRoot, ServerSettings settings,
                     RenderQueue exports, DataFiles files) {
        this.files = files;
        this.stored = new StoredTurns(database);
        this.sessions = sessions;
        this.media = media;
        this.credits = credits;
        this.mediaRoot = mediaRoot;
        this.settings = settings;
        this.exports = exports;
        this.agent = new Agent(LlmPlanner.fromEnvironment(System.getenv(), message -> System.err.println("reel serve: " + message)));
        this.makers = new Makers(settings);
        this.making = new Semaphore(settings.makesAtOnce(), true);
        leases.scheduleAtFixedRate(this::renewLeases, LEASE_MS / 3, LEASE_MS / 3, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** Videos from now on are made by the farm's workers. */
    public void onFarm(dev.reelwright.farm.NatsMakeFarm farm) {
        makers.onFarm(farm);
    }

    private void renewLeases() {
        try {
            stored.renew(turns.values().stream().filter(log -> !log.isComplete()).map(TurnLog::invocationId).toList(),
                    System.currentTimeMillis() + LEASE_MS);
        } catch (RuntimeException e) {
            // A database that is away for a moment: the next renewal tries again, well within the lease.
        }
    }

    /** Starts a turn; its events arrive in the returned log. */
    public TurnLog start(String userId, Sessions.Session session, String message, String baseUrl, boolean streaming, Integer basedOnVersion) {
        return start(userId, session, message, null, baseUrl, streaming, basedOnVersion);
    }

    /**
     * Starts a turn that carries out one typed operation (the studio's property changes, undo and
     * redo) as a chat message asking for it would: the same events, credits and draft versions.
     */
    public TurnLog startOperation(String userId, Sessions.Session session, OpCall call, String baseUrl, Integer basedOnVersion) {
        return start(userId, session, "", new Understanding.Calls(List.of(call)), baseUrl, true, basedOnVersion);
    }

    private TurnLog start(String userId, Sessions.Session session, String message, Understanding given, String baseUrl, boolean streaming,
                          Integer basedOnVersion) {
        TurnLog log = new TurnLog(Ids.next("inv"), userId, stored);
        long now = System.currentTimeMillis();
        if (turns.size() >= KEPT_TURNS) {
            // Resuming is for dropped connections: finished turns are read from the database from then on.
            turns.values().removeIf(TurnLog::isComplete);
        }
        if (now - forgotAtMs > 10 * 60_000) {
            forgotAtMs = now;
            stored.forgetEndedBefore(now - KEEP_ENDED_MS);
        }
        stored.create(log.invocationId(), userId, session.id(), now + LEASE_MS, now);
        turns.put(log.invocationId(), log);
        workers.submit(() -> run(log, session, message, given, baseUrl, streaming, basedOnVersion));
        return log;
    }

    /**
     * A turn of this user's, for a client resuming with {@code Last-Event-ID}: running here, or on
     * another server of the same database (or run earlier), read from the database.
     */
    public Optional<TurnEvents> find(String invocationId, String userId) {
        TurnLog log = turns.get(invocationId);
        if (log != null) {
            return log.userId().equals(userId) ? Optional.of(log) : Optional.empty();
        }
        return stored.find(invocationId).filter(turn -> turn.userId().equals(userId))
                .map(turn -> new StoredTurn(invocationId, stored));
    }

    private void run(TurnLog log, Sessions.Session session, String message, Understanding given, String baseUrl, boolean streaming,
                     Integer basedOnVersion) {
        AdkEvents events = new AdkEvents(log.invocationId());
        ReentrantLock lock = sessionLocks.computeIfAbsent(session.id(), id -> new ReentrantLock(true));
        ChatSession chat = null;
        boolean holdsMaking = false;
        boolean holdsSession = false;
        try {
            String waiting = Language.of(session.language(), message) == Language.ZH ? "上一轮还在进行，完成后马上处理这一条……"
                    : "Waiting for this session's previous request to finish ...";
            boolean told = false;
            if (!lock.tryLock()) {
                log.add(events.text(waiting, true));
                told = true;
                lock.lockInterruptibly();
            }
            // The session's previous turn may be running on another server of the same database.
            while (!stored.holdSession(session.id(), log.invocationId(), System.currentTimeMillis())) {
                if (!told) {
                    log.add(events.text(waiting, true));
                    told = true;
                }
                Thread.sleep(SESSION_POLL_MS);
            }
            holdsSession = true;
            // The session's uploads and made media, from the farm's store when another server wrote them.
            files.needs(DataFiles.sessionFolder(mediaRoot, session.userId(), session.id()));
            Sessions.DraftVersion current = sessions.latestDraft(session.id()).orElse(null);
            Language lang = Language.of(session.language(), message);
            if (basedOnVersion != null && current != null && basedOnVersion != current.version()) {
                log.add(events.error("409", lang == Language.ZH ? "草稿在这期间已经改过（现在是第 " + current.version() + " 版）；请根据最新的版本再说一次。"
                        : "The draft changed since version " + basedOnVersion + " (it is now version " + current.version()
                        + "); nothing was done. Read the state and ask again."));
                return;
            }
            Draft draft = current == null ? null : DraftCodec.parse(current.draftJson());
            Question pending = QuestionCodec.read(sessions.pendingQuestion(session.id()));
            TurnContext context = new TurnContext(draft, uploads(session), session.language(), pending);
            Understanding understood = given != null ? given : agent.understand(message, context);
            boolean makes = understood instanceof Understanding.Calls calls && calls.calls().stream().anyMatch(c -> isMaking(c.op()));
            if (makes && !making.tryAcquire()) {
                log.add(events.text(lang == Language.ZH ? "排队中：前面还有视频在制作，轮到时马上开始……" : "Queued: other videos are being made; this one starts as soon as there is room ...", true));
                making.acquire();
            }
            holdsMaking = makes;
            chat = new ChatSession(session, current, log, events, sessions, credits, makers, exports, mediaRoot, settings, baseUrl, media, files);
            Path folder = current != null && current.mediaFolder() != null ? Path.of(current.mediaFolder()) : chat.newFolder();
            Map<String, Path> uploaded = new java.util.HashMap<>();
            context.uploads().forEach(upload -> uploaded.put(upload.source(), Path.of(upload.source())));
            Studio studio = new FolderStudio(folder, uploaded, AudioReader::mono, FolderStudio::machineVoices);
            String reservation = null;
            boolean edits = understood instanceof Understanding.Calls calls && calls.calls().stream().anyMatch(c -> c.op().kind() == Operation.Kind.EDIT);
            if (edits && settings.creditsPerEdit() > 0) {
                reservation = credits.reserve(log.userId(), settings.creditsPerEdit(), "chat edit");
            }
            if (edits) {
                log.add(events.text(lang == Language.ZH ? "正在修改时间线……" : "Editing the timeline ...", true));
            }
            TurnResult result;
            Integer version = null;
            try {
                result = agent.run(understood, context, studio, chat, listener(log, events, lang), lang);
                sessions.setPendingQuestion(session.id(), QuestionCodec.write(result.question()));
                if (result.save() && result.draft() != null) {
                    version = chat.save(result.draft(), reasonOf(result), folder);
                }
                if (reservation != null && result.edited() && !result.refused()) {
                    // Settled only once the edited draft is saved: a failed save is not charged.
                    credits.settle(reservation, settings.creditsPerEdit());
                    reservation = null;
                }
            } finally {
                if (reservation != null) {
                    credits.release(reservation);
                }
            }
            if (version == null && result.done().stream().anyMatch(c -> c.op() == Operation.UNDO || c.op() == Operation.REDO)) {
                version = sessions.latestDraft(session.id()).map(Sessions.DraftVersion::version).orElse(null);
            }
            String reply = result.reply();
            if (streaming) {
                for (String piece : AdkEvents.pieces(reply)) {
                    log.add(events.text(piece, true));
                }
            }
            log.add(events.finalText(reply, version == null ? Map.of() : Map.of("draft_version", version)));
        } catch (NotEnoughCredits e) {
            log.add(events.error("2001", "Not enough credits: " + e.getMessage() + ". Register to keep your work and get more: "
                    + baseUrl + "/bind?bind=" + log.userId()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.add(events.error("5000", "The server is stopping; no credits were spent. Ask again in a moment."));
        } catch (RuntimeException e) {
            log.add(events.error("5000", "The request failed (" + e.getMessage() + "); no credits were spent and the draft is as it was."));
        } finally {
            if (chat != null) {
                chat.releaseLeftovers();
            }
            if (holdsMaking) {
                making.release();
            }
            if (holdsSession) {
                releaseSession(session.id(), log.invocationId());
            }
            if (lock.isHeldByCurrentThread()) {
                lock.unlock();
            }
            log.complete();
        }
    }

    private static boolean isMaking(Operation op) {
        return op == Operation.GENERATE_VIDEO_FROM_SCRIPT || op == Operation.GENERATE_VIDEO_FROM_MEDIA || op == Operation.WRITE_VIDEO_PROMPT;
    }

    private static String reasonOf(TurnResult result) {
        return String.join(", ", result.done().stream().map(c -> c.op().toolName()).distinct().toList());
    }

    /** The session's uploads as the agent knows them: by file name, kind, where they are, their size and length. */
    private List<Upload> uploads(Sessions.Session session) {
        return media.ofSession(session.id()).stream().map(file -> new Upload(file.filename(), switch (file.fileType()) {
            case "image" -> Upload.Kind.PHOTO;
            case "video" -> Upload.Kind.CLIP;
            case "audio" -> Upload.Kind.AUDIO;
            default -> Upload.Kind.DOCUMENT;
        }, file.path(), file.durationMs(), file.width(), file.height())).toList();
    }

    /** Each operation as a function call and its response; progress as text. */
    private static TurnListener listener(TurnLog log, AdkEvents events, Language lang) {
        return new TurnListener() {
            public void progress(String stage) {
                log.add(events.text((lang == Language.ZH ? "正在处理：" : "Working on the ") + stage + " ...", true));
            }

            public void called(String callId, OpCall call) {
                log.add(events.call(callId, call.op().toolName(), call.args()));
            }

            public void answered(String callId, OpCall call, Map<String, Object> response) {
                log.add(events.response(callId, call.op().toolName(), response, Map.of()));
            }
        };
    }

    private void releaseSession(String sessionId, String invocationId) {
        try {
            stored.releaseSession(sessionId, invocationId);
        } catch (RuntimeException e) {
            // The turn completes next; a completed turn holds its session no more.
        }
    }

    @Override
    public void close() {
        leases.shutdownNow();
        workers.shutdownNow();
    }
}
