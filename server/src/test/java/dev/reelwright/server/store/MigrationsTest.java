package dev.reelwright.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelwright.server.TestDatabases;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Flyway's migrations: once when several servers start together, and adopting databases the earlier runner made. */
class MigrationsTest {
    private static final String POSTGRES = System.getenv().getOrDefault("REEL_TEST_POSTGRES",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
    private static final List<String> SCRIPTS = List.of("V1__accounts_sessions.sql", "V2__draft_media.sql", "V3__render_jobs.sql",
            "V4__media.sql", "V5__versions_and_questions.sql");

    @TempDir
    Path folder;

    static java.util.stream.Stream<String> kinds() {
        return TestDatabases.kinds();
    }

    @Test
    void serversStartingTogetherApplyEachScriptOnce() throws Exception {
        String url = freshPostgresSchema();
        ExecutorService starts = Executors.newFixedThreadPool(4);
        try {
            List<Future<Database>> opened = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                opened.add(starts.submit((Callable<Database>) () -> Database.open(url)));
            }
            for (Future<Database> database : opened) {
                database.get();
            }
        } finally {
            starts.shutdownNow();
        }
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT version, COUNT(*) FROM flyway_schema_history WHERE success"
                     + " GROUP BY version ORDER BY version")) {
            List<String> applied = new ArrayList<>();
            while (rows.next()) {
                applied.add(rows.getString(1) + "x" + rows.getInt(2));
            }
            List<String> scripts;
            try (var files = java.nio.file.Files.list(Path.of(Migrations.class.getResource("/db").toURI()))) {
                scripts = files.map(file -> file.getFileName().toString().replaceAll("^V(\\d+)__.*", "$1x1"))
                        .sorted(java.util.Comparator.comparingInt(name -> Integer.parseInt(name.replace("x1", "")))).toList();
            }
            assertEquals(scripts, applied, "every script once, whoever got there first");
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void adoptsADatabaseTheEarlierRunnerMigrated(String kind) throws Exception {
        String url = kind.equals("sqlite") ? "jdbc:sqlite:" + folder.resolve("old.db") : freshPostgresSchema();
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, script TEXT NOT NULL, applied_ms BIGINT NOT NULL)");
            for (int i = 0; i < SCRIPTS.size(); i++) {
                for (String sql : statements(SCRIPTS.get(i))) {
                    statement.execute(sql);
                }
                statement.execute("INSERT INTO schema_version VALUES (" + (i + 1) + ", '" + SCRIPTS.get(i) + "', 0)");
            }
            statement.execute("INSERT INTO users (id, kind, name, created_ms) VALUES ('u_kept', 'anonymous', NULL, 1)");
        }
        Database.open(url);
        Database.open(url);
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            try (ResultSet user = statement.executeQuery("SELECT COUNT(*) FROM users WHERE id = 'u_kept'")) {
                assertTrue(user.next());
                assertEquals(1, user.getInt(1), "the data is kept: no script ran again");
            }
            try (ResultSet baseline = statement.executeQuery("SELECT version, type FROM flyway_schema_history ORDER BY installed_rank")) {
                assertTrue(baseline.next());
                assertEquals("5", baseline.getString(1));
                assertEquals("BASELINE", baseline.getString(2));
            }
        }
    }

    private static String freshPostgresSchema() {
        String schema = "reel_migrate_" + Long.toHexString(System.nanoTime());
        try (Connection connection = DriverManager.getConnection(POSTGRES); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            System.err.println("NOTICE: PostgreSQL migration tests skipped: no PostgreSQL at " + POSTGRES + " (" + e.getMessage() + ")");
            org.junit.jupiter.api.Assumptions.abort("no PostgreSQL at " + POSTGRES);
        }
        return POSTGRES + "&currentSchema=" + schema;
    }

    /** What the earlier runner did with a script: comments dropped, split at semicolons that end a line. */
    private static List<String> statements(String script) throws Exception {
        try (InputStream in = MigrationsTest.class.getResourceAsStream("/db/" + script)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^\\s*--.*$", "");
            return java.util.Arrays.stream(text.split(";\\s*(\\n|$)")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
    }
}
