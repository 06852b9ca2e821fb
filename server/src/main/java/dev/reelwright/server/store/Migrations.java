package dev.reelwright.server.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Brings a database to the latest schema: the numbered scripts in {@code /db}, each applied once
 * and recorded in {@code schema_version}, in one transaction each.
 */
final class Migrations {
    static final List<String> SCRIPTS = List.of("V1__accounts_sessions.sql", "V2__draft_media.sql", "V3__render_jobs.sql", "V4__media.sql",
            "V5__versions_and_questions.sql");

    private Migrations() {
    }

    static void apply(Database database) {
        database.inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, script TEXT NOT NULL,"
                        + " applied_ms BIGINT NOT NULL)");
            }
            return null;
        });
        for (int i = 0; i < SCRIPTS.size(); i++) {
            int version = i + 1;
            String script = SCRIPTS.get(i);
            database.inTransaction(connection -> {
                try (PreparedStatement applied = connection.prepareStatement("SELECT 1 FROM schema_version WHERE version = ?")) {
                    applied.setInt(1, version);
                    try (ResultSet row = applied.executeQuery()) {
                        if (row.next()) {
                            return null;
                        }
                    }
                }
                try (Statement statement = connection.createStatement()) {
                    for (String sql : statements(read(script))) {
                        statement.execute(sql);
                    }
                }
                try (PreparedStatement record = connection.prepareStatement(
                        "INSERT INTO schema_version (version, script, applied_ms) VALUES (?, ?, ?)")) {
                    record.setInt(1, version);
                    record.setString(2, script);
                    record.setLong(3, System.currentTimeMillis());
                    record.executeUpdate();
                }
                return null;
            });
        }
    }

    private static String read(String script) {
        try (InputStream in = Migrations.class.getResourceAsStream("/db/" + script)) {
            if (in == null) {
                throw new StoreException("the migration " + script + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("cannot read the migration " + script, e);
        }
    }

    /** The script's statements: comments dropped, split at semicolons that end a line. */
    static List<String> statements(String script) {
        String withoutComments = script.replaceAll("(?m)^\\s*--.*$", "");
        return java.util.Arrays.stream(withoutComments.split(";\\s*(\\n|$)")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
