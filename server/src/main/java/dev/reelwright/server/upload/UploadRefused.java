package dev.reelwright.server.upload;

/** An upload that cannot be kept: the contract's code (4001 type, 4002 size) and a plain reason. */
public final class UploadRefused extends RuntimeException {
    private final int code;

    public UploadRefused(int code, String message) {
        super(message);
        this.code = code;
    }

    public int code() {
        return code;
    }
}
