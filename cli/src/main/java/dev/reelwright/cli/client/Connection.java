package dev.reelwright.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reelwright.cli.CliException;
import dev.reelwright.server.http.ApiError;
import dev.reelwright.server.upload.FileKind;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A user's way into one server: the token (from {@code NEMO_TOKEN}, else an anonymous one kept
 * with the client id and reused while valid), the session (given, remembered, or new), and the
 * answers to the server's error codes that the NemoVideo skills prescribe — a new token once on
 * 1001, a new session (said plainly) on 1002, one wait and retry on 429; every other failure is
 * one sentence saying what to do.
 */
public final class Connection {
    /** Longer than this, a 429's wait is not waited out: the user is told when to try again. */
    private static final long MOST_WAIT_S = 120;

    private final NemoClient client;
    private final ClientState state;
    private final String server;
    private final boolean ownToken;
    private final String language;
    private final PrintStream notes;
    private final Sleeper sleeper;
    private String session;

    /** Waits, so a test need not. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(long seconds) throws InterruptedException;
    }

    /**
     * @param server the base URL, e.g. {@code http://127.0.0.1:8080}
     * @param session a session to reuse, or null for the one used last (or a new one)
     * @param notes where to say what the client did on the user's behalf (a new session ...)
     */
    public Connection(String server, String session, String language, Map<String, String> env, PrintStream notes, Sleeper sleeper) {
        this.server = server.replaceAll("/+$", "");
        this.state = ClientState.load(env);
        String given = env.get("NEMO_TOKEN");
        this.ownToken = given != null && !given.isBlank();
        this.client = new NemoClient(this.server, ownToken ? given.strip() : state.token(this.server));
        this.language = language;
        this.notes = notes;
        this.sleeper = sleeper;
        this.session = session;
    }

    public String server() {
        return server;
    }

    NemoClient client() {
        return client;
    }

    /** The session the requests go to, made when there is none yet. */
    public String session() {
        if (session == null) {
            session = state.session(server);
        }
        if (session == null) {
            newSession();
        }
        return session;
    }

    private void newSession() {
        ensureToken();
        session = call(() -> client.newSession(language), false);
        state.session(server, session);
    }

    private void ensureToken() {
        if (!ownToken && state.token(server) == null) {
            freshToken();
        }
    }

    private void freshToken() {
        JsonNode answer;
        try {
            answer = client.anonymousToken(state.clientId());
        } catch (ApiFailure failure) {
            if (failure.httpStatus() != 429) {
                throw new CliException(explain(failure));
            }
            // The server grants one token per client id while it is valid; ours was lost or refused, so this client is a new one.
            state.newClientId();
            answer = call(() -> client.anonymousToken(state.clientId()), false);
        } catch (UncheckedIOException e) {
            throw new CliException(e.getMessage());
        }
        String token = answer.path("token").asText();
        client.token(token);
        state.token(server, token, answer.path("expires_at").asText());
    }

    /** {@code request} with the error handling above; {@code usesSession}: a 1002 gets a new session and one retry. */
    public <T> T call(Supplier<T> request, boolean usesSession) {
        boolean tokenRetried = false;
        boolean sessionRetried = false;
        boolean waited = false;
        while (true) {
            try {
                return request.get();
            } catch (ApiFailure failure) {
                if (failure.code() == ApiError.TOKEN && !tokenRetried && !ownToken) {
                    tokenRetried = true;
                    freshToken();
                    continue;
                }
                if (failure.code() == ApiError.SESSION && usesSession && !sessionRetried) {
                    sessionRetried = true;
                    notes.println("That session is no longer on the server, so I started a new one (earlier uploads and edits stay in the old one).");
                    newSession();
                    continue;
                }
                if (failure.httpStatus() == 429 && !waited && failure.retryAfterS() <= MOST_WAIT_S) {
                    waited = true;
                    notes.println("The server is busy; trying again in " + failure.retryAfterS() + " s ...");
                    try {
                        sleeper.sleep(failure.retryAfterS());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new CliException("stopped while waiting for the server");
                    }
                    continue;
                }
                throw new CliException(explain(failure));
            } catch (UncheckedIOException e) {
                throw new CliException(e.getMessage());
            }
        }
    }

    /** A request outside any session (credits), its token made first when needed. */
    public <T> T authorized(Supplier<T> request) {
        ensureToken();
        return call(request, false);
    }

    /** The request sent in the session, its token made first when needed. */
    public <T> T inSession(java.util.function.Function<String, T> request) {
        ensureToken();
        return call(() -> request.apply(session()), true);
    }

    private String explain(ApiFailure failure) {
        return switch (failure.code()) {
            case ApiError.TOKEN -> ownToken ? "the server refused NEMO_TOKEN (" + failure.getMessage() + "); set a valid token or unset it"
                    : "the server refused our token twice (" + failure.getMessage() + ")";
            case ApiError.CREDITS -> "not enough credits: " + failure.getMessage()
                    + (failure.getMessage().contains("bind=") || failure.getMessage().contains("http") ? "" : "; top up credits, then ask again");
            case ApiError.FILE_TYPE -> "the server does not take that file: " + failure.getMessage()
                    + (failure.getMessage().contains("accepted") ? "" : " (a Reelwright server takes " + FileKind.accepted() + ")");
            case ApiError.FILE_SIZE -> "that file is too large for the server (" + failure.getMessage() + "); compress it or trim it,"
                    + " then upload it again";
            default -> failure.httpStatus() == 402 ? "the server's plan does not allow this export (" + failure.getMessage()
                    + "); this is not about credits" : failure.httpStatus() == 429 ? "the server limits requests (" + failure.getMessage()
                    + "); try again in " + (failure.retryAfterS() > MOST_WAIT_S ? failure.retryAfterS() / 60 + " minutes" : "a minute")
                    : failure.getMessage();
        };
    }
}
