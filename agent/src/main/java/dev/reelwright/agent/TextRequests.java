package dev.reelwright.agent;

import dev.reelwright.director.captions.CaptionStyle;
import dev.reelwright.draft.Draft;
import dev.reelwright.draft.Segment;
import dev.reelwright.draft.TextPosition;
import dev.reelwright.draft.Track;
import dev.reelwright.draft.TrackRole;
import dev.reelwright.draft.TrackType;
import dev.reelwright.draft.edit.Edit;
import dev.reelwright.draft.edit.EditException;
import dev.reelwright.draft.edit.LookEdits;
import dev.reelwright.draft.edit.TextEdits;
import dev.reelwright.draft.edit.Texts;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Requests about words on the picture made exact: titles and overlays by what they are, captions by style (cut again when their words' times are known). */
final class TextRequests {
    private static final String KARAOKE_MARK = "#ffd400";

    private TextRequests() {
    }

    static Edit addText(OpCall call, Draft draft) {
        String text = Resolver.required(call, "text");
        TrackRole role = "title".equals(call.text("role")) ? TrackRole.TITLE : TrackRole.OVERLAY;
        long length = draft.contentEndMs();
        long start = call.number("start_s") != null ? Resolver.ms(call.number("start_s")) : 0;
        long end = call.number("end_s") != null ? Resolver.ms(call.number("end_s")) : Math.min(length, start + (role == TrackRole.TITLE ? 3_000 : 4_000));
        if (end > length && call.number("end_s") != null && start < length) {
            end = length;
        }
        TextPosition position = position(call.text("position"), role == TrackRole.TITLE ? TextPosition.CENTER : TextPosition.LOWER_THIRD);
        if (role == TrackRole.TITLE) {
            // A title over the opening replaces the title already there.
            for (Texts.Item title : Texts.titles(draft)) {
                if (title.segment().startMs() < end && start < title.segment().endMs() && !Texts.isEndCard(draft, title)) {
                    return new TextEdits.EditText(title.segment().id(), text, call.has("position") ? position : null, null, null, null, start,
                            end - start);
                }
            }
        }
        return new TextEdits.AddText(role, text, start, end - start, position);
    }

    static Edit editText(OpCall call, Draft draft) {
        String id = textId(call.text("target"), draft);
        Segment segment = Texts.withRole(draft, TrackRole.TITLE).stream().map(Texts.Item::segment).filter(s -> s.id().equals(id)).findFirst()
                .orElseGet(() -> draft.tracks().stream().flatMap(t -> t.segments().stream()).filter(s -> s.id().equals(id)).findFirst()
                        .orElseThrow(() -> new EditException("there is no text " + id + " in the video; say which: the title, the end card, an overlay or a caption")));
        Integer size = null;
        if (call.has("size")) {
            int now = segment.meta().textStyle().sizePx() != null ? segment.meta().textStyle().sizePx()
                    : (int) Math.round(Math.min(draft.meta().widthPx(), draft.meta().heightPx()) * 0.07);
            size = (int) Math.round(now * ("bigger".equals(call.text("size")) ? 1.25 : 0.8));
        }
        Long start = call.number("start_s") == null ? null : Resolver.ms(call.number("start_s"));
        Long duration = call.number("end_s") == null ? null : Resolver.ms(call.number("end_s")) - (start != null ? start : segment.startMs());
        TextPosition position = call.has("position") ? position(call.text("position"), null) : null;
        if (!call.has("text") && position == null && !call.has("color") && size == null && !call.has("font") && start == null && duration == null) {
            throw new EditException("say what to change about it: its words, place, colour, size or font");
        }
        return new TextEdits.EditText(id, call.text("text"), position, call.text("color"), size, call.text("font"), start, duration);
    }

    /** The segment a text target names: title, end, caption N, overlay N, a segment id, or «words it shows». */
    static String textId(String target, Draft draft) {
        if (target == null) {
            throw new EditException("say which text: the title, the end card, an overlay or a caption");
        }
        List<Texts.Item> titles = Texts.titles(draft);
        if (target.equals("title")) {
            if (titles.isEmpty()) {
                throw new EditException("the video has no title; add one with a request like: title 'Summer Sale' for the first 3 seconds");
            }
            return titles.get(0).segment().id();
        }
        if (target.equals("end")) {
            return Texts.withRole(draft, TrackRole.TITLE).stream().filter(i -> Texts.isEndCard(draft, i)).findFirst()
                    .orElseThrow(() -> new EditException("the video has no end card")).segment().id();
        }
        String[] parts = target.split(" ");
        if (parts.length == 2 && parts[1].matches("\\d+") && (parts[0].equals("caption") || parts[0].equals("overlay"))) {
            TrackRole role = parts[0].equals("caption") ? TrackRole.CAPTION : TrackRole.OVERLAY;
            List<Texts.Item> items = Texts.withRole(draft, role);
            int n = Integer.parseInt(parts[1]);
            if (n < 1 || n > items.size()) {
                throw new EditException("there is no " + parts[0] + " " + n + ": the video has " + items.size() + " " + parts[0] + (items.size() == 1 ? "" : "s"));
            }
            return items.get(n - 1).segment().id();
        }
        if (target.startsWith("\u00ab")) {
            String words = target.substring(1);
            return draft.tracks().stream().filter(t -> t.type() == TrackType.TEXT).flatMap(t -> t.segments().stream())
                    .filter(s -> words.equalsIgnoreCase(s.meta().text())).findFirst()
                    .orElseThrow(() -> new EditException("no text in the video says \u201c" + words + "\u201d")).id();
        }
        return target;
    }

    static Edit captions(OpCall call, Draft draft) {
        Track captions = draft.trackWithRole(TrackRole.CAPTION)
                .orElseThrow(() -> new EditException("the video has no captions: they come from the narration, and this video has none"));
        String style = call.text("style");
        Boolean visible = call.flag("visible");
        if ("none".equals(style)) {
            visible = false;
            style = null;
        }
        if ("karaoke".equals(style)) {
            return new TextEdits.KaraokeCaptions(KARAOKE_MARK);
        }
        Segment first = captions.segments().isEmpty() ? null : captions.segments().get(0);
        TextPosition now = first != null && first.meta().position() != null ? first.meta().position() : TextPosition.BOTTOM;
        TextPosition position = switch (call.text("position") == null ? "" : call.text("position")) {
            case "up" -> higher(now);
            case "down" -> lower(now);
            case "" -> null;
            default -> position(call.text("position"), null);
        };
        Double scale = "bigger".equals(call.text("size")) ? Double.valueOf(1.25) : "smaller".equals(call.text("size")) ? Double.valueOf(0.8) : null;
        String box = null;
        Boolean bold = null;
        if ("boxed".equals(style)) {
            box = "#000000b3";
        } else if ("clean".equals(style)) {
            box = "";
            bold = true;
        } else if ("bold".equals(style)) {
            bold = true;
            scale = scale == null ? 1.3 : scale * 1.3;
            box = "";
        }
        if (visible == null && !call.has("style") && position == null && scale == null && !call.has("color") && !call.has("outline")) {
            visible = true;
        }
        if (Boolean.TRUE.equals(visible) && !captions.isOff() && style == null && position == null && scale == null && !call.has("color")
                && !call.has("outline")) {
            throw EditException.alreadySo("the captions are on already");
        }
        if (Boolean.FALSE.equals(visible) && captions.isOff()) {
            throw EditException.alreadySo("the captions are off already");
        }
        return new TextEdits.SetCaptions(visible, position, scale, call.text("color"), call.text("outline"), box, bold);
    }

    /** A new canvas, and the captions cut again for its width when their words' times are known. */
    static List<Edit> withRecut(Edit canvas, Draft draft) {
        if (!(canvas instanceof LookEdits.SetCanvas size)) {
            return List.of(canvas);
        }
        Optional<Track> captions = draft.trackWithRole(TrackRole.CAPTION);
        if (captions.isEmpty()) {
            return List.of(canvas);
        }
        Draft base = timedBase(draft, captions.get());
        return CaptionRecut.recut(base, size.widthPx(), size.heightPx(), CaptionRecut.styleOf(captions.get()))
                .<List<Edit>>map(recut -> base == draft ? List.of(canvas, recut) : List.of(new TextEdits.KaraokeCaptions(null), canvas, recut))
                .orElse(List.of(canvas));
    }

    /**
     * A change of caption style cuts them again as the director would for that style (when their
     * words' times are known); what else was asked (place, size, colour) is applied on top.
     */
    static List<Edit> captionsRecut(OpCall call, Draft draft) {
        Edit restyle = captions(call, draft);
        String style = call.text("style");
        Track captions = draft.trackWithRole(TrackRole.CAPTION).orElse(null);
        if (captions == null || style == null || style.equals("none")) {
            return List.of(restyle);
        }
        CaptionStyle wanted = CaptionStyle.valueOf(style.toUpperCase(Locale.ROOT));
        Draft base = timedBase(draft, captions);
        Optional<TextEdits.ReplaceCaptions> recut = CaptionRecut.recut(base, draft.meta().widthPx(), draft.meta().heightPx(), wanted);
        if (recut.isEmpty()) {
            return List.of(restyle);
        }
        List<Edit> edits = new java.util.ArrayList<>();
        if (base != draft) {
            edits.add(new TextEdits.KaraokeCaptions(null));
        }
        edits.add(recut.get());
        OpCall rest = call.with("style", null);
        if (!rest.args().isEmpty()) {
            edits.add(captions(rest, draft));
        }
        return edits;
    }

    /** Karaoke captions back to one cue each (keeping their words' times), so they can be cut again. */
    private static Draft timedBase(Draft draft, Track captions) {
        return CaptionRecut.styleOf(captions) == CaptionStyle.KARAOKE ? Edit.apply(new TextEdits.KaraokeCaptions(null), draft) : draft;
    }

    private static TextPosition higher(TextPosition now) {
        return switch (now) {
            case BOTTOM -> TextPosition.LOWER_THIRD;
            case LOWER_THIRD -> TextPosition.CENTER;
            case CENTER, TOP -> TextPosition.TOP;
        };
    }

    private static TextPosition lower(TextPosition now) {
        return switch (now) {
            case TOP -> TextPosition.CENTER;
            case CENTER -> TextPosition.LOWER_THIRD;
            case LOWER_THIRD, BOTTOM -> TextPosition.BOTTOM;
        };
    }

    static TextPosition position(String name, TextPosition fallback) {
        if (name == null) {
            return fallback;
        }
        for (TextPosition position : TextPosition.values()) {
            if (position.wireName().equals(name)) {
                return position;
            }
        }
        return switch (name) {
            case "up" -> TextPosition.TOP;
            case "down" -> TextPosition.BOTTOM;
            case "middle", "centre" -> TextPosition.CENTER;
            default -> throw new EditException("text can sit at the top, center, bottom or lower third; " + name + " is not one");
        };
    }
}
