package dev.reelwright.draft;

import java.util.regex.Pattern;

/** The draft's colour notation: {@code #rrggbb}, or {@code #rrggbbaa} where transparency makes sense. */
public final class Colors {
    private static final Pattern RGB = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern RGBA = Pattern.compile("#[0-9a-fA-F]{6}([0-9a-fA-F]{2})?");

    private Colors() {
    }

    public static boolean isRgb(String color) {
        return RGB.matcher(color).matches();
    }

    public static boolean isRgba(String color) {
        return RGBA.matcher(color).matches();
    }

    /** 0xAARRGGBB for a colour already checked by {@link #isRgba}. */
    public static int argb(String color) {
        int rgb = Integer.parseUnsignedInt(color.substring(1, 7), 16);
        int alpha = color.length() == 9 ? Integer.parseUnsignedInt(color.substring(7, 9), 16) : 0xFF;
        return alpha << 24 | rgb;
    }
}
