package dev.reelwright.cli.client;

/**
 * What a NemoVideo-compatible server answered instead of what was asked: its business code (or
 * 0), the HTTP status, its message, and how long it asked us to wait (429).
 */
public final class ApiFailure extends RuntimeException {
    public static final int TOKEN = 1001;
    public static final int SESSION = 1002;
    public static final int CREDITS = 2001;
    public static final int FILE_TYPE = 4001;
    public static final int FILE_SIZE = 4002;

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
