package dev.reelwright.cli;

import dev.reelwright.director.captions.CaptionStyle;
import dev.reelwright.director.make.MadeVideo;
import dev.reelwright.director.make.MakeOptions;
import dev.reelwright.director.make.VideoMaker;
import dev.reelwright.director.script.Script;
import dev.reelwright.director.script.ScriptReader;
import dev.reelwright.director.voice.VoiceCatalog;
import dev.reelwright.draft.Draft;
import dev.reelwright.draft.Segment;
import dev.reelwright.draft.TrackRole;
import dev.reelwright.render.Cancellation;
import dev.reelwright.render.MediaCatalog;
import dev.reelwright.render.Quality;
import dev.reelwright.render.RenderListener;
import dev.reelwright.render.Renderer;

import dev.reelwright.render.audio.FloatFile;
import dev.reelwright.render.audio.Mixdown;
import dev.reelwright.render.audio.SoundMeasure;
import dev.reelwright.render.media.AudioReader;
import dev.reelwright.render.plan.AudioPart;
import dev.reelwright.render.plan.AudioPlanner;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * {@code reel bench quality}: what a viewer hears and reads, for the built-in 150-word script made
 * in each caption style. An independent recogniser (CMU PocketSphinx, from Debian's
 * {@code pocketsphinx} and {@code pocketsphinx-en-us}) transcribes the final mix and the voice
 * alone; their word error rates, the music's short-term loudness under the speaking voice, the
 * captions' timing against the words as the recogniser heard them, loudness and true peak.
 */
final class QualityBench {
    private static final String RECOGNISER = "pocketsphinx_continuous";
    private static final double WINDOW_S = 3.0;

    private QualityBench() {
    }

    /** A transcript: the words heard, and when each starts (seconds). */
    private record Heard(List<String> words, List<Double> startsS) {
    }

    static void run(PrintStream out) throws Exception {
        Path work = Files.createTempDirectory("reel-bench-quality-");
        try {
            Path file = work.resolve("brewline.md");
            try (InputStream in = QualityBench.class.getResourceAsStream(MakeBench.SCRIPT)) {
                Files.write(file, in.readAllBytes());
            }
            Script script = ScriptReader.read(file);
            boolean recogniser = onPath(RECOGNISER);
            out.println("reel bench quality: the built-in 150-word script, 854x480, once per caption style");
            if (!recogniser) {
                out.println("(no speech recogniser: apt-get install pocketsphinx pocketsphinx-en-us for the word error rates and caption timing)");
            }
            out.printf(Locale.ROOT, "%-8s %9s %9s %14s %14s %12s %8s %8s%n", "captions", "WER mix", "WER voice", "music under", "caption start",
                    "captions", "LUFS", "dBTP");
            out.printf(Locale.ROOT, "%-8s %9s %9s %14s %14s %12s %8s %8s%n", "", "", "alone", "speech dB min", "error ms p50/90",
                    "heard", "", "");
            List<double[]> rows = new ArrayList<>();
            for (CaptionStyle style : CaptionStyle.values()) {
                if (style == CaptionStyle.NONE) {
                    continue;
                }
                Path media = Files.createDirectories(work.resolve(style.wireName()));
                MadeVideo made = new VideoMaker(VoiceCatalog.discover(System.getenv())).make(script,
                        MakeOptions.defaults().withCanvas(dev.reelwright.director.make.Aspect.LANDSCAPE, 480).withCaptions(style), media, s -> { });
                Draft draft = made.draft();
                Path video = media.resolve("video.mp4");
                var resolver = new FolderMediaResolver(media, media);
                new Renderer().render(draft, resolver, Quality.DRAFT, video, RenderListener.NONE, new Cancellation());
                float[] stereo = stereo(video);
                double lufs = SoundMeasure.integratedLufs(stereo);
                double peak = SoundMeasure.truePeakDbtp(stereo);
                double under = musicUnderSpeechDb(draft, MediaCatalog.load(draft, resolver), work);
                String reference = String.join(" ", made.storyboard().scenes().stream().map(s -> s.narration()).toList());
                double werMix = Double.NaN;
                double werVoice = Double.NaN;
                double[] timing = {Double.NaN, Double.NaN, 0};
                if (recogniser) {
                    // The mix over the stretch the voice speaks: the title and end cards' music alone has no words to hear.
                    Segment spoken = draft.trackWithRole(TrackRole.VOICE).orElseThrow().segments().get(0);
                    float[] whole = AudioReader.mono(video);
                    float[] speaking = Arrays.copyOfRange(whole, (int) Math.min(whole.length, spoken.startMs() * 48),
                            (int) Math.min(whole.length, spoken.endMs() * 48));
                    Heard mix = recognise(speaking, work.resolve("mix.wav"));
                    Heard voice = recognise(AudioReader.mono(media.resolve("voice.wav")), work.resolve("voice.wav"));
                    werMix = wordErrorRate(words(reference), mix.words());
                    werVoice = wordErrorRate(words(reference), voice.words());
                    timing = captionTiming(draft, mix, spoken.startMs() / 1000.0);
                }
                rows.add(new double[] {werMix, werVoice, under});
                out.printf(Locale.ROOT, "%-8s %9.3f %9.3f %14.1f %9.0f/%-4.0f %11.0f%% %8.1f %8.1f%n", style.wireName(), werMix, werVoice, under,
                        timing[0], timing[1], 100 * timing[2], lufs, peak);
            }
            double worstGap = rows.stream().mapToDouble(r -> r[0] - r[1]).max().orElse(Double.NaN);
            double quietest = rows.stream().mapToDouble(r -> r[2]).min().orElse(Double.NaN);
            out.println();
            out.printf(Locale.ROOT, "WER mix - WER voice alone, worst style: %.3f  (target <= 0.05) %s%n", worstGap,
                    Double.isNaN(worstGap) ? "not measured" : worstGap <= 0.05 ? "met" : "NOT MET");
            out.printf(Locale.ROOT, "music under the speaking voice, least: %.1f dB  (target >= 18) %s%n", quietest, quietest >= 18 ? "met" : "NOT MET");
            out.println("(WER mix: over the stretch the voice speaks; music under speech: the voice's short-term loudness less the"
                    + " music's, over 3 s windows where the voice speaks; caption start error: a cue's start against when the recogniser"
                    + " heard its first word, for the cues whose first word it heard within 1.5 s)");
        } finally {
            BenchCommand.deleteTree(work);
        }
    }

