package dev.reelwright.cli;

import dev.reelwright.render.RenderListener;
import dev.reelwright.render.RenderProgress;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Shows a render's progress: a {@link TerminalBar} of frames on a terminal, plain lines (each
 * tenth, each stage) when the output goes to a file or a pipe. Warnings are always their own line.
 */
final class ProgressReport implements RenderListener {
    private final PrintStream out;
    private final boolean terminal;
    private final String label;
    private TerminalBar bar;
    private RenderProgress.Stage lastStage;
    private int lastTenth = -1;

    ProgressReport(PrintStream out, boolean terminal, String label) {
        this.out = out;
        this.terminal = terminal;
        this.label = label;
    }

    static boolean stdoutIsTerminal() {
        return TerminalBar.wanted(System.getenv());
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
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }

    private void drawBar(RenderProgress progress) {
        long total = Math.max(1, progress.framesTotal());
        if (bar == null) {
            bar = TerminalBar.open(out, label, total, " frames");
        }
        bar.max(total);
        long done = switch (progress.stage()) {
            case CHECKING_MEDIA, MIXING_SOUND -> 0;
            case RENDERING -> progress.framesDone();
            case FINISHING, DONE -> total;
        };
        bar.stepTo(done, String.format(Locale.ROOT, "%-9s", stageName(progress.stage())));
        if (progress.stage() == RenderProgress.Stage.DONE) {
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
