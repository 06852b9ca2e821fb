package dev.reelwright.render;

/** How far a render is: its stage and, while painting, frames done of all. */
public record RenderProgress(Stage stage, long framesDone, long framesTotal) {
    /** The steps of a render, in order. */
    public enum Stage {
        CHECKING_MEDIA, MIXING_SOUND, RENDERING, FINISHING, DONE
    }

    /** 0..1 over the whole render; painting and encoding is most of it. */
    public double fraction() {
        return switch (stage) {
            case CHECKING_MEDIA -> 0;
            case MIXING_SOUND -> 0.02;
            case RENDERING -> 0.05 + 0.93 * (framesTotal == 0 ? 0 : framesDone / (double) framesTotal);
            case FINISHING -> 0.98;
            case DONE -> 1;
        };
    }
}