    private static float[] stereo(Path video) {
        List<float[]> blocks = new ArrayList<>();
        int total = 0;
        try (AudioReader reader = new AudioReader(video, 0)) {
            while (true) {
                float[] block = new float[2 * 48_000 * 10];
                int got = reader.read(block, 48_000 * 10);
                if (got <= 0) {
                    break;
                }
                blocks.add(Arrays.copyOf(block, 2 * got));
                total += 2 * got;
                if (got < 48_000 * 10) {
                    break;
                }
            }
        }
        float[] all = new float[total];
        int at = 0;
        for (float[] block : blocks) {
            System.arraycopy(block, 0, all, at, block.length);
            at += block.length;
        }
        return all;
    }

    /**
     * The music's place under the voice: the mix is linear before mastering, so mixed with and
     * without the music, the difference is the music as it sits under the voice (ducked).
     */
    private static double musicUnderSpeechDb(Draft draft, MediaCatalog media, Path work) throws IOException {
        List<AudioPart> parts = AudioPlanner.plan(draft, media::hasSound);
        List<AudioPart> voice = parts.stream().filter(p -> p.role() == TrackRole.VOICE).toList();
        Path both = work.resolve("both.f32");
        Path alone = work.resolve("alone.f32");
        new Mixdown(parts, (s, at) -> new AudioReader(media.get(s).file(), at), draft.durationMs()).mixTo(both, new Cancellation());
        new Mixdown(voice, (s, at) -> new AudioReader(media.get(s).file(), at), draft.durationMs()).mixTo(alone, new Cancellation());
        int frames = (int) (draft.durationMs() * 48);
        float[] mixed = new float[2 * frames];
        float[] speech = new float[2 * frames];
        try (FloatFile.Reader reader = new FloatFile.Reader(both)) {
            reader.read(mixed, frames);
        }
        try (FloatFile.Reader reader = new FloatFile.Reader(alone)) {
            reader.read(speech, frames);
        }
        int window = (int) (WINDOW_S * 48_000);
        double least = Double.POSITIVE_INFINITY;
        List<Double> gaps = new ArrayList<>();
        for (int start = 0; start + window <= frames; start += 48_000) {
            float[] v = Arrays.copyOfRange(speech, 2 * start, 2 * (start + window));
            float[] m = new float[v.length];
            int speaking = 0;
            for (int i = 0; i < v.length; i++) {
                m[i] = mixed[2 * start + i] - v[i];
            }
            for (int i = 0; i < v.length; i += 2 * 4_800) {
                double energy = 0;
                for (int j = i; j < Math.min(v.length, i + 2 * 4_800); j++) {
                    energy += v[j] * v[j];
                }
                speaking += energy / 9_600 > 1e-5 ? 1 : 0;
            }
            if (speaking < 0.8 * v.length / 9_600) {
                continue;
            }
            double gap = SoundMeasure.integratedLufs(v) - SoundMeasure.integratedLufs(m);
            least = Math.min(least, gap);
            gaps.add(gap);
        }
        gaps.sort(null);
        if (System.getenv("REEL_BENCH_DEBUG") != null) {
            System.err.println("music-under-speech windows: " + gaps);
        }
        return least;
    }

