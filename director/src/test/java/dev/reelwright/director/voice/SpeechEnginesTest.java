package dev.reelwright.director.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The installed engines (espeak-ng, flite, festival) and an OpenAI-compatible endpoint speak with aligned word timings. */
class SpeechEnginesTest {
    private static final String TEXT = "Boats leave the harbour at dawn. Gulls follow them home at night.";

    private static void requireInstalled(String command) {
        boolean installed = Files.isExecutable(Path.of("/usr/bin", command));
        if (!installed) {
            System.out.println("NOTICE: " + command + " is not installed; its test is skipped (.ci/run installs it)");
        }
        Assumptions.assumeTrue(installed, command + " not installed");
    }

    private static void checkSpeech(Speech speech) {
        assertTrue(speech.durationMs() > 1_500, "speaks for a while: " + speech.durationMs());
        assertEquals(12, speech.words().size(), "every written word gets a time");
        assertEquals("Gulls", speech.words().get(6).word());
        for (int i = 1; i < speech.words().size(); i++) {
            assertTrue(speech.words().get(i).startMs() >= speech.words().get(i - 1).startMs());
        }
        assertTrue(speech.words().get(11).endMs() <= speech.durationMs() + 10);
    }

    @Test
    void espeakNgSpeaks() {
        requireInstalled("espeak-ng");
        checkSpeech(new CommandVoice(CommandVoice.Engine.ESPEAK_NG, "en-us", Locale.US).speak(TEXT));
    }

    @Test
    void fliteSpeaks() {
        requireInstalled("flite");
        checkSpeech(new CommandVoice(CommandVoice.Engine.FLITE, "slt", Locale.US).speak(TEXT));
    }

    @Test
    void festivalSpeaks() {
        requireInstalled("text2wave");
        checkSpeech(new CommandVoice(CommandVoice.Engine.FESTIVAL, "kal_diphone", Locale.US).speak(TEXT));
    }

    @Test
    void theCatalogFindsInstalledVoicesByLanguageAndName() {
        requireInstalled("espeak-ng");
        VoiceCatalog catalog = VoiceCatalog.discover(Map.of());
        assertEquals(MaryVoice.DEFAULT, catalog.forLanguage("en").name(), "the built-in voice first for English");
        assertTrue(catalog.forLanguage("zh").name().startsWith("espeak-ng/"), "espeak-ng speaks Chinese");
        assertEquals("espeak-ng/de", catalog.named("espeak-ng/de").name());
        var e = assertThrows(VoiceException.class, () -> catalog.named("nobody"));
        assertTrue(e.getMessage().contains("reel voices"), e.getMessage());
    }

    @Test
    void anOpenAiCompatibleEndpointSpeaks() throws Exception {
        AtomicReference<String> request = new AtomicReference<>();
        AtomicReference<String> auth = new AtomicReference<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/audio/speech", exchange -> {
            request.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            auth.set(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] wav;
            try {
                wav = wav(SpeechTimingTest.tones(4_000, 200, 1_800, 2_300, 3_800));
            } catch (Exception e) {
                throw new java.io.IOException(e);
            }
            exchange.getResponseHeaders().add("Content-Type", "audio/wav");
            exchange.sendResponseHeaders(200, wav.length);
            exchange.getResponseBody().write(wav);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/audio/speech";
            Voice voice = HttpSpeechVoice.fromEnvironment(Map.of("REEL_TTS_URL", url, "REEL_TTS_VOICE", "nova", "REEL_TTS_KEY", "k1"));
            Speech speech = voice.speak(TEXT);
            assertTrue(request.get().contains("\"voice\":\"nova\"") && request.get().contains("\"input\":\"Boats"), request.get());
            assertEquals("Bearer k1", auth.get());
            checkSpeech(speech);
            assertEquals(2_300, speech.words().get(6).startMs(), 20, "the second sentence starts after the pause");
            assertEquals("openai/nova", voice.name());
            assertEquals("openai/alloy", VoiceCatalog.discover(Map.of("REEL_TTS_URL", url)).forLanguage("fi").name(),
                    "a configured endpoint is used for any language");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void anEndpointThatFailsSaysWhatItAnswered() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = "{\"error\":\"model not found\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(404, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            Voice voice = new HttpSpeechVoice(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/speech"), "m", "v", null);
            var e = assertThrows(VoiceException.class, () -> voice.speak("Hello there."));
            assertTrue(e.getMessage().contains("404") && e.getMessage().contains("model not found"), e.getMessage());
        } finally {
            server.stop(0);
        }
        var e = assertThrows(VoiceException.class, () -> HttpSpeechVoice.fromEnvironment(Map.of("REEL_TTS_URL", "file:///etc/passwd")));
        assertTrue(e.getMessage().contains("http or https"), e.getMessage());
    }

    static byte[] wav(float[] mono) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.sound.sampled.AudioFormat format = new javax.sound.sampled.AudioFormat(16_000, 16, 1, true, false);
        byte[] pcm = new byte[mono.length * 2];
        for (int i = 0; i < mono.length; i++) {
            short v = (short) (mono[i] * 32767);
            pcm[2 * i] = (byte) v;
            pcm[2 * i + 1] = (byte) (v >> 8);
        }
        javax.sound.sampled.AudioSystem.write(new javax.sound.sampled.AudioInputStream(new java.io.ByteArrayInputStream(pcm), format,
                mono.length), javax.sound.sampled.AudioFileFormat.Type.WAVE, out);
        return out.toByteArray();
    }
}
