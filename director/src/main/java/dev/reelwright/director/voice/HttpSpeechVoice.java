package dev.reelwright.director.voice;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Any OpenAI-compatible speech endpoint ({@code POST …/audio/speech} with model, voice and input,
 * answering WAV). Configured by {@code REEL_TTS_URL}, {@code REEL_TTS_MODEL}, {@code REEL_TTS_VOICE}
 * and {@code REEL_TTS_KEY}; word timings are aligned to the pauses in the audio.
 */
public final class HttpSpeechVoice implements Voice {
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final int MAX_AUDIO_BYTES = 64 << 20;

    private final URI endpoint;
    private final String model;
    private final String voice;
    private final String key;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** @param endpoint the full speech URL, e.g. {@code http://localhost:8000/v1/audio/speech} */
    public HttpSpeechVoice(URI endpoint, String model, String voice, String key) {
        this.endpoint = endpoint;
        this.model = model;
        this.voice = voice;
        this.key = key;
    }

    /** The endpoint the environment configures, or null when {@code REEL_TTS_URL} is not set. */
    public static HttpSpeechVoice fromEnvironment(java.util.Map<String, String> env) {
        String url = env.get("REEL_TTS_URL");
        if (url == null || url.isBlank()) {
            return null;
        }
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new VoiceException("REEL_TTS_URL is not a URL: " + url);
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new VoiceException("REEL_TTS_URL must be an http or https URL (got " + url + ")");
        }
        return new HttpSpeechVoice(uri, env.getOrDefault("REEL_TTS_MODEL", "tts-1"), env.getOrDefault("REEL_TTS_VOICE", "alloy"),
                env.get("REEL_TTS_KEY"));
    }

    @Override
    public String name() {
        return "openai/" + voice;
    }

    @Override
    public Locale locale() {
        return Locale.ROOT;
    }

    @Override
    public Speech speak(String text) {
        ObjectNode body = new ObjectMapper().createObjectNode().put("model", model).put("voice", voice).put("input", text)
                .put("response_format", "wav");
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(TIMEOUT).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (key != null && !key.isBlank()) {
            request.header("Authorization", "Bearer " + key.strip());
        }
        try {
            HttpResponse<java.io.InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (var in = response.body()) {
                byte[] bytes = in.readNBytes(MAX_AUDIO_BYTES + 1);
                if (response.statusCode() != 200) {
                    String detail = new String(bytes, 0, Math.min(bytes.length, 200), java.nio.charset.StandardCharsets.UTF_8).strip();
                    throw new VoiceException("the speech endpoint " + endpoint + " answered " + response.statusCode()
                            + (detail.isEmpty() ? "" : ": " + detail.replaceAll("\\s+", " ")));
                }
                if (bytes.length > MAX_AUDIO_BYTES) {
                    throw new VoiceException("the speech endpoint " + endpoint + " sent more than 64 MiB of audio");
                }
                WavDecoder.Pcm pcm = WavDecoder.decode(bytes, "the speech endpoint " + endpoint);
                List<String> words = List.of(text.strip().split("\\s+"));
                return new Speech(pcm.samples(), pcm.sampleRate(),
                        PauseAligner.align(words, SpeechPauses.speech(pcm.samples(), pcm.sampleRate())));
            }
        } catch (IOException e) {
            throw new VoiceException("the speech endpoint " + endpoint + " could not be reached (" + e.getMessage() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VoiceException("speech was interrupted", e);
        }
    }
}
