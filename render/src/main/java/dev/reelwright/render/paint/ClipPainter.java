package dev.reelwright.render.paint;

import dev.reelwright.draft.Fit;
import dev.reelwright.render.media.VideoReader;
import dev.reelwright.render.plan.Box;
import dev.reelwright.render.plan.Layer;
import dev.reelwright.render.plan.View;
import java.awt.image.BufferedImage;

/**
 * A video clip: pictures decoded in order at the size the fit needs (FFmpeg scales), placed on
 * the canvas; for {@code blur}, over a soft copy of the same picture.
 */
public final class ClipPainter implements SegmentPainter {
    private final VideoReader reader;
    private final Fit fit;
    private final int backgroundRgb;
    private final int canvasW;
    private final int canvasH;
    private final Box pictureBox;

    /** @param sourceW the clip's own width, to work out the fitted size */
    public ClipPainter(java.nio.file.Path file, long inMs, int sourceW, int sourceH, Fit fit, int canvasW, int canvasH,
                       int backgroundRgb) {
        this.fit = fit;
        this.backgroundRgb = backgroundRgb;
        this.canvasW = canvasW;
        this.canvasH = canvasH;
        double scale = fit == Fit.COVER
                ? Math.max(canvasW / (double) sourceW, canvasH / (double) sourceH)
                : Math.min(canvasW / (double) sourceW, canvasH / (double) sourceH);
        int w = even(sourceW * scale, canvasW, fit == Fit.COVER);
        int h = even(sourceH * scale, canvasH, fit == Fit.COVER);
        this.reader = new VideoReader(file, inMs, w, h);
        this.pictureBox = new Box((canvasW - w) / 2.0 / canvasW, (canvasH - h) / 2.0 / canvasH, w / (double) canvasW,
                h / (double) canvasH);
    }

    /** Even sizes keep the centring offset whole, so a 1:1 clip is copied, not resampled. */
    private static int even(double size, int canvasSide, boolean cover) {
        int rounded = 2 * (int) Math.round(size / 2);
        return cover ? Math.max(canvasSide, rounded) : Math.max(2, Math.min(canvasSide, rounded));
    }

    @Override
    public void paint(FrameCanvas canvas, Layer layer, Resampler resampler) {
        Layer.Visual visual = (Layer.Visual) layer;
        Picture picture = new Picture(reader.pictureAt(Math.round(visual.localMs())), reader.widthPx(), reader.heightPx());
        if (fit == Fit.COVER) {
            // The canvas-sized middle of the covering picture is the fitted frame.
            double frameX = (picture.widthPx() - canvasW) / 2.0;
            double frameY = (picture.heightPx() - canvasH) / 2.0;
            SegmentPainter.drawView(picture, frameX, frameY, canvasW, canvasH, visual.view(), canvas, visual.box(),
                    visual.reveal(), visual.alpha(), resampler);
            return;
        }
        if (fit == Fit.BLUR) {
            Picture fill = Picture.of(toIntRgb(Scaling.blurredFill(asImage(picture), canvasW, canvasH)));
            resampler.draw(fill, 0, 0, canvasW, canvasH, canvas, visual.box(), visual.reveal(), visual.alpha());
        } else {
            canvas.fill(backgroundRgb, visual.box(), visual.reveal(), visual.alpha());
        }
        Box box = inside(visual.box(), pictureBox);
        View view = visual.view();
        SegmentPainter.drawView(picture, 0, 0, picture.widthPx(), picture.heightPx(), view, canvas, box, visual.reveal(),
                visual.alpha(), resampler);
    }

    /** {@code inner} (in canvas fractions) placed inside {@code outer} as if outer were the canvas. */
    private static Box inside(Box outer, Box inner) {
        return new Box(outer.x() + inner.x() * outer.width(), outer.y() + inner.y() * outer.height(),
                inner.width() * outer.width(), inner.height() * outer.height());
    }

    private static BufferedImage asImage(Picture picture) {
        BufferedImage image = new BufferedImage(picture.widthPx(), picture.heightPx(), BufferedImage.TYPE_INT_RGB);
        System.arraycopy(picture.rgb(), 0, Picture.of(image).rgb(), 0, picture.widthPx() * picture.heightPx());
        return image;
    }

    private static BufferedImage toIntRgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.createGraphics().drawImage(image, 0, 0, null);
        return rgb;
    }

    @Override
    public void close() {
        reader.close();
    }
}
