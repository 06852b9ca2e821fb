package dev.reelwright.server.chat;

import dev.reelwright.director.make.MadeVideo;
import dev.reelwright.director.script.Script;
import dev.reelwright.director.script.ScriptException;
import dev.reelwright.director.script.ScriptReader;
import dev.reelwright.director.voice.VoiceException;
import dev.reelwright.draft.DraftCodec;
import dev.reelwright.draft.TimelineSummary;
import dev.reelwright.server.ServerSettings;
import dev.reelwright.server.account.Credits;
import dev.reelwright.server.account.Ids;
import dev.reelwright.server.account.NotEnoughCredits;
import dev.reelwright.server.export.WorkerProcess;
import dev.reelwright.server.session.Sessions;
import dev.reelwright.server.upload.MediaStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Chat turns, each run on a worker thread (one at a time: making a video uses both cores) so a
 * dropped connection never stops the work. Until the agent lands, a turn understands one request:
 * "turn my script into a video ..." with the script in the message and the aspect, length, music
 * and caption wishes said with it. The director makes the draft; its cost (per started 30 s) is
 * reserved first and settled on the actual length, or released on failure.
 */
public final class ChatTurns implements AutoCloseable {
    static final String TOOL = "generate_video_from_script";
    private static final int WORDS_PER_SECOND_ESTIMATE = 2;
    private static final long CARDS_MS = 6_000;
    private static final int KEPT_TURNS = 1_000;
    private static final int WORKER_NICENESS = 10;

