package dev.reelwright.render.text;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;

/**
 * Line wrapping at the places Unicode allows a break (between words, between CJK characters),
 * balanced: text that needs several lines gets lines of even length ("a title that wraps /
 * in two halves"), not a full line and a lone last word.
 */
final class LineBreaker {
    /** Longer text is left greedy: balancing a paragraph only makes it narrower. */
    private static final int MAX_BALANCED_LINES = 4;
    private static final double BALANCE_PRECISION_PX = 1;

    private LineBreaker() {
    }

    static List<String> wrap(String text, Font font, FontRenderContext frc, double maxWidthPx) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.strip().split("\\R")) {
            lines.addAll(balanced(paragraph.strip(), font, frc, maxWidthPx));
        }
        return lines;
    }

    /** The narrowest wrapping that needs no more lines than the greedy one at the full width. */
    private static List<String> balanced(String paragraph, Font font, FontRenderContext frc, double maxWidthPx) {
        List<String> greedy = new ArrayList<>();
        wrapParagraph(paragraph, font, frc, maxWidthPx, greedy);
        if (greedy.size() < 2 || greedy.size() > MAX_BALANCED_LINES) {
            return greedy;
        }
        List<String> best = greedy;
        // Never narrower than the widest word: every width tried keeps words whole.
        double tooNarrow = widestPiece(paragraph, font, frc);
        double wideEnough = maxWidthPx;
        while (wideEnough - tooNarrow > BALANCE_PRECISION_PX) {
            double width = (tooNarrow + wideEnough) / 2;
            List<String> tried = new ArrayList<>();
            wrapParagraph(paragraph, font, frc, width, tried);
            if (tried.size() <= greedy.size()) {
                best = tried;
                wideEnough = width;
            } else {
                tooNarrow = width;
            }
        }
        return best;
    }

    private static double widestPiece(String paragraph, Font font, FontRenderContext frc) {
        return pieces(paragraph).stream().mapToDouble(piece -> width(piece.stripTrailing(), font, frc)).max().orElse(0);
    }

    private static void wrapParagraph(String paragraph, Font font, FontRenderContext frc, double maxWidthPx, List<String> lines) {
        StringBuilder line = new StringBuilder();
        for (String piece : pieces(paragraph)) {
            if (fits(line + piece, font, frc, maxWidthPx)) {
                line.append(piece);
                continue;
            }
            if (!line.toString().isBlank()) {
                lines.add(line.toString().strip());
            }
            line.setLength(0);
            if (fits(piece, font, frc, maxWidthPx)) {
                line.append(piece);
            } else {
                // A single word wider than the line: split it between characters.
                for (int i = 0; i < piece.length(); i = piece.offsetByCodePoints(i, 1)) {
                    String next = piece.substring(i, piece.offsetByCodePoints(i, 1));
                    if (line.length() > 0 && !fits(line + next, font, frc, maxWidthPx)) {
                        lines.add(line.toString().strip());
                        line.setLength(0);
                    }
                    line.append(next);
                }
            }
        }
        if (!line.toString().isBlank() || lines.isEmpty()) {
            lines.add(line.toString().strip());
        }
    }

    /** The text cut at every break opportunity; each piece keeps its trailing space. */
    private static List<String> pieces(String paragraph) {
        List<String> pieces = new ArrayList<>();
        BreakIterator breaks = BreakIterator.getLineInstance();
        breaks.setText(paragraph);
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            pieces.add(paragraph.substring(start, end));
        }
        return pieces;
    }

    private static boolean fits(String text, Font font, FontRenderContext frc, double maxWidthPx) {
        return width(text.stripTrailing(), font, frc) <= maxWidthPx;
    }

    static double width(String text, Font font, FontRenderContext frc) {
        return text.isEmpty() ? 0 : font.getStringBounds(text, frc).getWidth();
    }
}
