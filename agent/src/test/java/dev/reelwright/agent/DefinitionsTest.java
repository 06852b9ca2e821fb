package dev.reelwright.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reelwright.director.captions.CaptionStyle;
import dev.reelwright.director.music.Mood;
import dev.reelwright.draft.edit.Operation;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The operations' argument values are the director's own: its moods and caption styles. */
class DefinitionsTest {
    @Test
    void moodsAndCaptionStylesAreTheDirectors() {
        List<String> moods = Arrays.stream(Mood.ALL).map(Mood::name).toList();
        assertEquals(moods, Operation.SET_BGM.arg("mood").orElseThrow().values());
        assertEquals(moods, Resolver.MOODS);
        List<String> styles = Arrays.stream(CaptionStyle.values()).map(s -> s.name().toLowerCase(Locale.ROOT)).toList();
        assertEquals(styles, Operation.SET_CAPTIONS.arg("style").orElseThrow().values());
    }
}
