package dev.reelwright.server.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelwright.server.TestDatabases;
import dev.reelwright.server.store.Database;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Several servers on one database: a job is made by one of them, and a starting server takes back only orphans. */
class RenderJobLeasesTest {
    @TempDir
    Path folder;

    static java.util.stream.Stream<String> kinds() {
        return TestDatabases.kinds();
    }

    private static RenderJob pending(String id) {
        return new RenderJob(id, "u_1", "s_1", 1, "standard", null, "pending", 0, null, null, null, null, null, 1, null);
    }

    private static Database withSession(String kind, Path folder) {
        Database database = TestDatabases.open(kind, folder);
        database.inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO users (id, kind, name, created_ms) VALUES ('u_1', 'anonymous', NULL, 1)");
                statement.execute("INSERT INTO sessions (id, user_id, task_id, task_name, language, created_ms) VALUES ('s_1', 'u_1', 't', 'n', 'en', 1)");
            }
            return null;
        });
        return database;
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aJobIsClaimedByOneServerOnly(String kind) throws Exception {
        Database database = withSession(kind, folder);
        RenderJobs first = new RenderJobs(database);
        RenderJobs second = new RenderJobs(database);
        for (int i = 0; i < 10; i++) {
            first.create(pending("j" + i));
        }
        ExecutorService servers = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < 10; i++) {
                String id = "j" + i;
                List<Future<Boolean>> claims = new ArrayList<>();
                claims.add(servers.submit((Callable<Boolean>) () -> first.claim(id, Long.MAX_VALUE)));
                claims.add(servers.submit((Callable<Boolean>) () -> second.claim(id, Long.MAX_VALUE)));
                int won = 0;
                for (Future<Boolean> claim : claims) {
                    won += claim.get() ? 1 : 0;
                }
                assertEquals(1, won, id + " was claimed by exactly one server");
            }
        } finally {
            servers.shutdownNow();
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aStartingServerTakesBackOnlyJobsWhoseLeaseRanOut(String kind) {
        Database database = withSession(kind, folder);
        RenderJobs jobs = new RenderJobs(database);
        jobs.create(pending("alive"));
        jobs.create(pending("orphan"));
        long now = System.currentTimeMillis();
        assertTrue(jobs.claim("alive", now + 60_000));
        assertTrue(jobs.claim("orphan", now - 1));
        assertFalse(jobs.claim("alive", now + 60_000), "a job being made cannot be claimed again");
        jobs.releaseOrphans(now);
        assertEquals("processing", jobs.find("alive").orElseThrow().status(), "another server is making it: left alone");
        assertEquals("pending", jobs.find("orphan").orElseThrow().status(), "its server stopped renewing: back in line");
        jobs.renew("alive", now - 1);
        jobs.releaseOrphans(now);
        assertEquals("pending", jobs.find("alive").orElseThrow().status());
    }
}
