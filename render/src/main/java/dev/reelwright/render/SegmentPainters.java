package dev.reelwright.render;

import dev.reelwright.draft.Draft;
import dev.reelwright.draft.Fit;
import dev.reelwright.draft.Gradient;
import dev.reelwright.draft.KenBurns;
import dev.reelwright.draft.PlacedPicture;
import dev.reelwright.draft.Segment;
import dev.reelwright.draft.Track;
import dev.reelwright.draft.TrackType;
import dev.reelwright.pictures.PictureLibrary;
import dev.reelwright.render.media.ImageDecoder;
import dev.reelwright.render.media.MediaException;
import dev.reelwright.render.media.MediaKind;
import dev.reelwright.render.paint.ClipPainter;
import dev.reelwright.render.paint.ColorPainter;
import dev.reelwright.render.paint.PicturePainter;
import dev.reelwright.render.paint.PlacedPicturePainter;
import dev.reelwright.render.paint.Scaling;
import dev.reelwright.render.paint.motion.MotionPainter;
import dev.reelwright.render.paint.SegmentPainter;
import dev.reelwright.render.text.Fonts;
import dev.reelwright.render.text.TextPainter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds the painter for each painted segment of a draft: colour, gradient, still, clip or text. */
final class SegmentPainters {
    /** Stills are fitted with room for their zoom, up to this much; beyond it the view upsamples a little. */
    private static final double MAX_PLATE_ZOOM = 2.0;

    private final Draft draft;
    private final MediaCatalog media;
    private final Fonts fonts;
    private final Map<String, Track> trackOf = new HashMap<>();
    private final Map<String, String> pathOf = new HashMap<>();
    private final int widthPx;
    private final int heightPx;
    private final int backgroundRgb;

    SegmentPainters(Draft draft, MediaCatalog media, Fonts fonts) {
        this.draft = draft;
        this.media = media;
        this.fonts = fonts;
        this.widthPx = draft.meta().widthPx();
        this.heightPx = draft.meta().heightPx();
        this.backgroundRgb = Integer.parseInt(draft.meta().backgroundOrDefault().substring(1), 16);
        for (int i = 0; i < draft.tracks().size(); i++) {
            Track track = draft.tracks().get(i);
            for (int j = 0; j < track.segments().size(); j++) {
                trackOf.put(track.segments().get(j).id(), track);
                pathOf.put(track.segments().get(j).id(), "t[" + i + "].sg[" + j + "]");
            }
        }
    }

    int backgroundRgb() {
        return backgroundRgb;
    }

    /** Every segment that paints (video and text tracks). */
    List<Segment> paintedSegments() {
        List<Segment> segments = new ArrayList<>();
        draft.tracks().stream().filter(t -> t.type() != TrackType.AUDIO).forEach(t -> segments.addAll(t.segments()));
        return segments;
    }

    /** Fails now, before any output, if some text has characters no installed font shows. */
    void checkFonts() {
        for (Track track : draft.tracksOfType(TrackType.TEXT)) {
            for (Segment segment : track.segments()) {
                fonts.forText(segment.meta().textStyle().font(), true, segment.meta().text(), pathOf.get(segment.id()) + ".m.text");
            }
        }
    }

    /** Fails now, before any output, if a placed picture names none of the built-in ones. */
    void checkPictures() {
        for (Track track : draft.tracksOfType(TrackType.VIDEO)) {
            for (Segment segment : track.segments()) {
                PlacedPicture.of(segment.meta()).filter(p -> PictureLibrary.get().named(p.name()).isEmpty()).ifPresent(p -> {
                    throw new MediaException(pathOf.get(segment.id()) + ".m.pic.name: there is no built-in picture called \""
                            + p.name() + "\" (reel pictures lists them)");
                });
            }
        }
    }

    SegmentPainter create(Segment segment) {
        Track track = trackOf.get(segment.id());
        if (track.type() == TrackType.TEXT) {
            return TextPainter.prepare(segment, track.role(), widthPx, heightPx, fonts, pathOf.get(segment.id()));
        }
        if (segment.meta().color() != null) {
            return new ColorPainter(Integer.parseInt(segment.meta().color().substring(1), 16));
        }
        if (segment.meta().gradient() != null && segment.meta().gradient().look() != Gradient.Look.STILL) {
            return new MotionPainter(segment.meta().gradient(), widthPx, heightPx);
        }
        if (segment.meta().gradient() != null) {
            return PicturePainter.gradient(segment.meta().gradient(), widthPx, heightPx);
        }
        var placed = PlacedPicture.of(segment.meta());
        if (placed.isPresent()) {
            return PlacedPicturePainter.prepare(placed.get(), widthPx, heightPx);
        }
        ResolvedMedia resolved = media.get(segment.source());
        Fit fit = segment.meta().fit() == null ? Fit.COVER : segment.meta().fit();
        if (resolved.info().kind() == MediaKind.IMAGE) {
            double zoom = Math.min(MAX_PLATE_ZOOM, maxZoom(segment.meta().kenBurns()));
            int plateW = (int) Math.round(widthPx * zoom);
            int plateH = (int) Math.round(heightPx * zoom);
            return new PicturePainter(Scaling.fit(ImageDecoder.decode(resolved.file()), fit, plateW, plateH, backgroundRgb));
        }
        return new ClipPainter(resolved.file(), segment.inMs(), resolved.info().widthPx(), resolved.info().heightPx(), fit,
                widthPx, heightPx, backgroundRgb);
    }

    private static double maxZoom(KenBurns kb) {
        return kb == null ? 1 : Math.max(kb.fromZoom(), kb.toZoom());
    }
}
