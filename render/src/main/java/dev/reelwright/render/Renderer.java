package dev.reelwright.render;

import dev.reelwright.draft.Draft;
import dev.reelwright.render.RenderProgress.Stage;
import dev.reelwright.render.audio.Mixdown;
import dev.reelwright.render.chunk.Chunk;
import dev.reelwright.render.chunk.ChunkPlanner;
import dev.reelwright.render.chunk.RenderCache;
import dev.reelwright.render.chunk.RenderKeys;
import dev.reelwright.render.media.AudioReader;
import dev.reelwright.render.media.Mp4Joiner;
import dev.reelwright.render.media.X264Settings;
import dev.reelwright.render.paint.FrameCanvas;
import dev.reelwright.render.paint.FramePainter;
import dev.reelwright.render.paint.PainterCache;
import dev.reelwright.render.plan.AudioPlanner;
import dev.reelwright.render.plan.FrameTiming;
import dev.reelwright.render.plan.VisualPlanner;
import dev.reelwright.render.text.Fonts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Draft to MP4. Checks every source first; mixes, masters and encodes the sound once on its own
 * thread; paints and encodes the pictures in {@link ChunkPlanner chunks} of closed GOPs; then joins
 * the chunks and the sound by stream copy. With a {@link RenderCache} the chunks and the sound are
 * kept by a hash of what decides them, so a re-export encodes only what an edit changed. The same
 * draft and settings give the same bytes every time. The file appears under its name only when
 * complete: a failed or cancelled render leaves nothing.
 */
public final class Renderer {
    private static final String CHUNK = ".mp4";
    private static final String SOUND = ".m4a";
    private static final String LOUDNESS = ".lufs";

    private final Fonts fonts;
    private final RenderCache cache;
    private final boolean onePiece;
    private final ChunkFarm farm;

    private Renderer(Fonts fonts, RenderCache cache, boolean onePiece, ChunkFarm farm) {
        this.fonts = fonts;
        this.cache = cache;
        this.onePiece = onePiece;
        this.farm = farm;
    }

    public Renderer(Fonts fonts) {
        this(fonts, null, false, null);
    }

    public Renderer() {
        this(Fonts.standard());
    }

    /** This renderer keeping chunks and sound in {@code cache} (null for none). */
    public Renderer cachingIn(RenderCache cache) {
        return new Renderer(fonts, cache, onePiece, farm);
    }

    /** This renderer encoding the whole video as one chunk: the reference a chunked render is compared with. */
    public Renderer inOnePiece() {
        return new Renderer(fonts, cache, true, farm);
    }

    /** This renderer having its missing chunks made by {@code farm} (null: here). */
    public Renderer withFarm(ChunkFarm farm) {
        return new Renderer(fonts, cache, onePiece, farm);
    }

    /** What a render needs before it paints: its media checked, its painters, its chunks and their keys. */
    private record Prepared(Draft draft, FrameTiming timing, long frames, MediaCatalog media, SegmentPainters painters,
                            List<Chunk> chunks, RenderKeys keys) {
    }

    private Prepared prepare(Draft draft, MediaResolver resolver, Quality quality, RenderListener listener) {
        if (draft.durationMs() <= 0) {
            throw new RenderException("nothing to render: the draft has no segments");
        }
        FrameTiming timing = new FrameTiming(draft.meta().fps());
        long frames = timing.frameCount(draft.durationMs());
        listener.progress(new RenderProgress(Stage.CHECKING_MEDIA, 0, frames));
        MediaCatalog media = MediaCatalog.load(draft, resolver);
        media.warnings().forEach(listener::warning);
        SegmentPainters painters = new SegmentPainters(draft, media, fonts);
        painters.checkFonts();
        painters.checkPictures();
        List<Chunk> chunks = plan(draft, quality);
        RenderKeys keys = new RenderKeys(draft, source -> media.get(source).file(), media::hasSound, quality,
                X264Settings.of(quality).toString());
        return new Prepared(draft, timing, frames, media, painters, chunks, keys);
    }

    private List<Chunk> plan(Draft draft, Quality quality) {
        long frames = new FrameTiming(draft.meta().fps()).frameCount(draft.durationMs());
        return onePiece ? ChunkPlanner.plan(frames, (int) Math.min(Integer.MAX_VALUE, frames), 0) : ChunkPlanner.plan(draft, quality);
    }

