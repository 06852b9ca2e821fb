package dev.reelwright.server.export;

import dev.reelwright.draft.DraftCodec;
import dev.reelwright.draft.DraftScaler;
import dev.reelwright.render.Quality;
import dev.reelwright.server.session.Sessions;
import dev.reelwright.server.store.DataFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Quick low-resolution renders of a session's draft versions for the studio's player: 360 lines,
 * the fastest encoder settings, free of charge. Each version is rendered once (asking again while
 * it renders waits for the same render) in a {@link WorkerProcess}, one at a time beside the
 * exports, and the newest few of each session are kept.
 */
public final class Previews implements AutoCloseable {
    private final DataFiles files;
    /** Lines on the short side of a preview. */
    public static final int LINES = 360;
    private static final int KEPT_PER_SESSION = 4;
    private static final Duration TIME_LIMIT = Duration.ofMinutes(3);

    /** Why a preview could not be made, in words for the user. */
    public static final class PreviewFailed extends RuntimeException {
        PreviewFailed(String message) {
            super(message);
        }
    }

    private final Path folder;
    private final Path mediaRoot;
    private final String workerHeap;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "reel-preview");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<Path, CompletableFuture<Path>> rendering = new ConcurrentHashMap<>();

    /** @param mediaRoot where users' uploads are ({@code <user>/...}), as for exports */
    public Previews(Path folder, Path mediaRoot, String workerHeap, DataFiles files) {
        this.files = files;
        this.folder = folder;
        this.mediaRoot = mediaRoot;
        this.workerHeap = workerHeap;
    }

    /** The preview MP4 of this draft version, rendered now if it was not before; throws {@link PreviewFailed}. */
    public Path of(String userId, String sessionId, Sessions.DraftVersion draft) throws InterruptedException {
        Path sessionFolder = folder.resolve(userId).resolve(sessionId);
        Path file = sessionFolder.resolve("v" + draft.version() + ".mp4");
        if (Files.isRegularFile(file)) {
            return file;
        }
        files.needs(DataFiles.sessionFolder(mediaRoot, userId, sessionId));
        CompletableFuture<Path> made = rendering.computeIfAbsent(file,
                key -> CompletableFuture.supplyAsync(() -> render(draft, mediaRoot.resolve(userId), sessionFolder, file), worker));
        try {
            return made.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof PreviewFailed failed ? failed : new PreviewFailed("the preview could not be made (" + cause.getMessage() + ")");
        } finally {
            if (made.isDone()) {
                rendering.remove(file, made);
            }
        }
    }

    private Path render(Sessions.DraftVersion draft, Path userMedia, Path sessionFolder, Path file) {
        Path work = sessionFolder.resolve("v" + draft.version() + ".work");
        try {
            Files.createDirectories(work);
            String small = DraftCodec.write(DraftScaler.toShortSide(DraftCodec.parse(draft.draftJson()), LINES));
            Path draftFile = Files.writeString(work.resolve("draft.json"), small);
            Path out = work.resolve("out.mp4");
            Path media = draft.mediaFolder() != null ? Path.of(draft.mediaFolder()) : work;
            WorkerProcess.Outcome outcome = new WorkerProcess(RenderWorker.class, workerHeap, TIME_LIMIT).run(List.of(draftFile.toString(),
                    media.toString(), userMedia.toString(), out.toString(), Quality.DRAFT.toString(),
                    folder.resolve(".render-cache").toString()), work.resolve("worker.log"), percent -> {
                    });
            if (outcome instanceof WorkerProcess.Refused refused) {
                throw new PreviewFailed(refused.message());
            }
            if (!(outcome instanceof WorkerProcess.Done)) {
                throw new PreviewFailed(outcome instanceof WorkerProcess.Broke broke ? broke.message() : "the preview was stopped");
            }
            Files.move(out, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            keepNewest(sessionFolder);
            return file;
        } catch (IOException e) {
            throw new PreviewFailed("the preview could not be written (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PreviewFailed("the server is stopping");
        } finally {
            RenderQueue.deleteTree(work);
        }
    }

    private static void keepNewest(Path sessionFolder) throws IOException {
        try (var files = Files.list(sessionFolder)) {
            List<Path> previews = files.filter(f -> f.getFileName().toString().matches("v\\d+\\.mp4"))
                    .sorted(Comparator.comparingLong(Previews::modifiedMs).reversed()).toList();
            for (Path old : previews.subList(Math.min(KEPT_PER_SESSION, previews.size()), previews.size())) {
                Files.deleteIfExists(old);
            }
        }
    }

    private static long modifiedMs(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException gone) {
            return 0;
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
