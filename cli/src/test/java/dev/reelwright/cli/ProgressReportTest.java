package dev.reelwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelwright.render.RenderProgress;
import dev.reelwright.render.RenderProgress.Stage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A render's progress: a bar redrawn in place on a terminal, a line each tenth otherwise. */
class ProgressReportTest {
    private static String report(boolean terminal) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ProgressReport report = new ProgressReport(out, terminal, "out.mp4");
        report.progress(new RenderProgress(Stage.CHECKING_MEDIA, 0, 0));
        report.progress(new RenderProgress(Stage.MIXING_SOUND, 0, 0));
        for (int frame = 0; frame <= 200; frame += 10) {
            report.progress(new RenderProgress(Stage.RENDERING, frame, 200));
        }
        report.warning("a photo is small");
        report.progress(new RenderProgress(Stage.FINISHING, 200, 200));
        report.progress(new RenderProgress(Stage.DONE, 200, 200));
        out.println("wrote out.mp4");
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aTerminalGetsABarRedrawnInPlace() {
        String shown = report(true);
        assertTrue(shown.contains("\r"), shown);
        assertTrue(shown.contains("200/200 frames"), shown);
        assertTrue(shown.contains("\nwarning: a photo is small\n"), "a warning is its own line: " + shown);
        assertTrue(shown.endsWith("done     \nwrote out.mp4\n") || shown.matches("(?s).*done\\s*\\nwrote out.mp4\\n"), shown);
    }

    @Test
    void aFileGetsPlainLines() {
        String written = report(false);
        assertEquals(-1, written.indexOf('\r'), written);
        assertTrue(written.contains("out.mp4: 50% (100/200 frames)\n"), written);
        assertTrue(written.contains("out.mp4: mixing sound\n"), written);
        assertTrue(written.endsWith("out.mp4: done\nwrote out.mp4\n"), written);
    }
}
