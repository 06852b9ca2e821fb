package dev.reelwright.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Golden tests over the drafts in examples/: schema-valid, rule-valid, and stable on round trip. */
class ExampleDraftsTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve("examples"))) {
            List<Path> drafts = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            assertFalse(drafts.isEmpty(), "examples/ holds no drafts");
            return drafts.stream();
        }
    }

    private static JsonSchema schema() throws IOException {
        JsonNode schemaNode = MAPPER.readTree(ROOT.resolve("docs/draft.schema.json").toFile());
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void matchesTheSchema(Path example) throws IOException {
        Set<ValidationMessage> messages = schema().validate(MAPPER.readTree(example.toFile()));
        assertTrue(messages.isEmpty(), () -> example.getFileName() + ": " + messages);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void survivesParseWriteParse(Path example) throws IOException {
        Draft first = DraftCodec.parse(Files.readString(example));
        String written = DraftCodec.write(first);
        assertEquals(first, DraftCodec.parse(written));
        assertTrue(schema().validate(MAPPER.readTree(written)).isEmpty(), "written form matches the schema too");
    }

    @Test
    void theSchemaRejectsWhatTheCodecRejects() throws IOException {
        JsonNode bad = MAPPER.readTree(Drafts.colourSecond().replace("\"w\":320", "\"w\":321"));
        assertFalse(schema().validate(bad).isEmpty());
        JsonNode unknownKey = MAPPER.readTree(Drafts.colourSecond().replace("\"s\":0", "\"speed\":1,\"s\":0"));
        assertFalse(schema().validate(unknownKey).isEmpty());
    }
}
