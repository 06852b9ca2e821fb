package dev.reelwright.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reelwright.render.DecodedVideo;
import dev.reelwright.render.TestMedia;
import dev.reelwright.server.http.ApiServer;
import java.awt.Color;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole conversation over real HTTP: photos and a voiceover uploaded, a promo made from them,
 * edits in English and Chinese, a question answered, undo, an impossible request, a stale turn,
 * and an export whose decoded frames show the edits.
 */
class ChatConversationTest {
    private ApiServer server;
    private ApiClient api;

    @TempDir
    Path folder;

    @BeforeEach
    void start() throws Exception {
        server = new ApiServer(TestDatabases.open("sqlite", folder), ServerSettings.defaults(), folder.resolve("data"),
                new PrintStream(OutputStream.nullOutputStream()));
        api = new ApiClient("http://127.0.0.1:" + server.start("127.0.0.1", 0));
        api = api.as(api.signIn("conversation"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String session(String language) throws Exception {
        return api.send("POST", "/api/tasks/me/with-session/nemo_agent", "{\"task_name\": \"project\", \"language\": \"" + language + "\"}")
                .path("data").path("session_id").asText();
    }

    private JsonNode draft(String session) throws Exception {
        return api.send("GET", "/api/state/nemo_agent/me/" + session + "/latest", null).path("data").path("state").path("draft");
    }

    private long credits() throws Exception {
        return api.send("GET", "/api/credits/balance/simple", null).path("data").path("available").asLong();
    }

    private static String reply(ApiClient.Turn turn) {
        return turn.last().path("content").path("parts").get(0).path("text").asText();
    }

    private static List<String> toolCalls(ApiClient.Turn turn) {
        List<String> names = new ArrayList<>();
        for (JsonNode event : turn.events()) {
            for (JsonNode part : event.path("content").path("parts")) {
                if (part.has("functionCall")) {
                    names.add(part.path("functionCall").path("name").asText());
                }
            }
        }
        return names;
    }

    private static JsonNode track(JsonNode draft, String role) {
        for (JsonNode track : draft.path("t")) {
            if (role.equals(track.path("m").path("role").asText())) {
                return track;
            }
        }
        return null;
    }

    private static JsonNode pictures(JsonNode draft) {
        JsonNode best = null;
        for (JsonNode track : draft.path("t")) {
            if (track.path("tt").asInt() == 0 && (best == null || track.path("sg").size() > best.path("sg").size())) {
                best = track;
            }
        }
        return best.path("sg");
    }

    @Test
    void photosAndAVoiceoverBecomeAPromoThatIsEditedByChatAndExported() throws Exception {
        String session = session("en");
        Path red = TestMedia.image(folder.resolve("red.png"), 640, 480, Color.RED, "png");
        Path green = TestMedia.image(folder.resolve("green.png"), 640, 480, Color.GREEN, "png");
        Path blue = TestMedia.image(folder.resolve("blue.png"), 640, 480, Color.BLUE, "png");
        Path voice = TestMedia.speech(folder.resolve("voiceover.wav"), 9.0, 300, 8_600, 400, 200);
        var uploaded = api.uploadParts(session, new ApiClient.Part("red.png", Files.readAllBytes(red)),
                new ApiClient.Part("green.png", Files.readAllBytes(green)), new ApiClient.Part("blue.png", Files.readAllBytes(blue)),
                new ApiClient.Part("voiceover.wav", Files.readAllBytes(voice)));
        assertEquals(200, uploaded.statusCode(), uploaded.body());
        String greenFile = null;
        for (JsonNode file : ApiClient.JSON.readTree(uploaded.body()).path("data").path("files")) {
            if (file.path("filename").asText().equals("green.png")) {
                greenFile = file.path("media_id").asText() + ".png";
            }
        }
        assertNotNull(greenFile);

        ApiClient.Turn made = api.chat(session, "turn these photos and audio into a 10-second promo video with transitions");
        assertEquals(List.of("generate_video_from_media"), toolCalls(made), made.events().toString());
        assertTrue(reply(made).contains("voiceover"), reply(made));
        assertEquals(1, made.last().path("actions").path("stateDelta").path("draft_version").asInt());
        assertFalse(String.join("\n", made.raw()).matches("(?s).*\"timestamp\":\\d\\.\\d+E9.*"), "plain decimal timestamps");
        JsonNode promo = draft(session);
        List<String> sources = new ArrayList<>();
        pictures(promo).forEach(s -> sources.add(s.path("src").asText()));
        assertTrue(sources.stream().filter(s -> s.endsWith(".png")).count() >= 3, sources.toString());
        assertEquals(90, credits());

        assertEquals(List.of("set_aspect"), toolCalls(api.chat(session, "make it vertical")));
        assertEquals(List.of("set_bgm"), toolCalls(api.chat(session, "add lo-fi music at 20%")));
        ApiClient.Turn titled = api.chat(session, "put the title 'Urban Dreams' on the first 3 seconds");
        assertEquals(List.of("add_text"), toolCalls(titled), reply(titled));
        int scenesBefore = 0;
        for (JsonNode picture : pictures(draft(session))) {
            scenesBefore += picture.path("src").asText().endsWith(greenFile) ? 1 : 0;
        }
        assertTrue(scenesBefore > 0, "the green photo is in the promo");
        int greenScene = 0;
        JsonNode scenes = pictures(draft(session));
        for (int i = 0, n = 0; i < scenes.size(); i++) {
            if (!scenes.get(i).path("m").path("scene").path("kind").asText("scene").equals("scene")) {
                continue;
            }
            n++;
            if (scenes.get(i).path("src").asText().endsWith(greenFile) && greenScene == 0) {
                greenScene = n;
            }
        }
        ApiClient.Turn deleted = api.chat(session, "delete scene " + greenScene);
        assertEquals(List.of("delete_scene"), toolCalls(deleted), reply(deleted));
        ApiClient.Turn quieter = api.chat(session, "把背景音乐调小一点");
        assertEquals(List.of("set_volume"), toolCalls(quieter));
        assertTrue(reply(quieter).contains("背景音乐"), reply(quieter));
        assertEquals(List.of("set_transition"), toolCalls(api.chat(session, "转场改成滑动的")));
        assertEquals("slide", pictures(draft(session)).get(1).path("m").path("tr").path("type").asText());
        ApiClient.Turn undone = api.chat(session, "undo");
        assertEquals(List.of("undo"), toolCalls(undone));
        assertEquals("fade", pictures(draft(session)).get(1).path("m").path("tr").path("type").asText());

        ApiClient.Turn question = api.chat(session, "change the title");
        assertTrue(reply(question).contains("What should it say"), reply(question));
        ApiClient.Turn answered = api.chat(session, "\u201cCity Nights\u201d");
        assertEquals(List.of("edit_text"), toolCalls(answered), reply(answered));

        int version = answered.last().path("actions").path("stateDelta").path("draft_version").asInt();
        ApiClient.Turn dragon = api.chat(session, "add a flying 3D dragon over the city");
        assertTrue(reply(dragon).contains("beyond editing"), reply(dragon));
        ApiClient.Turn stale = api.chat(session, "make it square", null, Map.of("state_delta", Map.of("draft_version", version - 3)));
        assertEquals("409", stale.last().path("errorCode").asText(), stale.last().toString());
        assertEquals(version, api.send("GET", "/api/state/nemo_agent/me/" + session + "/latest", null).path("data").path("state")
                .path("draft_version").asInt(version));
        // Generation 10, then one credit for each edit turn that changed something: vertical, music, title, delete, quieter, slide, title text.
        assertEquals(90 - 7, credits());

        JsonNode edited = draft(session);
        assertTrue(edited.path("m").path("h").asInt() > edited.path("m").path("w").asInt(), "vertical");
        JsonNode music = track(edited, "bgm");
        assertNotNull(music);
        assertEquals(0.12, music.path("sg").get(0).path("m").path("vol").asDouble(), 0.001, "20 % made quieter");
        ApiClient.Turn streamed = api.chat(session, "export 480p", null, Map.of("streaming", true));
        assertEquals(List.of("export_video"), toolCalls(streamed));
        assertTrue(streamed.events().stream().anyMatch(e -> e.path("partial").asBoolean()), "streaming sends partial text");
        String renderId = streamed.events().stream().flatMap(e -> java.util.stream.StreamSupport.stream(e.path("content").path("parts").spliterator(), false))
                .filter(p -> p.has("functionResponse")).findFirst().orElseThrow().path("functionResponse").path("response").path("render_id").asText();
        JsonNode poll = api.awaitExport(renderId);
        assertEquals("completed", poll.path("status").asText(), poll.toString());
        Path mp4 = Files.write(folder.resolve("promo.mp4"), api.download(poll.path("outputUrl").asText()));
        DecodedVideo video = new DecodedVideo(mp4);
        assertEquals(480, video.widthPx);
        assertTrue(video.heightPx > 800, "9:16 at 480p: " + video.heightPx);
        assertEquals(edited.path("d").asLong(), video.videoDurationMs(), 100);
        assertMusicLevel(video, edited, 0.12);
        // The title 'City Nights' (0-3 s, centred): white type in the middle of the picture while it shows, none after.
        JsonNode title = null;
        for (JsonNode track : edited.path("t")) {
            for (JsonNode segment : track.path("sg")) {
                if ("City Nights".equals(segment.path("m").path("text").asText())) {
                    title = segment;
                }
            }
        }
        assertNotNull(title, "the title's words changed");
        assertEquals(0, title.path("s").asLong());
        assertEquals(3_000, title.path("s").asLong() + title.path("d").asLong());
        assertTrue(whiteInMiddle(video, 1_500) > 20 * whiteInMiddle(video, 5_000) + 50,
                "white title type at 1.5 s: " + whiteInMiddle(video, 1_500) + " pixels, at 5 s: " + whiteInMiddle(video, 5_000));
        for (double ms = 250; ms < video.videoDurationMs(); ms += 250) {
            int[] centre = video.colorAt(ms, 0.5, 0.5);
            boolean greenShows = centre[1] > 150 && centre[0] < 90 && centre[2] < 90;
            assertFalse(greenShows, "the deleted green scene shows at " + ms + " ms");
        }

        // The user's own recording changes pace too (decoded from its upload, stretched with its pitch kept); another voice cannot read it.
        ApiClient.Turn faster = api.chat(session, "make my narration a little faster");
        assertEquals(List.of("set_voice"), toolCalls(faster), reply(faster));
        JsonNode quick = draft(session);
        JsonNode paced = track(quick, "voice").path("sg").get(0);
        assertTrue(paced.path("src").asText().startsWith("media:") && paced.path("src").asText().contains("-x1."), paced.toString());
        assertTrue(quick.path("d").asLong() < edited.path("d").asLong() - 300, quick.path("d") + " ms after, " + edited.path("d") + " before");
        ApiClient.Turn man = api.chat(session, "use a male voice instead");
        assertTrue(reply(man).contains("your own recording"), reply(man));
    }

    /**
     * The music is heard at {@code volume} of its file, measured against the voice in the same
     * export (the master gain is one gain for both): the level of music alone, after the voice
     * ends and before the fade, less the level of the first spoken word, is what the two files'
     * own levels and {@code volume} say it must be, within 1.5 dB.
     */
    private void assertMusicLevel(DecodedVideo video, JsonNode draft, double volume) throws Exception {
        JsonNode voice = track(draft, "voice").path("sg");
        JsonNode bed = track(draft, "bgm").path("sg").get(0);
        JsonNode lastVoice = voice.get(voice.size() - 1);
        long aloneFrom = lastVoice.path("s").asLong() + lastVoice.path("d").asLong() + 400;
        long aloneTo = bed.path("s").asLong() + bed.path("d").asLong() - bed.path("m").path("fadeOut").asLong() - 50;
        assertTrue(aloneTo - aloneFrom >= 300, "music alone from " + aloneFrom + " to " + aloneTo + " ms");
        // The first word: 300-700 ms into the recording (TestMedia.speech), where the first voice piece starts.
        JsonNode first = voice.get(0);
        long wordFrom = first.path("s").asLong() + 350 - first.path("in").asLong(0);
        Path musicFile;
        try (var files = Files.walk(folder)) {
            String name = bed.path("src").asText().substring("media:".length());
            musicFile = files.filter(f -> f.getFileName().toString().equals(name)).findFirst().orElseThrow();
        }
        Path voiceFile = Path.of(first.path("src").asText());
        double measured = db(video.sound, aloneFrom, aloneTo) - db(video.sound, wordFrom, wordFrom + 300);
        double expected = 20 * Math.log10(volume) + fileDb(musicFile, aloneFrom - bed.path("s").asLong(), aloneTo - bed.path("s").asLong())
                - fileDb(voiceFile, 350, 650);
        assertEquals(expected, measured, 1.5, "music alone against the voice, dB");
    }

    /** RMS level in dB of interleaved stereo 48 kHz sound from {@code fromMs} to {@code toMs}. */
    private static double db(float[] stereo, long fromMs, long toMs) {
        double sum = 0;
        int from = (int) (fromMs * 48 * 2);
        int to = (int) Math.min(stereo.length, toMs * 48 * 2);
        for (int i = from; i < to; i++) {
            sum += stereo[i] * stereo[i];
        }
        return 10 * Math.log10(sum / Math.max(1, to - from) + 1e-12);
    }

    private static double fileDb(Path file, long fromMs, long toMs) {
        int frames = (int) ((toMs - fromMs) * 48);
        float[] stereo = new float[frames * 2];
        try (var reader = new dev.reelwright.render.media.AudioReader(file, fromMs)) {
            reader.read(stereo, frames);
        }
        return db(stereo, 0, toMs - fromMs);
    }

    /** Near-white pixels in the middle band of the picture at {@code ms}: text drawn there. */
    private static int whiteInMiddle(DecodedVideo video, double ms) {
        byte[] bgr = video.pictureAt(ms);
        int count = 0;
        for (int y = video.heightPx * 2 / 5; y < video.heightPx * 3 / 5; y++) {
            for (int x = 0; x < video.widthPx; x++) {
                int i = 3 * (y * video.widthPx + x);
                if ((bgr[i] & 0xff) > 225 && (bgr[i + 1] & 0xff) > 225 && (bgr[i + 2] & 0xff) > 225) {
                    count++;
                }
            }
        }
        return count;
    }

    @Test
    void aDescriptionWithPhotosUsesEveryPhotoAndAPromptBecomesAnAnimatic() throws Exception {
        String session = session("en");
        Path mug = TestMedia.image(folder.resolve("mug.png"), 480, 640, Color.ORANGE, "png");
        Path desk = TestMedia.image(folder.resolve("desk.png"), 640, 480, Color.CYAN, "png");
        var uploaded = api.uploadParts(session, new ApiClient.Part("mug.png", Files.readAllBytes(mug)),
                new ApiClient.Part("desk.png", Files.readAllBytes(desk)));
        assertEquals(200, uploaded.statusCode(), uploaded.body());
        ApiClient.Turn made = api.chat(session, "generate a 15-second video from my product description: The Arc mug keeps coffee hot"
                + " for six hours. It fits every cup holder. Order yours today.");
        assertEquals(List.of("generate_video_from_media"), toolCalls(made), reply(made));
        List<String> used = new ArrayList<>();
        pictures(draft(session)).forEach(s -> used.add(s.path("src").asText()));
        for (JsonNode file : ApiClient.JSON.readTree(uploaded.body()).path("data").path("files")) {
            String stored = file.path("media_id").asText();
            assertTrue(used.stream().anyMatch(s -> s.contains(stored)), file.path("filename").asText() + " is used: " + used);
        }
        assertTrue(track(draft(session), "voice") != null, "the description is spoken");

        String other = session("en");
        ApiClient.Turn prompt = api.chat(other, "generate a detailed video prompt for a 10-second product showcase of a smartwatch with cinematic lighting");
        assertEquals(List.of("write_video_prompt"), toolCalls(prompt), reply(prompt));
        assertTrue(reply(prompt).toLowerCase(java.util.Locale.ROOT).contains("lighting"), reply(prompt));
        JsonNode animatic = draft(other);
        assertTrue(animatic.path("d").asLong() >= 9_000, animatic.toString());
        ApiClient.Turn export = api.chat(other, "export 480p");
        String renderId = export.events().stream().flatMap(e -> java.util.stream.StreamSupport.stream(e.path("content").path("parts").spliterator(), false))
                .filter(p -> p.has("functionResponse")).findFirst().orElseThrow().path("functionResponse").path("response").path("render_id").asText();
        JsonNode poll = api.awaitExport(renderId);
        assertEquals("completed", poll.path("status").asText(), poll.toString());
        DecodedVideo video = new DecodedVideo(Files.write(folder.resolve("animatic.mp4"), api.download(poll.path("outputUrl").asText())));
        assertEquals(animatic.path("d").asLong(), video.videoDurationMs(), 100);
    }

    @Test
    void aFailedMakeReleasesItsCredits() throws Exception {
        String session = session("en");
        ApiClient.Turn turn = api.chat(session, "turn my script into a video: \u266a \u266a \u266a \u266a \u266a \u266a \u266a \u266a \u266a \u266a");
        assertTrue(reply(turn).startsWith("I can't do that"), reply(turn));
        assertEquals(100, credits());
        assertEquals(0, api.send("GET", "/api/credits/balance/simple", null).path("data").path("frozen").asInt());
    }
}
