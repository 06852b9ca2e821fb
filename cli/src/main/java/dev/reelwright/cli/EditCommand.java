package dev.reelwright.cli;

import dev.reelwright.draft.TimelineSummary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code reel edit DRAFT.json "make it vertical" ["add lo-fi music at 35%" ...] [--lang zh] [--media DIR] [--undo]}:
 * chat turns applied to a local draft by the same agent as the server's ({@link LocalDraft}). Each
 * turn's draft before it is kept in {@code DRAFT.versions/} so {@code --undo} (or "undo") goes
 * back; the draft is written only when every turn could be done.
 */
@Command(name = "edit", sortOptions = false, description = "Change a draft by saying what to change (\"make it vertical\","
        + " \"add lo-fi music at 35%%\", \"undo\"), with the chat's agent; the versions before are kept in DRAFT.versions/ for --undo.")
final class EditCommand extends ReelCommand {
    @Parameters(index = "0", paramLabel = "DRAFT.json", description = "the draft to change")
    Path file;

    @Parameters(index = "1..*", paramLabel = "REQUEST", description = "what to change, in English or Chinese, one turn each")
    List<String> requests = new ArrayList<>();

    @Mixin
    Options.LanguageOption language;

    @Mixin
    Options.MediaFolderOption media;

    @Option(names = "--undo", description = "go back to the version before the last change")
    boolean undo;

    @Override
    protected void run(Context context) {
        LocalDraft draft = new LocalDraft(file, media.folder);
        if (undo) {
            context.out().println("Undone: " + TimelineSummary.of(draft.undo()));
            return;
        }
        if (requests.isEmpty()) {
            throw new CliException("say what to change, e.g. reel edit " + file + " \"make it vertical\"");
        }
        draft.say(requests, language.code()).forEach(context.out()::println);
    }
}
