package dev.reelwright.server.chat;

import dev.reelwright.agent.OpCall;
import dev.reelwright.agent.SessionActions;
import dev.reelwright.draft.Draft;
import dev.reelwright.draft.DraftCodec;
import dev.reelwright.draft.edit.EditException;
import dev.reelwright.draft.edit.Operation;
import dev.reelwright.server.ServerSettings;
import dev.reelwright.server.account.Credits;
import dev.reelwright.server.account.Ids;
import dev.reelwright.server.export.RenderQueue;
import dev.reelwright.server.session.Sessions;
import dev.reelwright.server.store.DataFiles;
import dev.reelwright.server.upload.MediaStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What a chat turn may ask of its session: undo and redo through the saved versions, an export
 * of the draft as it is at that point of the turn, and the director's work (paid: reserved first,
 * settled on the video's real length, released when it fails).
 */
final class ChatSession implements SessionActions {
    private static final int WORDS_PER_SECOND_ESTIMATE = 2;
    private static final long CARDS_MS = 6_000;
    private static final long MAX_ESTIMATE_MS = 4L * 60 * 60 * 1000;

    private final Sessions.Session session;
    private final TurnLog log;
    private final Sessions sessions;
    private final Credits credits;
    private final Makers makers;
    private final RenderQueue exports;
    private final Path mediaRoot;
    private final ServerSettings settings;
    private final MediaStore media;
    private final DataFiles files;
    private final List<String> reservations = new ArrayList<>();
    private Sessions.DraftVersion current;
    private Path madeFolder;

    ChatSession(Sessions.Session session, Sessions.DraftVersion current, TurnLog log, AdkEvents events, Sessions sessions, Credits credits,
                Makers makers, RenderQueue exports, Path mediaRoot, ServerSettings settings, String baseUrl, MediaStore media, DataFiles files) {
        this.files = files;
        this.session = session;
        this.current = current;
        this.log = log;
        this.sessions = sessions;
        this.credits = credits;
        this.makers = makers;
        this.exports = exports;
        this.mediaRoot = mediaRoot;
        this.settings = settings;
        this.media = media;
    }

    @Override
    public Draft undo() {
        current = sessions.undo(session.id()).orElseThrow(() -> new EditException("there is no earlier version to go back to"));
        return DraftCodec.parse(current.draftJson());
    }

    @Override
    public Draft redo() {
        current = sessions.redo(session.id()).orElseThrow(() -> new EditException("there is nothing undone to bring back"));
        return DraftCodec.parse(current.draftJson());
    }

    @Override
    public String export(Draft draft, String resolution) {
        int version = current != null && DraftCodec.write(draft).equals(current.draftJson()) ? current.version()
                : save(draft, "edited before an export", folder());
        String id = "render_" + Ids.next("chat");
        exports.start(id, log.userId(), session.id(), version, "high", resolution);
        return id;
    }

    private String reservation;
    private long reservedCost;

    @Override
    public void prepare(OpCall call) {
        reservedCost = cost(estimateMs(call));
        reservation = credits.reserve(log.userId(), reservedCost, call.op().toolName());
        reservations.add(reservation);
    }

    @Override
    public Generated generate(OpCall call, Consumer<String> stage) {
        if (reservation == null) {
            prepare(call);
        }
        long cost = reservedCost;
        madeFolder = newFolder();
        Makers.Made made = makers.make(call, media.ofSession(session.id()), madeFolder, stage);
        long spent = call.op() == Operation.WRITE_VIDEO_PROMPT ? Math.min(cost, settings.creditsPer30s())
                : Math.min(cost, cost(made.draft().durationMs()));
        credits.settle(reservation, spent);
        reservations.remove(reservation);
        reservation = null;
        return new Generated(made.draft(), made.text(), made.warnings());
    }

    /** Saves {@code draft} as the session's new current version, with its media in {@code folder}. */
    int save(Draft draft, String reason, Path folder) {
        String json = DraftCodec.write(draft);
        if (current != null && json.equals(current.draftJson())) {
            return current.version();
        }
        Path keep = madeFolder != null ? madeFolder : folder;
        int version = sessions.saveDraft(session.id(), json, reason, keep.toString());
        files.wrote(DataFiles.sessionFolder(mediaRoot, session.userId(), session.id()));
        current = new Sessions.DraftVersion(version, json, reason, keep.toString());
        return version;
    }

    /** Reservations of work that stopped part-way are given back. */
    void releaseLeftovers() {
        reservations.forEach(credits::release);
        reservations.clear();
    }

    private Path folder() {
        return current != null && current.mediaFolder() != null ? Path.of(current.mediaFolder()) : newFolder();
    }

    Path newFolder() {
        try {
            return Files.createDirectories(DataFiles.sessionFolder(mediaRoot, session.userId(), session.id()).resolve(log.invocationId()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long estimateMs(OpCall call) {
        if (call.number("duration_s") != null) {
            return Math.max(1_000, Math.min(MAX_ESTIMATE_MS, Math.round(call.number("duration_s") * 1000)));
        }
        if (call.op() == Operation.GENERATE_VIDEO_FROM_MEDIA) {
            // A video made to an uploaded voiceover is as long as the recording, plus the cards.
            long voiced = media.ofSession(session.id()).stream().filter(u -> u.fileType().equals("audio") && u.durationMs() != null)
                    .mapToLong(MediaStore.StoredMedia::durationMs).max().orElse(0);
            if (voiced > 0) {
                return Math.min(MAX_ESTIMATE_MS, voiced + CARDS_MS);
            }
        }
        String script = call.text("script");
        long words = script == null ? 150 : script.split("\\s+").length;
        return words * 1000L / WORDS_PER_SECOND_ESTIMATE + CARDS_MS;
    }

    private long cost(long durationMs) {
        return settings.creditsPer30s() * Math.max(1, (durationMs + 29_999) / 30_000);
    }
}
