package dev.reelwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reel completion}, loaded into a real bash and asked what completes, as a TAB would. */
class CompletionTest {
    @TempDir
    Path dir;

    private List<String> complete(Path script, String line) throws IOException, InterruptedException {
        String program = "source " + script + "\n"
                + "COMP_LINE='" + line + "'; COMP_POINT=${#COMP_LINE}; read -ra COMP_WORDS <<< \"$COMP_LINE\"\n"
                + "if [[ \"$COMP_LINE\" == *' ' ]]; then COMP_WORDS+=(''); fi; COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))\n"
                + "_complete_reel 2>/dev/null; printf '%s\\n' \"${COMPREPLY[@]}\"\n";
        Process bash = new ProcessBuilder("bash", "-c", program).redirectErrorStream(false).start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, bash.waitFor(), out);
        return out.lines().filter(s -> !s.isBlank()).sorted().toList();
    }

    @Test
    void commandsOptionsAndTheirValuesComplete() throws Exception {
        ReelRun run = ReelRun.of("completion");
        assertEquals(0, run.exitCode(), run.err());
        Path script = Files.writeString(dir.resolve("reel.bash"), run.out());
        assertEquals(List.of("make"), complete(script, "reel ma"));
        assertEquals(List.of("--aspect"), complete(script, "reel make --asp"));
        assertEquals(List.of("16:9", "1:1", "4:5", "9:16"), complete(script, "reel make --aspect "));
        assertEquals(List.of("bold", "boxed", "clean", "karaoke", "none"), complete(script, "reel make --captions "));
        assertEquals(List.of("1080p", "480p", "720p"), complete(script, "reel export --resolution "));
        assertEquals(List.of("agent", "api", "farm", "make", "preview", "quality", "reexport", "render"), complete(script, "reel bench "));
    }
}
