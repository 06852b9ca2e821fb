package dev.reelwright.agent.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArgumentCheckTest {

    private static final Map<String, Object> SCHEMA = Map.of(
            "type", "object",
            "properties", Map.of(
                    "name", Map.of("type", "string"),
                    "count", Map.of("type", "integer"),
                    "gain", Map.of("type", "number"),
                    "loop", Map.of("type", "boolean"),
                    "speed", Map.of("type", "number", "enum", List.of(1, 1.5, 2)),
                    "note", Map.of("type", List.of("string", "null"))),
            "required", List.of("name"));

    @Test
    void passesArgumentsOfTheRightTypes() {
        assertEquals(Optional.empty(), check(Map.of("name", "a", "count", 3L, "gain", 0.5, "loop", true,
                "speed", 2.0, "note", "x")));
    }

    @Test
    void reportsAMissingRequiredArgument() {
        assertEquals(Optional.of("without the required argument 'name'"), check(Map.of("count", 1)));
    }

    @Test
    void countsAWholeDecimalAsAnIntegerButNotAFraction() {
        assertEquals(Optional.empty(), check(Map.of("name", "a", "count", 3.0)));
        assertEquals(Optional.empty(), check(Map.of("name", "a", "count", new BigDecimal("4.00"))));
        assertEquals(Optional.of("with argument 'count' = 3.5, which is not of type \"integer\""),
                check(Map.of("name", "a", "count", 3.5)));
    }

    @Test
    void refusesANumberWrittenAsAString() {
        assertEquals(Optional.of("with argument 'gain' = \"0.5\", which is not of type \"number\""),
                check(Map.of("name", "a", "gain", "0.5")));
    }

    @Test
    void refusesABooleanWrittenAsAString() {
        assertEquals(Optional.of("with argument 'loop' = \"true\", which is not of type \"boolean\""),
                check(Map.of("name", "a", "loop", "true")));
    }

    @Test
    void refusesAStringThatIsANumber() {
        assertEquals(Optional.of("with argument 'name' = 7, which is not of type \"string\""),
                check(Map.of("name", 7)));
    }

    @Test
    void comparesEnumNumbersByValue() {
        assertEquals(Optional.empty(), check(Map.of("name", "a", "speed", 1L)));
        assertEquals(Optional.of("with argument 'speed' = 3, which is not one of [1,1.5,2]"),
                check(Map.of("name", "a", "speed", 3)));
    }

    @Test
    void acceptsNullWhereTheTypeAllowsIt() {
        Map<String, Object> arguments = new HashMap<>(Map.of("name", "a"));
        arguments.put("note", null);
        assertEquals(Optional.empty(), check(arguments));
    }

    @Test
    void treatsNullForAnOptionalArgumentAsLeftOutButNotForARequiredOne() {
        Map<String, Object> optional = new HashMap<>(Map.of("name", "a"));
        optional.put("count", null);
        assertEquals(Optional.empty(), check(optional));

        Map<String, Object> required = new HashMap<>();
        required.put("name", null);
        assertEquals(Optional.of("with argument 'name' = null, which is not of type \"string\""), check(required));
    }

    @Test
    void allowsUnknownArgumentsUnlessTheSchemaIsClosed() {
        assertEquals(Optional.empty(), check(Map.of("name", "a", "extra", 1)));

        Map<String, Object> closed = new HashMap<>(SCHEMA);
        closed.put("additionalProperties", false);
        assertEquals(Optional.of("with argument 'extra', which it does not take"),
                ArgumentCheck.problem(closed, Map.of("name", "a", "extra", 1)));
    }

    @Test
    void acceptsAnythingWhenTheSchemaSaysNothing() {
        assertEquals(Optional.empty(), ArgumentCheck.problem(Map.of("type", "object"), Map.of("x", List.of(1))));
    }

    private static Optional<String> check(Map<String, ?> arguments) {
        return ArgumentCheck.problem(SCHEMA, arguments);
    }
}
