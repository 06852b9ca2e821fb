package dev.reelwright.server.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reelwright.agent.OpCall;
import dev.reelwright.draft.Draft;
import dev.reelwright.draft.DraftCodec;
import dev.reelwright.draft.edit.EditException;
import dev.reelwright.draft.edit.Operation;
import dev.reelwright.server.ServerSettings;
import dev.reelwright.server.export.WorkerProcess;
import dev.reelwright.server.upload.MediaStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The director's work for a chat turn, in a {@link MakeWorker} process scheduled below the
 * server: the request (a script, the session's uploads, a prompt idea) goes in as JSON, the made
 * draft comes back; a crash or a hang fails this turn only.
 */
final class Makers {
    private static final int WORKER_NICENESS = 10;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServerSettings settings;

    Makers(ServerSettings settings) {
        this.settings = settings;
    }

    /** A made draft with what to say about it. */
    record Made(Draft draft, String text, List<String> warnings) {
    }

    Made make(OpCall call, List<MediaStore.StoredMedia> uploads, Path folder, Consumer<String> stages) {
        Path request = folder.resolve(".request.json");
        Path log = folder.resolve(".worker.log");
        try {
            Files.writeString(request, JSON.writeValueAsString(request(call, uploads)));
            WorkerProcess.Outcome outcome = new WorkerProcess(MakeWorker.class, WORKER_NICENESS, "1g", settings.turnTimeLimit())
                    .run(List.of(request.toString(), folder.toString()), log, percent -> {
                    }, stages);
            if (outcome instanceof WorkerProcess.Refused refused) {
                throw new EditException(refused.message());
            }
            if (!(outcome instanceof WorkerProcess.Done done) || done.result() == null) {
                String why = outcome instanceof WorkerProcess.Broke broke ? broke.message() : "it was stopped";
                throw new IllegalStateException("making the video failed: " + why);
            }
            Path draftFile = folder.resolve("draft.json");
            Draft draft = DraftCodec.parse(Files.readString(draftFile));
            Files.delete(draftFile);
            JsonNode result = JSON.readTree(done.result());
            List<String> warnings = new ArrayList<>();
            result.path("warnings").forEach(w -> warnings.add(w.asText()));
            return new Made(draft, result.path("text").isTextual() ? result.path("text").asText() : null, warnings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the server is stopping");
        } finally {
            try {
                Files.deleteIfExists(request);
                Files.deleteIfExists(log);
            } catch (IOException ignored) {
                // scratch files
            }
        }
    }

    /** What the worker is asked: the operation's wishes, and which uploads it uses as pictures, voiceover or script. */
    static Map<String, Object> request(OpCall call, List<MediaStore.StoredMedia> uploads) {
        Map<String, Object> request = new LinkedHashMap<>();
        if (call.op() == Operation.WRITE_VIDEO_PROMPT) {
            request.put("prompt", call.text("idea"));
            request.put("aspect", call.text("aspect"));
            return request;
        }
        request.put("script", call.text("script"));
        request.put("aspect", call.text("aspect"));
        request.put("target_ms", call.number("duration_s") == null ? null : Math.round(call.number("duration_s") * 1000));
        request.put("music", call.text("mood"));
        String style = call.text("style");
        request.put("captions", style == null ? null : style.toUpperCase(java.util.Locale.ROOT));
        MediaStore.StoredMedia document = uploads.stream().filter(u -> u.fileType().equals("document"))
                .filter(u -> call.text("document") == null || u.filename().equalsIgnoreCase(call.text("document"))).reduce((a, b) -> b).orElse(null);
        if (call.text("script") == null && document != null) {
            request.put("document", document.path());
        }
        if (call.op() == Operation.GENERATE_VIDEO_FROM_MEDIA) {
            List<Map<String, Object>> pictures = new ArrayList<>();
            for (MediaStore.StoredMedia upload : uploads) {
                if (upload.fileType().equals("image") || upload.fileType().equals("video")) {
                    Map<String, Object> picture = new LinkedHashMap<>();
                    picture.put("path", upload.path());
                    picture.put("clip", upload.fileType().equals("video"));
                    picture.put("width", upload.width() == null ? 0 : upload.width());
                    picture.put("height", upload.height() == null ? 0 : upload.height());
                    picture.put("duration_ms", upload.durationMs() == null ? 0 : upload.durationMs());
                    pictures.add(picture);
                }
            }
            request.put("media", pictures);
            // An uploaded audio file is the voiceover unless it was asked for as music.
            uploads.stream().filter(u -> u.fileType().equals("audio")).reduce((a, b) -> b).ifPresent(audio -> {
                if (call.has("music_media") && audio.filename().equalsIgnoreCase(call.text("music_media"))) {
                    request.put("music_file", audio.path());
                    return;
                }
                request.put("voiceover", Map.of("path", audio.path(), "duration_ms", audio.durationMs() == null ? 0 : audio.durationMs()));
            });
        }
        return request;
    }
}
