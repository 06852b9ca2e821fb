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
 */
public enum Quality {
    DRAFT("superfast", 27, ""),
    STANDARD("veryfast", 22, "me=dia:subme=1"),
    HIGH("faster", 19, "");

    private final String x264Preset;
    private final int crf;
    private final String x264Params;

    Quality(String x264Preset, int crf, String x264Params) {
        this.x264Preset = x264Preset;
        this.crf = crf;
        this.x264Params = x264Params;
    }

    public String x264Preset() {
        return x264Preset;
    }

    public int crf() {
        return crf;
    }

    /** Overrides on top of the preset, in x264's {@code key=value:key=value} form; empty for none. */
    public String x264Params() {
        return x264Params;
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
