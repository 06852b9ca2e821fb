package dev.reelwright.director.music;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Writes 16-bit PCM WAV files at 48 kHz, a chunk at a time. */
public final class Wav {
    public static final int SAMPLE_RATE = 48_000;

    private Wav() {
    }

    /** The 44-byte header of a file that will hold {@code frames} frames of {@code channels} channels. */
    public static void writeHeader(OutputStream out, int channels, long frames) throws IOException {
        long dataBytes = frames * channels * 2;
        if (dataBytes > Integer.MAX_VALUE - 36) {
            throw new IOException("too long for a WAV file: " + frames + " frames");
        }
        ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes()).putInt((int) (36 + dataBytes)).put("WAVE".getBytes()).put("fmt ".getBytes()).putInt(16)
                .putShort((short) 1).putShort((short) channels).putInt(SAMPLE_RATE).putInt(SAMPLE_RATE * channels * 2)
                .putShort((short) (channels * 2)).putShort((short) 16).put("data".getBytes()).putInt((int) dataBytes);
        out.write(header.array());
    }

    /** The first {@code count} samples (interleaved if stereo), clipped to -1..1. */
    public static void writeSamples(OutputStream out, float[] samples, int count) throws IOException {
        ByteBuffer pcm = ByteBuffer.allocate(count * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < count; i++) {
            pcm.putShort((short) Math.round(Math.max(-1, Math.min(1, samples[i])) * 32767));
        }
        out.write(pcm.array());
    }
}
