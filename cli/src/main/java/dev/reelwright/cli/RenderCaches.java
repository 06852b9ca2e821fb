package dev.reelwright.cli;

import dev.reelwright.render.chunk.RenderCache;
import java.nio.file.Path;
import java.util.Map;

/**
 * The command line's render cache: encoded chunks and sound kept between runs, so a render after a
 * small edit ({@code reel edit}, then {@code reel render}) encodes only what changed. In
 * {@code $REEL_CACHE} (a folder, or {@code off}), else {@code $XDG_CACHE_HOME/reelwright/render},
 * else {@code ~/.cache/reelwright/render}; at most {@code $REEL_CACHE_GB} gigabytes (default 2),
 * least recently used first out.
 */
final class RenderCaches {
    static final String FOLDER_VARIABLE = "REEL_CACHE";
    static final String LIMIT_VARIABLE = "REEL_CACHE_GB";

    private RenderCaches() {
    }

    /** The cache the environment asks for, or null for none. */
    static RenderCache fromEnvironment(Map<String, String> env) {
        String folder = env.get(FOLDER_VARIABLE);
        if ("off".equalsIgnoreCase(folder)) {
            return null;
        }
        Path path;
        if (folder != null && !folder.isBlank()) {
            path = Path.of(folder);
        } else if (env.get("XDG_CACHE_HOME") != null && !env.get("XDG_CACHE_HOME").isBlank()) {
            path = Path.of(env.get("XDG_CACHE_HOME"), "reelwright", "render");
        } else {
            path = Path.of(System.getProperty("user.home"), ".cache", "reelwright", "render");
        }
        long limitBytes = RenderCache.DEFAULT_MAX_BYTES;
        String limit = env.get(LIMIT_VARIABLE);
        if (limit != null && !limit.isBlank()) {
            try {
                double gigabytes = Double.parseDouble(limit.trim());
                if (!(gigabytes > 0) || gigabytes > 10_000) {
                    throw new NumberFormatException();
                }
                limitBytes = (long) (gigabytes * (1L << 30));
            } catch (NumberFormatException e) {
                throw new CliException(LIMIT_VARIABLE + " must be a number of gigabytes above 0, such as 2 (got \"" + limit + "\")");
            }
        }
        try {
            return new RenderCache(path, limitBytes);
        } catch (java.io.UncheckedIOException e) {
            throw new CliException(e.getMessage() + "; set " + FOLDER_VARIABLE + " to another folder, or to off");
        }
    }
}
