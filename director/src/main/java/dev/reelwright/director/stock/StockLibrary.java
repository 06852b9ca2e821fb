package dev.reelwright.director.stock;

import dev.reelwright.director.make.SceneStock;
import dev.reelwright.director.make.UserMedia;
import dev.reelwright.director.storyboard.Scene;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Stock photos and clips for the scenes, off unless an API key is set: {@code PEXELS_API_KEY},
 * {@code PIXABAY_API_KEY} (both: Pexels first). Each scene's key words are searched in the
 * canvas's orientation; the first result that downloads and checks out is used, its credit kept
 * for the credits file. Any failure (no network, refused key, rate limit, empty result, a web page
 * instead of a picture, a timeout) falls back to the built-in pictures and is said once.
 */
public final class StockLibrary implements SceneStock {
    /** Files larger than this are refused, as uploads are. */
    public static final long MAX_BYTES = 200L * 1024 * 1024;

    /** Decodes a downloaded file as the renderer will, or throws why it cannot. */
    public interface MediaCheck {
        UserMedia check(Path file, StockItem item) throws Exception;
    }

    private final List<StockProvider> providers;
    private final StockHttp http;
    private final MediaCheck check;
    private final Set<String> notes = new LinkedHashSet<>();
    private final Set<String> failed = new java.util.HashSet<>();
    private final Set<String> usedIds = new java.util.HashSet<>();
    private final List<String> nothingFor = new ArrayList<>();

    StockLibrary(List<StockProvider> providers, StockHttp http, MediaCheck check) {
        this.providers = List.copyOf(providers);
        this.http = http;
        this.check = check;
    }

    /**
     * The libraries the environment configures ({@code PEXELS_API_KEY}, {@code PIXABAY_API_KEY};
     * {@code REEL_PEXELS_URL}, {@code REEL_PIXABAY_URL} and {@code REEL_STOCK_TIMEOUT_MS} for
     * another endpoint or patience), or empty when none is.
     */
    public static Optional<StockLibrary> fromEnv(Map<String, String> env, MediaCheck check) {
        Path cache = Path.of(env.getOrDefault("REEL_CACHE_DIR", env.containsKey("XDG_CACHE_HOME")
                ? env.get("XDG_CACHE_HOME") + "/reelwright" : System.getProperty("user.home") + "/.cache/reelwright")).resolve("stock");
        long timeoutMs = parse(env.get("REEL_STOCK_TIMEOUT_MS"), 10_000);
        StockHttp http = new StockHttp(Duration.ofMillis(timeoutMs), cache, System::currentTimeMillis);
        List<StockProvider> providers = new ArrayList<>();
        if (!env.getOrDefault("PEXELS_API_KEY", "").isBlank()) {
            providers.add(new Pexels(env.get("PEXELS_API_KEY").strip(), env.getOrDefault("REEL_PEXELS_URL", Pexels.DEFAULT_URL), http));
        }
        if (!env.getOrDefault("PIXABAY_API_KEY", "").isBlank()) {
            providers.add(new Pixabay(env.get("PIXABAY_API_KEY").strip(), env.getOrDefault("REEL_PIXABAY_URL", Pixabay.DEFAULT_URL), http));
        }
        return providers.isEmpty() ? Optional.empty() : Optional.of(new StockLibrary(providers, http, check));
    }

    @Override
    public Optional<UserMedia> forScene(Scene scene, int widthPx, int heightPx, long sceneMs, Path mediaFolder) {
        if (scene == null || scene.keywords().isEmpty()) {
            return Optional.empty();
        }
        StockQuery query = new StockQuery(scene.keywords(), heightPx > widthPx, widthPx, heightPx, sceneMs);
        boolean answered = false;
        for (StockProvider provider : providers) {
            if (failed.contains(provider.name())) {
                continue;
            }
            try {
                List<StockItem> items = provider.search(query);
                answered |= !items.isEmpty();
                for (StockItem item : items) {
                    if (!usedIds.add(provider.name() + item.id())) {
                        continue;
                    }
                    Path base = mediaFolder.resolve("stock-" + provider.name().toLowerCase(java.util.Locale.ROOT) + "-"
                            + item.id().replaceAll("[^A-Za-z0-9_-]", ""));
                    Path file = null;
                    try {
                        file = http.download(provider.name(), item.download(), base, MAX_BYTES);
                        return Optional.of(check.check(file, item));
                    } catch (StockException e) {
                        notes.add(e.getMessage() + "; that scene uses the built-in pictures");
                        if (e.getMessage().contains("web page")) {
                            break;
                        }
                    } catch (Exception e) {
                        notes.add(provider.name() + "'s file for \u201c" + query.text() + "\u201d cannot be read (" + e.getMessage()
                                + "); that scene uses the built-in pictures");
                        if (file != null) {
                            Files.deleteIfExists(file);
                        }
                    }
                }
            } catch (StockException e) {
                // The library itself failed: it is not asked again in this video.
                failed.add(provider.name());
                notes.add(e.getMessage() + "; using the built-in pictures instead");
            } catch (java.io.IOException e) {
                notes.add(provider.name() + ": " + e.getMessage());
            }
        }
        if (!answered && providers.stream().anyMatch(p -> !failed.contains(p.name()))) {
            nothingFor.add(query.text());
        }
        return Optional.empty();
    }

    @Override
    public List<String> notes() {
        List<String> all = new ArrayList<>(notes);
        if (!nothingFor.isEmpty()) {
            all.add("the stock libraries had nothing suitable for " + nothingFor.size() + " scene" + (nothingFor.size() == 1 ? "" : "s")
                    + " (\u201c" + String.join("\u201d, \u201c", nothingFor) + "\u201d); they use the built-in pictures");
        }
        return all;
    }

    private static long parse(String value, long fallback) {
        try {
            return value == null ? fallback : Math.max(100, Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
