package dev.reelwright.farm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/** What goes over NATS, as JSON: chunk jobs to workers, reports back to the export that asked. */
final class Messages {
    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private Messages() {
    }

    /**
     * One chunk to make: the draft and media by content hash (in the media bucket), the chunk, and
     * the key its file must have.
     */
    record ChunkJob(String exportId, int chunkIndex, String key, String quality, String draftHash, Map<String, String> media) {
    }

    /** A worker's word on a job: made (the chunk is in the chunk bucket under its key), or failed and why. */
    record Report(String exportId, int chunkIndex, String key, boolean made, String error, long delivery, boolean dead) {
    }

    /**
     * One generation to make: the director's request (JSON) with the server's paths of its input
     * files, and those files by content hash (in the media bucket).
     */
    record MakeJob(String makeId, String request, Map<String, String> inputs) {
    }

    /**
     * A worker's word on a generation: a stage it began, or its end (made: the zip is in the made
     * bucket with the result; else the error, and whether it is the user's input that is refused or the last try).
     */
    record MakeReport(String makeId, String stage, boolean ended, boolean made, String error, boolean refused,
                      boolean dead) {
        static MakeReport stage(String makeId, String stage) {
            return new MakeReport(makeId, stage, false, false, null, false, false);
        }
    }

    static byte[] write(Object message) {
        try {
            return JSON.writeValueAsBytes(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + message, e);
        }
    }

    static <T> T read(byte[] bytes, Class<T> type) {
        try {
            return JSON.readValue(bytes, type);
        } catch (java.io.IOException e) {
            throw new FarmException("a farm message is not a " + type.getSimpleName() + " (" + e.getMessage() + ")", e);
        }
    }

    static com.fasterxml.jackson.databind.JsonNode tree(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (java.io.IOException e) {
            throw new FarmException("a farm message is not JSON", e);
        }
    }
}
