package dev.reelwright.server.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reelwright.agent.OpCall;
import dev.reelwright.draft.Draft;
import dev.reelwright.draft.DraftCodec;
import dev.reelwright.draft.edit.EditException;
import dev.reelwright.draft.edit.Operation;
import dev.reelwright.server.ServerSettings;
import dev.reelwright.farm.FarmException;
import dev.reelwright.farm.MakeRunner;
import dev.reelwright.farm.NatsMakeFarm;
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
 * The director's work for a chat turn: the request (a script, the session's uploads, a prompt idea)
 * goes in as JSON, the made draft comes back. Made by a {@link LocalMaker} process on this machine,
 * or, with a farm, by a {@code reel worker} (the uploads it uses go with it); a crash or a hang
 * fails this turn only.
 */
final class Makers {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LocalMaker local;
    private volatile NatsMakeFarm farm;

    Makers(ServerSettings settings) {
        this.local = new LocalMaker(settings.turnTimeLimit());
    }

    /** Generations from now on are made by the farm's workers. */
    void onFarm(NatsMakeFarm farm) {
        this.farm = farm;
    }

    /** A made draft with what to say about it. */
    record Made(Draft draft, String text, List<String> warnings) {
    }

    Made make(OpCall call, List<MediaStore.StoredMedia> uploads, Path folder, Consumer<String> stages) {
        try {
            Map<String, Object> request = request(call, uploads);
            String json = JSON.writeValueAsString(request);
            NatsMakeFarm onFarm = farm;
            String made = onFarm == null ? local.make(json, folder, stages) : onFarm.make(json, inputs(json, uploads), folder, stages);
            Path draftFile = folder.resolve("draft.json");
            Draft draft = DraftCodec.parse(Files.readString(draftFile));
            Files.delete(draftFile);
            JsonNode result = JSON.readTree(made);
            List<String> warnings = new ArrayList<>();
            result.path("warnings").forEach(w -> warnings.add(w.asText()));
            return new Made(draft, result.path("text").isTextual() ? result.path("text").asText() : null, warnings);
        } catch (MakeRunner.Refused refused) {
            throw new EditException(refused.getMessage());
        } catch (FarmException e) {
            throw new IllegalStateException("making the video failed: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the server is stopping");
        }
    }

    /** The uploads the request names, by the path it names them with: they go to the farm with it. */
    private static Map<String, Path> inputs(String requestJson, List<MediaStore.StoredMedia> uploads) throws IOException {
        Map<String, Path> inputs = new LinkedHashMap<>();
        for (MediaStore.StoredMedia upload : uploads) {
            if (requestJson.contains(JSON.writeValueAsString(upload.path()))) {
                inputs.put(upload.path(), Path.of(upload.path()));
            }
        }
        return inputs;
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