    /**
     * Paints and encodes one chunk of a draft into {@code output} (a farm worker's job) and returns its
     * key: the key a render of the same draft, settings and build expects for that chunk.
     */
    public String renderChunk(Draft draft, MediaResolver resolver, Quality quality, int chunkIndex, Path output, Cancellation cancellation) {
        Draft playable = draft.playable();
        if (playable.durationMs() <= 0) {
            throw new RenderException("nothing to render: the draft has no segments");
        }
        List<Chunk> planned = plan(playable, quality);
        if (chunkIndex < 0 || chunkIndex >= planned.size()) {
            throw new RenderException("the draft has chunks 0 to " + (planned.size() - 1) + ", not " + chunkIndex);
        }
        // Only what the chunk shows is probed and prepared: the same key, a fraction of the work.
        Prepared prepared = prepare(RenderKeys.shownDuring(playable, planned.get(chunkIndex)), resolver, quality, RenderListener.NONE);
        Chunk chunk = prepared.chunks().get(chunkIndex);
        Path[] made = new Path[1];
        try (PainterCache painterCache = new PainterCache(prepared.painters().paintedSegments(), prepared.painters()::create);
             ChunkEncoding encoding = new ChunkEncoding(List.of(chunk), draft.meta().widthPx(), draft.meta().heightPx(),
                     draft.meta().fps(), quality, new ChunkEncoding.Files() {
                         @Override
                         public Path scratchFor(Chunk ignored) {
                             return output;
                         }

                         @Override
                         public void finished(Chunk ignored, Path file) {
                             made[0] = file;
                         }
                     }, (done, work) -> {
                     })) {
            encoding.run(new FramePainter(new VisualPlanner(prepared.draft()), painterCache, prepared.painters().backgroundRgb()),
                    prepared.timing(), cancellation);
        }
        if (made[0] == null) {
            throw new RenderException("chunk " + chunkIndex + " was not finished");
        }
        return prepared.keys().chunk(chunk);
    }

    public RenderResult render(Draft draft, MediaResolver resolver, Quality quality, Path output, RenderListener listener,
                               Cancellation cancellation) {
        return renderPlayable(draft.playable(), resolver, quality, output, listener, cancellation);
    }

