package dev.reelwright.draft;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** Reads and writes drafts as short-key JSON: parse, upgrade, map, validate. */
public final class DraftCodec {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private DraftCodec() {
    }

    /** Parses and validates a draft; any problem is a {@link DraftException} naming where it is. */
    public static Draft parse(String json) {
        Draft draft = parseUnchecked(json);
        DraftValidator.requireValid(draft);
        return draft;
    }

    /** Parses without checking the timeline rules (types and shape are still checked). */
    public static Draft parseUnchecked(String json) {
        if (json.isBlank()) {
            throw new DraftException("draft: the file is empty");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new DraftException(syntaxMessage(e));
        }
        return DraftReader.read(DraftUpgrader.upgrade(root));
    }

    public static String write(Draft draft) {
        try {
            return MAPPER.writeValueAsString(new DraftWriter(MAPPER).write(draft)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a draft", e);
        }
    }

    private static String syntaxMessage(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String detail = e.getOriginalMessage().lines().findFirst().orElse("malformed");
        int context = detail.indexOf(" (for ");
        detail = context > 0 ? detail.substring(0, context) : detail;
        if (at == null || at.getLineNr() < 1) {
            return "malformed JSON: " + detail;
        }
        return "malformed JSON at line " + at.getLineNr() + ", column " + at.getColumnNr() + ": " + detail;
    }
}
