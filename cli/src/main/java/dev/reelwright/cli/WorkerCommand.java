package dev.reelwright.cli;

import dev.reelwright.farm.Farm;
import dev.reelwright.farm.FarmException;
import dev.reelwright.farm.FarmSettings;
import dev.reelwright.farm.FarmMaker;
import dev.reelwright.farm.FarmWorker;
import dev.reelwright.server.ServerSettings;
import dev.reelwright.server.chat.LocalMaker;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "worker", description = "A render-farm worker: makes the chunks of exports, and the videos chat turns ask for, that"
        + " reel serve --nats puts on the farm's NATS JetStream work queues, until stopped (Ctrl-C).")
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
        java.util.function.Consumer<String> log = line -> context.out().println("reel worker: " + line);
        try (Farm connected = Farm.connect(url, farm.names(), FarmSettings.DEFAULT, "reel-worker");
             FarmWorker worker = new FarmWorker(connected, work, log);
             FarmMaker maker = new FarmMaker(connected, work, new LocalMaker(ServerSettings.defaults().turnTimeLimit()), log)) {
            context.out().println("reel worker: taking chunk jobs and videos to make from " + url + "; Ctrl-C stops it");
            Thread runner = new Thread(worker::run, "reel-worker");
            runner.start();
            Thread making = new Thread(() -> {
                try {
                    maker.run();
                } catch (RuntimeException e) {
                    log.accept("stopped taking videos to make (" + e.getMessage() + "); chunk jobs go on");
                }
            }, "reel-worker-maker");
            making.setDaemon(true);
            making.start();
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
