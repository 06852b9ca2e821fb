package dev.reelwright.cli;

import dev.reelwright.server.store.Database;
import java.nio.file.Path;

/** The server's database as {@code --db URL}, {@code REEL_DB}, or SQLite under {@code --data DIR} (default ./reelwright-data). */
final class ServerDatabase {
    static final String DEFAULT_DATA = "reelwright-data";

    private ServerDatabase() {
    }

    static Database open(Args args) {
        String url = args.option("--db", System.getenv("REEL_DB"));
        if (url != null && !url.isBlank()) {
            return Database.open(url);
        }
        return Database.embedded(Path.of(args.option("--data", DEFAULT_DATA)));
    }
}
