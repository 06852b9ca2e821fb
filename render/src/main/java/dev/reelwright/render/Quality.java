package dev.reelwright.render;

import java.util.Locale;

/**
 * Encoder settings by intent. All keep H.264 High profile (superfast and slower presets use CABAC
 * and 8x8 transforms; ultrafast would fall back to Constrained Baseline).
 *
 * <p>{@code standard} is veryfast with superfast's motion search (diamond, subme 1) at CRF 22. On
 * our own output (motion graphics, and photos under Ken Burns moves at 1080p) that encodes about a
 * quarter faster than plain veryfast at CRF 23, with files 12–15 % larger and a higher PSNR and SSIM
 * against a near-lossless encode: the finer sub-pixel search costs much and buys little on smooth,
 * synthetic motion. Keeping veryfast's macroblock tree is what keeps the files half the size of superfast's.
 *
 * <p>Each names its lookahead (the preset's own), because a chunk's encoder reads that many frames
 * past the chunk's end, as a one-piece encode does, and so writes the same pictures (see
 * {@code ChunkEncoder}). {@code draft} has no macroblock tree, so x264 would set each frame's
 * quantiser from the complexity of the frames before it, which a chunk's fresh encoder has not seen;
 * {@code qcomp=1} makes it constant, at CRF 26 for the same quality (measured on the bench draft at
 * 960x540: 44.7 against 44.6 dB Y-PSNR, files 4 % larger).
 */
public enum Quality {
    DRAFT("superfast", 26, 0, false, "qcomp=1"),
    STANDARD("veryfast", 22, 10, true, "me=dia:subme=1"),
    HIGH("faster", 19, 20, true, "");

    private final String x264Preset;
    private final int crf;
    private final int lookaheadFrames;
    private final boolean macroblockTree;
    private final String x264Params;

    Quality(String x264Preset, int crf, int lookaheadFrames, boolean macroblockTree, String x264Params) {
        this.x264Preset = x264Preset;
        this.crf = crf;
        this.lookaheadFrames = lookaheadFrames;
        this.macroblockTree = macroblockTree;
        this.x264Params = x264Params;
    }

    /** Whether x264 sets quantisers by how much later frames refer to each block (its preset's choice). */
    public boolean macroblockTree() {
        return macroblockTree;
    }

    /** How many frames ahead x264 looks to choose frame types and quantisers ({@code rc-lookahead}). */
    public int lookaheadFrames() {
        return lookaheadFrames;
    }

    public String x264Preset() {
        return x264Preset;
    }

    public int crf() {
        return crf;
    }

    /** Overrides on top of the preset, in x264's {@code key=value:key=value} form. */
    public String x264Params() {
        return "rc-lookahead=" + lookaheadFrames + ":mbtree=" + (macroblockTree ? 1 : 0) + (x264Params.isEmpty() ? "" : ":" + x264Params);
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** As the options and the API write it: "standard". */
    @Override
    public String toString() {
        return wireName();
    }

    public static java.util.List<String> names() {
        return java.util.Arrays.stream(values()).map(Quality::wireName).toList();
    }

    public static Quality parse(String name) {
        for (Quality quality : values()) {
            if (quality.wireName().equals(name)) {
                return quality;
            }
        }
        throw new IllegalArgumentException("quality must be " + dev.reelwright.draft.Choices.either(names()) + " (got \"" + name + "\")");
    }
}
