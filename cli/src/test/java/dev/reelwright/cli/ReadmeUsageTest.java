package dev.reelwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's usage section is the commands' own help, printed from their declarations: this
 * fails when they differ. {@code mvn -pl cli test -Dtest=ReadmeUsageTest -Dreel.writeReadme=true}
 * writes the new section into the README.
 */
class ReadmeUsageTest {
    static final String START = "<!-- usage: generated from the commands' declarations; see ReadmeUsageTest -->\n";
    static final String END = "<!-- end of the generated usage -->\n";

    @Test
    void theReadmeShowsTheCommandsAsTheyAreDeclared() throws IOException {
        Path readme = Path.of("..", "README.md");
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        assertTrue(start >= 0 && end > start, "README.md has no generated usage section (" + START.strip() + " ... " + END.strip() + ")");
        String generated = Reel.usageMarkdown();
        String current = text.substring(start + START.length(), end);
        if (!current.equals(generated) && Boolean.getBoolean("reel.writeReadme")) {
            Files.writeString(readme, text.substring(0, start + START.length()) + generated + text.substring(end), StandardCharsets.UTF_8);
            return;
        }
        assertEquals(generated, current, "README.md's usage is stale: mvn -pl cli test -Dtest=ReadmeUsageTest -Dreel.writeReadme=true");
    }
}
