package dev.reelwright.farm;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The director's work as a worker does it for the farm: a request (JSON, with local file paths) in,
 * the draft written to {@code folder/draft.json} with its media beside it, a result (JSON) out.
 * Supplied by whoever starts the worker, so the farm needs no director of its own.
 */
@FunctionalInterface
public interface MakeRunner {
    String make(String requestJson, Path folder, Consumer<String> stages) throws Exception;

    /** Stops what is being made now (the worker is stopping); it then fails and goes back on the queue. */
    default void stop() {
    }

    /** The request cannot be made, whoever tries (a script that says nothing, a file that is not what it says): not retried. */
    final class Refused extends RuntimeException {
        public Refused(String message) {
            super(message);
        }
    }
}
