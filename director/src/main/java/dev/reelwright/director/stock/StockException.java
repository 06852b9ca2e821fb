package dev.reelwright.director.stock;

/** A stock library could not answer or deliver: no key, no network, refused, empty, not a picture. */
public final class StockException extends RuntimeException {
    public StockException(String message) {
        super(message);
    }

    public StockException(String message, Throwable cause) {
        super(message, cause);
    }
}
