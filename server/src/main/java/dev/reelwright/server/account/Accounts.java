package dev.reelwright.server.account;

import dev.reelwright.server.ServerSettings;
import dev.reelwright.server.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Users and their bearer tokens. Anonymous tokens are limited by the database itself: one per
 * client id while it lasts (the client id is a primary key, claimed by a conditional upsert) and
 * a number per IP address per window (a counter row, raised only while under the cap), so
 * concurrent requests cannot get two.
 */
public final class Accounts {
    private final Database database;
    private final ServerSettings settings;
    private final Credits credits;
    private final LongSupplier clockMs;

    public Accounts(Database database, ServerSettings settings, Credits credits, LongSupplier clockMs) {
        this.database = database;
        this.settings = settings;
        this.credits = credits;
        this.clockMs = clockMs;
    }

    /** A new anonymous token and what comes with it. */
    public record Grant(String token, String userId, long expiresMs, long credits) {
    }

    /** A token for a new anonymous user, unless this client id or IP address has had its share. */
    public Grant grantAnonymous(String clientId, String ip) {
        long now = clockMs.getAsLong();
        long lifetimeMs = settings.tokenLifetime().toMillis();
        String userId = Ids.next("u");
        String token = Ids.token();
        return database.inTransaction(connection -> {
            claimClientId(connection, clientId, userId, now, lifetimeMs);
            countIp(connection, ip, now, lifetimeMs);
            insertUser(connection, userId, "anonymous", null, now);
            insertToken(connection, token, userId, now + lifetimeMs);
            credits.open(connection, userId, settings.anonymousCredits(), "anonymous start", now);
            return new Grant(token, userId, now + lifetimeMs, settings.anonymousCredits());
        });
    }

    /** An operator's registered user with a starting grant; returns the user id. */
    public String createRegistered(String name, long startingCredits) {
        long now = clockMs.getAsLong();
        String userId = Ids.next("u");
        return database.inTransaction(connection -> {
            insertUser(connection, userId, "registered", name, now);
            credits.open(connection, userId, startingCredits, "granted by the operator", now);
            return userId;
        });
    }

    /** A new token for an existing user, valid for {@code lifetimeMs}. */
    public String issueToken(String userId, long lifetimeMs) {
        long now = clockMs.getAsLong();
        String token = Ids.token();
        return database.inTransaction(connection -> {
            try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM users WHERE id = ?")) {
                exists.setString(1, userId);
                try (ResultSet row = exists.executeQuery()) {
                    if (!row.next()) {
                        throw new IllegalArgumentException("there is no user " + userId);
                    }
                }
            }
            insertToken(connection, token, userId, now + lifetimeMs);
            return token;
        });
    }

    /**
     * Turns an anonymous user into a registered one under {@code name}, keeping its sessions and
     * credits; false when it was not anonymous (already registered, or no such user).
     */
    public boolean register(String userId, String name) {
        return database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE users SET kind = 'registered', name = ? WHERE id = ? AND kind = 'anonymous'")) {
                update.setString(1, name);
                update.setString(2, userId);
                return update.executeUpdate() == 1;
            }
        });
    }

    /** "anonymous" or "registered"; empty for an unknown user. */
    public Optional<String> kindOf(String userId) {
        return database.inTransaction(connection -> {
            try (PreparedStatement find = connection.prepareStatement("SELECT kind FROM users WHERE id = ?")) {
                find.setString(1, userId);
                try (ResultSet row = find.executeQuery()) {
                    return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** The user a token belongs to, if it is known and not expired. */
    public Optional<String> userOfToken(String token) {
        long now = clockMs.getAsLong();
        return database.inTransaction(connection -> {
            try (PreparedStatement find = connection.prepareStatement("SELECT user_id, expires_ms FROM tokens WHERE token_hash = ?")) {
                find.setString(1, Ids.hash(token));
                try (ResultSet row = find.executeQuery()) {
                    return row.next() && row.getLong(2) > now ? Optional.of(row.getString(1)) : Optional.empty();
                }
            }
        });
    }

    private static void claimClientId(Connection connection, String clientId, String userId, long now, long lifetimeMs)
            throws SQLException {
        try (PreparedStatement claim = connection.prepareStatement(
                "INSERT INTO client_grants (client_id, user_id, expires_ms) VALUES (?, ?, ?)"
                        + " ON CONFLICT (client_id) DO UPDATE SET user_id = excluded.user_id, expires_ms = excluded.expires_ms"
                        + " WHERE client_grants.expires_ms <= ?")) {
            claim.setString(1, clientId);
            claim.setString(2, userId);
            claim.setLong(3, now + lifetimeMs);
            claim.setLong(4, now);
            if (claim.executeUpdate() == 0) {
                throw new LimitReached("this client already has a token that is still valid; use it",
                        (expiresOf(connection, clientId) - now) / 1000);
            }
        }
    }

    private static long expiresOf(Connection connection, String clientId) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement("SELECT expires_ms FROM client_grants WHERE client_id = ?")) {
            find.setString(1, clientId);
            try (ResultSet row = find.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        }
    }

    private void countIp(Connection connection, String ip, long now, long windowMs) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(
                "INSERT INTO ip_grants (ip, window_start_ms, grants) VALUES (?, ?, 1)"
                        + " ON CONFLICT (ip) DO UPDATE SET"
                        + " grants = CASE WHEN ip_grants.window_start_ms <= ? THEN 1 ELSE ip_grants.grants + 1 END,"
                        + " window_start_ms = CASE WHEN ip_grants.window_start_ms <= ? THEN ? ELSE ip_grants.window_start_ms END"
                        + " WHERE ip_grants.grants < ? OR ip_grants.window_start_ms <= ?")) {
            long expiredBefore = now - windowMs;
            count.setString(1, ip);
            count.setLong(2, now);
            count.setLong(3, expiredBefore);
            count.setLong(4, expiredBefore);
            count.setLong(5, now);
            count.setInt(6, settings.grantsPerIp());
            count.setLong(7, expiredBefore);
            if (count.executeUpdate() == 0) {
                long windowStart;
                try (PreparedStatement find = connection.prepareStatement("SELECT window_start_ms FROM ip_grants WHERE ip = ?")) {
                    find.setString(1, ip);
                    try (ResultSet row = find.executeQuery()) {
                        windowStart = row.next() ? row.getLong(1) : now;
                    }
                }
                throw new LimitReached("too many anonymous tokens from this address; try again later",
                        (windowStart + windowMs - now) / 1000);
            }
        }
    }

    private static void insertUser(Connection connection, String userId, String kind, String name, long now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO users (id, kind, name, created_ms) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, userId);
            insert.setString(2, kind);
            insert.setString(3, name);
            insert.setLong(4, now);
            insert.executeUpdate();
        }
    }

    private static void insertToken(Connection connection, String token, String userId, long expiresMs) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO tokens (token_hash, user_id, expires_ms) VALUES (?, ?, ?)")) {
            insert.setString(1, Ids.hash(token));
            insert.setString(2, userId);
            insert.setLong(3, expiresMs);
            insert.executeUpdate();
        }
    }
}
