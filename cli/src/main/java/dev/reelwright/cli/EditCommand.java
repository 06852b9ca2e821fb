package dev.reelwright.cli;

import dev.reelwright.draft.TimelineSummary;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code reel edit DRAFT.json "make it vertical" ["add lo-fi music at 35%" ...] [--lang zh] [--media DIR] [--undo]}:
 * chat turns applied to a local draft by the same agent as the server's ({@link LocalDraft}). Each
 * turn's draft before it is kept in {@code DRAFT.versions/} so {@code --undo} (or "undo") goes
 * back; the draft is written only when every turn could be done.
 */
final class EditCommand {
    static final String USAGE = "reel edit DRAFT.json \"REQUEST\" [\"REQUEST\" ...] [--lang en|zh] [--media DIR] [--undo]";

    private EditCommand() {
    }

    static void run(List<String> argv, PrintStream out) {
        Args args = new Args(argv, Set.of("--lang", "--media"), Set.of("--undo"));
        Path file = Path.of(args.positional(0, "the draft file (" + USAGE + ")"));
        LocalDraft draft = new LocalDraft(file, args.option("--media"));
        if (args.flag("--undo")) {
            out.println("Undone: " + TimelineSummary.of(draft.undo()));
            return;
        }
        List<String> requests = args.positional().subList(1, args.positional().size());
        if (requests.isEmpty()) {
            throw new CliException("say what to change, e.g. " + USAGE.replace("\"REQUEST\" [\"REQUEST\" ...]", "\"make it vertical\""));
        }
        draft.say(requests, args.option("--lang", "en")).forEach(out::println);
    }
}
