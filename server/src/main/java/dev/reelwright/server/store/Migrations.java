package dev.reelwright.server.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Brings a database to the latest schema with Flyway: the numbered scripts in {@code /db}, each
 * applied once and recorded in {@code flyway_schema_history}. On PostgreSQL Flyway holds an
 * advisory lock while it migrates, so several servers starting together on one database apply
 * each script once: the others wait, then find nothing left to do. A database that the earlier
 * hand-written runner migrated (its {@code schema_version} table) is adopted at the version it
 * reached, without running its scripts again.
 */
final class Migrations {
    private Migrations() {
    }

    static void apply(Database database) {
        int adopted = versionOfTheEarlierRunner(database);
        var configuration = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(database.url(), null, null)
                .locations("classpath:db")
                .validateMigrationNaming(true)
                .connectRetries(10);
        if (adopted > 0) {
            configuration = configuration.baselineOnMigrate(true).baselineVersion(Integer.toString(adopted))
                    .baselineDescription("adopted from schema_version");
        }
        try {
            configuration.load().migrate();
        } catch (FlywayException e) {
            throw new StoreException("the database could not be brought to the current schema (" + firstLine(e.getMessage()) + ")", e);
        }
    }

    /** The last version the hand-written runner applied, when Flyway has not taken over yet; else 0. */
    private static int versionOfTheEarlierRunner(Database database) {
        try (Connection connection = database.connect()) {
            if (hasTable(connection, "flyway_schema_history") || !hasTable(connection, "schema_version")) {
                return 0;
            }
            try (Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("SELECT MAX(version) FROM schema_version")) {
                return row.next() ? row.getInt(1) : 0;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the database's schema version (" + e.getMessage() + ")", e);
        }
    }

    private static boolean hasTable(Connection connection, String name) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, connection.getSchema(), name, new String[] {"TABLE"})) {
            return tables.next();
        }
    }

    private static String firstLine(String message) {
        return message == null ? "no detail" : message.lines().findFirst().orElse("no detail");
    }
}