    private RenderResult renderPlayable(Draft shown, MediaResolver resolver, Quality quality, Path output, RenderListener listener,
                                        Cancellation cancellation) {
        Prepared prepared = prepare(shown, resolver, quality, listener);
        Draft draft = prepared.draft();
        long frames = prepared.frames();
        MediaCatalog media = prepared.media();
        SegmentPainters painters = prepared.painters();
        List<Chunk> chunks = prepared.chunks();
        RenderKeys keys = prepared.keys();
        Path partial = temporarySibling(output, output.toAbsolutePath().getParent());
        Path scratch = scratchFolder();
        try {
            listener.progress(new RenderProgress(Stage.MIXING_SOUND, 0, frames));
            String soundKey = keys.sound();
            Map<Chunk, Path> parts = new java.util.concurrent.ConcurrentHashMap<>();
            Map<Chunk, String> chunkKeys = chunks.stream().collect(java.util.stream.Collectors.toMap(chunk -> chunk, keys::chunk));
            ChunkEncoding.Files files = chunkFiles(chunkKeys, scratch, parts);
            List<Chunk> missing = new ArrayList<>();
            for (Chunk chunk : chunks) {
                Optional<Path> kept = cached(chunkKeys.get(chunk), CHUNK, scratch.resolve("kept-" + chunk.index() + CHUNK));
                kept.ifPresentOrElse(file -> parts.put(chunk, file), () -> missing.add(chunk));
            }
            Optional<SoundTrack.Encoded> keptSound = cachedSound(soundKey, scratch);
            boolean soundReused = keptSound.isPresent();
            Mixdown mixdown = new Mixdown(AudioPlanner.plan(draft, media::hasSound),
                    (source, startMs) -> new AudioReader(media.get(source).file(), startMs), draft.durationMs());
            long reusedFrames = frames - missing.stream().mapToLong(Chunk::frames).sum();
            try (SoundTrack sound = keptSound.map(SoundTrack::ready)
                    .orElseGet(() -> SoundTrack.start(mixdown, scratch, scratch.resolve("sound" + SOUND), cancellation));
                 PainterCache painterCache = new PainterCache(painters.paintedSegments(), painters::create);
                 ChunkEncoding encoding = new ChunkEncoding(missing, draft.meta().widthPx(), draft.meta().heightPx(),
                         draft.meta().fps(), quality, files,
                         (done, work) -> listener.progress(new RenderProgress(Stage.RENDERING, reusedFrames + done, frames)))) {
                listener.progress(new RenderProgress(Stage.RENDERING, reusedFrames, frames));
                if (!missing.isEmpty() && farm != null) {
                    farm.make(draft, source -> media.get(source).file(), quality,
                            missing.stream().map(chunk -> new ChunkFarm.Job(chunk, chunkKeys.get(chunk))).toList(), scratch,
                            files::finished, done -> listener.progress(new RenderProgress(Stage.RENDERING, reusedFrames + done, frames)),
                            cancellation);
                } else if (!missing.isEmpty()) {
                    encoding.run(new FramePainter(new VisualPlanner(draft), painterCache, painters.backgroundRgb()), prepared.timing(),
                            cancellation);
                }
                if (parts.size() != chunks.size()) {
                    throw new RenderException((chunks.size() - parts.size()) + " chunks of " + chunks.size() + " were not made");
                }
                SoundTrack.Encoded encoded = sound.await();
                if (!soundReused) {
                    keepSound(soundKey, encoded);
                }
                listener.progress(new RenderProgress(Stage.FINISHING, frames, frames));
                List<Mp4Joiner.Part> joined = chunks.stream().map(chunk -> new Mp4Joiner.Part(parts.get(chunk), chunk.firstFrame())).toList();
                Mp4Joiner.join(joined, draft.meta().fps(), encoded.file(), partial, cancellation);
                cancellation.check();
                Files.move(partial, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                OutputFiles.makeReadable(output);
                listener.progress(new RenderProgress(Stage.DONE, frames, frames));
                return new RenderResult(output, frames, draft.durationMs(), Files.size(output), encoded.mixLoudnessLufs(),
                        missing.size(), chunks.size() - missing.size(), soundReused);
            }
        } catch (IOException e) {
            throw new RenderException("cannot write " + output + " (" + e.getMessage() + ")", e);
        } finally {
            deleteQuietly(partial);
            deleteTree(scratch);
        }
    }

    /** Where this render's own files go: inside the cache when there is one, so kept chunks link instead of copy. */
    private Path scratchFolder() {
        try {
            return cache == null ? Files.createTempDirectory("reel-render-")
                    : Files.createTempDirectory(cache.folder(), ".render-");
        } catch (IOException e) {
            throw new RenderException("cannot make a scratch folder (" + e.getMessage() + ")", e);
        }
    }

    /**
     * A cached entry, linked into this render's scratch folder so that eviction by a store later in
     * this render (or by another process) cannot take it away before the join.
     */
    private Optional<Path> cached(String key, String extension, Path link) {
        if (cache == null) {
            return Optional.empty();
        }
        return cache.find(key, extension).flatMap(file -> {
            try {
                return Optional.of(linkOrCopy(file, link));
            } catch (IOException e) {
                return Optional.empty();
            }
        });
    }

    /** {@code to} made the same file as {@code from}: a hard link (the scratch folder is inside the cache), else a copy. */
    private static Path linkOrCopy(Path from, Path to) throws IOException {
        try {
            return Files.createLink(to, from);
        } catch (UnsupportedOperationException | IOException e) {
            return Files.copy(from, to);
        }
    }

    private Optional<SoundTrack.Encoded> cachedSound(String key, Path scratch) {
        Optional<Path> loudness = cached(key, LOUDNESS, scratch.resolve("kept" + LOUDNESS));
        Optional<Path> sound = loudness.isPresent() ? cached(key, SOUND, scratch.resolve("kept" + SOUND)) : Optional.empty();
        if (sound.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SoundTrack.Encoded(sound.get(), Double.parseDouble(Files.readString(loudness.get()).trim())));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void keepSound(String key, SoundTrack.Encoded encoded) throws IOException {
        if (cache == null) {
            return;
        }
        Path loudness = encoded.file().resolveSibling("sound" + LOUDNESS);
        Files.writeString(loudness, Double.toString(encoded.mixLoudnessLufs()));
        linkOrCopy(cache.store(key, SOUND, encoded.file()), encoded.file());
        cache.store(key, LOUDNESS, loudness);
    }

    /** New chunks go to the scratch folder, then (with a cache) into the cache, linked back for the join. */
    private ChunkEncoding.Files chunkFiles(Map<Chunk, String> chunkKeys, Path scratch, Map<Chunk, Path> parts) {
        return new ChunkEncoding.Files() {
            @Override
            public Path scratchFor(Chunk chunk) {
                return scratch.resolve("chunk-" + chunk.index() + CHUNK);
            }

            @Override
            public void finished(Chunk chunk, Path file) {
                if (cache == null) {
                    parts.put(chunk, file);
                    return;
                }
                try {
                    parts.put(chunk, linkOrCopy(cache.store(chunkKeys.get(chunk), CHUNK, file), scratch.resolve("kept-" + chunk.index() + CHUNK)));
                } catch (IOException e) {
                    throw new RenderException("cannot read back the chunk just cached (" + e.getMessage() + ")", e);
                }
            }
        };
    }

    /** Receives painted frames in order: {@code 0x00RRGGBB} ints, valid only during the call. */
    @FunctionalInterface
    public interface FrameConsumer {
        void accept(long frameIndex, int[] rgb);
    }

    /**
     * Paints every frame of a draft without encoding (previews, thumbnails, benchmarks). The
     * media is checked as for a render.
     */
    public void paintEach(Draft draft, MediaResolver resolver, FrameConsumer consumer) {
        FrameTiming timing = new FrameTiming(draft.meta().fps());
        long frames = timing.frameCount(draft.durationMs());
        withPainter(draft, resolver, (painter, canvas) -> {
            for (long index = 0; index < frames; index++) {
                painter.paint(timing.frameTimeMs(index), canvas);
                consumer.accept(index, canvas.rgb());
            }
        });
    }

    /** The frame a render shows at {@code timeMs}: {@code 0x00RRGGBB} ints, rows top to bottom (a preview). */
    public int[] paintAt(Draft draft, MediaResolver resolver, long timeMs) {
        if (timeMs < 0 || timeMs >= draft.durationMs()) {
            throw new RenderException("the time " + timeMs / 1000.0 + " s is outside the draft's " + draft.durationMs() / 1000.0 + " s");
        }
        FrameTiming timing = new FrameTiming(draft.meta().fps());
        long frame = Math.min(timing.frameCount(draft.durationMs()) - 1, timeMs * draft.meta().fps() / 1000);
        int[][] picture = new int[1][];
        withPainter(draft, resolver, (painter, canvas) -> {
            painter.paint(timing.frameTimeMs(frame), canvas);
            picture[0] = canvas.rgb().clone();
        });
        return picture[0];
    }

    private void withPainter(Draft shown, MediaResolver resolver, java.util.function.BiConsumer<FramePainter, FrameCanvas> work) {
        Draft draft = shown.playable();
        SegmentPainters painters = new SegmentPainters(draft, MediaCatalog.load(draft, resolver), fonts);
        painters.checkFonts();
        painters.checkPictures();
        FrameCanvas canvas = new FrameCanvas(draft.meta().widthPx(), draft.meta().heightPx());
        try (PainterCache cache = new PainterCache(painters.paintedSegments(), painters::create)) {
            work.accept(new FramePainter(new VisualPlanner(draft), cache, painters.backgroundRgb()), canvas);
        }
    }

    /** A hidden name beside the output, so the final rename stays on one file system. */
    private static Path temporarySibling(Path output, Path directory) {
        if (directory == null || !Files.isDirectory(directory)) {
            throw new RenderException(output + ": the folder " + directory + " does not exist");
        }
        if (!Files.isWritable(directory)) {
            throw new RenderException(output + ": the folder " + directory + " is not writable");
        }
        if (Files.isDirectory(output)) {
            throw new RenderException(output + ": is a folder, not a file name");
        }
        try {
            return Files.createTempFile(directory, "." + output.getFileName() + ".", ".part");
        } catch (IOException e) {
            throw new RenderException(output + ": cannot create a file in " + directory + " (" + e.getMessage() + ")", e);
        }
    }

    private static void deleteTree(Path folder) {
        try (java.util.stream.Stream<Path> files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // Scratch space: the next cache eviction or the OS cleans what stays.
                }
            });
        } catch (IOException ignored) {
            // Already gone.
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file, e);
        }
    }
}
