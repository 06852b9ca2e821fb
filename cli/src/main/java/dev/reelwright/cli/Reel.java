package dev.reelwright.cli;

import dev.reelwright.cli.client.ClientCli;
import dev.reelwright.director.captions.CaptionStyle;
import dev.reelwright.director.make.Aspect;
import dev.reelwright.director.prompt.VideoPrompt;
import dev.reelwright.draft.DraftException;
import dev.reelwright.draft.Resolution;
import dev.reelwright.render.Cancellation;
import dev.reelwright.render.Quality;
import dev.reelwright.render.RenderException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code reel} command: every subcommand and option is declared once, with picocli
 * annotations, and the help, the README's usage, shell completion and usage errors all come from
 * those declarations. Exit codes: 0 done, 2 bad input, 130 cancelled, 1 a bug of ours.
 */
@Command(name = "reel", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, versionProvider = Reel.Version.class, sortOptions = false,
        description = {"reel — scripts and drafts to finished videos, on your own machine.", "", "Make a video from a script, change it by saying what to change, render drafts, talk to a server, "
                + "serve the API, or give AI agents the tools over MCP. `reel COMMAND --help` shows a command's options."},
        subcommands = {MakeCommand.class, RenderCommand.class, EditCommand.class, FrameCommand.class, SummaryCommand.class,
                ProbeCommand.class, VoicesCommand.class, PromptCommand.class, OperationsCommand.class, ExamplesCommand.class,
                ClientCli.Chat.class, ClientCli.Credits.class, ClientCli.Status.class, ClientCli.Upload.class, ClientCli.Say.class,
                ClientCli.Export.class, McpCommand.class, ServeCommand.class, WorkerCommand.class, AdminCommand.class, BenchCommand.class,
                CompletionCommand.class, CommandLine.HelpCommand.class})
public final class Reel implements Runnable {
    static final int OK = 0;
    static final int BUG = 1;
    static final int BAD_INPUT = 2;
    static final int CANCELLED = 130;
    /** Columns of the help: wide enough that no option's allowed values are broken across lines. */
    static final int USAGE_WIDTH = 110;

    private final ReelCommand.Context context;

    private Reel(ReelCommand.Context context) {
        this.context = context;
    }

    ReelCommand.Context context() {
        return context;
    }

