package dev.reelwright.cli;

import dev.reelwright.draft.TimelineSummary;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code reel summary DRAFT.json}: the one-line timeline summary. */
final class SummaryCommand {
    private SummaryCommand() {
    }

    static void run(List<String> argv, PrintStream out) {
        Args args = new Args(argv, Set.of(), Set.of());
        Path file = Path.of(args.positional(0, "the draft file (reel summary DRAFT.json)"));
        args.allowPositionals(1);
        out.println(TimelineSummary.of(DraftFiles.read(file)));
    }
}
