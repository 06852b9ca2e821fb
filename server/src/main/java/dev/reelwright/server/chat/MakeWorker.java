package dev.reelwright.server.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reelwright.director.captions.CaptionStyle;
import dev.reelwright.director.make.Aspect;
import dev.reelwright.director.make.MadeVideo;
import dev.reelwright.director.make.MakeOptions;
import dev.reelwright.director.make.VideoMaker;
import dev.reelwright.director.music.Mood;
import dev.reelwright.director.script.Script;
import dev.reelwright.director.script.ScriptException;
import dev.reelwright.director.script.ScriptReader;
import dev.reelwright.director.voice.VoiceCatalog;
import dev.reelwright.director.voice.VoiceException;
import dev.reelwright.draft.DraftCodec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A chat turn's director work in its own process, run at a lower scheduling priority: speech
 * synthesis takes every core it gets, and the server must keep answering meanwhile. Arguments:
 * {@code REQUEST.json MEDIA_FOLDER}. Prints {@code stage NAME} lines, writes
 * {@code MEDIA_FOLDER/draft.json}, then {@code result {"warnings": [...]}}; or {@code error MESSAGE}.
 */
public final class MakeWorker {
    private MakeWorker() {
    }

    /** The request a turn hands over: the script (text or a document) and the wishes. */
    static Map<String, Object> request(MakeWishes wishes, String documentPath) {
        Map<String, Object> request = new java.util.LinkedHashMap<>();
        request.put("script", wishes.script());
        request.put("document", documentPath);
        request.put("aspect", wishes.aspect() == null ? null : wishes.aspect().ratio());
        request.put("target_ms", wishes.targetMs());
        request.put("music", wishes.musicOff() ? "none" : wishes.music() == null ? null : wishes.music().name());
        request.put("captions", wishes.captions() == null ? null : wishes.captions().name());
        return request;
    }

    public static void main(String[] args) {
        int code;
        try {
            ObjectMapper json = new ObjectMapper();
            JsonNode request = json.readTree(Files.readString(Path.of(args[0])));
            Path folder = Path.of(args[1]);
            Script script = request.path("script").isTextual() ? ScriptReader.readText(request.path("script").asText(), "your script")
                    : ScriptReader.read(Path.of(request.path("document").asText()));
            MadeVideo made = new VideoMaker(VoiceCatalog.discover(System.getenv())).make(script, options(request), folder, stage -> {
                System.out.println("stage " + stage);
                System.out.flush();
            });
            Files.writeString(folder.resolve("draft.json"), DraftCodec.write(made.draft()));
            System.out.println("result " + json.writeValueAsString(Map.of("warnings", made.warnings())));
            code = 0;
        } catch (ScriptException | VoiceException e) {
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
        if (request.path("captions").isTextual()) {
            options = options.withCaptions(CaptionStyle.valueOf(request.path("captions").asText()));
        }
        return options.withTarget(request.path("target_ms").isNumber() ? request.path("target_ms").asLong() : null);
    }
}
