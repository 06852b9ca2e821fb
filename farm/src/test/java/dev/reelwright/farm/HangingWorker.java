package dev.reelwright.farm;

import io.nats.client.Message;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** A worker that takes one job, says so in a file, and then hangs without renewing its lease, until it is killed. */
public final class HangingWorker {
    private HangingWorker() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createDirectories(Path.of(args[2]));
        try (Farm farm = Farm.connect(args[0], new FarmNames(args[1]), FarmRenderTest.QUICK, "hanging")) {
            var consumer = farm.jetStream().getConsumerContext(farm.names().stream(), farm.names().consumer());
            Message message = null;
            while (message == null) {
                message = consumer.next(Duration.ofSeconds(1));
            }
            Files.writeString(work.resolve("took-a-job"), new String(message.getData()));
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
