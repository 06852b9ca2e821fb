package dev.reelwright.render.paint;

import dev.reelwright.draft.Gradient;
import dev.reelwright.render.plan.Layer;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/**
 * A fixed picture prepared once: a still fitted to the canvas (with room for its Ken Burns
 * zoom), or a gradient. Each frame shows the window its view asks for.
 */
public record PicturePainter(Picture plate) implements SegmentPainter {
    @Override
    public void paint(FrameCanvas canvas, Layer layer, Resampler resampler) {
        Layer.Visual visual = (Layer.Visual) layer;
        SegmentPainter.drawView(plate, 0, 0, plate.widthPx(), plate.heightPx(), visual.view(), canvas,
                visual.box(), visual.reveal(), visual.alpha(), resampler);
    }

    public static PicturePainter gradient(Gradient gradient, int widthPx, int heightPx) {
        BufferedImage image = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        double radians = Math.toRadians(gradient.angleDeg());
        double dx = Math.cos(radians);
        double dy = Math.sin(radians);
        double half = (Math.abs(dx) * widthPx + Math.abs(dy) * heightPx) / 2;
        float cx = widthPx / 2f;
        float cy = heightPx / 2f;
        g.setPaint(new GradientPaint((float) (cx - dx * half), (float) (cy - dy * half), Color.decode(gradient.fromColor()),
                (float) (cx + dx * half), (float) (cy + dy * half), Color.decode(gradient.toColor())));
        g.fillRect(0, 0, widthPx, heightPx);
        g.dispose();
        return new PicturePainter(Picture.of(image));
    }
}
