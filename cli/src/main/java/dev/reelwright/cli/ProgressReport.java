package dev.reelwright.cli;

import dev.reelwright.render.RenderListener;
import dev.reelwright.render.RenderProgress;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Shows a render's progress: a redrawn bar on a terminal, plain lines (each tenth, each stage)
 * when the output goes to a file or a pipe. Warnings are always their own line.
 */
final class ProgressReport implements RenderListener {
    private static final int BAR_CELLS = 30;
    private static final long REDRAW_NANOS = 100_000_000;

    private final PrintStream out;
    private final boolean terminal;
    private final String label;
    private final long startNanos = System.nanoTime();
    private long lastDrawNanos;
    private RenderProgress.Stage lastStage;
    private int lastTenth = -1;
    private boolean barShown;

    ProgressReport(PrintStream out, boolean terminal, String label) {
        this.out = out;
        this.terminal = terminal;
        this.label = label;
    }

    static boolean stdoutIsTerminal() {
        String forced = System.getenv("REEL_PROGRESS");
        if (forced != null) {
            return forced.equals("bar");
        }
        return System.console() != null;
    }

    @Override
    public void progress(RenderProgress progress) {
        if (terminal) {
            drawBar(progress);
        } else {
            printLine(progress);
        }
    }

    @Override
    public void warning(String message) {
        endBar();
        out.println("warning: " + message);
    }

    /** Finishes the bar line so what follows starts on a fresh line. */
    void endBar() {
        if (barShown) {
            out.println();
            barShown = false;
        }
    }

    private void drawBar(RenderProgress progress) {
        long now = System.nanoTime();
        boolean last = progress.stage() == RenderProgress.Stage.DONE;
        if (!last && now - lastDrawNanos < REDRAW_NANOS && progress.stage() == lastStage) {
            return;
        }
        lastDrawNanos = now;
        lastStage = progress.stage();
        double fraction = progress.fraction();
        int filled = (int) Math.round(fraction * BAR_CELLS);
        String bar = "#".repeat(filled) + "-".repeat(BAR_CELLS - filled);
        double seconds = (now - startNanos) / 1e9;
        String detail = progress.stage() == RenderProgress.Stage.RENDERING
                ? String.format(Locale.ROOT, "%d/%d frames, %.0f fps", progress.framesDone(), progress.framesTotal(),
                progress.framesDone() / Math.max(seconds, 1e-3))
                : stageName(progress.stage());
        out.printf(Locale.ROOT, "\r%s [%s] %3.0f%% %s   ", label, bar, fraction * 100, detail);
        out.flush();
        barShown = true;
        if (last) {
            endBar();
        }
    }

    private void printLine(RenderProgress progress) {
        int tenth = (int) Math.floor(progress.fraction() * 10);
        if (progress.stage() == lastStage && tenth == lastTenth) {
            return;
        }
        boolean newStage = progress.stage() != lastStage;
        lastStage = progress.stage();
        lastTenth = tenth;
        if (progress.stage() == RenderProgress.Stage.RENDERING && !newStage) {
            out.printf(Locale.ROOT, "%s: %d%% (%d/%d frames)%n", label, tenth * 10, progress.framesDone(), progress.framesTotal());
        } else {
            out.printf(Locale.ROOT, "%s: %s%n", label, stageName(progress.stage()));
        }
    }

    private static String stageName(RenderProgress.Stage stage) {
        return stage.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
