package dev.reelwright.director.stock;

import dev.reelwright.director.make.SceneStock;
import dev.reelwright.director.make.UserMedia;
import dev.reelwright.director.storyboard.Scene;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every source of pictures the environment configures, asked in turn: the stock libraries, then the image generator. */
public record SceneSources(List<SceneStock> sources) implements SceneStock {
    public SceneSources {
        sources = List.copyOf(sources);
    }

    /** The configured sources, or empty when none is: then the scenes get the built-in pictures. */
    public static Optional<SceneStock> fromEnv(Map<String, String> env, StockLibrary.MediaCheck check) {
        List<SceneStock> sources = new ArrayList<>();
        StockLibrary.fromEnv(env, check).ifPresent(sources::add);
        ImageGenerator.fromEnv(env, check).ifPresent(sources::add);
        return sources.isEmpty() ? Optional.empty() : Optional.of(new SceneSources(sources));
    }

    @Override
    public Optional<UserMedia> forScene(Scene scene, int widthPx, int heightPx, long sceneMs, Path mediaFolder) {
        for (SceneStock source : sources) {
            Optional<UserMedia> found = source.forScene(scene, widthPx, heightPx, sceneMs, mediaFolder);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    @Override
    public List<String> notes() {
        return sources.stream().flatMap(s -> s.notes().stream()).toList();
    }
}
