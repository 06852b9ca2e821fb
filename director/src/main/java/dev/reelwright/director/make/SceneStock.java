package dev.reelwright.director.make;

import dev.reelwright.director.storyboard.Scene;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Where a scene without the user's media may get a photo or clip from (a stock library), if anywhere. */
public interface SceneStock {
    /**
     * A photo or clip for {@code scene}, fetched into {@code mediaFolder} and checked, or empty
     * (nothing suitable, or the library failed: {@link #notes} says why, once).
     */
    Optional<UserMedia> forScene(Scene scene, int widthPx, int heightPx, long sceneMs, Path mediaFolder);

    /** What went wrong with the libraries, each thing once, for the user. */
    List<String> notes();
}
