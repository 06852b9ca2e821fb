package dev.reelwright.director.voice;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/** Reads the 16-bit PCM WAV that speech engines write, as mono floats (channels averaged). */
final class WavDecoder {
    /** Mono samples at their rate. */
    record Pcm(float[] samples, int sampleRate) {
    }

    private WavDecoder() {
    }

    static Pcm decode(byte[] wav, String what) {
        try (AudioInputStream audio = AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav))) {
            AudioFormat format = audio.getFormat();
            if (format.getSampleSizeInBits() != 16 || format.getEncoding() != AudioFormat.Encoding.PCM_SIGNED) {
                throw new VoiceException(what + " gave audio we cannot read (" + format + "); expected 16-bit PCM WAV");
            }
            return toMono(audio.readAllBytes(), format);
        } catch (UnsupportedAudioFileException | IOException e) {
            throw new VoiceException(what + " gave no WAV audio (" + e.getMessage() + ")", e);
        }
    }

    static Pcm decode(InputStream in, String what) throws IOException {
        return decode(in.readAllBytes(), what);
    }

    private static Pcm toMono(byte[] pcm, AudioFormat format) {
        int channels = format.getChannels();
        boolean bigEndian = format.isBigEndian();
        int frames = pcm.length / (2 * channels);
        float[] mono = new float[frames];
        for (int f = 0; f < frames; f++) {
            float sum = 0;
            for (int c = 0; c < channels; c++) {
                int i = (f * channels + c) * 2;
                int lo = pcm[i + (bigEndian ? 1 : 0)] & 0xFF;
                int hi = pcm[i + (bigEndian ? 0 : 1)];
                sum += (short) (hi << 8 | lo) / 32768f;
            }
            mono[f] = sum / channels;
        }
        return new Pcm(mono, (int) format.getSampleRate());
    }
}
