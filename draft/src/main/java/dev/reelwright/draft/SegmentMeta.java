package dev.reelwright.draft;

import java.util.Map;

/**
 * A segment's metadata ({@code m}). Fields are null where the draft does not set them;
 * {@code extra} keeps every key this version does not know, so it survives a round trip.
 *
 * @param transition transition in from the previous segment on the track
 * @param volume linear gain 0.0–2.0 for audio and a clip's own sound
 * @param text the text shown, on text segments
 * @param color solid fill on video segments without a source; text colour on text segments
 * @param gradient gradient fill on video segments without a source
 * @param fit how an image or clip fills the canvas
 * @param kenBurns zoom and pan over a still image
 * @param fadeInMs audio fade-in length
 * @param fadeOutMs audio fade-out length
 * @param duck lower this audio under any voice track while it speaks
 * @param position where text sits
 * @param textStyle how text looks (its colour is {@code color})
 */
public record SegmentMeta(Transition transition, Double volume, String text, String color, Gradient gradient,
                          Fit fit, KenBurns kenBurns, Long fadeInMs, Long fadeOutMs, Boolean duck,
                          TextPosition position, TextStyle textStyle, Map<String, Object> extra) {
    public static final SegmentMeta EMPTY =
            new SegmentMeta(null, null, null, null, null, null, null, null, null, null, null, TextStyle.DEFAULT, Map.of());

    public SegmentMeta {
        textStyle = textStyle == null ? TextStyle.DEFAULT : textStyle;
        extra = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extra));
    }

    public double volumeOr(double fallback) {
        return volume == null ? fallback : volume;
    }

    public boolean ducks() {
        return Boolean.TRUE.equals(duck);
    }

    public SegmentMeta withTransition(Transition t) {
        return new SegmentMeta(t, volume, text, color, gradient, fit, kenBurns, fadeInMs, fadeOutMs, duck, position, textStyle, extra);
    }

    public SegmentMeta withVolume(Double v) {
        return new SegmentMeta(transition, v, text, color, gradient, fit, kenBurns, fadeInMs, fadeOutMs, duck, position, textStyle, extra);
    }

    public SegmentMeta withText(String t) {
        return new SegmentMeta(transition, volume, t, color, gradient, fit, kenBurns, fadeInMs, fadeOutMs, duck, position, textStyle, extra);
    }

    public SegmentMeta withColor(String c) {
        return new SegmentMeta(transition, volume, text, c, gradient, fit, kenBurns, fadeInMs, fadeOutMs, duck, position, textStyle, extra);
    }

    public SegmentMeta withGradient(Gradient g) {
        return new SegmentMeta(transition, volume, text, color, g, fit, kenBurns, fadeInMs, fadeOutMs, duck, position, textStyle, extra);
    }

    public SegmentMeta withFit(Fit f) {
        return new SegmentMeta(transition, volume, text, color, gradient, f, kenBurns, fadeInMs, fadeOutMs, duck, position, textStyle, extra);
    }

    public SegmentMeta withKenBurns(KenBurns kb) {
        return new SegmentMeta(transition, volume, text, color, gradient, fit, kb, fadeInMs, fadeOutMs, duck, position, textStyle, extra);
    }

    public SegmentMeta withFades(Long inMs, Long outMs) {
        return new SegmentMeta(transition, volume, text, color, gradient, fit, kenBurns, inMs, outMs, duck, position, textStyle, extra);
    }

    public SegmentMeta withDuck(Boolean d) {
        return new SegmentMeta(transition, volume, text, color, gradient, fit, kenBurns, fadeInMs, fadeOutMs, d, position, textStyle, extra);
    }

    public SegmentMeta withPosition(TextPosition p) {
        return new SegmentMeta(transition, volume, text, color, gradient, fit, kenBurns, fadeInMs, fadeOutMs, duck, p, textStyle, extra);
    }

    public SegmentMeta withTextStyle(TextStyle s) {
        return new SegmentMeta(transition, volume, text, color, gradient, fit, kenBurns, fadeInMs, fadeOutMs, duck, position, s, extra);
    }

    /** {@code extra} with {@code key} set to {@code value}, or removed when {@code value} is null. */
    public SegmentMeta withExtra(String key, Object value) {
        return new SegmentMeta(transition, volume, text, color, gradient, fit, kenBurns, fadeInMs, fadeOutMs, duck, position, textStyle,
                Extras.with(extra, key, value));
    }
}
