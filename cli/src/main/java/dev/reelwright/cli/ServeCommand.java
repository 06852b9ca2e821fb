package dev.reelwright.cli;

import dev.reelwright.render.Cancellation;
import dev.reelwright.server.ServerSettings;
import dev.reelwright.server.http.ApiServer;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/** {@code reel serve}: runs the API until the process is stopped (Ctrl-C stops it cleanly). */
final class ServeCommand {
    private ServeCommand() {
    }

    static void run(List<String> argv, PrintStream out, Cancellation cancellation) {
        Args args = new Args(argv, Set.of("--port", "--host", "--data", "--db", "--public-url", "--requests-per-minute",
                "--heartbeat-seconds"), Set.of("--require-attribution"));
        args.allowPositionals(0);
        int port = args.intOption("--port", 8080, 0, 65_535);
        String host = args.option("--host", "127.0.0.1");
        var database = ServerDatabase.open(args);
        java.nio.file.Path data = java.nio.file.Path.of(args.option("--data", ServerDatabase.DEFAULT_DATA));
        String publicUrl = args.option("--public-url");
        if (publicUrl != null && !publicUrl.matches("https?://[^\\s/]+(/[^\\s]*)?")) {
            throw new CliException("--public-url must be an http(s) address such as https://video.example.com (got \"" + publicUrl + "\")");
        }
        ServerSettings settings = ServerSettings.defaults().withPublicUrl(publicUrl == null ? null : publicUrl.replaceAll("/$", ""))
                .withAttributionRequired(args.flag("--require-attribution"))
                .withRequestsPerMinute(args.intOption("--requests-per-minute", ServerSettings.defaults().requestsPerMinute(), 1, 10_000_000))
                // At most 25 s: proxies and load balancers commonly drop a connection silent for 30 s or more.
                .withHeartbeat(java.time.Duration.ofSeconds(args.intOption("--heartbeat-seconds", 15, 1, 25)));
        try (ApiServer server = new ApiServer(database, settings, data, out)) {
            int listening;
            try {
                listening = server.start(host, port);
            } catch (RuntimeException e) {
                throw new CliException("cannot listen on " + host + ":" + port + " (" + e.getMessage() + ")");
            }
            out.println("reel serve: listening on http://" + host + ":" + listening + " (database: "
                    + (database.isSqlite() ? "SQLite" : "PostgreSQL") + "); Ctrl-C stops it");
            while (!cancellation.isCancelled()) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            out.println("reel serve: stopped");
        }
    }
}
