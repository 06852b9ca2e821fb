package dev.reelwright.cli;

import dev.reelwright.director.music.Wav;
import dev.reelwright.director.voice.MaryVoice;
import dev.reelwright.director.voice.Speech;
import dev.reelwright.draft.Resolution;
import dev.reelwright.render.Quality;
import dev.reelwright.render.media.MediaException;
import dev.reelwright.render.media.SoundFileWriter;
import java.io.IOException;
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
    /** Example 3's recording: with the 1 s lead and the 3 s end card, a 30 s promo. */
    static final long VOICEOVER_MS = 26_000;
    /** Example 3's photos: camera names, so only their XMP title and keywords can match them to scenes. */
    private static final List<List<String>> SALTWIND_PHOTOS = List.of(
            List.of("IMG_0412.jpg", "Evening over the bay", "bay", "evening", "gold"),
            List.of("IMG_0413.jpg", "The old lighthouse", "lighthouse", "cliff", "path"),
            List.of("IMG_0414.jpg", "Morning boats in the harbour", "boats", "fish", "kitchen"),
            List.of("IMG_0415.jpg", "Waves at dawn", "waves", "sky", "wake"),
            List.of("IMG_0416.jpg", "Saltwind from the dunes", "Saltwind", "retreat", "coast"));

    private MadeExamples() {
    }

    static int run(Path examples, Path media, Path outFolder, Resolution resolution, Quality quality, ReelCommand.Context context)
            throws Exception {
        PrintStream out = context.out();
        Path scripts = examples.resolve("scripts");
        Path lampPhotos = media.resolve("lamp");
        Path coastPhotos = media.resolve("saltwind-photos");
        makePhotos(lampPhotos, 3, 40, out);
        makeTaggedPhotos(coastPhotos, out);
        Path voiceover = media.resolve("saltwind-voiceover.mp3");
        makeVoiceover(scripts.resolve("coastal-retreat.txt"), voiceover, VOICEOVER_MS, out);
        List<List<String>> makes = List.of(
                List.of("make", scripts.resolve("product-launch.md").toString(), "-o", outFolder.resolve("1-product-launch.mp4").toString()),
                List.of("make", scripts.resolve("desk-lamp.md").toString(), "-o", outFolder.resolve("2-desk-lamp.mp4").toString(),
                        "--media", lampPhotos.toString(), "--duration", "30s"),
                List.of("make", scripts.resolve("coastal-retreat.txt").toString(), "-o", outFolder.resolve("3-coastal-promo.mp4").toString(),
                        "--media", coastPhotos.toString(), "--voiceover", voiceover.toString(), "--title", "Saltwind",
                        "--duration", "30s"),
                List.of("make", scripts.resolve("sleep-tips.md").toString(), "-o", outFolder.resolve("4-sleep-tips-tiktok.mp4").toString(),
                        "--aspect", "9:16", "--duration", "30s", "--captions", "bold"));
        for (List<String> make : makes) {
            List<String> argv = new ArrayList<>(make);
            argv.addAll(List.of("--resolution", resolution.wireName(), "--quality", quality.wireName()));
            out.println("example: reel " + String.join(" ", argv));
            Reel.invoke(context, argv);
        }
        Path prompt = outFolder.resolve("5-prompt.txt");
        Path animatic = outFolder.resolve("5-animatic.mp4");
        out.println("example: reel prompt \"" + IDEA + "\" --animatic " + animatic);
        java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();
        Reel.invoke(new ReelCommand.Context(context.in(), context.env(), new PrintStream(text, true, java.nio.charset.StandardCharsets.UTF_8),
                context.err(), context.cancellation()), List.of("prompt", IDEA, "--animatic", animatic.toString(), "--resolution",
                resolution.wireName()));
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

    private static void makeTaggedPhotos(Path folder, PrintStream out) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new CliException(folder + ": cannot create the sample photos (" + e.getMessage() + ")");
        }
        for (int i = 0; i < SALTWIND_PHOTOS.size(); i++) {
            List<String> photo = SALTWIND_PHOTOS.get(i);
            Path file = folder.resolve(photo.get(0));
            if (!Files.exists(file)) {
                boolean portrait = i == 1;
                SampleMedia.writeTaggedJpeg(SampleMedia.photo(50 + i, portrait ? 900 : 1600, portrait ? 1600 : 900), file,
                        photo.get(1), photo.subList(2, photo.size()));
                out.println("made sample media " + file);
            }
        }
    }

    /**
     * The user's "own recording" for example 3, as an MP3: the built-in voice reading the script
     * sentence by sentence, with the pauses spread so the recording lasts {@code lengthMs}.
     */
    private static void makeVoiceover(Path script, Path file, long lengthMs, PrintStream out) {
        if (Files.exists(file)) {
            return;
        }
        String text;
        try {
            text = Files.readString(script);
        } catch (IOException e) {
            throw new CliException(script + ": cannot read (" + e.getMessage() + ")");
        }
        MaryVoice voice = new MaryVoice(MaryVoice.DEFAULT);
        List<float[]> parts = new ArrayList<>();
        long spoken = 0;
        for (Speech speech : voice.speakAll(List.of(text.strip().split("(?<=[.!?])\\s+")))) {
            float[] resampled = resample(speech.samples(), speech.sampleRate());
            parts.add(resampled);
            spoken += resampled.length;
        }
        int rate = Wav.SAMPLE_RATE;
        long total = Math.max(lengthMs * rate / 1000, spoken + (long) parts.size() * rate * 3 / 10);
        int lead = rate / 4;
        int pause = (int) Math.min(rate, (total - spoken - lead) / parts.size());
        float[] recording = new float[(int) total];
        int at = lead;
        for (float[] part : parts) {
            System.arraycopy(part, 0, recording, at, part.length);
            at += part.length + pause;
        }
        try {
            SoundFileWriter.writeMono(file, recording, rate);
        } catch (MediaException e) {
            throw new CliException(e.getMessage());
        }
        out.println("made sample media " + file);
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
