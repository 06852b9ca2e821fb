package dev.reelwright.director.make;

import dev.reelwright.director.voice.Speech;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import dev.reelwright.director.music.Wav;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Lays each scene's speech at its place on the timeline into one mono 48 kHz WAV, silence between. */
final class VoiceTrackWriter {
    private VoiceTrackWriter() {
    }

    /** @param offsetMs where the file starts on the timeline */
    static void write(Path file, List<Speech> speeches, List<Long> startsMs, long offsetMs) {
        Speech last = speeches.get(speeches.size() - 1);
        long totalFrames = (startsMs.get(startsMs.size() - 1) - offsetMs) * 48 + last.samples().length;
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
            Wav.writeHeader(out, 1, totalFrames);
            long written = 0;
            for (int i = 0; i < speeches.size(); i++) {
                long start = (startsMs.get(i) - offsetMs) * 48;
                written += writeSilence(out, start - written);
                float[] samples = speeches.get(i).samples();
                Wav.writeSamples(out, samples, samples.length);
                written += samples.length;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the voiceover to " + file, e);
        }
    }

    private static long writeSilence(OutputStream out, long frames) throws IOException {
        byte[] zeros = new byte[9600];
        for (long left = frames * 2; left > 0; left -= zeros.length) {
            out.write(zeros, 0, (int) Math.min(zeros.length, left));
        }
        return Math.max(0, frames);
    }
}
