package dev.reelwright.render.media;

/**
 * What {@link MediaProbe} found in a file.
 *
 * @param durationMs 0 for still images
 * @param widthPx 0 without a picture
 * @param fps 0 without moving pictures
 */
public record MediaInfo(MediaKind kind, String container, String videoCodec, String audioCodec, long durationMs,
                        int widthPx, int heightPx, double fps, boolean hasAudio, long sizeBytes) {
}
