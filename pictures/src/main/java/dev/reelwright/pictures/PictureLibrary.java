package dev.reelwright.pictures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.view.ViewBox;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The built-in pictures: Fluent Emoji Flat (Microsoft, MIT), about 1 600 colour drawings of
 * things, animals, food, places and people, each with English and Chinese keywords from
 * Emojibase (MIT, from Unicode CLDR). Both come from the npm registry at build time and are read
 * from the class path once, on first use. Skin-tone variants are left out: one picture per thing.
 */
public final class PictureLibrary {
    /** What a credits file says of these pictures. */
    public static final String CREDIT = "Pictures: Fluent Emoji by Microsoft (https://github.com/microsoft/fluentui-emoji), MIT licence;"
            + " keywords: Emojibase (https://emojibase.dev), MIT licence, from Unicode CLDR annotations (Unicode licence).";
    private static final String ROOT = "/dev/reelwright/pictures/";
    /** Codepoints of the five skin tones: a picture that has one is a variant of another. */
    private static final Pattern SKIN_TONE = Pattern.compile("1f3f[b-f]");

    private static volatile PictureLibrary loaded;

    private final Map<String, PictureEntry> entries;
    private final Map<String, String> bodies;
    private final int defaultSizePx;

    private PictureLibrary(Map<String, PictureEntry> entries, Map<String, String> bodies, int defaultSizePx) {
        this.entries = Collections.unmodifiableMap(entries);
        this.bodies = bodies;
        this.defaultSizePx = defaultSizePx;
    }

    /**
     * A credits file's text for a video that shows {@code names}: which pictures, from where, under
     * which licence, with the licence's full notice.
     */
    public static String credits(java.util.Collection<String> names) {
        StringBuilder text = new StringBuilder("Built-in pictures in this video: ").append(String.join(", ", new java.util.TreeSet<>(names)))
                .append(".\n\n");
        try (InputStream notice = PictureLibrary.class.getResourceAsStream(ROOT + "NOTICE.txt")) {
            text.append(notice == null ? CREDIT + "\n" : new String(notice.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            text.append(CREDIT).append('\n');
        }
        return text.toString();
    }

    /** The library, read on first use (about a quarter of a second). */
    public static PictureLibrary get() {
        PictureLibrary library = loaded;
        if (library == null) {
            synchronized (PictureLibrary.class) {
                if (loaded == null) {
                    loaded = load();
                }
                library = loaded;
            }
        }
        return library;
    }

    public List<PictureEntry> entries() {
        return List.copyOf(entries.values());
    }

    public Optional<PictureEntry> named(String name) {
        return Optional.ofNullable(entries.get(name));
    }

    /** The picture as a whole SVG document, or empty when there is none of that name. */
    public Optional<String> svg(String name) {
        String body = bodies.get(name);
        if (body == null || !entries.containsKey(name)) {
            return Optional.empty();
        }
        int size = defaultSizePx;
        return Optional.of("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + size + "\" height=\"" + size + "\" viewBox=\"0 0 "
                + size + " " + size + "\">" + body + "</svg>");
    }

    /** The picture drawn {@code sizePx} square with transparency around it, anti-aliased. */
    public BufferedImage draw(String name, int sizePx) {
        String svg = svg(name).orElseThrow(() -> new IllegalArgumentException("there is no built-in picture called " + name));
        SVGDocument document = new SVGLoader().load(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)), null,
                LoaderContext.createDefault());
        if (document == null) {
            throw new IllegalStateException("the built-in picture " + name + " cannot be read");
        }
        BufferedImage image = new BufferedImage(sizePx, sizePx, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        document.render((java.awt.Component) null, g, new ViewBox(0, 0, sizePx, sizePx));
        g.dispose();
        return image;
    }

    private static PictureLibrary load() {
        ObjectMapper json = new ObjectMapper();
        JsonNode icons = read(json, "fluent-emoji-flat/icons.json");
        JsonNode chars = read(json, "fluent-emoji-flat/chars.json");
        Map<String, JsonNode> english = byHexcode(read(json, "emojibase/en/data.json"));
        Map<String, JsonNode> chinese = byHexcode(read(json, "emojibase/zh/data.json"));
        Map<String, String> bodies = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = icons.path("icons").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> icon = it.next();
            if (!icon.getValue().path("hidden").asBoolean(false)) {
                bodies.put(icon.getKey(), icon.getValue().path("body").asText());
            }
        }
        Map<String, PictureEntry> entries = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = chars.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> character = it.next();
            String codepoints = character.getKey();
            String name = character.getValue().asText();
            JsonNode en = english.get(codepoints);
            if (SKIN_TONE.matcher(codepoints).find() || !bodies.containsKey(name) || en == null || entries.containsKey(name)) {
                continue;
            }
            JsonNode zh = chinese.get(codepoints);
            PictureEntry.Group group = PictureEntry.Group.of(en.path("group").asInt(-1));
            if (group == PictureEntry.Group.COMPONENTS) {
                continue;
            }
            entries.put(name, new PictureEntry(name, en.path("label").asText(), zh == null ? "" : zh.path("label").asText(),
                    texts(en.path("tags")), zh == null ? List.of() : texts(zh.path("tags")), group));
        }
        return new PictureLibrary(entries, bodies, icons.path("width").asInt(32));
    }

    private static Map<String, JsonNode> byHexcode(JsonNode list) {
        Map<String, JsonNode> byCode = new HashMap<>();
        for (JsonNode entry : list) {
            byCode.put(codepoints(entry.path("hexcode").asText()), entry);
        }
        return byCode;
    }

    /** Emojibase's "1F6B4-200D-2640-FE0F" as the icon set writes it: "1f6b4-200d-2640". */
    private static String codepoints(String hexcode) {
        List<String> parts = new ArrayList<>();
        for (String part : hexcode.toLowerCase(Locale.ROOT).split("-")) {
            if (!part.equals("fe0f")) {
                parts.add(part);
            }
        }
        return String.join("-", parts);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static JsonNode read(ObjectMapper json, String path) {
        try (InputStream in = PictureLibrary.class.getResourceAsStream(ROOT + path)) {
            if (in == null) {
                throw new IllegalStateException("the picture collection is missing from the build (" + path + "); rebuild with Maven");
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the picture collection (" + path + ")", e);
        }
    }
}
