package dev.reelwright.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar redrawn in place on a terminal (the progressbar library's, with its elapsed time
 * and ETA), or nothing at all when the output is a file or a pipe: callers print plain lines then.
 */
public final class TerminalBar implements AutoCloseable {
    private final ProgressBar bar;
    private final PrintStream out;

    private TerminalBar(ProgressBar bar, PrintStream out) {
        this.bar = bar;
        this.out = out;
    }

    /** Whether standard output is a terminal; {@code REEL_PROGRESS=bar} or {@code =lines} decides instead when set. */
    public static boolean wanted(java.util.Map<String, String> env) {
        String forced = env.get("REEL_PROGRESS");
        if (forced != null) {
            return forced.equals("bar");
        }
        return System.console() != null;
    }

    /** A bar counting from 0 to {@code max} in {@code unit} (e.g. " frames", "%"). */
    public static TerminalBar open(PrintStream out, String task, long max, String unit) {
        return new TerminalBar(new ProgressBarBuilder().setTaskName(task).setInitialMax(max).setUnit(unit, 1)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(100).setMaxRenderedLength(100)
                .setConsumer(new ConsoleProgressBarConsumer(out)).build(), out);
    }

    public void stepTo(long done, String note) {
        bar.stepTo(done);
        bar.setExtraMessage(note);
    }

    public void max(long max) {
        bar.maxHint(max);
    }

    /** Draws the last state and ends the line, so what follows starts on a fresh one. */
    @Override
    public void close() {
        bar.close();
        // The library leaves the cursor at the end of the bar's line.
        out.println();
    }
}
