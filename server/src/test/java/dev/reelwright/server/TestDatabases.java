package dev.reelwright.server;

import dev.reelwright.server.store.Database;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The two databases every storage test runs against: a fresh SQLite file, and a fresh schema in
 * the PostgreSQL at 127.0.0.1:5432 (database {@code test}, or {@code REEL_TEST_POSTGRES}). When no
 * PostgreSQL answers, its runs are skipped with a notice saying so.
 */
public final class TestDatabases {
    private static final String POSTGRES = System.getenv().getOrDefault("REEL_TEST_POSTGRES",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

    private TestDatabases() {
    }

    public static Stream<String> kinds() {
        return Stream.of("sqlite", "postgresql");
    }

    public static Database open(String kind, Path folder) {
        return kind.equals("sqlite") ? Database.embedded(folder) : Database.open(freshPostgres());
    }

    /** The address of a fresh, empty schema in the test PostgreSQL, for several servers to open together. */
    public static String freshPostgres() {
        String schema = "reel_test_" + HexFormat.of().formatHex(new byte[] {(byte) new Random().nextInt(), (byte) System.nanoTime(),
                (byte) (System.nanoTime() >> 8), (byte) new Random().nextInt()});
        try (Connection connection = DriverManager.getConnection(POSTGRES); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            System.err.println("NOTICE: PostgreSQL storage tests skipped: no PostgreSQL at " + POSTGRES + " (" + e.getMessage() + ")");
            Assumptions.abort("no PostgreSQL at " + POSTGRES);
        }
        return POSTGRES + "&currentSchema=" + schema;
    }
}
