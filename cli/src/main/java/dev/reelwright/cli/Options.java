package dev.reelwright.cli;

import dev.reelwright.director.make.Aspect;
import dev.reelwright.draft.Resolution;
import dev.reelwright.render.Quality;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Options several commands share, each declared once (name, type, default, help) and mixed into
 * the commands that take it with {@code @Mixin}.
 */
public final class Options {
    private Options() {
    }

    public static final class QualityOption {
        @Option(names = "--quality", paramLabel = "Q", defaultValue = "standard",
                description = "encoder effort: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
        public Quality quality;
    }

    public static final class ResolutionOption {
        @Option(names = "--resolution", paramLabel = "R", defaultValue = "1080p",
                description = "lines on the picture's short side: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
        public Resolution resolution;
    }

    public static final class AspectOption {
        @Option(names = "--aspect", paramLabel = "RATIO", defaultValue = "16:9",
                description = "the picture's shape: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
        public Aspect aspect;
    }

    public static final class MediaFolderOption {
        @Option(names = "--media", paramLabel = "DIR",
                description = "where the draft's media: sources are (default NAME.media beside NAME.draft.json, else the draft's folder)")
        public Path folder;
    }

    public static final class LanguageOption {
        public enum Language {
            EN, ZH;

            @Override
            public String toString() {
                return name().toLowerCase(Locale.ROOT);
            }
        }

        @Option(names = "--lang", paramLabel = "LANG", description = "the language of requests and replies: ${COMPLETION-CANDIDATES}"
                + " (default: the system's, else en)")
        Language language;

        /** The language given, else Chinese when the system's locale is Chinese, else English. */
        public String code() {
            if (language != null) {
                return language.toString();
            }
            return Locale.getDefault().getLanguage().equals("zh") ? "zh" : "en";
        }
    }

    /** The server a client talks to; absent means the default (or, for {@code reel mcp}, work locally). */
    public static final class ServerOption {
        public static final String DEFAULT = "http://127.0.0.1:8080";

        @Option(names = "--server", paramLabel = "URL",
                description = "a Reelwright or NemoVideo-compatible server, e.g. " + DEFAULT + " (the default, after $REEL_SERVER;"
                        + " reel mcp without it works on this machine)")
        String server;

        /** The address given, else {@code REEL_SERVER}, else the local default; checked. */
        public String orDefault(Map<String, String> env) {
            return check(server != null ? server : env.getOrDefault("REEL_SERVER", DEFAULT));
        }

        /** The address given with {@code --server}, checked, or null. */
        public String given() {
            return server == null ? null : check(server);
        }

        private static String check(String url) {
            if (!url.matches("https?://[^\\s/]+(/\\S*)?")) {
                throw new CliException("--server must be an http(s) address such as " + DEFAULT + " (got \"" + url + "\")");
            }
            return url.replaceAll("/$", "");
        }
    }

    /** The render farm: {@code --nats URL} or {@code REEL_NATS}; none means renders happen here. */
    public static final class FarmOption {
        @Option(names = "--nats", paramLabel = "URL", description = "the render farm's NATS server with JetStream, e.g. nats://127.0.0.1:4222"
                + " (default $REEL_NATS; none: render here)")
        String url;

        @Option(names = "--farm-name", paramLabel = "NAME", defaultValue = "reel",
                description = "the farm's name on that server: its queue and stores (default ${DEFAULT-VALUE}); servers and workers"
                        + " of one farm use the same")
        String name;

        dev.reelwright.farm.FarmNames names() {
            try {
                return new dev.reelwright.farm.FarmNames(name);
            } catch (IllegalArgumentException e) {
                throw new CliException("--farm-name: " + e.getMessage());
            }
        }

        /** The address given, else {@code REEL_NATS}, else null. */
        String orFromEnvironment(Map<String, String> env) {
            String given = url != null ? url : env.get("REEL_NATS");
            if (given == null || given.isBlank()) {
                return null;
            }
            if (!given.matches("nats://[^\\s/]+")) {
                throw new CliException("--nats must be a NATS address such as nats://127.0.0.1:4222 (got \"" + given + "\")");
            }
            return given;
        }
    }

    /** The server's database: {@code --db URL}, {@code REEL_DB}, or SQLite under {@code --data DIR}. */
    public static final class DatabaseOptions {
        static final String DEFAULT_DATA = "reelwright-data";

        @Option(names = "--data", paramLabel = "DIR", defaultValue = DEFAULT_DATA,
                description = "the folder for the SQLite database, uploads and exports (default ./${DEFAULT-VALUE})")
        Path data;

        @Option(names = "--db", paramLabel = "URL", description = "a PostgreSQL database instead of SQLite: jdbc:postgresql://HOST/DB"
                + " (default $REEL_DB)")
        String url;

        dev.reelwright.server.store.Database open(Map<String, String> env) {
            String given = url != null ? url : env.get("REEL_DB");
            if (given != null && !given.isBlank()) {
                return dev.reelwright.server.store.Database.open(given);
            }
            return dev.reelwright.server.store.Database.embedded(data);
        }
    }
}
