package dev.reelwright.cli;

import dev.reelwright.farm.Farm;
import dev.reelwright.farm.FarmException;
import dev.reelwright.farm.FarmSettings;
import dev.reelwright.farm.FarmWorker;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "worker", description = "A render-farm worker: makes chunks of the exports that reel serve --nats puts on the farm's"
        + " NATS JetStream work queue, until stopped (Ctrl-C).")
final class WorkerCommand extends ReelCommand {
    @Mixin
    Options.FarmOption farm;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "reelwright-worker",
            description = "the folder for fetched media and chunks being made (default ./${DEFAULT-VALUE})")
    Path work;

    @Override
    protected void run(Context context) {
        String url = farm.orFromEnvironment(context.env());
        if (url == null) {
            throw new CliException("say which farm: --nats nats://HOST:4222 (or set REEL_NATS)");
        }
        try (Farm connected = Farm.connect(url, farm.names(), FarmSettings.DEFAULT, "reel-worker");
             FarmWorker worker = new FarmWorker(connected, work, line -> context.out().println("reel worker: " + line))) {
            context.out().println("reel worker: taking chunk jobs from " + url + "; Ctrl-C stops it");
            Thread runner = new Thread(worker::run, "reel-worker");
            runner.start();
            while (runner.isAlive() && !context.cancellation().isCancelled()) {
                try {
                    runner.join(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        } catch (FarmException e) {
            throw new CliException(e.getMessage());
        }
    }
}
