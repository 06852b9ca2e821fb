package dev.reelwright.render;

/** Hears how a render goes. Called from the rendering thread; keep it quick. */
public interface RenderListener {
    RenderListener NONE = new RenderListener() {
    };

    default void progress(RenderProgress progress) {
    }

    default void warning(String message) {
    }
}
