package dev.reelwright.draft.edit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Arguments that arrive as a client's JSON (the studio's operations route) are checked against the operation's own. */
class OperationArgsTest {
    @Test
    void argumentsOfTheRightTypesPass() {
        assertDoesNotThrow(() -> Operation.EDIT_TEXT.checkArgs(Map.of("target", "title", "text", "Urban Dreams", "start_s", 0.5)));
        assertDoesNotThrow(() -> Operation.SET_SCENE_LENGTH.checkArgs(Map.of("scene", 2, "length_s", 4)));
        assertDoesNotThrow(() -> Operation.SET_CAPTIONS.checkArgs(Map.of("visible", false)));
        assertDoesNotThrow(() -> Operation.UNDO.checkArgs(Map.of()));
    }

    @ParameterizedTest(name = "{0} {1}={2}")
    @CsvSource(delimiter = '|', value = {
        "set_volume|volume|s:loud|set_volume: volume must be a number (got \"loud\")",
        "set_volume|track|s:drums|set_volume: track must be music, voice or clips (got \"drums\")",
        "set_scene_length|scene|n:2.5|set_scene_length: scene must be a whole number (got 2.5)",
        "set_captions|visible|s:yes|set_captions: visible must be true or false (got \"yes\")",
        "edit_text|text|n:3|edit_text: text must be text (got 3)",
        "edit_text|colour|s:#fff|edit_text has no argument \"colour\"; it takes target, text, position, color, size, font, start_s, end_s",
        "undo|scene|n:1|undo has no argument \"scene\"; it takes none",
    })
    void aWrongArgumentIsNamedWithWhatItMustBe(String operation, String name, String value, String message) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put(name, value.startsWith("s:") ? value.substring(2) : (Object) Double.parseDouble(value.substring(2)));
        Operation op = Operation.named(operation).orElseThrow();
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> op.checkArgs(args)).getMessage());
    }
}