    /** {@code reel} alone: the overview, and exit 2 since nothing was asked. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "say what to do");
    }

    public static void main(String[] args) {
        Cancellation cancellation = new Cancellation();
        CountDownLatch finished = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (finished.getCount() > 0) {
                cancellation.cancel();
                try {
                    // Give the render a moment to delete its partial output.
                    finished.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "reel-cancel"));
        int code = run(Arrays.asList(args), System.out, System.err, cancellation);
        finished.countDown();
        System.exit(code);
    }

    static int run(List<String> args, PrintStream out, PrintStream err, Cancellation cancellation) {
        return run(args, System.in, System.getenv(), out, err, cancellation);
    }

    public static int run(List<String> args, InputStream in, Map<String, String> env, PrintStream out, PrintStream err,
                          Cancellation cancellation) {
        CommandLine command = commandLine(new ReelCommand.Context(in, env, out, err, cancellation));
        command.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        command.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        command.setParameterExceptionHandler((e, given) -> usageError(e, err));
        command.setExecutionExceptionHandler((e, line, parsed) -> failure(e, err));
        if (args.isEmpty()) {
            command.usage(out);
            return BAD_INPUT;
        }
        try {
            return command.execute(args.toArray(String[]::new));
        } catch (Error e) {
            return failure(new RuntimeException(e.toString(), e), err);
        }
    }

    /**
     * Runs one {@code reel} command line inside another command ({@code reel examples} runs makes and
     * a prompt), with the given context; failures are thrown, not turned into exit codes.
     */
    static void invoke(ReelCommand.Context context, List<String> args) throws Exception {
        CommandLine.ParseResult parsed;
        try {
            parsed = commandLine(context).parseArgs(args.toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            throw new CliException(e.getMessage());
        }
        while (parsed.hasSubcommand()) {
            parsed = parsed.subcommand();
        }
        ((ReelCommand) parsed.commandSpec().userObject()).run(context);
    }

    /** The whole command tree, with the converters that read the options' values as the rest of Reelwright names them. */
    static CommandLine commandLine(ReelCommand.Context context) {
        CommandLine command = new CommandLine(new Reel(context));
        command.setCaseInsensitiveEnumValuesAllowed(true);
        command.setUsageHelpWidth(USAGE_WIDTH);
        command.registerConverter(Aspect.class, converter(Aspect::parse));
        command.registerConverter(Resolution.class, converter(Resolution::parse));
        command.registerConverter(Quality.class, converter(Quality::parse));
        command.registerConverter(CaptionStyle.class, converter(CaptionStyle::parse));
        command.registerConverter(dev.reelwright.director.make.Fit.class, converter(dev.reelwright.director.make.Fit::parse));
        command.registerConverter(VideoPrompt.Target.class, converter(VideoPrompt.Target::parse));
        return command;
    }

    private static <T> CommandLine.ITypeConverter<T> converter(Function<String, T> parse) {
        return value -> {
            try {
                return parse.apply(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        };
    }

    /**
     * The README's usage section: the overview, then each command's help folded under its name,
     * all printed from the declarations (ReadmeUsageTest keeps the README equal to it).
     */
    static String usageMarkdown() {
        CommandLine root = commandLine(new ReelCommand.Context(InputStream.nullInputStream(), Map.of(), System.out, System.err,
                new Cancellation()));
        StringBuilder markdown = new StringBuilder("```text\n").append(root.getUsageMessage(CommandLine.Help.Ansi.OFF)).append("```\n");
        appendCommands(root, markdown);
        return markdown.toString();
    }

    private static void appendCommands(CommandLine parent, StringBuilder markdown) {
        for (CommandLine command : parent.getSubcommands().values()) {
            if (command.getCommandSpec().userObject() instanceof CommandLine.HelpCommand) {
                continue;
            }
            String name = command.getCommandSpec().qualifiedName();
            String summary = command.getCommandSpec().usageMessage().description()[0];
            markdown.append("\n<details><summary><code>").append(name).append("</code> — ").append(summary.replace("<", "&lt;"))
                    .append("</summary>\n\n```text\n").append(command.getUsageMessage(CommandLine.Help.Ansi.OFF)).append("```\n</details>\n");
            appendCommands(command, markdown);
        }
    }

    /** A usage mistake: what is wrong, the command's synopsis, and where its help is; exit 2. */
    private static int usageError(CommandLine.ParameterException e, PrintStream err) {
        CommandLine wrong = e.getCommandLine();
        String name = wrong.getCommandSpec().qualifiedName();
        String message = e.getMessage();
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !wrong.getSubcommands().isEmpty()
                && !unmatched.getUnmatched().isEmpty() && !unmatched.getUnmatched().get(0).startsWith("-")) {
            String given = unmatched.getUnmatched().get(0);
            String near = wrong.getSubcommands().keySet().stream().filter(known -> editDistance(given, known) <= 2)
                    .min(java.util.Comparator.comparingInt(known -> editDistance(given, known))).orElse(null);
            message = "unknown command \"" + given + "\"" + (near == null ? "" : " (did you mean " + near + "?)");
        }
        err.println("reel: " + message);
        err.print("Usage: " + wrong.getHelp().synopsis(7));
        err.println("(" + name + " --help shows every option)");
        return BAD_INPUT;
    }

    /** Letters to insert, delete or change to turn one word into the other (a typo is one or two). */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int[] row = new int[b.length() + 1];
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int change = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                row[j] = Math.min(change, Math.min(previous[j], row[j - 1]) + 1);
            }
            previous = row;
        }
        return previous[b.length()];
    }

    private static int failure(Exception e, PrintStream err) {
        if (e instanceof Cancellation.Cancelled) {
            err.println("reel: cancelled; no output was written");
            return CANCELLED;
        }
        if (e instanceof CliException || e instanceof DraftException || e instanceof RenderException
                || e instanceof dev.reelwright.server.store.StoreException) {
            err.println("reel: " + e.getMessage());
            return BAD_INPUT;
        }
        err.println("reel: internal error: " + e + " (set REEL_DEBUG=1 for details; please report it)");
        if (System.getenv("REEL_DEBUG") != null) {
            e.printStackTrace(err);
        }
        return BUG;
    }

    /** {@code reel --version}: the build's version, from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Reel.class.getPackage().getImplementationVersion();
            return new String[] {"reel " + (version == null ? "(development build)" : version)};
        }
    }
}
