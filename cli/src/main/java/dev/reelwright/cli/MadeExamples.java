package dev.reelwright.cli;

import dev.reelwright.director.music.Wav;
import dev.reelwright.director.voice.MaryVoice;
import dev.reelwright.director.voice.Speech;
import dev.reelwright.render.Cancellation;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The five {@code reel make} and {@code reel prompt} examples, run from examples/scripts
 * with generated photos and a generated voiceover recording.
 */
final class MadeExamples {
    static final String IDEA = "a 20-second product showcase of a smartwatch with cinematic lighting";

    private MadeExamples() {
    }

    static int run(Path examples, Path media, Path outFolder, String resolution, String quality, PrintStream out,
                   Cancellation cancellation) {
        Path scripts = examples.resolve("scripts");
        Path lampPhotos = media.resolve("lamp");
        Path coastPhotos = media.resolve("coast");
        makePhotos(lampPhotos, 3, 40, out);
        makePhotos(coastPhotos, 5, 50, out);
        Path voiceover = media.resolve("saltwind-voiceover.wav");
        makeVoiceover(scripts.resolve("coastal-retreat.txt"), voiceover, out);
        List<List<String>> makes = List.of(
                List.of(scripts.resolve("product-launch.md").toString(), "-o", outFolder.resolve("1-product-launch.mp4").toString()),
                List.of(scripts.resolve("desk-lamp.md").toString(), "-o", outFolder.resolve("2-desk-lamp.mp4").toString(),
                        "--media", lampPhotos.toString(), "--duration", "30s"),
                List.of(scripts.resolve("coastal-retreat.txt").toString(), "-o", outFolder.resolve("3-coastal-promo.mp4").toString(),
                        "--media", coastPhotos.toString(), "--voiceover", voiceover.toString(), "--title", "Saltwind"),
                List.of(scripts.resolve("sleep-tips.md").toString(), "-o", outFolder.resolve("4-sleep-tips-tiktok.mp4").toString(),
                        "--aspect", "9:16", "--duration", "30s", "--captions", "bold"));
        for (List<String> make : makes) {
            List<String> argv = new ArrayList<>(make);
            argv.addAll(List.of("--resolution", resolution, "--quality", quality));
            out.println("example: reel make " + String.join(" ", argv));
            MakeCommand.run(argv, out, System.in, cancellation);
        }
        Path prompt = outFolder.resolve("5-prompt.txt");
        Path animatic = outFolder.resolve("5-animatic.mp4");
        out.println("example: reel prompt \"" + IDEA + "\" --animatic " + animatic);
        java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();
        PromptCommand.run(List.of(IDEA, "--animatic", animatic.toString(), "--resolution", resolution), new PrintStream(text, true),
                cancellation);
        AtomicFiles.writeString(prompt, text.toString(java.nio.charset.StandardCharsets.UTF_8));
        out.println("wrote " + prompt);
        return makes.size() + 1;
    }

    private static void makePhotos(Path folder, int count, long seed, PrintStream out) {
        try {
            Files.createDirectories(folder);
            for (int i = 0; i < count; i++) {
                Path file = folder.resolve("photo-" + (i + 1) + ".jpg");
                if (!Files.exists(file)) {
                    boolean portrait = i % 3 == 2;
                    SampleMedia.writeImage(SampleMedia.photo(seed + i, portrait ? 900 : 1600, portrait ? 1600 : 900), file);
                    out.println("made sample media " + file);
                }
            }
        } catch (IOException e) {
            throw new CliException(folder + ": cannot create the sample photos (" + e.getMessage() + ")");
        }
    }

    /** The user's "own recording" for example 3: the built-in voice reading the script, with natural pauses. */
    private static void makeVoiceover(Path script, Path file, PrintStream out) {
        if (Files.exists(file)) {
            return;
        }
        try {
            String text = Files.readString(script);
            MaryVoice voice = new MaryVoice(MaryVoice.DEFAULT);
            List<float[]> parts = new ArrayList<>();
            long frames = 0;
            for (String sentence : text.strip().split("(?<=[.!?])\\s+")) {
                Speech speech = voice.speak(sentence);
                float[] resampled = resample(speech.samples(), speech.sampleRate());
                parts.add(resampled);
                frames += resampled.length + Wav.SAMPLE_RATE * 6L / 10;
            }
            Path partial = file.resolveSibling(".tmp-" + file.getFileName());
            try (OutputStream wav = new java.io.BufferedOutputStream(Files.newOutputStream(partial))) {
                Wav.writeHeader(wav, 1, frames);
                float[] pause = new float[Wav.SAMPLE_RATE * 6 / 10];
                for (float[] part : parts) {
                    Wav.writeSamples(wav, part, part.length);
                    Wav.writeSamples(wav, pause, pause.length);
                }
            }
            Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            out.println("made sample media " + file);
        } catch (IOException e) {
            throw new CliException(file + ": cannot create the sample voiceover (" + e.getMessage() + ")");
        }
    }

    private static float[] resample(float[] samples, int rate) {
        int length = (int) ((long) samples.length * Wav.SAMPLE_RATE / rate);
        float[] out = new float[length];
        for (int i = 0; i < length; i++) {
            double at = i * (double) rate / Wav.SAMPLE_RATE;
            int j = (int) at;
            double f = at - j;
            float a = samples[Math.min(j, samples.length - 1)];
            float b = samples[Math.min(j + 1, samples.length - 1)];
            out[i] = (float) (a + (b - a) * f);
        }
        return out;
    }
}
