package dev.reelwright.cli;

import dev.reelwright.draft.TimelineSummary;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code reel summary DRAFT.json}: the one-line timeline summary. */
@Command(name = "summary", description = "The draft's timeline in one line.")
final class SummaryCommand extends ReelCommand {
    @Parameters(index = "0", paramLabel = "DRAFT.json", description = "the draft")
    Path file;

    @Override
    protected void run(Context context) {
        context.out().println(TimelineSummary.of(DraftFiles.read(file)));
    }
}
