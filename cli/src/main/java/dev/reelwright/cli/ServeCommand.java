package dev.reelwright.cli;

import dev.reelwright.server.ServerSettings;
import dev.reelwright.server.http.ApiServer;
import dev.reelwright.server.store.Database;
import java.io.PrintStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code reel serve}: runs the API until the process is stopped (Ctrl-C stops it cleanly). */
@Command(name = "serve", sortOptions = false, description = "The NemoVideo-compatible API (accounts, credits, sessions, uploads,"
        + " exports), with its data in SQLite under --data or in PostgreSQL with --db.")
final class ServeCommand extends ReelCommand {
    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "the port (default ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "the address to listen on (default ${DEFAULT-VALUE}; 0.0.0.0 for every interface)")
    String host;

    @Mixin
    Options.DatabaseOptions database;

    @Option(names = "--public-url", paramLabel = "URL", description = "the address clients reach the server at, for links it sends")
    String publicUrl;

    @Option(names = "--requests-per-minute", paramLabel = "N", defaultValue = "" + ServerSettings.DEFAULT_REQUESTS_PER_MINUTE,
            description = "requests one address, and one token, may make per minute (default ${DEFAULT-VALUE})")
    int requestsPerMinute;

    @Option(names = "--heartbeat-seconds", paramLabel = "S", defaultValue = "" + ServerSettings.DEFAULT_HEARTBEAT_S,
            description = "how often a chat stream sends a heartbeat, 1 to 25 (default ${DEFAULT-VALUE})")
    int heartbeatSeconds;

    @Mixin
    Options.FarmOption farm;

    @Option(names = "--require-attribution", description = "exports need the X-Skill-Source, -Version and -Platform headers (else HTTP 402)")
    boolean requireAttribution;

    @Override
    protected void run(Context context) {
        PrintStream out = context.out();
        Bounds.check("--port", port, 0, 65_535);
        if (publicUrl != null && !publicUrl.matches("https?://[^\\s/]+(/[^\\s]*)?")) {
            throw new CliException("--public-url must be an http(s) address such as https://video.example.com (got \"" + publicUrl + "\")");
        }
        ServerSettings settings = ServerSettings.defaults().withPublicUrl(publicUrl == null ? null : publicUrl.replaceAll("/$", ""))
                .withAttributionRequired(requireAttribution)
                .withRequestsPerMinute(Bounds.check("--requests-per-minute", requestsPerMinute, 1, 10_000_000))
                // At most 25 s: proxies and load balancers commonly drop a connection silent for 30 s or more.
                .withHeartbeat(java.time.Duration.ofSeconds(Bounds.check("--heartbeat-seconds", heartbeatSeconds, 1, 25)));
        Database db = database.open(context.env());
        String farmUrl = farm.orFromEnvironment(context.env());
        try (db; ApiServer server = new ApiServer(db, settings, database.data, out)) {
            if (farmUrl != null) {
                try {
                    server.onFarm(farmUrl, farm.names().prefix());
                } catch (dev.reelwright.farm.FarmException e) {
                    throw new CliException(e.getMessage());
                }
            }
            int listening;
            try {
                listening = server.start(host, port);
            } catch (RuntimeException e) {
                throw new CliException("cannot listen on " + host + ":" + port + " (" + e.getMessage() + ")");
            }
            out.println("reel serve: listening on http://" + host + ":" + listening + " (database: "
                    + (db.isSqlite() ? "SQLite" : "PostgreSQL") + (farmUrl == null ? "" : "; exports and videos made on the farm at " + farmUrl)
                    + "); Ctrl-C stops it");
            String shown = host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host.contains(":") ? "[" + host + "]" : host;
            out.println("reel serve: the studio is at http://" + shown + ":" + listening + "/ (open it in a browser)");
            while (!context.cancellation().isCancelled()) {
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
