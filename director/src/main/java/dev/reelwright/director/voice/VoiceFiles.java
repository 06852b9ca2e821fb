package dev.reelwright.director.voice;

import dev.reelwright.director.music.Wav;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Changes to a voice recording made after the video: the same words faster or slower, pitch kept. */
public final class VoiceFiles {
    private VoiceFiles() {
    }

    /** Writes {@code in} (a 16-bit PCM WAV) spoken at {@code speed} times its pace to {@code out}; returns its length in ms. */
    public static long stretch(Path in, Path out, double speed) {
        try {
            WavDecoder.Pcm pcm = WavDecoder.decode(Files.readAllBytes(in), in.getFileName().toString());
            if (pcm.sampleRate() != Wav.SAMPLE_RATE) {
                throw new VoiceException(in.getFileName() + " is at " + pcm.sampleRate() + " Hz; only the voices Reelwright made (48 kHz) can change speed");
            }
            float[] stretched = TimeStretch.stretch(pcm.samples(), pcm.sampleRate(), speed);
            Path partial = out.resolveSibling(out.getFileName() + ".part");
            try (OutputStream file = new java.io.BufferedOutputStream(Files.newOutputStream(partial))) {
                Wav.writeHeader(file, 1, stretched.length);
                Wav.writeSamples(file, stretched, stretched.length);
            }
            Files.move(partial, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return Math.round(stretched.length * 1000.0 / pcm.sampleRate());
        } catch (IOException e) {
            throw new VoiceException("cannot change the speed of " + in.getFileName() + " (" + e.getMessage() + ")", e);
        }
    }
}
