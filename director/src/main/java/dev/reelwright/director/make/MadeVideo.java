package dev.reelwright.director.make;

import dev.reelwright.director.storyboard.Storyboard;
import dev.reelwright.draft.Draft;
import java.util.List;

/** What {@code reel make} made before rendering: the draft, its storyboard, and anything the user should know. */
public record MadeVideo(Draft draft, Storyboard storyboard, List<String> warnings) {
    public MadeVideo {
        warnings = List.copyOf(warnings);
    }
}
