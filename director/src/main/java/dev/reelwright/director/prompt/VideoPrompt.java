package dev.reelwright.director.prompt;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/** A detailed prompt for a video model, and its text for each model family. */
public record VideoPrompt(String idea, long durationMs, String concept, String subject, String setting, String style,
                          String lighting, String colorGrade, String cameraAndLens, List<Shot> shots, String sound,
                          String negativePrompt) {
    public VideoPrompt {
        shots = List.copyOf(shots);
    }

    /** The model families {@code --for} takes. */
    public enum Target {
        GENERIC, SORA, VEO, RUNWAY, KLING;

        /** As the options write it, "sora": picocli's completion and help show this. */
        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Target parse(String name) {
            for (Target target : values()) {
                if (target.name().equalsIgnoreCase(name)) {
                    return target;
                }
            }
            throw new IllegalArgumentException("for must be " + dev.reelwright.draft.Choices.either(
                    java.util.Arrays.stream(values()).map(Target::toString).toList()) + " (got \"" + name + "\")");
        }
    }

    public String text(Target target) {
        return switch (target) {
            case GENERIC -> generic();
            case SORA -> sora();
            case VEO -> veo();
            case RUNWAY -> runway();
            case KLING -> kling();
        };
    }

    private String generic() {
        StringBuilder out = new StringBuilder();
        out.append("Concept: ").append(concept).append("\n");
        out.append("Subject: ").append(subject).append("\n");
        out.append("Setting: ").append(setting).append("\n");
        out.append("Style: ").append(style).append("\n");
        out.append("Lighting: ").append(lighting).append("\n");
        out.append("Colour grade: ").append(colorGrade).append("\n");
        out.append("Camera and lens: ").append(cameraAndLens).append("\n");
        out.append("Shot list (").append(seconds(durationMs)).append(" in all):\n");
        for (Shot shot : shots) {
            out.append(String.format(Locale.ROOT, "  %d. %s–%s  %s, %s. %s.%n", shot.number(), seconds(shot.startMs()),
                    seconds(shot.endMs()), capital(shot.framing()), shot.camera(), capital(shot.action())));
        }
        out.append("Sound: ").append(sound).append("\n");
        out.append("Negative prompt: ").append(negativePrompt).append("\n");
        return out.toString();
    }

    /** Sora reads prose: one paragraph of look, then the shots as timed sentences. */
    private String sora() {
        StringBuilder out = new StringBuilder();
        out.append(capital(concept)).append(" Set in ").append(setting).append(". ").append(capital(style)).append("; ")
                .append(lighting).append("; ").append(colorGrade).append(". Shot on ").append(cameraAndLens).append(".\n\n");
        for (Shot shot : shots) {
            out.append(String.format(Locale.ROOT, "[%s–%s] %s, %s: %s.%n", seconds(shot.startMs()), seconds(shot.endMs()),
                    capital(shot.framing()), shot.camera(), shot.action()));
        }
        out.append("\nAvoid: ").append(negativePrompt).append(".\n");
        return out.toString();
    }

    /** Veo generates sound too: each shot says what is heard. */
    private String veo() {
        StringBuilder out = new StringBuilder();
        out.append(capital(concept)).append(" ").append(capital(style)).append(". Lighting: ").append(lighting)
                .append(". Grade: ").append(colorGrade).append(".\n");
        for (Shot shot : shots) {
            out.append(String.format(Locale.ROOT, "Shot %d (%s): %s, %s. %s. Audio: %s.%n", shot.number(), seconds(shot.durationMs()),
                    capital(shot.framing()), shot.camera(), capital(shot.action()), shot.sound()));
        }
        out.append("Negative prompt: ").append(negativePrompt).append("\n");
        return out.toString();
    }

    /** Runway wants the camera move first, then the scene, then the details, one prompt per shot. */
    private String runway() {
        StringBuilder out = new StringBuilder();
        for (Shot shot : shots) {
            out.append(String.format(Locale.ROOT, "Shot %d, %s: %s: %s in %s. %s, %s.%n", shot.number(), seconds(shot.durationMs()),
                    capital(shot.camera()), capital(shot.action()), setting, capital(lighting), colorGrade));
        }
        return out.toString();
    }

    /** Kling: subject, movement, scene, camera, light and atmosphere, and its own negative prompt field. */
    private String kling() {
        StringBuilder out = new StringBuilder();
        for (Shot shot : shots) {
            out.append(String.format(Locale.ROOT, "Shot %d (%s): %s. Scene: %s. Camera: %s, %s. Light: %s. Atmosphere: %s.%n",
                    shot.number(), seconds(shot.durationMs()), capital(shot.action()), setting, shot.framing(), shot.camera(),
                    lighting, style));
        }
        out.append("Negative prompt: ").append(negativePrompt).append("\n");
        return out.toString();
    }

    public String json() {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("idea", idea).put("durationMs", durationMs).put("concept", concept).put("subject", subject).put("setting", setting)
                .put("style", style).put("lighting", lighting).put("colorGrade", colorGrade).put("cameraAndLens", cameraAndLens);
        ArrayNode list = root.putArray("shots");
        for (Shot shot : shots) {
            list.addObject().put("number", shot.number()).put("startMs", shot.startMs()).put("endMs", shot.endMs())
                    .put("framing", shot.framing()).put("camera", shot.camera()).put("action", shot.action()).put("sound", shot.sound());
        }
        root.put("sound", sound).put("negativePrompt", negativePrompt);
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String seconds(long ms) {
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    private static String capital(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
