package dev.reelwright.cli;

import dev.reelwright.render.Cancellation;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A {@code reel} subcommand: picocli fills its annotated options, then {@link #run} does the work
 * with the run's streams, environment and cancellation. Failures are exceptions ({@link
 * CliException} for bad input), turned into exit codes in one place, {@link Reel}.
 */
public abstract class ReelCommand implements Callable<Integer> {
    /** What a run of {@code reel} works with; tests give their own streams and environment. */
    public record Context(InputStream in, Map<String, String> env, PrintStream out, PrintStream err, Cancellation cancellation) {
    }

    @Spec
    protected CommandSpec spec;

    protected abstract void run(Context context) throws Exception;

    @Override
    public final Integer call() throws Exception {
        run(((Reel) spec.root().userObject()).context());
        return Reel.OK;
    }
}
