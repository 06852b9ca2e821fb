package dev.reelwright.agent.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LlmConfigTest {

    @Test
    void isEmptyWithoutAUrl() {
        assertEquals(Optional.empty(), LlmConfig.fromEnvironment(Map.of()));
        assertEquals(Optional.empty(), LlmConfig.fromEnvironment(Map.of("REEL_LLM_URL", "  ", "REEL_LLM_KEY", "k")));
    }

    @ParameterizedTest
    @CsvSource({
            "http://127.0.0.1:1234,                       http://127.0.0.1:1234/v1/chat/completions",
            "http://127.0.0.1:1234/,                      http://127.0.0.1:1234/v1/chat/completions",
            "http://127.0.0.1:1234/v1,                    http://127.0.0.1:1234/v1/chat/completions",
            "http://127.0.0.1:1234/v1/,                   http://127.0.0.1:1234/v1/chat/completions",
            "http://127.0.0.1:1234/v1/chat/completions,   http://127.0.0.1:1234/v1/chat/completions",
            "https://api.example.com/openai/v1,           https://api.example.com/openai/v1/chat/completions",
            "https://api.example.com/custom/chat,         https://api.example.com/custom/chat",
            "https://api.example.com/v1?api-version=2,    https://api.example.com/v1/chat/completions?api-version=2",
            "' http://localhost:8080 ',                   http://localhost:8080/v1/chat/completions",
    })
    void completesTheUrlByTheDocumentedRule(String given, String expected) {
        LlmConfig config = LlmConfig.fromEnvironment(Map.of("REEL_LLM_URL", given)).orElseThrow();
        assertEquals(URI.create(expected), config.url());
    }

    @Test
    void appliesDefaults() {
        LlmConfig config = LlmConfig.fromEnvironment(Map.of("REEL_LLM_URL", "http://h:1")).orElseThrow();
        assertEquals("gpt-4o-mini", config.model());
        assertNull(config.apiKey());
        assertEquals(Duration.ofSeconds(20), config.timeout());
    }

    @Test
    void readsModelKeyAndTimeout() {
        LlmConfig config = LlmConfig.fromEnvironment(Map.of("REEL_LLM_URL", "http://h:1", "REEL_LLM_MODEL", "qwen2.5",
                "REEL_LLM_KEY", " sk-abc ", "REEL_LLM_TIMEOUT_S", "2.5")).orElseThrow();
        assertEquals("qwen2.5", config.model());
        assertEquals("sk-abc", config.apiKey());
        assertEquals(Duration.ofMillis(2500), config.timeout());
    }

    @Test
    void treatsBlankOptionalVariablesAsUnset() {
        LlmConfig config = LlmConfig.fromEnvironment(Map.of("REEL_LLM_URL", "http://h:1", "REEL_LLM_MODEL", " ",
                "REEL_LLM_KEY", "", "REEL_LLM_TIMEOUT_S", " ")).orElseThrow();
        assertEquals(new LlmConfig(URI.create("http://h:1/v1/chat/completions"), "gpt-4o-mini", null), config);
    }

    @ParameterizedTest
    @CsvSource({"abc", "0", "-3", "1e999999999"})
    void refusesAnUnusableTimeout(String timeout) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LlmConfig.fromEnvironment(
                Map.of("REEL_LLM_URL", "http://h:1", "REEL_LLM_TIMEOUT_S", timeout)));
        assertEquals("REEL_LLM_TIMEOUT_S must be a positive number of seconds, got '" + timeout + "'", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"localhost:1234", "ftp://h/v1", "http://", "http://h:1/a b"})
    void refusesAUrlThatIsNotHttp(String url) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LlmConfig.fromEnvironment(Map.of("REEL_LLM_URL", url)));
        assertTrue(e.getMessage().startsWith("REEL_LLM_URL "), e.getMessage());
    }

    @Test
    void toStringHidesTheKeyAndCredentialsInTheUrl() {
        Map<String, String> env = new HashMap<>(Map.of("REEL_LLM_URL", "https://user:pw@h:8443/v1?key=q",
                "REEL_LLM_KEY", "sk-very-secret"));
        LlmConfig config = LlmConfig.fromEnvironment(env).orElseThrow();

        assertEquals("LlmConfig[url=https://h:8443/v1/chat/completions, model=gpt-4o-mini, apiKey=set, timeout=20 s]",
                config.toString());
        assertFalse(config.toString().contains("sk-very-secret"));
    }

    @Test
    void toStringSaysWhenThereIsNoKey() {
        LlmConfig config = new LlmConfig(URI.create("http://h/x"), "m", null, Duration.ofMillis(300));
        assertEquals("LlmConfig[url=http://h/x, model=m, apiKey=none, timeout=300 ms]", config.toString());
    }
}
