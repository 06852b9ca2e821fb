package dev.reelwright.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;

/**
 * {@code reel completion}: a bash (and zsh) completion script made by picocli from the same
 * declarations as the help, so every command, option and allowed value completes.
 */
@Command(name = "completion", description = "A completion script for bash and zsh: source <(reel completion), or save it"
        + " under /etc/bash_completion.d/ or ~/.local/share/bash-completion/completions/reel.")
final class CompletionCommand extends ReelCommand {
    @Override
    protected void run(Context context) {
        context.out().print(AutoComplete.bash("reel", spec.root().commandLine()));
    }
}
