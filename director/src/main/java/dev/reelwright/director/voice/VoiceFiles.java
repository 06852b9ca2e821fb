package dev.reelwright.director.voice;

import dev.reelwright.director.music.Wav;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Changes to a voice recording made after the video: the same words faster or slower, pitch kept; a new voiceover written. */
public final class VoiceFiles {
    private VoiceFiles() {
    }

    /** Writes {@code in} (a 16-bit PCM WAV at 48 kHz, as Reelwright writes voices) spoken at {@code speed} times its pace to {@code out}; returns its length in ms. */
    public static long stretch(Path in, Path out, double speed) {
        WavDecoder.Pcm pcm;
        try {
            pcm = WavDecoder.decode(Files.readAllBytes(in), in.getFileName().toString());
        } catch (IOException e) {
            throw new VoiceException("cannot read " + in.getFileName() + " (" + e.getMessage() + ")", e);
        }
        Speech speech = new Speech(pcm.samples(), pcm.sampleRate(), java.util.List.of()).at(Wav.SAMPLE_RATE);
        return stretch(speech.samples(), out, speed);
    }

    /** Writes {@code samples} (mono, 48 kHz) spoken at {@code speed} times their pace to {@code out}; returns the length in ms. */
    public static long stretch(float[] samples, Path out, double speed) {
        float[] stretched = TimeStretch.stretch(samples, Wav.SAMPLE_RATE, speed);
        write(out, stretched);
        return Math.round(stretched.length * 1000.0 / Wav.SAMPLE_RATE);
    }

    /** Writes {@code samples} (mono, 48 kHz) to {@code out} as a 16-bit WAV, whole or not at all. */
    public static void write(Path out, float[] samples) {
        Path partial = out.resolveSibling(out.getFileName() + ".part");
        try {
            try (OutputStream file = new java.io.BufferedOutputStream(Files.newOutputStream(partial))) {
                Wav.writeHeader(file, 1, samples.length);
                Wav.writeSamples(file, samples, samples.length);
            }
            Files.move(partial, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new VoiceException("cannot write " + out.getFileName() + " (" + e.getMessage() + ")", e);
        }
    }
}
