package dev.reelwright.render.text;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;

/** Greedy line wrapping at the places Unicode allows a break (between words, between CJK characters). */
final class LineBreaker {
    private LineBreaker() {
    }

    static List<String> wrap(String text, Font font, FontRenderContext frc, double maxWidthPx) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.strip().split("\\R")) {
            wrapParagraph(paragraph.strip(), font, frc, maxWidthPx, lines);
        }
        return lines;
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
