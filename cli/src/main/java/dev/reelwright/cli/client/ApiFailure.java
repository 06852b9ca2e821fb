package dev.reelwright.cli.client;

/**
 * What a NemoVideo-compatible server answered instead of what was asked: its business code (or
 * 0; the codes are the protocol's, defined once in the server's {@code ApiError}), the HTTP
 * status, its message, and how long it asked us to wait (429).
 */
public final class ApiFailure extends RuntimeException {
    private final int code;
    private final int httpStatus;
    private final long retryAfterS;

    ApiFailure(int code, int httpStatus, String message, long retryAfterS) {
        super(message);
        this.code = code;
        this.httpStatus = httpStatus;
        this.retryAfterS = retryAfterS;
    }

    public int code() {
        return code;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** Seconds the server asked to wait; 30 when a 429 named none. */
    public long retryAfterS() {
        return retryAfterS;
    }
}
