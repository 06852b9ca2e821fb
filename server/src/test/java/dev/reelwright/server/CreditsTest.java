package dev.reelwright.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelwright.server.account.Accounts;
import dev.reelwright.server.account.Credits;
import dev.reelwright.server.account.NotEnoughCredits;
import dev.reelwright.server.store.Database;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CreditsTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @MethodSource("dev.reelwright.server.TestDatabases#kinds")
    void fiftyConcurrentStartsOnAHundredCreditsAtTenEachAcceptExactlyTen(String kind) throws Exception {
        Database database = TestDatabases.open(kind, folder);
        Credits credits = new Credits(database, System::currentTimeMillis);
        String user = new Accounts(database, ServerSettings.defaults(), credits, System::currentTimeMillis).createRegistered("ana", 100);
        List<Callable<Boolean>> starts = new ArrayList<>();
        CountDownLatch go = new CountDownLatch(1);
        for (int i = 0; i < 50; i++) {
            starts.add(() -> {
                go.await();
                try {
                    credits.reserve(user, 10, "generate");
                    return true;
                } catch (NotEnoughCredits refused) {
                    return false;
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (Callable<Boolean> start : starts) {
                results.add(pool.submit(start));
            }
            go.countDown();
            int accepted = 0;
            for (Future<Boolean> result : results) {
                accepted += result.get() ? 1 : 0;
            }
            assertEquals(10, accepted, kind);
        } finally {
            pool.shutdownNow();
        }
        Credits.Balance balance = credits.balance(user);
        assertEquals(0, balance.available());
        assertEquals(100, balance.frozen());
        assertEquals(11, credits.movements(user).size(), "the grant and ten reservations are in the ledger");
    }

    @ParameterizedTest
    @MethodSource("dev.reelwright.server.TestDatabases#kinds")
    void aReservationIsCapturedOrReleasedOnceAndEveryMovementIsRecorded(String kind) {
        Database database = TestDatabases.open(kind, folder);
        Credits credits = new Credits(database, System::currentTimeMillis);
        String user = new Accounts(database, ServerSettings.defaults(), credits, System::currentTimeMillis).createRegistered("bo", 30);
        String done = credits.reserve(user, 10, "generate");
        String failed = credits.reserve(user, 10, "generate");
        assertEquals(new Credits.Balance(10, 20, 30, 0), credits.balance(user));
        assertTrue(credits.capture(done));
        assertFalse(credits.capture(done), "captured once");
        assertFalse(credits.release(done), "a captured reservation cannot come back");
        assertTrue(credits.release(failed));
        assertFalse(credits.release(failed), "released once");
        assertEquals(new Credits.Balance(20, 0, 30, 10), credits.balance(user));
        NotEnoughCredits refused = assertThrows(NotEnoughCredits.class, () -> credits.reserve(user, 25, "generate"));
        assertEquals(20, refused.available());
        assertEquals(List.of("grant 30", "reserve 10", "reserve 10", "capture 10", "release 10"), credits.movements(user));
    }
}
