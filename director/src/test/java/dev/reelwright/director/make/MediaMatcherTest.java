package dev.reelwright.director.make;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reelwright.director.storyboard.Scene;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class MediaMatcherTest {
    private static Scene scene(int index, String keyPhrase, String... keywords) {
        return new Scene(index, null, List.of(keyPhrase + "."), keyPhrase, List.of(keywords), 3000, -1);
    }

    private static UserMedia photo(String name) {
        return new UserMedia(Path.of(name), false, 1600, 900, 0);
    }

    @Test
    void namesThatMatchTheSceneWinAndEachIsUsedOnceBeforeRepeats() {
        List<Scene> scenes = List.of(scene(0, "oak base", "lamp", "oak"), scene(1, "wireless charging", "phone", "charges"),
                scene(2, "three finishes", "walnut"), scene(3, "order today", "order"));
        List<UserMedia> media = List.of(photo("random.jpg"), photo("phones_on_desk.png"), photo("oak-lamp.jpg"));
        List<String> picked = MediaMatcher.assign(scenes, media).stream().map(m -> m.file().toString()).toList();
        // The fourth scene matches nothing: in order, skipping the picture the third scene just showed.
        assertEquals(List.of("oak-lamp.jpg", "phones_on_desk.png", "random.jpg", "phones_on_desk.png"), picked);
    }
}
