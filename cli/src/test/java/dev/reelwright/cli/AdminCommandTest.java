package dev.reelwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelwright.server.ServerSettings;
import dev.reelwright.server.account.Accounts;
import dev.reelwright.server.account.Credits;
import dev.reelwright.server.store.Database;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminCommandTest {
    @TempDir
    Path data;

    @Test
    void anOperatorCreatesAUserWithCreditsATokenThatWorksAndMoreCredits() {
        ReelRun created = ReelRun.of("admin", "user", "Ana", "--credits", "250", "--data", data.toString());
        assertEquals(0, created.exitCode(), created.err());
        String userId = created.out().replaceAll("(?s)^user (u_[0-9a-f]+).*", "$1");
        String token = created.out().replaceAll("(?s).*token \\(valid 30 days\\): (\\S+).*", "$1");
        Database database = Database.embedded(data);
        Credits credits = new Credits(database, System::currentTimeMillis);
        Accounts accounts = new Accounts(database, ServerSettings.defaults(), credits, System::currentTimeMillis);
        assertEquals(userId, accounts.userOfToken(token).orElseThrow());
        assertEquals(250, credits.balance(userId).available());
        ReelRun granted = ReelRun.of("admin", "grant", userId, "50", "--data", data.toString());
        assertEquals(0, granted.exitCode(), granted.err());
        assertEquals(300, credits.balance(userId).available());
        assertTrue(credits.movements(userId).contains("grant 50"));
    }

    @Test
    void mistakesAreOneLineErrors() {
        ReelRun nobody = ReelRun.of("admin", "grant", "u_nobody", "5", "--data", data.toString());
        assertEquals(2, nobody.exitCode());
        assertEquals("reel: admin: there is no user u_nobody\n", nobody.err());
        ReelRun words = ReelRun.of("admin", "grant", "u_x", "lots", "--data", data.toString());
        assertEquals(2, words.exitCode());
        assertTrue(words.err().contains("whole number"), words.err());
        ReelRun badDb = ReelRun.of("admin", "user", "Bo", "--db", "mysql://somewhere");
        assertEquals(2, badDb.exitCode());
        assertTrue(badDb.err().contains("jdbc:sqlite:FILE or jdbc:postgresql"), badDb.err());
        ReelRun port = ReelRun.of("serve", "--port", "99999", "--data", data.toString());
        assertEquals(2, port.exitCode());
    }
}
