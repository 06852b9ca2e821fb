package dev.reelwright.render;

import java.util.Locale;

/**
 * Encoder settings by intent. All keep H.264 High profile (superfast and slower presets use CABAC
 * and 8x8 transforms; ultrafast would fall back to Constrained Baseline).
 */
public enum Quality {
    DRAFT("superfast", 27),
    STANDARD("veryfast", 23),
    HIGH("faster", 19);

    private final String x264Preset;
    private final int crf;

    Quality(String x264Preset, int crf) {
        this.x264Preset = x264Preset;
        this.crf = crf;
    }

    public String x264Preset() {
        return x264Preset;
    }

    public int crf() {
        return crf;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Quality parse(String name) {
        for (Quality quality : values()) {
            if (quality.wireName().equals(name)) {
                return quality;
            }
        }
        throw new IllegalArgumentException("quality must be draft, standard or high (got \"" + name + "\")");
    }
}
