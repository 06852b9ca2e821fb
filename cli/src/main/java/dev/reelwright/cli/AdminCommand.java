package dev.reelwright.cli;

import dev.reelwright.server.ServerSettings;
import dev.reelwright.server.account.Accounts;
import dev.reelwright.server.account.Credits;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * {@code reel admin}: an operator's registered users, tokens and credit grants, written straight
 * into the server's database (the server may be running).
 */
final class AdminCommand {
    private static final String USAGE = "reel admin user NAME [--credits N] | reel admin token USER_ID [--days N]"
            + " | reel admin grant USER_ID CREDITS   (with --data DIR or --db URL)";

    private AdminCommand() {
    }

    static void run(List<String> argv, PrintStream out) {
        Args args = new Args(argv, Set.of("--credits", "--days", "--data", "--db"), Set.of());
        String what = args.positional(0, "what to do (" + USAGE + ")");
        var database = ServerDatabase.open(args);
        Credits credits = new Credits(database, System::currentTimeMillis);
        Accounts accounts = new Accounts(database, ServerSettings.defaults(), credits, System::currentTimeMillis);
        try {
            switch (what) {
                case "user" -> {
                    args.allowPositionals(2);
                    String name = args.positional(1, "the user's name");
                    int startingCredits = args.intOption("--credits", 0, 0, 1_000_000_000);
                    String userId = accounts.createRegistered(name, startingCredits);
                    String token = accounts.issueToken(userId, Duration.ofDays(30).toMillis());
                    out.println("user " + userId + " (" + name + ") with " + startingCredits + " credits");
                    out.println("token (valid 30 days): " + token);
                }
                case "token" -> {
                    args.allowPositionals(2);
                    int days = args.intOption("--days", 30, 1, 3650);
                    out.println(accounts.issueToken(args.positional(1, "the user id"), Duration.ofDays(days).toMillis()));
                }
                case "grant" -> {
                    args.allowPositionals(3);
                    String userId = args.positional(1, "the user id");
                    long amount = parseCredits(args.positional(2, "how many credits"));
                    credits.grant(userId, amount, "granted by the operator");
                    Credits.Balance balance = credits.balance(userId);
                    out.println("granted " + amount + "; " + userId + " has " + balance.available() + " available, "
                            + balance.frozen() + " frozen");
                }
                default -> throw new CliException("admin: unknown action \"" + what + "\" (" + USAGE + ")");
            }
        } catch (IllegalArgumentException e) {
            throw new CliException("admin: " + e.getMessage());
        }
    }

    private static long parseCredits(String given) {
        try {
            long amount = Long.parseLong(given);
            if (amount > 0 && amount <= 1_000_000_000) {
                return amount;
            }
        } catch (NumberFormatException ignored) {
            // Reported below.
        }
        throw new CliException("admin grant: credits must be a whole number from 1 to 1000000000 (got \"" + given + "\")");
    }
}
