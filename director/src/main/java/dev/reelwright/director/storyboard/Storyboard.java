package dev.reelwright.director.storyboard;

import java.util.List;

/**
 * A script laid out as a video: its title, its scenes in order, and the call to action for the
 * end card (the title when the script has none).
 */
public record Storyboard(String title, List<Scene> scenes, String callToAction) {
    public Storyboard {
        scenes = List.copyOf(scenes);
    }

    public long speechMs() {
        return scenes.stream().mapToLong(Scene::speechMs).sum();
    }
}
