package dev.reelwright.server;

import java.time.Duration;

/**
 * What an operator can tune; {@link #defaults()} is what {@code reel serve} runs with.
 *
 * @param anonymousCredits credits a new anonymous user starts with
 * @param tokenLifetime how long an anonymous token lasts (and the one-per-client-id window)
 * @param grantsPerIp anonymous tokens one IP address may get per {@code tokenLifetime}
 * @param publicUrl how clients reach this server, for links in messages (bind URLs)
 */
public record ServerSettings(long anonymousCredits, Duration tokenLifetime, int grantsPerIp, String publicUrl) {
    public static ServerSettings defaults() {
        return new ServerSettings(100, Duration.ofDays(7), 10, "http://127.0.0.1:8080");
    }

    public ServerSettings withPublicUrl(String url) {
        return new ServerSettings(anonymousCredits, tokenLifetime, grantsPerIp, url);
    }
}
