package dev.reelwright.cli.client;

import dev.reelwright.cli.CliException;
import dev.reelwright.cli.Options;
import dev.reelwright.cli.ReelCommand;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The client commands' declarations: {@code reel chat} and the one-shots {@code credits},
 * {@code status}, {@code upload}, {@code say} and {@code export}, against any NemoVideo-compatible
 * server; the work is {@link ClientCommands}'.
 */
public final class ClientCli {
    private ClientCli() {
    }

    /** What every client command takes: where the server is, which session, which language, and JSON output. */
    public static final class ClientOptions {
        @Mixin
        Options.ServerOption server;

        @Option(names = "--session", paramLabel = "ID", description = "continue this session (default: the last one used with this server)")
        String session;

        @Mixin
        Options.LanguageOption language;

        @Option(names = "--json", description = "print the server's answer as JSON (notes go to standard error)")
        boolean json;
    }

    /** A client command: connect as the options say, then do one thing. */
    abstract static class ClientCommand extends ReelCommand {
        @Mixin
        ClientOptions options;

        abstract void run(ClientCommands client, Context context);

        @Override
        protected final void run(Context context) {
            run(ClientCommands.connect(options, context), context);
        }
    }

    @Command(name = "chat", description = "Talk to a Reelwright (or NemoVideo-compatible) server: scripts, requests, \"export\","
            + " \"credits\", \"status\", file paths to upload.")
    public static final class Chat extends ClientCommand {
        @Override
        void run(ClientCommands client, Context context) {
            client.chat(context.in());
        }
    }

    @Command(name = "credits", description = "The credit balance on the server.")
    public static final class Credits extends ClientCommand {
        @Override
        void run(ClientCommands client, Context context) {
            client.credits();
        }
    }

    @Command(name = "status", description = "The session's timeline, in one line.")
    public static final class Status extends ClientCommand {
        @Override
        void run(ClientCommands client, Context context) {
            client.status();
        }
    }

    @Command(name = "upload", description = "Send photos, clips, sounds or documents to the session.")
    public static final class Upload extends ClientCommand {
        @Parameters(paramLabel = "FILE", arity = "1..*", description = "the files")
        List<Path> files = new ArrayList<>();

        @Override
        void run(ClientCommands client, Context context) {
            client.upload(files);
        }
    }

    @Command(name = "say", description = "One chat turn: a script to make into a video, or a change to make.")
    public static final class Say extends ClientCommand {
        @Parameters(paramLabel = "MESSAGE", arity = "1..*", description = "what to say (the words are joined)")
        List<String> words = new ArrayList<>();

        @Override
        void run(ClientCommands client, Context context) {
            String message = String.join(" ", words).strip();
            if (message.isEmpty()) {
                throw new CliException("say what to do: reel say \"turn my script into a 30-second video: ...\"");
            }
            client.say(message);
        }
    }

    @Command(name = "export", description = "Render the session's video on the server and download the MP4.")
    public static final class Export extends ClientCommand {
        @Option(names = {"-o", "--output"}, paramLabel = "OUT.mp4", description = "where to save it (default: the export's id, in this folder)")
        String output;

        @Option(names = "--resolution", paramLabel = "R", description = "lines on the short side: ${COMPLETION-CANDIDATES}"
                + " (default: the server's)")
        dev.reelwright.draft.Resolution resolution;

        @Override
        void run(ClientCommands client, Context context) {
            client.export(resolution == null ? null : resolution.wireName(), output);
        }
    }
}
