package dev.reelwright.cli;

import dev.reelwright.draft.Draft;
import dev.reelwright.draft.DraftCodec;
import dev.reelwright.render.Cancellation;
import dev.reelwright.render.Quality;
import dev.reelwright.render.RenderListener;
import dev.reelwright.render.Renderer;
import dev.reelwright.render.media.VideoEncoder;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One measured benchmark run in its own JVM, so its peak memory is its own. Prints one line:
 * {@code frames wall_s cpu_s peak_rss_mib cold_wall_s}.
 * <ul>
 * <li>{@code render DRAFT MEDIA OUT [WARMUP_DRAFT]}: the full renderer, draft to MP4; with a warm-up
 * draft, that is rendered first (its wall time is the cold figure), so the timed render runs
 * warm like the reference does.</li>
 * <li>{@code reference DRAFT MEDIA OUT}: paints every frame into memory first (not timed), then
 * times bare x264 encoding exactly those frames at the same settings.</li>
 * </ul>
 */
public final class BenchChild {
    private BenchChild() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Draft draft = DraftCodec.parse(Files.readString(Path.of(args[1])));
        Path media = Path.of(args[2]);
        Path out = Path.of(args[3]);
        FolderMediaResolver resolver = new FolderMediaResolver(media, media);
        long frames;
        double wallS;
        double cpuS;
        double coldWallS = Double.NaN;
        if (mode.equals("render")) {
            if (args.length > 4) {
                Draft warmUp = DraftCodec.parse(Files.readString(Path.of(args[4])));
                long w0 = System.nanoTime();
                new Renderer().render(warmUp, resolver, Quality.STANDARD, out, RenderListener.NONE, Cancellation.none());
                coldWallS = (System.nanoTime() - w0) / 1e9;
            }
            double cpu0 = cpuSeconds();
            long t0 = System.nanoTime();
            frames = new Renderer().render(draft, resolver, Quality.STANDARD, out, RenderListener.NONE, Cancellation.none()).frames();
            wallS = (System.nanoTime() - t0) / 1e9;
            cpuS = cpuSeconds() - cpu0;
        } else {
            List<int[]> pictures = new ArrayList<>();
            new Renderer().paintEach(draft, resolver, (index, rgb) -> pictures.add(rgb.clone()));
            frames = pictures.size();
            double cpu0 = cpuSeconds();
            long t0 = System.nanoTime();
            try (VideoEncoder encoder = new VideoEncoder(out, draft.meta().widthPx(), draft.meta().heightPx(),
                    draft.meta().fps(), Quality.STANDARD)) {
                for (int[] picture : pictures) {
                    encoder.writePicture(picture);
                }
                encoder.finish();
            }
            wallS = (System.nanoTime() - t0) / 1e9;
            cpuS = cpuSeconds() - cpu0;
        }
        System.out.printf(Locale.ROOT, "%d %.3f %.3f %.1f %.3f%n", frames, wallS, cpuS, peakRssMib(), coldWallS);
    }

    private static double cpuSeconds() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return os.getProcessCpuTime() / 1e9;
    }

    /** The process's peak resident memory (VmHWM), in MiB. */
    static double peakRssMib() throws java.io.IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }
}
