package dev.reelwright.cli;

import dev.reelwright.server.ServerSettings;
import dev.reelwright.server.account.Accounts;
import dev.reelwright.server.account.Credits;
import dev.reelwright.server.store.Database;
import java.io.PrintStream;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code reel admin}: an operator's registered users, tokens and credit grants, written straight
 * into the server's database (the server may be running).
 */
@Command(name = "admin", description = "Registered users, their tokens and credit grants, for an operator.",
        subcommands = {AdminCommand.User.class, AdminCommand.Token.class, AdminCommand.Grant.class})
final class AdminCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "say what to do: user, token or grant");
    }

    /** What every admin action works on: the server's accounts and credits. */
    abstract static class Action extends ReelCommand {
        @Mixin
        Options.DatabaseOptions database;

        abstract void act(Accounts accounts, Credits credits, PrintStream out);

        @Override
        protected void run(Context context) {
            Database db = database.open(context.env());
            Credits credits = new Credits(db, System::currentTimeMillis);
            Accounts accounts = new Accounts(db, ServerSettings.defaults(), credits, System::currentTimeMillis);
            try {
                act(accounts, credits, context.out());
            } catch (IllegalArgumentException e) {
                throw new CliException("admin: " + e.getMessage());
            }
        }
    }

    @Command(name = "user", description = "Register a user and print a token for them (valid 30 days).")
    static final class User extends Action {
        @Parameters(index = "0", paramLabel = "NAME", description = "the user's name")
        String name;

        @Option(names = "--credits", paramLabel = "N", defaultValue = "0", description = "starting credits (default ${DEFAULT-VALUE})")
        int startingCredits;

        @Override
        void act(Accounts accounts, Credits credits, PrintStream out) {
            Bounds.check("--credits", startingCredits, 0, 1_000_000_000);
            String userId = accounts.createRegistered(name, startingCredits);
            String token = accounts.issueToken(userId, Duration.ofDays(30).toMillis());
            out.println("user " + userId + " (" + name + ") with " + startingCredits + " credits");
            out.println("token (valid 30 days): " + token);
        }
    }

    @Command(name = "token", description = "A new token for a user.")
    static final class Token extends Action {
        @Parameters(index = "0", paramLabel = "USER_ID", description = "the user, as admin user printed it")
        String userId;

        @Option(names = "--days", paramLabel = "N", defaultValue = "30", description = "how long it is valid (default ${DEFAULT-VALUE})")
        int days;

        @Override
        void act(Accounts accounts, Credits credits, PrintStream out) {
            out.println(accounts.issueToken(userId, Duration.ofDays(Bounds.check("--days", days, 1, 3650)).toMillis()));
        }
    }

    @Command(name = "grant", description = "Give a user credits.")
    static final class Grant extends Action {
        @Parameters(index = "0", paramLabel = "USER_ID", description = "the user")
        String userId;

        @Parameters(index = "1", paramLabel = "CREDITS", description = "how many, 1 to 1000000000")
        String given;

        @Override
        void act(Accounts accounts, Credits credits, PrintStream out) {
            long amount = given.matches("\\d{1,10}") ? Long.parseLong(given) : -1;
            if (amount <= 0 || amount > 1_000_000_000) {
                throw new CliException("admin grant: credits must be a whole number from 1 to 1000000000 (got \"" + given + "\")");
            }
            credits.grant(userId, amount, "granted by the operator");
            Credits.Balance balance = credits.balance(userId);
            out.println("granted " + amount + "; " + userId + " has " + balance.available() + " available, " + balance.frozen() + " frozen");
        }
    }
}
