package dev.reelwright.server.account;

import dev.reelwright.server.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.LongSupplier;

/**
 * The credit ledger. Paid work reserves (freezes) its cost before it starts, then captures it on
 * success or releases it on failure or cancel. Each step is one conditional update inside a
 * transaction, so concurrent requests can never take a balance below zero or settle a
 * reservation twice; every movement is also written to {@code credit_ledger}.
 */
public final class Credits {
    private static final java.util.concurrent.atomic.AtomicLong SEQUENCE = new java.util.concurrent.atomic.AtomicLong();
    private final Database database;
    private final LongSupplier clockMs;

    public Credits(Database database, LongSupplier clockMs) {
        this.database = database;
        this.clockMs = clockMs;
    }

    /** {@code total = available + frozen}. */
    public record Balance(long available, long frozen, long granted, long consumed) {
        public long total() {
            return available + frozen;
        }
    }

    public Balance balance(String userId) {
        return database.inTransaction(connection -> {
            try (PreparedStatement find = connection.prepareStatement(
                    "SELECT available, frozen, granted, consumed FROM credit_accounts WHERE user_id = ?")) {
                find.setString(1, userId);
                try (ResultSet row = find.executeQuery()) {
                    return row.next() ? new Balance(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4))
                            : new Balance(0, 0, 0, 0);
                }
            }
        });
    }

    /** Adds credits to a user's account (an operator's grant). */
    public void grant(String userId, long amount, String note) {
        if (amount <= 0) {
            throw new IllegalArgumentException("a grant must be more than 0 credits");
        }
        long now = clockMs.getAsLong();
        database.inTransaction(connection -> {
            try (PreparedStatement add = connection.prepareStatement(
                    "UPDATE credit_accounts SET available = available + ?, granted = granted + ? WHERE user_id = ?")) {
                add.setLong(1, amount);
                add.setLong(2, amount);
                add.setString(3, userId);
                if (add.executeUpdate() == 0) {
                    throw new IllegalArgumentException("there is no user " + userId);
                }
            }
            record(connection, userId, "grant", amount, null, note, now);
            return null;
        });
    }

    /** Freezes {@code amount} for work about to start; returns the reservation's id. */
    public String reserve(String userId, long amount, String purpose) {
        if (amount < 0) {
            throw new IllegalArgumentException("a reservation cannot be negative");
        }
        long now = clockMs.getAsLong();
        String id = Ids.next("res");
        return database.inTransaction(connection -> {
            try (PreparedStatement freeze = connection.prepareStatement(
                    "UPDATE credit_accounts SET available = available - ?, frozen = frozen + ? WHERE user_id = ? AND available >= ?")) {
                freeze.setLong(1, amount);
                freeze.setLong(2, amount);
                freeze.setString(3, userId);
                freeze.setLong(4, amount);
                if (freeze.executeUpdate() == 0) {
                    throw new NotEnoughCredits(amount, availableOf(connection, userId));
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO credit_reservations (id, user_id, amount, state, purpose, created_ms) VALUES (?, ?, ?, 'reserved', ?, ?)")) {
                insert.setString(1, id);
                insert.setString(2, userId);
                insert.setLong(3, amount);
                insert.setString(4, purpose);
                insert.setLong(5, now);
                insert.executeUpdate();
            }
            record(connection, userId, "reserve", amount, id, purpose, now);
            return id;
        });
    }

    /** The work succeeded: the frozen credits are spent. False when it was already settled. */
    public boolean capture(String reservationId) {
        return settle(reservationId, Long.MAX_VALUE, false);
    }

    /** The work failed or was cancelled: the frozen credits are available again. False when already settled. */
    public boolean release(String reservationId) {
        return settle(reservationId, 0, true);
    }

    /**
     * The work succeeded and cost {@code spend}: that much (at most what was reserved) is spent and
     * the rest is available again. False when the reservation was already settled.
     */
    public boolean settle(String reservationId, long spend) {
        return settle(reservationId, spend, false);
    }

    /** Ends a reservation once: spent (captured) up to {@code spend}, or all of it released. */
    private boolean settle(String reservationId, long spend, boolean released) {
        long now = clockMs.getAsLong();
        return database.inTransaction(connection -> {
            String userId;
            long amount;
            try (PreparedStatement find = connection.prepareStatement(
                    "SELECT user_id, amount FROM credit_reservations WHERE id = ? AND state = 'reserved'")) {
                find.setString(1, reservationId);
                try (ResultSet row = find.executeQuery()) {
                    if (!row.next()) {
                        return false;
                    }
                    userId = row.getString(1);
                    amount = row.getLong(2);
                }
            }
            try (PreparedStatement mark = connection.prepareStatement(
                    "UPDATE credit_reservations SET state = ?, settled_ms = ? WHERE id = ? AND state = 'reserved'")) {
                mark.setString(1, released ? "released" : "captured");
                mark.setLong(2, now);
                mark.setString(3, reservationId);
                if (mark.executeUpdate() == 0) {
                    return false;
                }
            }
            long spent = released ? 0 : Math.max(0, Math.min(spend, amount));
            try (PreparedStatement move = connection.prepareStatement(
                    "UPDATE credit_accounts SET frozen = frozen - ?, consumed = consumed + ?, available = available + ? WHERE user_id = ?")) {
                move.setLong(1, amount);
                move.setLong(2, spent);
                move.setLong(3, amount - spent);
                move.setString(4, userId);
                move.executeUpdate();
            }
            if (!released) {
                record(connection, userId, "capture", spent, reservationId, null, now);
            }
            if (amount > spent) {
                record(connection, userId, "release", amount - spent, reservationId, released ? null : "less than reserved", now);
            }
            return true;
        });
    }

    /** Opens a new user's account with a starting grant (inside the caller's transaction). */
    void open(Connection connection, String userId, long startingCredits, String note, long now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO credit_accounts (user_id, available, frozen, granted, consumed) VALUES (?, ?, 0, ?, 0)")) {
            insert.setString(1, userId);
            insert.setLong(2, startingCredits);
            insert.setLong(3, startingCredits);
            insert.executeUpdate();
        }
        record(connection, userId, "grant", startingCredits, null, note, now);
    }

    /** Every movement of a user's credits, oldest first, as {@code kind amount}. */
    public java.util.List<String> movements(String userId) {
        return database.inTransaction(connection -> {
            java.util.List<String> lines = new java.util.ArrayList<>();
            try (PreparedStatement find = connection.prepareStatement(
                    "SELECT kind, amount FROM credit_ledger WHERE user_id = ? ORDER BY at_ms, id")) {
                find.setString(1, userId);
                try (ResultSet row = find.executeQuery()) {
                    while (row.next()) {
                        lines.add(row.getString(1) + " " + row.getLong(2));
                    }
                }
            }
            return lines;
        });
    }

    private static long availableOf(Connection connection, String userId) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement("SELECT available FROM credit_accounts WHERE user_id = ?")) {
            find.setString(1, userId);
            try (ResultSet row = find.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        }
    }

    private static void record(Connection connection, String userId, String kind, long amount, String reservationId, String note,
                               long now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO credit_ledger (id, user_id, kind, amount, reservation_id, note, at_ms) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            // Sortable: time, then this process's sequence, then randomness for other processes.
            insert.setString(1, String.format(java.util.Locale.ROOT, "led_%013d_%09d_%s", now, SEQUENCE.incrementAndGet() % 1_000_000_000,
                    Ids.next("r").substring(2, 10)));
            insert.setString(2, userId);
            insert.setString(3, kind);
            insert.setLong(4, amount);
            insert.setString(5, reservationId);
            insert.setString(6, note);
            insert.setLong(7, now);
            insert.executeUpdate();
        }
    }
}
