package dev.reelwright.director.make;

import dev.reelwright.director.captions.CaptionStyle;
import dev.reelwright.draft.PlacedPicture;
import dev.reelwright.pictures.PictureMatch;
import dev.reelwright.pictures.PictureMatcher;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The built-in pictures as an edit asks for them: "a bicycle in scene 3". */
public final class BuiltInPictures {
    private BuiltInPictures() {
    }

    /** The picture that best shows {@code words} ("a bicycle", "咖啡"), if one shows it well. */
    public static Optional<PictureMatch> find(String words) {
        List<PictureMatch> found = ScenePictures.MATCHER.match(words, List.of(words), 1);
        return found.isEmpty() || found.get(0).score() < PictureMatcher.GOOD ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Where a scene's main picture goes on a {@code widthPx} x {@code heightPx} video, as {@code reel make} lays it out. */
    public static PlacedPicture mainPlacement(int widthPx, int heightPx, boolean boldCaptions, PictureMatch match) {
        double ratio = widthPx / (double) heightPx;
        Aspect nearest = java.util.Arrays.stream(Aspect.values())
                .min(Comparator.comparingDouble(a -> Math.abs(Math.log(a.widthPx() / (double) a.heightPx() / ratio)))).orElseThrow();
        return ScenePictures.Layout.of(nearest, boldCaptions ? CaptionStyle.BOLD : CaptionStyle.CLEAN).main(match);
    }
}
