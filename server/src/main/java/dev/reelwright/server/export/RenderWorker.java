package dev.reelwright.server.export;

import dev.reelwright.draft.Draft;
import dev.reelwright.draft.DraftCodec;
import dev.reelwright.draft.DraftException;
import dev.reelwright.render.Cancellation;
import dev.reelwright.render.Quality;
import dev.reelwright.render.RenderException;
import dev.reelwright.render.RenderListener;
import dev.reelwright.render.RenderProgress;
import dev.reelwright.render.Renderer;
import dev.reelwright.render.chunk.RenderCache;
import dev.reelwright.farm.Farm;
import dev.reelwright.farm.FarmNames;
import dev.reelwright.farm.FarmSettings;
import dev.reelwright.farm.NatsChunkFarm;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The separate process a render job runs in, so a hostile file that crashes, hangs or eats memory
 * while being decoded takes down only this process. Arguments: {@code DRAFT.json DRAFT_MEDIA
 * USER_MEDIA OUT.mp4 QUALITY [CACHE_DIR [NATS_URL [FARM_NAME]]]}; with a cache folder, chunks and sound an
 * earlier export made are taken from it (see {@link RenderCache}); with a NATS address the missing
 * chunks are made by the render farm there ({@code reel worker} processes). Prints {@code progress N} lines, and {@code error MESSAGE} before a
 * non-zero exit.
 */
public final class RenderWorker {
    private RenderWorker() {
    }

    /** How long a stopped worker may take to unwind (take its waiting chunks off the farm) before it is gone anyway. */
    static final long UNWIND_MS = 5_000;

    public static void main(String[] args) {
        int code;
        Cancellation cancellation = new Cancellation();
        java.util.concurrent.CountDownLatch unwound = new java.util.concurrent.CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // Stopped (the export was cancelled): the render ends as cancelled, its farm jobs withdrawn.
            cancellation.cancel();
            try {
                unwound.await(UNWIND_MS, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }, "reel-render-stop"));
        try {
            Draft draft = DraftCodec.parse(Files.readString(Path.of(args[0])));
            SessionMediaResolver media = new SessionMediaResolver(Path.of(args[1]), Path.of(args[2]));
            int[] lastPercent = {-1};
            RenderCache cache = args.length > 5 ? new RenderCache(Path.of(args[5]), RenderCache.DEFAULT_MAX_BYTES) : null;
            Farm farm = args.length > 6 ? Farm.connect(args[6], args.length > 7 ? new FarmNames(args[7]) : FarmNames.DEFAULT,
                    FarmSettings.DEFAULT, "reel-export") : null;
            new Renderer().cachingIn(cache).withFarm(farm == null ? null : new NatsChunkFarm(farm)).render(draft, media, Quality.parse(args[4]), Path.of(args[3]), new RenderListener() {
                @Override
                public void progress(RenderProgress progress) {
                    int percent = progress.framesTotal() == 0 ? 0 : (int) (progress.framesDone() * 100 / progress.framesTotal());
                    if (percent != lastPercent[0]) {
                        lastPercent[0] = percent;
                        System.out.println("progress " + Math.min(99, percent));
                        System.out.flush();
                    }
                }
            }, cancellation);
            code = 0;
        } catch (Cancellation.Cancelled e) {
            code = 4;
        } catch (DraftException | RenderException e) {
            System.out.println("error " + e.getMessage().replace('\n', ' '));
            code = 2;
        } catch (Exception | OutOfMemoryError e) {
            System.out.println("error the render failed (" + e.getClass().getSimpleName() + ")");
            code = 3;
        }
        System.out.flush();
        unwound.countDown();
        System.exit(code);
    }
}
