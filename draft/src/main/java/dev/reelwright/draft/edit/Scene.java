package dev.reelwright.draft.edit;

import dev.reelwright.draft.Segment;
import java.util.List;
import java.util.Locale;

/**
 * One picture of the main video track and the stretch of the timeline it owns: from the middle of
 * the transition into it to the middle of the transition out of it. These stretches tile the track.
 *
 * @param number 1, 2, ... for the narrated scenes; 0 for a title or end card
 * @param kind {@code scene}, {@code title} or {@code end}, as the director marked it ({@code m.scene.kind})
 * @param text what the scene says (its narration), or null
 * @param keywords the words the scene is about, as the director found them
 */
public record Scene(int number, int index, Segment segment, long fromMs, long toMs, String kind, String text,
                    List<String> keywords) {
    public static final String KIND_SCENE = "scene";

    public Scene {
        keywords = List.copyOf(keywords);
    }

    public long lengthMs() {
        return toMs - fromMs;
    }

    public boolean isCard() {
        return !KIND_SCENE.equals(kind);
    }

    /** How the scene is named to the user: "scene 2 (0:07–0:12, “Fresh bread …”)". */
    public String label() {
        String name = isCard() ? (kind.equals("title") ? "the title card" : "the end card") : "scene " + number;
        String about = text != null ? text : segment.source() != null ? fileName(segment.source()) : null;
        String range = Clock.span(fromMs, toMs);
        return about == null ? name + " (" + range + ")" : name + " (" + range + ", \u201c" + shorten(about) + "\u201d)";
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() > 36 ? oneLine.substring(0, 35) + "\u2026" : oneLine;
    }

    static String fileName(String source) {
        String name = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf(':')) + 1);
        return name.toLowerCase(Locale.ROOT).equals(name) ? name : name;
    }
}
