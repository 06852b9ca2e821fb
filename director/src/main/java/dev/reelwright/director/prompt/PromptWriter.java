package dev.reelwright.director.prompt;

import java.util.ArrayList;
import java.util.List;

/**
 * A one-line idea to a detailed video prompt. Everything comes from the idea: its length sets
 * the shot list's timing, its words pick the kind of film and the look, its subject and place
 * fill every shot. The same idea always gives the same prompt.
 */
public final class PromptWriter {
    private static final String[] FRAMINGS = {"extreme wide shot", "medium shot", "extreme close-up", "medium close-up", "wide shot"};
    private static final String[] EXTRA_FRAMINGS = {"over-the-shoulder shot", "low-angle shot", "top-down shot", "profile close-up"};
    private static final String[] MOVES = {"slow push-in", "lateral tracking move", "90° orbit", "crane up", "locked-off static frame",
            "handheld follow", "slow pull-out", "top-down slide", "whip pan into a settle", "rack focus from foreground"};
    private static final double SHOT_S = 4.0;
    /** What the extra shots of a longer video show, in turn. */
    private static final String[] VARIATIONS = {"%s in context, the world around it coming into view",
            "someone notices %s and leans in, curious", "light shifts across %s as time passes",
            "%s in motion, a texture study in shallow focus", "a second angle on %s that reveals something new",
            "%s reflected in glass or water, then the real thing"};

    private PromptWriter() {
    }

    public static VideoPrompt write(String ideaText) {
        VideoIdea idea = VideoIdea.read(ideaText);
        Genre genre = Genre.of(idea.words(), VideoIdea.words(idea.subject()));
        Style style = Style.of(idea.words(), idea.text().toLowerCase(java.util.Locale.ROOT), genre);
        String subject = withArticle(idea.subject());
        String setting = idea.setting() != null ? idea.setting() : genre.settings().get(Math.floorMod(idea.text().hashCode(), 2)
                % genre.settings().size());
        String concept = String.format("A %s %s about %s, %s, told in %d shots over %s.", style.name(), genre.name(), subject,
                idea.setting() != null ? "in " + idea.setting() : "in " + setting, shotCount(idea.durationMs()),
                VideoPrompt.seconds(idea.durationMs()));
        List<Shot> shots = shots(idea, genre, subject);
        String negative = "on-screen text, captions or watermarks; warped or melting geometry; extra or fused fingers; "
                + "flicker and frame-to-frame inconsistency of " + subject + "; sudden cuts within a shot"
                + switch (genre.name()) {
                    case "product commercial" -> "; fingerprints, dust or scratches on the " + subject + "; off-brand colours";
                    case "food film" -> "; plastic-looking or wilted food; dirty plates";
                    case "nature documentary" -> "; people, vehicles or buildings; zoo enclosures";
                    case "travel film" -> "; tourist crowds blocking the view; litter";
                    case "tech explainer" -> "; unreadable gibberish interfaces; cluttered desks";
                    case "sports promo" -> "; impossible body movements; cartoonish motion blur";
                    default -> "; cartoonish faces; inconsistent costumes between shots";
                };
        return new VideoPrompt(idea.text(), idea.durationMs(), concept, subject, setting, style.style(), style.lighting(),
                style.grade(), style.lens(), shots, genre.sound(), negative);
    }

    /** "product" reads as "the product"; names ("Tokyo", "Aurora X") and phrases that have one keep theirs. */
    private static String withArticle(String subject) {
        if (subject.equals("the subject") || Character.isUpperCase(subject.charAt(0))
                || subject.matches("(?i)(the|a|an|my|our|your|his|her|their)\\s.*")) {
            return subject;
        }
        return "the " + subject;
    }

    static int shotCount(long durationMs) {
        return (int) Math.max(2, Math.min(12, Math.round(durationMs / 1000.0 / SHOT_S)));
    }

    /**
     * The genre's five beats (opening, development, detail, climax, resolution), with extra
     * development shots for longer videos; timings in tenths of a second that add up exactly.
     */
    private static List<Shot> shots(VideoIdea idea, Genre genre, String subject) {
        int count = shotCount(idea.durationMs());
        List<Integer> beats = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            beats.add(count <= 5 ? Math.round(i * 4f / Math.max(1, count - 1)) : i == 0 ? 0 : i == count - 1 ? 4
                    : i == count - 2 ? 3 : 1 + (i - 1) % 2);
        }
        double[] weights = new double[count];
        double total = 0;
        for (int i = 0; i < count; i++) {
            weights[i] = beats.get(i) == 0 || beats.get(i) == 3 ? 1.25 : 1.0;
            total += weights[i];
        }
        int seed = Math.floorMod(idea.text().hashCode(), MOVES.length);
        List<Shot> shots = new ArrayList<>();
        long at = 0;
        int extra = 0;
        for (int i = 0; i < count; i++) {
            long end = i == count - 1 ? idea.durationMs()
                    : at + Math.round(idea.durationMs() * weights[i] / total / 100.0) * 100;
            int beat = beats.get(i);
            boolean repeat = i > 0 && beats.subList(0, i).contains(beat);
            String framing = repeat ? EXTRA_FRAMINGS[(i + seed) % EXTRA_FRAMINGS.length] : FRAMINGS[beat];
            String camera = MOVES[(seed + i * 3) % MOVES.length];
            String action = repeat ? String.format(VARIATIONS[extra++ % VARIATIONS.length], subject)
                    : String.format(genre.beats().get(beat), subject);
            shots.add(new Shot(i + 1, at, end, framing, camera, action, soundFor(beat, genre)));
            at = end;
        }
        return shots;
    }

    private static String soundFor(int beat, Genre genre) {
        return switch (beat) {
            case 0 -> "the sound bed fades in: " + genre.sound().split(",")[0];
            case 2 -> "close, detailed foley of the action";
            case 3 -> "the music swells to its peak";
            case 4 -> "the music resolves and rings out";
            default -> "the music builds under natural sound";
        };
    }
}
