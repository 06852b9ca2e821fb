package dev.reelwright.server.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Where the server keeps its records: an SQLite file under the data folder by default, or
 * PostgreSQL when given a {@code jdbc:postgresql:} URL. Both get the same migrations. A fresh
 * connection per unit of work on SQLite (a file: opening is cheap); on PostgreSQL connections come
 * from a HikariCP pool (opening one costs milliseconds, and every request does several units of
 * work). Callers run their statements through {@link #inTransaction}.
 */
public final class Database implements AutoCloseable {
    /** Connections at most per server; idle ones close after {@link #IDLE_MS}, none kept when idle. */
    private static final int POOL_SIZE = 10;
    private static final long IDLE_MS = 30_000;

    private final String url;
    private final boolean sqlite;
    private final com.zaxxer.hikari.HikariDataSource pool;

    private Database(String url) {
        this.url = url;
        this.sqlite = url.startsWith("jdbc:sqlite:");
        this.pool = sqlite ? null : pool(url);
    }

    private static com.zaxxer.hikari.HikariDataSource pool(String url) {
        com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
        config.setJdbcUrl(url);
        config.setPoolName("reel-db");
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(0);
        config.setIdleTimeout(IDLE_MS);
        config.setConnectionTimeout(10_000);
        // A database that is down at start is reported by the migrations, with its address; not here.
        config.setInitializationFailTimeout(-1);
        return new com.zaxxer.hikari.HikariDataSource(config);
    }

    /** The database at {@code url}, migrated to the latest schema. */
    public static Database open(String url) {
        if (!url.startsWith("jdbc:sqlite:") && !url.startsWith("jdbc:postgresql:")) {
            throw new StoreException("the database must be jdbc:sqlite:FILE or jdbc:postgresql://HOST/NAME (got " + redact(url) + ")");
        }
        Database database = new Database(url);
        try {
            Migrations.apply(database);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    /** The embedded default: {@code reelwright.db} in {@code dataFolder}. */
    public static Database embedded(Path dataFolder) {
        try {
            Files.createDirectories(dataFolder);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create the data folder " + dataFolder + " (" + e.getMessage() + ")", e);
        }
        return open("jdbc:sqlite:" + dataFolder.resolve("reelwright.db").toAbsolutePath());
    }

    /** The JDBC address, for the migrations. */
    String url() {
        return url;
    }

    public boolean isSqlite() {
        return sqlite;
    }

    /** The PostgreSQL database as a data source, for libraries that keep their own tables in it. */
    public javax.sql.DataSource postgresDataSource() {
        if (sqlite) {
            throw new IllegalStateException("an SQLite database has no shared data source");
        }
        return pool;
    }

    /** Work that reads and writes in one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction, committed if it returns and rolled back if it throws.
     * On SQLite the transaction takes the write lock at its start ({@code BEGIN IMMEDIATE}), so
     * concurrent check-then-write work is serialised rather than failing midway.
     */
    public <T> T inTransaction(Work<T> work) {
        try (Connection connection = connect()) {
            if (sqlite) {
                try (Statement begin = connection.createStatement()) {
                    begin.execute("BEGIN IMMEDIATE");
                }
            } else {
                connection.setAutoCommit(false);
            }
            try {
                T result = work.run(connection);
                if (sqlite) {
                    try (Statement commit = connection.createStatement()) {
                        commit.execute("COMMIT");
                    }
                } else {
                    connection.commit();
                }
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(connection);
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("the database failed (" + e.getMessage() + ")", e);
        }
    }

    /** One statement in its own transaction, its {@code ?}s bound to {@code values}; true when it changed a row. */
    public boolean update(String sql, Object... values) {
        return inTransaction(connection -> {
            try (java.sql.PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    statement.setObject(i + 1, values[i]);
                }
                return statement.executeUpdate() > 0;
            }
        });
    }

    Connection connect() throws SQLException {
        if (!sqlite) {
            return pool.getConnection();
        }
        Connection connection = DriverManager.getConnection(url);
        {
            try (Statement pragmas = connection.createStatement()) {
                pragmas.execute("PRAGMA busy_timeout = 10000");
                pragmas.execute("PRAGMA journal_mode = WAL");
                pragmas.execute("PRAGMA foreign_keys = ON");
            }
            // Transactions are begun explicitly (BEGIN IMMEDIATE).
            connection.setAutoCommit(true);
        }
        return connection;
    }

    private void rollback(Connection connection) {
        try {
            if (sqlite) {
                try (Statement rollback = connection.createStatement()) {
                    rollback.execute("ROLLBACK");
                }
            } else {
                connection.rollback();
            }
        } catch (SQLException ignored) {
            // The connection closes next; the transaction goes with it.
        }
    }

    /** Closes the pool's connections (PostgreSQL); the database itself is untouched. */
    @Override
    public void close() {
        if (pool != null) {
            pool.close();
        }
    }

    /** A URL fit for a message: any password removed. */
    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***").replaceAll("//([^:/@]+):[^@/]*@", "//$1:***@");
    }
}