    private final Sessions sessions;
    private final MediaStore media;
    private final Credits credits;
    private final Path mediaRoot;
    private final ServerSettings settings;
    private final Map<String, TurnLog> turns = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "reel-turn");
        thread.setDaemon(true);
        return thread;
    });

    public ChatTurns(Sessions sessions, Credits credits, MediaStore media, Path mediaRoot, ServerSettings settings) {
        this.sessions = sessions;
        this.media = media;
        this.credits = credits;
        this.mediaRoot = mediaRoot;
        this.settings = settings;
    }

    /** Starts a turn; its events arrive in the returned log. */
    public TurnLog start(String userId, Sessions.Session session, String message, String baseUrl) {
        TurnLog log = new TurnLog(Ids.next("inv"), userId);
        if (turns.size() >= KEPT_TURNS) {
            // Resuming is for dropped connections: the oldest finished turns go first.
            turns.values().removeIf(TurnLog::isComplete);
        }
        turns.put(log.invocationId(), log);
        worker.submit(() -> run(log, session, message, baseUrl));
        return log;
    }

    /** A turn of this user's, for a client resuming with {@code Last-Event-ID}. */
    public Optional<TurnLog> find(String invocationId, String userId) {
        TurnLog log = turns.get(invocationId);
        return log != null && log.userId().equals(userId) ? Optional.of(log) : Optional.empty();
    }

    private void run(TurnLog log, Sessions.Session session, String message, String baseUrl) {
        AdkEvents events = new AdkEvents(log.invocationId());
        String reservation = null;
        try {
            if (!MakeWishes.isMakeRequest(message)) {
                log.add(events.finalText("I can turn a script into a video: say \"turn my script into a 30-second vertical video"
                        + " with lo-fi music:\" followed by the script. Editing by chat comes with the agent."));
                return;
            }
            MakeWishes wishes = MakeWishes.parse(message);
            Optional<MediaStore.StoredMedia> document = media.ofSession(session.id()).stream()
                    .filter(file -> file.fileType().equals("document")).reduce((first, last) -> last);
            if (wishes.script() == null && document.isEmpty()) {
                log.add(events.finalText("Send the script with your request: put it after a colon, for example \"turn my script"
                        + " into a video: Every morning starts with a choice ...\", or upload it as a document first."));
                return;
            }
            Script script = wishes.script() != null ? ScriptReader.readText(wishes.script(), "your script")
                    : ScriptReader.read(Path.of(document.get().path()));
            long words = script.blocks().stream().mapToLong(block -> block.text().split("\\s+").length).sum();
            long estimateMs = wishes.targetMs() != null ? wishes.targetMs() : words * 1000L / WORDS_PER_SECOND_ESTIMATE + CARDS_MS;
            long cost = cost(estimateMs);
            reservation = credits.reserve(log.userId(), cost, TOOL);
            String callId = Ids.next("call");
            log.add(events.call(callId, TOOL, describe(wishes, words, document.filter(d -> wishes.script() == null)
                    .map(MediaStore.StoredMedia::filename).orElse(null))));
            Path folder = Files.createDirectories(mediaRoot.resolve(session.userId()).resolve(session.id()).resolve(log.invocationId()));
            MadeVideo made = makeInWorker(wishes, document.filter(d -> wishes.script() == null).map(MediaStore.StoredMedia::path)
                    .orElse(null), folder, stage -> log.add(events.text("Working on the " + stage + " ...", true)));
            int version = sessions.saveDraft(session.id(), DraftCodec.write(made.draft()), "made from a script", folder.toString());
            long spent = Math.min(cost, cost(made.draft().durationMs()));
            credits.settle(reservation, spent);
            reservation = null;
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("status", "ok");
            result.put("duration_s", made.draft().durationMs() / 1000.0);
            result.put("draft_version", version);
            result.put("credits_spent", spent);
            result.put("warnings", made.warnings());
            log.add(events.response(callId, TOOL, result, Map.of("draft_version", version)));
            StringBuilder reply = new StringBuilder(String.format(Locale.ROOT, "Your %.1f-second video is ready to export. %s",
                    made.draft().durationMs() / 1000.0, TimelineSummary.of(made.draft())));
            made.warnings().forEach(warning -> reply.append(" Note: ").append(warning).append('.'));
            log.add(events.finalText(reply.toString()));
        } catch (NotEnoughCredits e) {
            log.add(events.error("2001", "Not enough credits: " + e.getMessage() + ". Register to keep your work and get more: "
                    + baseUrl + "/bind?bind=" + log.userId()));
        } catch (ScriptException | VoiceException e) {
            log.add(events.error("4000", e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.add(events.error("5000", "The server is stopping; no credits were spent. Ask again in a moment."));
        } catch (IOException | RuntimeException e) {
            log.add(events.error("5000", "Making the video failed (" + e.getMessage() + "); no credits were spent."));
        } finally {
            if (reservation != null) {
                credits.release(reservation);
            }
            log.complete();
        }
    }

    /**
     * The director's work in a {@link MakeWorker} process scheduled below the server, so requests
     * keep their answers quick while it speaks; a crash or hang fails this turn only.
     */
    private MadeVideo makeInWorker(MakeWishes wishes, String documentPath, Path folder, java.util.function.Consumer<String> stages)
            throws IOException, InterruptedException {
        Path request = folder.resolve(".request.json");
        Files.writeString(request, new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
                MakeWorker.request(wishes, documentPath)));
        Path log = folder.resolve(".worker.log");
        try {
            WorkerProcess.Outcome outcome = new WorkerProcess(MakeWorker.class, WORKER_NICENESS, "1g", settings.turnTimeLimit())
                    .run(List.of(request.toString(), folder.toString()), log, percent -> {
                    }, stages);
            if (outcome instanceof WorkerProcess.Refused refused) {
                throw new ScriptException(refused.message());
            }
            if (!(outcome instanceof WorkerProcess.Done done) || done.result() == null) {
                String why = outcome instanceof WorkerProcess.Broke broke ? broke.message() : "it was stopped";
                throw new IllegalStateException(why);
            }
            Path draftFile = folder.resolve("draft.json");
            var draft = DraftCodec.parse(Files.readString(draftFile));
            Files.delete(draftFile);
            List<String> warnings = new ArrayList<>();
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(done.result()).path("warnings")
                    .forEach(warning -> warnings.add(warning.asText()));
            return new MadeVideo(draft, null, warnings);
        } finally {
            Files.deleteIfExists(request);
            Files.deleteIfExists(log);
        }
    }

    private long cost(long durationMs) {
        return settings.creditsPer30s() * Math.max(1, (durationMs + 29_999) / 30_000);
    }

    private static Map<String, Object> describe(MakeWishes wishes, long words, String documentName) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("aspect", wishes.aspect() == null ? "16:9" : wishes.aspect().ratio());
        args.put("duration_s", wishes.targetMs() == null ? null : wishes.targetMs() / 1000);
        args.put("music", wishes.musicOff() ? "none" : wishes.music() == null ? "auto" : wishes.music().name());
        args.put("captions", wishes.captions() == null ? "clean" : wishes.captions().name().toLowerCase(Locale.ROOT));
        args.put("script_words", words);
        if (documentName != null) {
            args.put("script_document", documentName);
        }
        return args;
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
