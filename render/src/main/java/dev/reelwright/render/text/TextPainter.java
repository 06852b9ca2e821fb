package dev.reelwright.render.text;

import dev.reelwright.draft.Segment;
import dev.reelwright.draft.TrackRole;
import dev.reelwright.render.paint.FrameCanvas;
import dev.reelwright.render.paint.Resampler;
import dev.reelwright.render.paint.SegmentPainter;
import dev.reelwright.render.plan.Easing;
import dev.reelwright.render.plan.Layer;
import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
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
    private final List<Rectangle> words;
    private final int restX;
    private final int restY;
    private final int canvasH;

    private TextPainter(TextSprite sprite, int restX, int restY, int canvasH) {
        this.sprite = sprite.image();
        this.words = sprite.words();
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
        TextSprite textSprite = draw(lines, font, size, pad, look);
        BufferedImage sprite = textSprite.image();
        int x = safe.left() + (safe.width() - sprite.getWidth()) / 2;
        int y = switch (look.position()) {
            case TOP -> safe.top();
            case CENTER -> (canvasH - sprite.getHeight()) / 2;
            case BOTTOM -> safe.bottom() - sprite.getHeight();
            case LOWER_THIRD -> Math.min((int) (canvasH * 0.68), safe.bottom() - sprite.getHeight());
        };
        return new TextPainter(textSprite, Math.max(0, x), Math.max(0, Math.min(y, canvasH - sprite.getHeight())), canvasH);
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

    private static TextSprite draw(List<String> lines, Font font, double size, double pad, TextLook look) {
        double lineHeight = size * LINE_HEIGHT;
        int width = (int) Math.ceil(widest(lines, font) + 2 * pad);
        int height = (int) Math.ceil(lines.size() * lineHeight + 2 * pad);
        BufferedImage sprite = new BufferedImage(Math.max(1, width), Math.max(1, height), BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = sprite.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        List<Rectangle> words = new ArrayList<>();
        int wordIndex = 0;
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
            List<double[]> spans = wordSpans(lines.get(i), font, g.getFontRenderContext());
            for (double[] span : spans) {
                double gap = size * 0.14;
                words.add(new Rectangle((int) Math.floor(x + span[0] - gap), (int) Math.floor(top),
                        (int) Math.ceil(span[1] - span[0] + 2 * gap), (int) Math.ceil(lineHeight)).intersection(
                        new Rectangle(0, 0, sprite.getWidth(), sprite.getHeight())));
                if (look.mark() != null && look.mark().wordIndex() == wordIndex) {
                    drawMarked(g, layout, x, baseline, span, lineHeight, top, look.mark().color());
                }
                wordIndex++;
            }
        }
        g.dispose();
        return new TextSprite(sprite, List.copyOf(words));
    }

    /** The marked word again in its own colour, over the line (the outline stays beneath). */
    private static void drawMarked(Graphics2D g, TextLayout layout, double x, double baseline, double[] span,
                                   double lineHeight, double top, String color) {
        Shape old = g.getClip();
        g.clip(new java.awt.geom.Rectangle2D.Double(x + span[0] - 1, top, span[1] - span[0] + 2, lineHeight));
        g.setColor(new Color(Integer.parseInt(color.substring(1, 7), 16)));
        g.fill(layout.getOutline(AffineTransform.getTranslateInstance(x, baseline)));
        g.setClip(old);
    }

    /** Where each space-separated word of a line starts and ends, in pixels from the line's start. */
    private static List<double[]> wordSpans(String line, Font font, FontRenderContext frc) {
        List<double[]> spans = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            int end = i;
            while (end < line.length() && !Character.isWhitespace(line.charAt(end))) {
                end++;
            }
            if (end > i) {
                spans.add(new double[] {LineBreaker.width(line.substring(0, i), font, frc),
                        LineBreaker.width(line.substring(0, end), font, frc)});
            }
            i = end;
        }
        return spans;
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
        if (text.wordsIn() < 1 && !words.isEmpty()) {
            paintWords(g, text.wordsIn());
        } else if (text.scale() == 1 && text.offsetY() == 0) {
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

    /**
     * Kinetic type: each word pops in from below in turn, the next starting before the last has
     * settled; {@code progress} runs 0 to 1 over the whole entrance.
     */
    private void paintWords(Graphics2D g, float progress) {
        int n = words.size();
        double stagger = 0.45;
        double span = 1 / (1 + (n - 1) * stagger);
        Composite whole = g.getComposite();
        float alpha = whole instanceof AlphaComposite ac ? ac.getAlpha() : 1f;
        for (int i = 0; i < n; i++) {
            double p = (progress - i * stagger * span) / span;
            if (p <= 0) {
                break;
            }
            Rectangle word = words.get(i);
            if (word.isEmpty()) {
                continue;
            }
            double scale = 0.55 + 0.45 * Easing.outBack(p);
            double rise = (1 - Easing.outCubic(p)) * word.height * 0.35;
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, alpha * (float) Easing.clamp01(p * 2)));
            AffineTransform at = new AffineTransform();
            at.translate(restX + word.getCenterX(), restY + word.getCenterY() + rise);
            at.scale(scale, scale);
            at.translate(-word.width / 2.0, -word.height / 2.0);
            g.drawImage(sprite.getSubimage(word.x, word.y, word.width, word.height), at, null);
        }
        g.setComposite(whole);
    }
}
