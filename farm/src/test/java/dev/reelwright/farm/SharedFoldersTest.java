package dev.reelwright.farm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Servers on several machines share one session folder through the farm's store: each publishes the
 * files it wrote, all at once, and a machine that has none of them fetches every one.
 */
class SharedFoldersTest {
    @TempDir
    Path dir;

    private Farm farm;

    @BeforeEach
    void connect() {
        try {
            farm = Farm.connect(FarmRenderTest.NATS, new FarmNames("f" + Long.toHexString(System.nanoTime())), FarmRenderTest.QUICK, "test");
        } catch (FarmException e) {
            System.err.println("NOTICE: shared folder tests skipped: " + e.getMessage());
            Assumptions.abort(e.getMessage());
        }
    }

    @AfterEach
    void tearDown() {
        if (farm != null) {
            farm.tearDown();
            farm.close();
        }
    }

    @Test
    void filesPublishedAtOnceByManyServersAreAllFetchedByAnother() throws Exception {
        int servers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(servers);
        List<Future<?>> publishing = new ArrayList<>();
        for (int i = 0; i < servers; i++) {
            // Each "machine" has its own disk, the data folder at its own root, and one file of the session's.
            Path root = dir.resolve("machine-" + i);
            Path file = Files.createDirectories(root.resolve("media/u1/s1/uploads")).resolve("photo-" + i + ".jpg");
            Files.write(file, ("picture " + i).repeat(100 + i).getBytes());
            SharedFolders shared = new SharedFolders(farm, root);
            publishing.add(pool.submit(() -> shared.publish(root.resolve("media/u1/s1"))));
        }
        for (Future<?> done : publishing) {
            done.get();
        }
        pool.shutdown();

        Path empty = dir.resolve("machine-new");
        new SharedFolders(farm, empty).fetch(empty.resolve("media/u1/s1"));
        for (int i = 0; i < servers; i++) {
            Path fetched = empty.resolve("media/u1/s1/uploads/photo-" + i + ".jpg");
            assertEquals(("picture " + i).repeat(100 + i), Files.readString(fetched), "every server's file, none lost");
        }
        new SharedFolders(farm, empty).fetch(Path.of("relative/elsewhere"));
    }
}