    /** PocketSphinx on {@code mono} (48 kHz), resampled to the 16 kHz it listens at. */
    private static Heard recognise(float[] mono, Path wav) throws IOException, InterruptedException {
        int n = mono.length / 3;
        ByteBuffer pcm = ByteBuffer.allocate(44 + 2 * n).order(ByteOrder.LITTLE_ENDIAN);
        pcm.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + 2 * n).put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII))
                .putInt(16).putShort((short) 1).putShort((short) 1).putInt(16_000).putInt(32_000).putShort((short) 2).putShort((short) 16)
                .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(2 * n);
        for (int i = 0; i < n; i++) {
            double sample = (mono[3 * i] + mono[3 * i + 1] + mono[3 * i + 2]) / 3.0;
            pcm.putShort((short) Math.max(-32768, Math.min(32767, Math.round(sample * 32767))));
        }
        Files.write(wav, pcm.array());
        Process process = new ProcessBuilder(RECOGNISER, "-infile", wav.toString(), "-time", "yes", "-logfn", "/dev/null")
                .redirectErrorStream(false).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new CliException(RECOGNISER + " failed (exit " + process.exitValue() + ")");
        }
        List<String> heard = new ArrayList<>();
        List<Double> starts = new ArrayList<>();
        for (String line : output.lines().toList()) {
            String[] parts = line.strip().split("\\s+");
            if (parts.length >= 3 && parts[1].matches("[0-9.]+") && !parts[0].startsWith("<") && !parts[0].startsWith("[")) {
                heard.add(parts[0].replaceAll("\\(\\d+\\)$", "").toLowerCase(Locale.ROOT));
                starts.add(Double.parseDouble(parts[1]));
            }
        }
        return new Heard(heard, starts);
    }

    static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("[^a-z0-9']+")).filter(w -> !w.isEmpty()).toList();
    }

    /** Words substituted, left out or added, over the reference's words. */
    static double wordErrorRate(List<String> reference, List<String> heard) {
        int[] previous = new int[heard.size() + 1];
        for (int j = 0; j <= heard.size(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= reference.size(); i++) {
            int[] row = new int[heard.size() + 1];
            row[0] = i;
            for (int j = 1; j <= heard.size(); j++) {
                int change = previous[j - 1] + (reference.get(i - 1).equals(heard.get(j - 1)) ? 0 : 1);
                row[j] = Math.min(change, Math.min(previous[j], row[j - 1]) + 1);
            }
            previous = row;
        }
        return previous[heard.size()] / (double) Math.max(1, reference.size());
    }

    /** Median and 90th percentile of |cue start − when its first word was heard|, in ms, and the share of cues matched. */
    private static double[] captionTiming(Draft draft, Heard heard, double offsetS) {
        List<Double> errors = new ArrayList<>();
        List<Segment> cues = draft.trackWithRole(TrackRole.CAPTION).map(t -> t.segments()).orElse(List.of());
        for (Segment cue : cues) {
            List<String> words = words(cue.meta().text());
            if (words.isEmpty()) {
                continue;
            }
            // A karaoke cue starts when its marked word is said: the word it lights up.
            var mark = cue.meta().textStyle().mark();
            String first = words.get(mark == null ? 0 : Math.min(words.size() - 1, mark.wordIndex()));
            double startS = cue.startMs() / 1000.0;
            double best = Double.POSITIVE_INFINITY;
            for (int i = 0; i < heard.words().size(); i++) {
                if (heard.words().get(i).equals(first)) {
                    best = Math.min(best, Math.abs(heard.startsS().get(i) + offsetS - startS));
                }
            }
            if (best <= 1.5) {
                errors.add(best * 1000);
            }
        }
        if (errors.isEmpty()) {
            return new double[] {Double.NaN, Double.NaN, 0};
        }
        errors.sort(null);
        return new double[] {errors.get(errors.size() / 2), errors.get((int) Math.min(errors.size() - 1, Math.floor(errors.size() * 0.9))),
                errors.size() / (double) Math.max(1, cues.size())};
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
