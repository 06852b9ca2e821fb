package dev.reelwright.render.text;

import dev.reelwright.draft.Segment;
import dev.reelwright.draft.TrackRole;
import dev.reelwright.render.paint.FrameCanvas;
import dev.reelwright.render.paint.Resampler;
import dev.reelwright.render.paint.SegmentPainter;
import dev.reelwright.render.plan.Layer;
import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * A text segment laid out once into an antialiased sprite (outline or box for legibility, wrapped
 * and shrunk to fit the safe area, never cut off), then drawn on each frame with its animation.
 */
public final class TextPainter implements SegmentPainter {
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final double LINE_HEIGHT = 1.22;
    /** Text that cannot fit shrinks down to this size before lines are cut. */
    private static final double MIN_SIZE_PX = 8;

    private final BufferedImage sprite;
    private final int restX;
    private final int restY;
    private final int canvasH;

    private TextPainter(BufferedImage sprite, int restX, int restY, int canvasH) {
        this.sprite = sprite;
        this.restX = restX;
        this.restY = restY;
        this.canvasH = canvasH;
    }

    /** @param where the segment's draft path, for error messages */
    public static TextPainter prepare(Segment segment, TrackRole role, int canvasW, int canvasH, Fonts fonts, String where) {
        TextLook look = TextLook.of(segment.meta(), role, canvasW, canvasH);
        String text = segment.meta().text();
        Font base = fonts.forText(look.family(), look.bold(), text, where + ".m.text");
        SafeArea safe = SafeArea.of(canvasW, canvasH);
        double size = look.sizePx();
        Font font;
        List<String> lines;
        double pad;
        while (true) {
            font = base.deriveFont((float) size);
            pad = padding(look, size);
            lines = LineBreaker.wrap(text, font, FRC, safe.width() - 2 * pad);
            double blockH = lines.size() * size * LINE_HEIGHT + 2 * pad;
            boolean fits = lines.size() <= look.maxLines() && blockH <= safe.height() && widest(lines, font) <= safe.width() - 2 * pad;
            if (fits || size <= MIN_SIZE_PX) {
                break;
            }
            size = Math.max(MIN_SIZE_PX, size * 0.92);
        }
        lines = keepWhatFits(lines, size, pad, safe.height());
        BufferedImage sprite = draw(lines, font, size, pad, look);
        int x = safe.left() + (safe.width() - sprite.getWidth()) / 2;
        int y = switch (look.position()) {
            case TOP -> safe.top();
            case CENTER -> (canvasH - sprite.getHeight()) / 2;
            case BOTTOM -> safe.bottom() - sprite.getHeight();
            case LOWER_THIRD -> Math.min((int) (canvasH * 0.68), safe.bottom() - sprite.getHeight());
        };
        return new TextPainter(sprite, Math.max(0, x), Math.max(0, Math.min(y, canvasH - sprite.getHeight())), canvasH);
    }

    /** Last resort for text that does not fit even at the smallest size: cut it with an ellipsis. */
    private static List<String> keepWhatFits(List<String> lines, double size, double pad, int heightPx) {
        int fitting = Math.max(1, (int) ((heightPx - 2 * pad) / (size * LINE_HEIGHT)));
        if (lines.size() <= fitting) {
            return lines;
        }
        List<String> kept = new java.util.ArrayList<>(lines.subList(0, fitting));
        kept.set(fitting - 1, kept.get(fitting - 1) + " …");
        return kept;
    }

    private static double padding(TextLook look, double size) {
        double outline = look.outlineRgb() != null ? outlineWidth(size) : 0;
        double box = look.boxArgb() != null ? size * 0.35 : 0;
        return Math.ceil(outline + box + 2);
    }

    private static double outlineWidth(double size) {
        return Math.max(1.5, size / 16);
    }

    private static double widest(List<String> lines, Font font) {
        return lines.stream().mapToDouble(line -> LineBreaker.width(line, font, FRC)).max().orElse(0);
    }

    private static BufferedImage draw(List<String> lines, Font font, double size, double pad, TextLook look) {
        double lineHeight = size * LINE_HEIGHT;
        int width = (int) Math.ceil(widest(lines, font) + 2 * pad);
        int height = (int) Math.ceil(lines.size() * lineHeight + 2 * pad);
        BufferedImage sprite = new BufferedImage(Math.max(1, width), Math.max(1, height), BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = sprite.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isEmpty()) {
                continue;
            }
            TextLayout layout = new TextLayout(lines.get(i), font, g.getFontRenderContext());
            double lineWidth = layout.getAdvance();
            double x = (width - lineWidth) / 2;
            double top = pad + i * lineHeight;
            double baseline = top + (lineHeight - (layout.getAscent() + layout.getDescent())) / 2 + layout.getAscent();
            if (look.boxArgb() != null) {
                double padX = size * 0.3;
                double padY = size * 0.08;
                g.setColor(new Color(look.boxArgb(), true));
                g.fill(new RoundRectangle2D.Double(x - padX, top - padY + lineHeight * 0.02, lineWidth + 2 * padX,
                        lineHeight + 2 * padY - lineHeight * 0.04, size * 0.35, size * 0.35));
            }
            Shape glyphs = layout.getOutline(AffineTransform.getTranslateInstance(x, baseline));
            if (look.outlineRgb() != null) {
                g.setColor(new Color(look.outlineRgb()));
                g.setStroke(new BasicStroke((float) (2 * outlineWidth(size)), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(glyphs);
            }
            g.setColor(new Color(look.colorRgb()));
            g.fill(glyphs);
        }
        g.dispose();
        return sprite;
    }

    @Override
    public void paint(FrameCanvas canvas, Layer layer, Resampler resampler) {
        Layer.Text text = (Layer.Text) layer;
        if (text.alpha() <= 0 || text.scale() <= 0) {
            return;
        }
        Graphics2D g = canvas.graphics();
        Composite previous = g.getComposite();
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, Math.min(1, text.alpha())));
        if (text.scale() == 1 && text.offsetY() == 0) {
            g.drawImage(sprite, restX, restY, null);
        } else {
            AffineTransform at = new AffineTransform();
            at.translate(restX + sprite.getWidth() / 2.0, restY + sprite.getHeight() / 2.0 + text.offsetY() * canvasH);
            at.scale(text.scale(), text.scale());
            at.translate(-sprite.getWidth() / 2.0, -sprite.getHeight() / 2.0);
            g.drawImage(sprite, at, null);
        }
        g.setComposite(previous);
    }
}
