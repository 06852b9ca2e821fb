package dev.reelwright.agent.llm;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Where and how to reach an OpenAI-compatible chat-completions endpoint; {@link #toString} never shows the key. */
public final class LlmConfig {

    public static final String DEFAULT_MODEL = "gpt-4o-mini";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

    private static final BigDecimal MAX_SECONDS = BigDecimal.valueOf(Long.MAX_VALUE / 1000);

    private final URI url;
    private final String model;
    private final String apiKey;
    private final Duration timeout;

    /**
     * @param url     the full chat-completions URL, http or https
     * @param model   the model name sent in each request
     * @param apiKey  sent as a Bearer token; null or blank for none
     * @param timeout bound on one whole call, connect to last byte; at least 1 ms
     */
    public LlmConfig(URI url, String model, String apiKey, Duration timeout) {
        this.url = requireHttpUrl(Objects.requireNonNull(url, "url"), "url");
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("model must not be blank");
        }
        this.model = model;
        this.apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey;
        // Checked here because a header builder's complaint could quote the key back.
        if (this.apiKey != null && !this.apiKey.chars().allMatch(c -> c > ' ' && c < 127)) {
            throw new IllegalArgumentException("apiKey must be printable ASCII without spaces");
        }
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.toMillis() < 1) {
            throw new IllegalArgumentException("timeout must be at least 1 ms, got " + timeout);
        }
        this.timeout = timeout;
    }

    /** A config with the default timeout of 20 s. */
    public LlmConfig(URI url, String model, String apiKey) {
        this(url, model, apiKey, DEFAULT_TIMEOUT);
    }

    /**
     * Reads the REEL_LLM_* variables; empty when REEL_LLM_URL is unset or blank (no model configured).
     *
     * <p>REEL_LLM_URL may be a server root, a /v1 base or the full endpoint. The rule: with no path (or just
     * "/"), append "/v1/chat/completions"; with a path ending in "/v1" (trailing slashes ignored), append
     * "/chat/completions"; any other path is taken as the full chat-completions URL. A query string is kept.
     * So {@code http://host:8080}, {@code http://host:8080/v1} and {@code http://host:8080/v1/chat/completions}
     * all mean the same endpoint.
     *
     * <p>REEL_LLM_MODEL defaults to {@value #DEFAULT_MODEL}; REEL_LLM_KEY is optional; REEL_LLM_TIMEOUT_S is
     * a positive number of seconds (decimals allowed), default 20.
     *
     * @throws IllegalArgumentException when a variable is set but unusable, so a typo is not silently ignored
     */
    public static Optional<LlmConfig> fromEnvironment(Map<String, String> env) {
        String rawUrl = env.get("REEL_LLM_URL");
        if (rawUrl == null || rawUrl.isBlank()) {
            return Optional.empty();
        }
        String model = env.get("REEL_LLM_MODEL");
        String timeout = env.get("REEL_LLM_TIMEOUT_S");
        String key = env.get("REEL_LLM_KEY");
        return Optional.of(new LlmConfig(
                chatCompletionsUrl(rawUrl),
                model == null || model.isBlank() ? DEFAULT_MODEL : model.strip(),
                key == null ? null : key.strip(),
                timeout == null || timeout.isBlank() ? DEFAULT_TIMEOUT : seconds(timeout.strip())));
    }

    public URI url() {
        return url;
    }

    public String model() {
        return model;
    }

    /** The API key, or null when none is set. */
    public String apiKey() {
        return apiKey;
    }

    public Duration timeout() {
        return timeout;
    }

    /** The URL without user info or query, for messages: either could carry a credential. */
    String displayUrl() {
        return url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort())
                + (url.getRawPath() == null ? "" : url.getRawPath());
    }

    /** "20 s" for whole seconds, else "300 ms": how timeouts read in messages. */
    static String describe(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    private static URI chatCompletionsUrl(String raw) {
        String text = raw.strip();
        int cut = firstOf(text, '?', '#');
        String head = cut < 0 ? text : text.substring(0, cut);
        String tail = cut < 0 ? "" : text.substring(cut);
        String path = parse(head).getRawPath();
        String trimmed = head.replaceAll("/+$", "");
        String full;
        if (path == null || path.isEmpty() || path.equals("/")) {
            full = trimmed + "/v1/chat/completions";
        } else if (path.replaceAll("/+$", "").endsWith("/v1")) {
            full = trimmed + "/chat/completions";
        } else {
            full = head;
        }
        return requireHttpUrl(parse(full + tail), "REEL_LLM_URL");
    }

    private static URI parse(String text) {
        try {
            return URI.create(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("REEL_LLM_URL is not a valid URL: " + text, e);
        }
    }

    private static URI requireHttpUrl(URI url, String what) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
            throw new IllegalArgumentException(what + " must be an http or https URL with a host, got " + url);
        }
        return url;
    }

    private static Duration seconds(String text) {
        try {
            BigDecimal seconds = new BigDecimal(text);
            // The upper bound is checked first: scaling "1e999999999" would take forever.
            if (seconds.signum() > 0 && seconds.compareTo(MAX_SECONDS) <= 0) {
                return Duration.ofMillis(seconds.movePointRight(3).setScale(0, RoundingMode.CEILING).longValueExact());
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // reported below, with the variable's name
        }
        throw new IllegalArgumentException("REEL_LLM_TIMEOUT_S must be a positive number of seconds, got '" + text + "'");
    }

    private static int firstOf(String text, char a, char b) {
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LlmConfig c && url.equals(c.url) && model.equals(c.model)
                && Objects.equals(apiKey, c.apiKey) && timeout.equals(c.timeout);
    }

    @Override
    public int hashCode() {
        return Objects.hash(url, model, apiKey, timeout);
    }

    @Override
    public String toString() {
        return "LlmConfig[url=" + displayUrl() + ", model=" + model + ", apiKey=" + (apiKey == null ? "none" : "set")
                + ", timeout=" + describe(timeout) + "]";
    }
}
