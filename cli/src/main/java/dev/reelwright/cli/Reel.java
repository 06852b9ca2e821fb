package dev.reelwright.cli;

import dev.reelwright.draft.DraftException;
import dev.reelwright.render.Cancellation;
import dev.reelwright.render.RenderException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** The {@code reel} command. Exit codes: 0 done, 2 bad input, 130 cancelled, 1 a bug of ours. */
public final class Reel {
    static final int OK = 0;
    static final int BUG = 1;
    static final int BAD_INPUT = 2;
    static final int CANCELLED = 130;

    private static final String HELP = """
            reel — scripts and drafts to finished videos, on your own machine

              reel make SCRIPT -o OUT.mp4 [--aspect 16:9|9:16|1:1|4:5] [--resolution 1080p|720p|480p] [--duration 30s]
                        [--media DIR|FILE]... [--voiceover FILE] [--voice NAME] [--rate 1.1]
                        [--music MOOD|FILE|none] [--captions clean|boxed|karaoke|bold|none] [--title TEXT] [--quality Q]
                  a script (.txt, .md, .docx, .pdf, .srt, or - for standard input) to a video with voiceover, captions
                  and music; also writes OUT.draft.json, OUT.srt, OUT.vtt and the made media in OUT.media/
              reel voices               the voices available on this machine (for --voice)
              reel prompt "IDEA" [--json] [--for generic|sora|veo|runway|kling] [--animatic OUT.mp4]
                  a detailed prompt for a video model; --animatic renders its shot list as a storyboard video
              reel render DRAFT.json -o OUT.mp4 [--media DIR] [--quality draft|standard|high]
                  render a draft (JSON timeline) to MP4; writes OUT.srt and OUT.vtt too when it has captions
              reel edit DRAFT.json "REQUEST" ["REQUEST" ...] [--lang en|zh] [--media DIR] [--undo]
                  change a draft by saying what to change ("make it vertical", "add lo-fi music at 35%", "undo"),
                  with the chat's agent; the versions before are kept in DRAFT.versions/ for --undo
              reel operations [--json]  what a chat turn can do (docs/operations.md), or as a tool list with JSON schemas
              reel probe FILE           what a media file holds, as JSON
              reel summary DRAFT.json   the draft's timeline in one line
              reel frame VIDEO|DRAFT.json --at SECONDS -o FRAME.png [--media DIR]
                  one picture of a video, or of a draft as its render would show it (nothing else rendered)
              reel examples [-o DIR]    render every draft in examples/ (default into out/examples)
              reel mcp [--server URL]   an MCP server on standard input/output: make, edit, render and probe as tools for AI agents
              reel chat [--server URL] [--session ID] [--lang en|zh]
                  talk to a Reelwright (or NemoVideo-compatible) server: scripts, requests, "export", "credits", file paths
              reel credits | status | upload FILE... | say "MESSAGE" | export [-o OUT.mp4] [--resolution 1080p]
                  the same, one request at a time (each with --server, --session, --json; the last session is remembered)
              reel serve [--port 8080] [--host 127.0.0.1] [--data DIR] [--db jdbc:postgresql://...] [--public-url URL]
                         [--requests-per-minute 300] [--heartbeat-seconds 15] [--require-attribution]
                  the NemoVideo-compatible API: accounts, credits and sessions in SQLite under DIR (./reelwright-data)
              reel admin user NAME [--credits N] | admin token USER_ID [--days N] | admin grant USER_ID N  [--data DIR|--db URL]
                  registered users, their tokens and credit grants, for an operator
              reel bench api [--seconds 30] [--rate 200] [--streams 200]
                  API latency under steady load while chat streams stay open; the server's peak memory
              reel bench agent [--failures] the chat agent on its evaluation corpus: accuracy per intent, milliseconds per turn
              reel bench make [--runs N]   a 150-word script to a 30 s 1080p video, with a per-stage breakdown
              reel bench render [--runs N] [--seconds S]
                  renderer speed and memory against bare x264 on the same frames
            """;

    private Reel() {
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

    static int run(List<String> args, java.io.InputStream in, java.util.Map<String, String> env, PrintStream out, PrintStream err,
                   Cancellation cancellation) {
        if (args.isEmpty() || List.of("-h", "--help", "help").contains(args.get(0))) {
            out.print(HELP);
            return args.isEmpty() ? BAD_INPUT : OK;
        }
        List<String> rest = args.subList(1, args.size());
        try {
            switch (args.get(0)) {
                case "render" -> RenderCommand.run(rest, out, cancellation);
                case "make" -> MakeCommand.run(rest, out, System.in, cancellation);
                case "voices" -> VoicesCommand.run(rest, out);
                case "prompt" -> PromptCommand.run(rest, out, cancellation);
                case "probe" -> ProbeCommand.run(rest, out);
                case "summary" -> SummaryCommand.run(rest, out);
                case "edit" -> EditCommand.run(rest, out);
                case "operations" -> OperationsCommand.run(rest, out);
                case "frame" -> FrameCommand.run(rest, out);
                case "examples" -> ExamplesCommand.run(rest, out, cancellation);
                case "bench" -> BenchCommand.run(rest, out);
                case "serve" -> ServeCommand.run(rest, out, cancellation);
                case "admin" -> AdminCommand.run(rest, out);
                case "mcp" -> McpCommand.run(rest, out, cancellation);
                case "chat", "credits", "status", "upload", "say", "export" -> dev.reelwright.cli.client.ClientCommands.run(args.get(0), rest, in, out, env);
                default -> throw new CliException("unknown command \"" + args.get(0) + "\" (reel --help lists them)");
            }
            return OK;
        } catch (Cancellation.Cancelled e) {
            err.println("reel: cancelled; no output was written");
            return CANCELLED;
        } catch (CliException | DraftException | RenderException | dev.reelwright.server.store.StoreException e) {
            err.println("reel: " + e.getMessage());
            return BAD_INPUT;
        } catch (Exception | Error e) {
            err.println("reel: internal error: " + e + " (set REEL_DEBUG=1 for details; please report it)");
            if (System.getenv("REEL_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return BUG;
        }
    }
}
