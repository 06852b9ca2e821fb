package dev.reelwright.server.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reelwright.director.captions.CaptionStyle;
import dev.reelwright.director.make.Aspect;
import dev.reelwright.director.make.MadeVideo;
import dev.reelwright.director.make.MakeOptions;
import dev.reelwright.director.make.PhotoWords;
import dev.reelwright.director.make.UserMedia;
import dev.reelwright.director.make.VideoMaker;
import dev.reelwright.director.make.Voiceover;
import dev.reelwright.director.music.Mood;
import dev.reelwright.director.prompt.Animatic;
import dev.reelwright.director.prompt.PromptWriter;
import dev.reelwright.director.prompt.VideoPrompt;
import dev.reelwright.director.script.Script;
import dev.reelwright.director.script.ScriptException;
import dev.reelwright.director.script.ScriptReader;
import dev.reelwright.director.voice.VoiceCatalog;
import dev.reelwright.director.voice.VoiceException;
import dev.reelwright.draft.Draft;
import dev.reelwright.draft.DraftCodec;
import dev.reelwright.render.RenderException;
import dev.reelwright.render.media.AudioReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A chat turn's director work in its own process, run at a lower scheduling priority: speech
 * synthesis takes every core it gets, and the server must keep answering meanwhile. Arguments:
 * {@code REQUEST.json MEDIA_FOLDER}. The request says what to make: a video from a script (its
 * text or a document), from uploaded photos and clips (with a description or a voiceover), or a
 * video prompt and its animatic. Prints {@code stage NAME} lines, writes {@code MEDIA_FOLDER/draft.json},
 * then {@code result {"warnings": [...], "text": ...}}; or {@code error MESSAGE}.
 */
public final class MakeWorker {
    private MakeWorker() {
    }

    public static void main(String[] args) {
        int code;
        try {
            ObjectMapper json = new ObjectMapper();
            JsonNode request = json.readTree(Files.readString(Path.of(args[0])));
            Path folder = Path.of(args[1]);
            Map<String, Object> result = new LinkedHashMap<>();
            Draft draft;
            if (request.path("prompt").isTextual()) {
                System.out.println("stage prompt");
                VideoPrompt prompt = PromptWriter.write(request.path("prompt").asText());
                Aspect aspect = request.path("aspect").isTextual() ? Aspect.parse(request.path("aspect").asText()) : Aspect.LANDSCAPE;
                int[] size = aspect.size(720);
                draft = Animatic.draft(prompt, size[0], size[1]);
                result.put("text", prompt.text(VideoPrompt.Target.GENERIC));
                result.put("warnings", List.of());
            } else {
                Script script = request.path("script").isTextual() ? ScriptReader.readText(request.path("script").asText(), "your script")
                        : request.path("document").isTextual() ? ScriptReader.read(Path.of(request.path("document").asText())) : null;
                MakeOptions options = options(request);
                if (script == null && options.voiceover() == null && options.media().isEmpty()) {
                    throw new ScriptException("there is nothing to make a video from: send a script, or upload photos or clips first");
                }
                var stock = dev.reelwright.director.stock.SceneSources.fromEnv(System.getenv(), StockCheck::check).orElse(null);
                MadeVideo made = new VideoMaker(VoiceCatalog.discover(System.getenv()), stock).make(script, options, folder, stage -> {
                    System.out.println("stage " + stage);
                    System.out.flush();
                });
                draft = made.draft();
                result.put("warnings", made.warnings());
            }
            Files.writeString(folder.resolve("draft.json"), DraftCodec.write(draft));
            System.out.println("result " + json.writeValueAsString(result));
            code = 0;
        } catch (ScriptException | VoiceException | RenderException e) {
            System.out.println("error " + e.getMessage().replace('\n', ' '));
            code = 2;
        } catch (Exception | OutOfMemoryError e) {
            System.out.println("error making the video failed (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
            code = 3;
        }
        System.out.flush();
        System.exit(code);
    }

    private static MakeOptions options(JsonNode request) {
        MakeOptions options = MakeOptions.defaults();
        if (request.path("aspect").isTextual()) {
            options = options.withCanvas(Aspect.parse(request.path("aspect").asText()), 1080);
        }
        String music = request.path("music").isTextual() ? request.path("music").asText() : null;
        if (music != null) {
            options = options.withMusic(music.equals("none") ? null : Mood.named(music), null, !music.equals("none"));
        }
        if (request.path("music_file").isTextual()) {
            options = options.withMusic(null, Path.of(request.path("music_file").asText()), true);
        }
        if (request.path("captions").isTextual()) {
            options = options.withCaptions(CaptionStyle.valueOf(request.path("captions").asText()));
        }
        List<UserMedia> media = new ArrayList<>();
        for (JsonNode item : request.path("media")) {
            Path file = Path.of(item.path("path").asText());
            boolean clip = item.path("clip").asBoolean();
            media.add(new UserMedia(file, clip, item.path("width").asInt(), item.path("height").asInt(), item.path("duration_ms").asLong(),
                    clip ? "" : PhotoWords.read(file)));
        }
        options = options.withMedia(media);
        if (request.path("voiceover").isObject()) {
            JsonNode voice = request.path("voiceover");
            Path file = Path.of(voice.path("path").asText());
            options = options.withVoiceover(new Voiceover(file, AudioReader.mono(file, voice.path("duration_ms").asLong()), AudioReader.SAMPLE_RATE));
        }
        return options.withTarget(request.path("target_ms").isNumber() ? request.path("target_ms").asLong() : null);
    }
}
