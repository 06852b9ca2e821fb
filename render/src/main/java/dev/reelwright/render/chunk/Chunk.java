package dev.reelwright.render.chunk;

/** Frames {@code [firstFrame, endFrame)} of a render, encoded on their own: a closed GOP that starts on a keyframe. */
public record Chunk(int index, long firstFrame, long endFrame) {
    public Chunk {
        if (index < 0 || firstFrame < 0 || endFrame <= firstFrame) {
            throw new IllegalArgumentException("a chunk needs frames: " + index + " [" + firstFrame + ", " + endFrame + ")");
        }
    }

    public long frames() {
        return endFrame - firstFrame;
    }

    public boolean contains(long frame) {
        return frame >= firstFrame && frame < endFrame;
    }
}
