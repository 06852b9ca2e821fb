package dev.reelwright.render.paint;

import dev.reelwright.draft.PlacedPicture;
import dev.reelwright.pictures.PictureLibrary;
import dev.reelwright.render.plan.Box;
import dev.reelwright.render.plan.Easing;
import dev.reelwright.render.plan.Layer;
import java.awt.AlphaComposite;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * A built-in picture placed on the canvas ({@code m.pic}), drawn from its SVG once at the size it
 * is shown, with a soft shadow under it. It rises into place as it fades up, then drifts the way
 * the placement says (or floats gently in place) and grows very slightly, so nothing on screen is
 * ever quite still; it fades out over its last moments.
 */
public final class PlacedPicturePainter implements SegmentPainter {
    private static final double ENTER_MS = 550;
    private static final double EXIT_MS = 300;
    /** How far it rises as it comes in, and drifts while shown, in short sides of the canvas. */
    private static final double RISE = 0.05;
    private static final double DRIFT = 0.035;
    private static final double FLOAT = 0.008;
    private static final double FLOAT_PERIOD_MS = 4_200;
    private static final double GROWTH = 0.05;
    private static final float SHADOW_ALPHA = 0.28f;

    private final PlacedPicture place;
    private final BufferedImage sprite;
    private final BufferedImage shadow;
    private final int canvasW;
    private final int canvasH;
    private final double shortSide;

    private PlacedPicturePainter(PlacedPicture place, BufferedImage sprite, BufferedImage shadow, int canvasW, int canvasH) {
        this.place = place;
        this.sprite = sprite;
        this.shadow = shadow;
        this.canvasW = canvasW;
        this.canvasH = canvasH;
        this.shortSide = Math.min(canvasW, canvasH);
    }

    /** Draws the picture at the size it is shown at its largest (after its slight growth). */
    public static PlacedPicturePainter prepare(PlacedPicture place, int canvasW, int canvasH) {
        int sizePx = Math.max(8, (int) Math.ceil(place.size() * Math.min(canvasW, canvasH) * (1 + GROWTH)));
        BufferedImage sprite = PictureLibrary.get().draw(place.name(), sizePx);
        return new PlacedPicturePainter(place, sprite, shadowOf(sprite), canvasW, canvasH);
    }

    @Override
    public void paint(FrameCanvas canvas, Layer layer, Resampler resampler) {
        Layer.Visual visual = (Layer.Visual) layer;
        double localMs = visual.localMs();
        double lengthMs = visual.segment().durationMs();
        double entered = Easing.outCubic(Easing.clamp01(localMs / ENTER_MS));
        double leaving = Easing.clamp01((lengthMs - localMs) / EXIT_MS);
        float alpha = (float) (visual.alpha() * entered * leaving);
        if (alpha <= 0.003) {
            return;
        }
        double through = Easing.clamp01(localMs / lengthMs);
        double dx = 0;
        double dy = (1 - entered) * RISE;
        if (place.drift() != null) {
            double moved = DRIFT * (Easing.inOut(through) - 0.5);
            switch (place.drift()) {
                case LEFT -> dx = -moved;
                case RIGHT -> dx = moved;
                case UP -> dy -= moved;
                case DOWN -> dy += moved;
            }
        } else {
            dy += FLOAT * Math.sin(2 * Math.PI * localMs / FLOAT_PERIOD_MS);
        }
        double scale = (0.9 + 0.1 * entered) * (1 + GROWTH * through) / (1 + GROWTH);
        Box box = visual.box();
        double centreX = (box.x() + place.x() * box.width()) * canvasW + dx * shortSide;
        double centreY = (box.y() + place.y() * box.height()) * canvasH + dy * shortSide;
        Graphics2D g = canvas.graphics();
        Composite composite = g.getComposite();
        Shape clip = g.getClip();
        Object interpolation = g.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
        Box reveal = visual.reveal();
        if (!reveal.isFull()) {
            g.clipRect((int) Math.floor(reveal.x() * canvasW), (int) Math.floor(reveal.y() * canvasH),
                    (int) Math.ceil(reveal.width() * canvasW), (int) Math.ceil(reveal.height() * canvasH));
        }
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        double spriteSize = sprite.getWidth() * scale;
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, alpha * SHADOW_ALPHA));
        g.drawImage(shadow, placed(centreX, centreY + spriteSize * 0.06, spriteSize * 1.04, shadow.getWidth()), null);
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, alpha));
        g.drawImage(sprite, placed(centreX, centreY, spriteSize, sprite.getWidth()), null);
        g.setComposite(composite);
        g.setClip(clip);
        if (interpolation != null) {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
        }
    }

    private static AffineTransform placed(double centreX, double centreY, double shownPx, int imagePx) {
        AffineTransform at = new AffineTransform();
        at.translate(centreX - shownPx / 2, centreY - shownPx / 2);
        at.scale(shownPx / imagePx, shownPx / imagePx);
        return at;
    }

    /** The picture's outline, blurred and black: a soft shadow that follows its shape. */
    private static BufferedImage shadowOf(BufferedImage sprite) {
        int small = Math.max(4, sprite.getWidth() / 10);
        BufferedImage shrunk = Scaling.scale(sprite, small, small);
        BufferedImage dark = new BufferedImage(small, small, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < small; y++) {
            for (int x = 0; x < small; x++) {
                int a = shrunk.getRGB(x, y) >>> 24;
                dark.setRGB(x, y, a << 24);
            }
        }
        return Scaling.scale(dark, sprite.getWidth(), sprite.getHeight());
    }
}
