package dev.reelwright.render;

import dev.reelwright.draft.Draft;
import dev.reelwright.render.RenderProgress.Stage;
import dev.reelwright.render.audio.Mixdown;
import dev.reelwright.render.media.AudioReader;
import dev.reelwright.render.media.VideoEncoder;
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

/**
 * Draft to MP4. Checks every source first, mixes the sound to a scratch file (measuring its
 * loudness), then paints frames on one thread while the encoder takes them on another. The
 * file appears under its name only when complete: a failed or cancelled render leaves nothing.
 */
public final class Renderer {
    private final Fonts fonts;

    public Renderer(Fonts fonts) {
        this.fonts = fonts;
    }

    public Renderer() {
        this(Fonts.standard());
    }

    public RenderResult render(Draft draft, MediaResolver resolver, Quality quality, Path output, RenderListener listener,
                               Cancellation cancellation) {
        return renderPlayable(draft.playable(), resolver, quality, output, listener, cancellation);
    }

    private RenderResult renderPlayable(Draft draft, MediaResolver resolver, Quality quality, Path output, RenderListener listener,
                                        Cancellation cancellation) {
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
        Path directory = output.toAbsolutePath().getParent();
        Path partial = temporarySibling(output, directory);
        Path mix = null;
        Path mastered = null;
        double loudness;
        try {
            mix = Files.createTempFile("reel-mix-", ".f32");
            mastered = Files.createTempFile("reel-mastered-", ".f32");
            listener.progress(new RenderProgress(Stage.MIXING_SOUND, 0, frames));
            Mixdown mixdown = new Mixdown(AudioPlanner.plan(draft, media::hasSound),
                    (source, startMs) -> new AudioReader(media.get(source).file(), startMs), draft.durationMs());
            try (SoundTrack sound = new SoundTrack(mixdown, mix, mastered, cancellation);
                 VideoEncoder encoder = new VideoEncoder(partial, draft.meta().widthPx(), draft.meta().heightPx(),
                         draft.meta().fps(), quality);
                 PainterCache cache = new PainterCache(painters.paintedSegments(), painters::create)) {
                FramePainter painter = new FramePainter(new VisualPlanner(draft), cache, painters.backgroundRgb());
                FramePipeline pipeline = new FramePipeline(draft.meta().widthPx(), draft.meta().heightPx(), cancellation);
                pipeline.run(frames, (index, canvas) -> {
                    painter.paint(timing.frameTimeMs(index), canvas);
                    canvas.toNv12();
                }, new SoundAndPictureWriter(encoder, sound, timing, mixdown.totalFrames(), frames, listener));
                listener.progress(new RenderProgress(Stage.FINISHING, frames, frames));
                encoder.finish();
                loudness = sound.mixLoudnessLufs();
            }
            cancellation.check();
            Files.move(partial, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            OutputFiles.makeReadable(output);
            listener.progress(new RenderProgress(Stage.DONE, frames, frames));
            return new RenderResult(output, frames, draft.durationMs(), Files.size(output), loudness);
        } catch (IOException e) {
            throw new RenderException("cannot write " + output + " (" + e.getMessage() + ")", e);
        } finally {
            deleteQuietly(partial);
            if (mix != null) {
                deleteQuietly(mix);
            }
            if (mastered != null) {
                deleteQuietly(mastered);
            }
        }
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

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file, e);
        }
    }
}
