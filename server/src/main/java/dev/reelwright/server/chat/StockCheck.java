package dev.reelwright.server.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reelwright.director.make.UserMedia;
import dev.reelwright.director.stock.StockItem;
import dev.reelwright.render.media.MediaKind;
import dev.reelwright.server.export.ProbeWorker;
import dev.reelwright.server.export.WorkerProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A stock library's or an image server's file, checked as an upload is before a scene shows it:
 * decoded in a worker process (a hostile file can crash or hang only that process), refused
 * unless it is the kind it claims, with its size and length read.
 */
public final class StockCheck {
    private static final Duration PROBE_LIMIT = Duration.ofSeconds(60);

    private StockCheck() {
    }

    public static UserMedia check(Path file, StockItem item) throws Exception {
        String kind = (item.clip() ? MediaKind.VIDEO : MediaKind.IMAGE).wireName();
        Path log = Files.createTempFile("reel-stock-probe-", ".log");
        WorkerProcess.Outcome outcome;
        try {
            outcome = new WorkerProcess(ProbeWorker.class, "512m", PROBE_LIMIT).run(List.of(file.toString(), kind), log, percent -> {
            });
        } finally {
            Files.deleteIfExists(log);
        }
        if (!(outcome instanceof WorkerProcess.Done done) || done.result() == null) {
            String why = outcome instanceof WorkerProcess.Refused refused ? refused.message()
                    : outcome instanceof WorkerProcess.Broke broke ? broke.message() : "it could not be read";
            throw new IllegalArgumentException(why.replace(file.toString(), "the file"));
        }
        JsonNode info = new ObjectMapper().readTree(done.result());
        if (!info.path("kind").asText().equals(kind)) {
            throw new IllegalArgumentException("its content is " + info.path("kind").asText() + ", not " + kind);
        }
        return new UserMedia(file, item.clip(), info.path("width").asInt(), info.path("height").asInt(), info.path("durationMs").asLong(),
                "", item.credit());
    }
}
