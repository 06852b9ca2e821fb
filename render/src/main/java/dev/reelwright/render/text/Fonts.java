package dev.reelwright.render.text;

import dev.reelwright.render.RenderException;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Fonts that come with the build (Open Sans, Liberation Serif and Mono), so text looks the same on
 * every machine; and, for scripts they lack, a system font that has every character, or a clear
 * error naming the package to install. Never boxes in place of characters.
 */
public final class Fonts {
    public static final String CJK_PACKAGE = "fonts-noto-cjk";
    private static final String OPEN_SANS = "META-INF/resources/webjars/open-sans/1.1.0/fonts/";
    private static final Map<String, String[]> BUNDLED = Map.of(
            "sans", new String[] {OPEN_SANS + "regular/opensans-regular-webfont.ttf", OPEN_SANS + "bold/opensans-bold-webfont.ttf"},
            "serif", new String[] {"liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf"},
            "mono", new String[] {"liberation/LiberationMono-Regular.ttf", "liberation/LiberationMono-Bold.ttf"},
            "liberation-sans", new String[] {"liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf"});
    private static final Set<String> LOGICAL = Set.of("dialog", "dialoginput", "serif", "sansserif", "monospaced");
    private static final Fonts STANDARD = new Fonts(Fonts::installedFonts);

    private final Map<String, Font> loaded = new ConcurrentHashMap<>();
    private final Supplier<List<Font>> systemFonts;
    private volatile List<Font> system;

    /** @param systemFonts the machine's fonts, asked for only when the bundled ones fall short */
    public Fonts(Supplier<List<Font>> systemFonts) {
        this.systemFonts = systemFonts;
    }

    public static Fonts standard() {
        return STANDARD;
    }

    /**
     * A font (size 1; derive the size) that shows every character of {@code text}.
     *
     * @param family sans, serif, mono, or an installed family; null for sans
     * @param where the draft path of the text, for the error message
     */
    public Font forText(String family, boolean bold, String text, String where) {
        Font wanted = family(family == null ? "sans" : family, bold);
        if (wanted.canDisplayUpTo(text) == -1) {
            return wanted;
        }
        for (String bundled : List.of("sans", "liberation-sans", "serif")) {
            Font font = family(bundled, bold);
            if (font.canDisplayUpTo(text) == -1) {
                return font;
            }
        }
        for (Font font : system()) {
            if (font.canDisplayUpTo(text) == -1) {
                return bold ? font.deriveFont(Font.BOLD) : font;
            }
        }
        throw new RenderException(missingGlyphMessage(text, wanted, where));
    }

    private Font family(String name, boolean bold) {
        String key = name.toLowerCase(Locale.ROOT);
        String[] files = BUNDLED.get(key);
        if (files != null) {
            return loaded.computeIfAbsent(files[bold ? 1 : 0], Fonts::loadResource);
        }
        for (Font font : system()) {
            if (font.getFamily(Locale.ROOT).equalsIgnoreCase(name)) {
                return bold ? font.deriveFont(Font.BOLD) : font;
            }
        }
        return family("sans", bold);
    }

    private List<Font> system() {
        if (system == null) {
            List<Font> fonts = new ArrayList<>();
            for (Font font : systemFonts.get()) {
                if (!LOGICAL.contains(font.getFamily(Locale.ROOT).toLowerCase(Locale.ROOT))) {
                    fonts.add(font);
                }
            }
            system = List.copyOf(fonts);
        }
        return system;
    }

    private static List<Font> installedFonts() {
        return List.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAllFonts());
    }

    private static Font loadResource(String path) {
        try (InputStream in = Fonts.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("bundled font missing from the build: " + path);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("bundled font unreadable: " + path, e);
        }
    }

    static String missingGlyphMessage(String text, Font wanted, String where) {
        int index = wanted.canDisplayUpTo(text);
        int codePoint = text.codePointAt(Math.max(0, index));
        String shown = new String(Character.toChars(codePoint));
        if (isCjk(codePoint)) {
            return where + ": \"" + shown + "\" needs a Chinese/Japanese/Korean font and none is installed;"
                    + " install one (Debian/Ubuntu: apt-get install " + CJK_PACKAGE + ")";
        }
        return where + ": no installed font has the character \"" + shown + "\" (U+"
                + String.format("%04X", codePoint) + "); install a font that has it (Debian/Ubuntu: apt-get install fonts-noto-core)";
    }

    static boolean isCjk(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.BOPOMOFO;
    }
}
