package dev.reelwright.director.stock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The stock libraries' web side: searches answered from a 24-hour disk cache when they can be (the
 * libraries ask for it), rate limits respected (a 429's {@code Retry-After}, and the
 * {@code X-Ratelimit-Remaining} headers: at none left, no more calls until the reset), and
 * downloads capped in size and checked by their first bytes. API keys travel in requests only,
 * never in messages or the cache's file names.
 */
final class StockHttp {
    static final Duration CACHE_FOR = Duration.ofHours(24);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** At most this long a 429 is waited out before the search gives up. */
    private static final long MOST_WAIT_S = 5;

    private final HttpClient http;
    private final Duration timeout;
    private final Path cache;
    private final LongSupplier clockMs;
    private volatile long blockedUntilMs;

    StockHttp(Duration timeout, Path cache, LongSupplier clockMs) {
        this.timeout = timeout;
        this.cache = cache;
        this.clockMs = clockMs;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /**
     * A search's JSON answer, from the cache when it is younger than a day.
     *
     * @param cacheKey the request without its secret (the key), to name the cache entry
     */
    JsonNode search(String provider, URI uri, Map<String, String> headers, String cacheKey) {
        Path cached = cache == null ? null : cache.resolve(provider.toLowerCase(java.util.Locale.ROOT) + "-" + sha256(cacheKey) + ".json");
        try {
            if (cached != null && Files.isRegularFile(cached)
                    && clockMs.getAsLong() - Files.getLastModifiedTime(cached).toMillis() < CACHE_FOR.toMillis()) {
                return JSON.readTree(cached.toFile());
            }
        } catch (IOException e) {
            // A damaged cache entry is asked again.
        }
        if (clockMs.getAsLong() < blockedUntilMs) {
            throw new StockException(provider + " allows no more searches for now (its rate limit)");
        }
        HttpResponse<byte[]> answer = send(provider, uri, headers, true);
        JsonNode json;
        try {
            json = JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new StockException(provider + " answered something that is not JSON");
        }
        if (json == null || !json.isObject()) {
            throw new StockException(provider + " answered something that is not a search result");
        }
        if (cached != null) {
            try {
                Files.createDirectories(cache);
                Path partial = Files.createTempFile(cache, ".search-", ".part");
                Files.write(partial, answer.body());
                Files.move(partial, cached, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                // Not cached this time: the answer is still good.
            }
        }
        return json;
    }

    private HttpResponse<byte[]> send(String provider, URI uri, Map<String, String> headers, boolean retry) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent", "Reelwright")
                .header("Accept", "application/json");
        headers.forEach(request::header);
        HttpResponse<byte[]> answer;
        try {
            answer = http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.net.http.HttpTimeoutException e) {
            throw new StockException(provider + " did not answer within " + timeout.toSeconds() + " s");
        } catch (IOException e) {
            throw new StockException(provider + " cannot be reached (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StockException(provider + ": interrupted");
        }
        noteLimits(answer);
        if (answer.statusCode() == 429) {
            long waitS = answer.headers().firstValue("Retry-After").map(StockHttp::seconds).orElse(MOST_WAIT_S + 1);
            if (retry && waitS <= MOST_WAIT_S) {
                sleep(waitS * 1000);
                return send(provider, uri, headers, false);
            }
            blockedUntilMs = Math.max(blockedUntilMs, clockMs.getAsLong() + waitS * 1000);
            throw new StockException(provider + " limits requests; it asks to wait " + waitS + " s");
        }
        if (answer.statusCode() == 401 || answer.statusCode() == 403) {
            throw new StockException(provider + " refused the API key (HTTP " + answer.statusCode() + ")");
        }
        if (answer.statusCode() / 100 != 2) {
            throw new StockException(provider + " answered HTTP " + answer.statusCode());
        }
        return answer;
    }

    /** The providers' rate headers: when none are left, no call until the window resets. */
    private void noteLimits(HttpResponse<?> answer) {
        String remaining = answer.headers().firstValue("X-Ratelimit-Remaining")
                .or(() -> answer.headers().firstValue("X-RateLimit-Remaining")).orElse(null);
        if (remaining != null && remaining.strip().equals("0")) {
            String reset = answer.headers().firstValue("X-Ratelimit-Reset").or(() -> answer.headers().firstValue("X-RateLimit-Reset"))
                    .orElse("60");
            long resetS = seconds(reset);
            // Pexels sends the reset as a Unix time, Pixabay as seconds from now.
            long untilMs = resetS > 1_000_000_000L ? resetS * 1000 : clockMs.getAsLong() + resetS * 1000;
            blockedUntilMs = Math.max(blockedUntilMs, untilMs);
        }
    }

    /**
     * Downloads {@code uri} into {@code file}, at most {@code maxBytes}; what is not a JPEG, PNG,
     * WebP, MP4/MOV or WebM by its first bytes (an HTML page, say) is refused and nothing is kept.
     */
    /** @return the file written: {@code base} with the extension its bytes call for ({@code .jpg}, {@code .mp4} ...) */
    Path download(String provider, URI uri, Path base, long maxBytes) {
        Path file = base;
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout.multipliedBy(6)).header("User-Agent", "Reelwright").GET().build();
        Path partial = base.resolveSibling("." + base.getFileName() + ".part");
        try {
            HttpResponse<InputStream> answer = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            if (answer.statusCode() / 100 != 2) {
                answer.body().close();
                throw new StockException(provider + "'s file answered HTTP " + answer.statusCode());
            }
            try (InputStream in = answer.body(); OutputStream out = Files.newOutputStream(partial)) {
                byte[] head = in.readNBytes(16);
                String kind = MediaBytes.kind(head);
                if (kind == null) {
                    throw new StockException(provider + " sent " + MediaBytes.describe(head) + " instead of a picture or a clip");
                }
                file = base.resolveSibling(base.getFileName() + "." + kind);
                out.write(head);
                long total = head.length;
                byte[] buffer = new byte[64 * 1024];
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    total += n;
                    if (total > maxBytes) {
                        throw new StockException(provider + "'s file is larger than " + maxBytes / (1024 * 1024) + " MiB");
                    }
                    out.write(buffer, 0, n);
                }
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (java.net.http.HttpTimeoutException e) {
            throw new StockException(provider + "'s file did not arrive in time");
        } catch (IOException e) {
            throw new StockException(provider + "'s file could not be downloaded (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StockException(provider + ": interrupted");
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // A scratch file.
            }
        }
    }

    private static long seconds(String value) {
        try {
            return Math.max(0, (long) Math.ceil(Double.parseDouble(value.strip())));
        } catch (NumberFormatException e) {
            return MOST_WAIT_S + 1;
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
