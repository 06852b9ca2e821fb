package dev.reelwright.draft.edit;

import dev.reelwright.draft.Draft;
import dev.reelwright.draft.Gradient;
import dev.reelwright.draft.Segment;
import dev.reelwright.draft.TextStyle;
import dev.reelwright.draft.Track;
import dev.reelwright.draft.TrackType;
import java.awt.Color;
import java.util.List;
import java.util.Locale;

/** Edits of the canvas and the look: its shape, the backgrounds' colours, the font. */
public final class LookEdits {
    private LookEdits() {
    }

    /**
     * The canvas becomes {@code widthPx} x {@code heightPx}. Text sizes follow the short side;
     * positions are presets inside the safe area, and pictures fill the new shape as their fit says.
     */
    public record SetCanvas(int widthPx, int heightPx, java.util.Map<String, dev.reelwright.draft.Fit> refits) implements Edit {
        public SetCanvas {
            refits = java.util.Map.copyOf(refits);
        }

        public SetCanvas(int widthPx, int heightPx) {
            this(widthPx, heightPx, java.util.Map.of());
        }

        public Operation operation() {
            return Operation.SET_ASPECT;
        }

        public Draft applyTo(Draft draft) {
            if (widthPx <= 0 || heightPx <= 0 || widthPx % 2 != 0 || heightPx % 2 != 0) {
                throw new EditException("a canvas needs an even width and height");
            }
            if (widthPx == draft.meta().widthPx() && heightPx == draft.meta().heightPx()) {
                throw EditException.alreadySo("the video is already " + widthPx + "x" + heightPx);
            }
            double factor = Math.min(widthPx, heightPx) / (double) Math.min(draft.meta().widthPx(), draft.meta().heightPx());
            List<Track> tracks = draft.tracks().stream().map(t -> t.withSegments(t.segments().stream()
                    .map(s -> t.type() == TrackType.TEXT ? resized(s, factor) : refit(s)).toList())).toList();
            return draft.withMeta(draft.meta().withSize(widthPx, heightPx)).withTracks(tracks);
        }

        /** A photo or clip whose shape now differs from the canvas's gets the blurred fill, one that matches fills the frame. */
        private Segment refit(Segment segment) {
            dev.reelwright.draft.Fit fit = segment.source() == null ? null : refits.get(segment.source());
            dev.reelwright.draft.Fit now = segment.meta().fit();
            if (fit == null || now == dev.reelwright.draft.Fit.CONTAIN) {
                return segment;
            }
            return segment.withMeta(segment.meta().withFit(fit));
        }

        private static Segment resized(Segment segment, double factor) {
            TextStyle style = segment.meta().textStyle();
            if (style.sizePx() == null || Math.abs(factor - 1) < 1e-9) {
                return segment;
            }
            return segment.withMeta(segment.meta().withTextStyle(style.withSize(Math.max(1, (int) Math.round(style.sizePx() * factor)))));
        }
    }

    /** A change of colour for the designed backgrounds. */
    public enum Palette {
        WARM, COOL, DARK, BRIGHT, PASTEL, VIVID, MONO;

        public static Palette named(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }

        String apply(String hex) {
            Color color = Color.decode(hex.substring(0, 7));
            float[] hsb = Color.RGBtoHSB(color.getRed(), color.getGreen(), color.getBlue(), null);
            float hue = hsb[0];
            float sat = hsb[1];
            float bri = hsb[2];
            switch (this) {
                case WARM -> hue = toward(hue, 0.07f, 0.6f);
                case COOL -> hue = toward(hue, 0.58f, 0.6f);
                case DARK -> bri = bri * 0.55f;
                case BRIGHT -> bri = Math.min(1f, bri * 1.25f + 0.1f);
                case PASTEL -> {
                    sat = sat * 0.45f;
                    bri = Math.min(1f, bri * 0.6f + 0.4f);
                }
                case VIVID -> sat = Math.min(1f, sat * 1.35f + 0.1f);
                case MONO -> sat = 0f;
            }
            int rgb = Color.HSBtoRGB(hue, sat, bri) & 0xFFFFFF;
            return String.format("#%06x", rgb);
        }

        /** The hue moved {@code share} of the way to {@code target}, around the shorter side of the circle. */
        private static float toward(float hue, float target, float share) {
            float delta = target - hue;
            if (delta > 0.5f) {
                delta -= 1f;
            } else if (delta < -0.5f) {
                delta += 1f;
            }
            float moved = hue + delta * share;
            return moved < 0 ? moved + 1 : moved % 1f;
        }
    }

    /** Recolours every designed background (and plain colour) of the video in {@code palette}. */
    public record SetPalette(Palette palette) implements Edit {
        public Operation operation() {
            return Operation.SET_LOOK;
        }

        public Draft applyTo(Draft draft) {
            boolean[] any = {false};
            List<Track> tracks = draft.tracks().stream().map(t -> t.type() != TrackType.VIDEO ? t : t.withSegments(t.segments().stream()
                    .map(s -> {
                        Gradient g = s.meta().gradient();
                        if (g != null) {
                            any[0] = true;
                            return s.withMeta(s.meta().withGradient(new Gradient(palette.apply(g.fromColor()), palette.apply(g.toColor()),
                                    g.angleDeg(), g.look(), g.accentColor() == null ? null : palette.apply(g.accentColor()))));
                        }
                        if (s.source() == null && s.meta().color() != null) {
                            any[0] = true;
                            return s.withMeta(s.meta().withColor(palette.apply(s.meta().color())));
                        }
                        return s;
                    }).toList())).toList();
            if (!any[0]) {
                throw new EditException("every scene shows a photo or clip, so there are no designed backgrounds to recolour");
            }
            return draft.withTracks(tracks);
        }
    }

    /** Every text in {@code font} ({@code sans}, {@code serif}, {@code mono}). */
    public record SetFont(String font) implements Edit {
        public Operation operation() {
            return Operation.SET_FONT;
        }

        public Draft applyTo(Draft draft) {
            if (draft.tracksOfType(TrackType.TEXT).isEmpty()) {
                throw new EditException("the video has no text to change the font of");
            }
            return draft.withTracks(draft.tracks().stream().map(t -> t.type() != TrackType.TEXT ? t : t.withSegments(t.segments().stream()
                    .map(s -> s.withMeta(s.meta().withTextStyle(s.meta().textStyle().withFont(font)))).toList())).toList());
        }
    }
}
