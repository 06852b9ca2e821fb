package dev.reelwright.server.http;

/**
 * An answer other than success, in the contract's terms: the HTTP status, the business code of
 * the envelope and a message a person understands.
 */
public final class ApiError extends RuntimeException {
    public static final int TOKEN = 1001;
    public static final int SESSION = 1002;
    public static final int CREDITS = 2001;
    public static final int FILE_TYPE = 4001;
    public static final int FILE_SIZE = 4002;
    public static final int BAD_REQUEST = 4000;
    public static final int INTERNAL = 5000;

    private final int status;
    private final int code;

    public ApiError(int status, int code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public int code() {
        return code;
    }

    static ApiError badRequest(String message) {
        return new ApiError(400, BAD_REQUEST, message);
    }

    static ApiError noSession() {
        return new ApiError(404, SESSION, "session not found");
    }
}
