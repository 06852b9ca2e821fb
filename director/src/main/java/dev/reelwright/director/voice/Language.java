package dev.reelwright.director.voice;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Which language a script is written in: by its writing system, and for Latin script by its common words. */
public final class Language {
    private static final Map<String, Set<String>> COMMON_WORDS = Map.of(
            "en", Set.of("the", "and", "is", "of", "to", "with", "for", "your", "you", "this"),
            "es", Set.of("el", "la", "los", "las", "y", "es", "con", "para", "una", "que", "del"),
            "fr", Set.of("le", "la", "les", "et", "est", "avec", "pour", "une", "des", "du", "vous"),
            "de", Set.of("der", "die", "das", "und", "ist", "mit", "für", "ein", "eine", "sie", "nicht"),
            "it", Set.of("il", "lo", "gli", "e", "è", "con", "per", "una", "che", "della", "di"),
            "pt", Set.of("o", "os", "as", "e", "é", "com", "para", "uma", "que", "não", "do", "da"));

    private Language() {
    }

    /** An ISO 639-1 code: en, es, fr, de, it, pt, zh, ja, ko, ru, ar, hi, … ; "en" when nothing tells. */
    public static String of(String text) {
        int han = 0;
        int kana = 0;
        int hangul = 0;
        int cyrillic = 0;
        int arabic = 0;
        int devanagari = 0;
        int latin = 0;
        for (int cp : text.codePoints().toArray()) {
            if (!Character.isLetter(cp)) {
                continue;
            }
            switch (Character.UnicodeScript.of(cp)) {
                case HAN -> han++;
                case HIRAGANA, KATAKANA -> kana++;
                case HANGUL -> hangul++;
                case CYRILLIC -> cyrillic++;
                case ARABIC -> arabic++;
                case DEVANAGARI -> devanagari++;
                case LATIN -> latin++;
                default -> {
                }
            }
        }
        int cjk = han + kana + hangul;
        int most = Math.max(Math.max(cjk, latin), Math.max(cyrillic, Math.max(arabic, devanagari)));
        if (most == 0 || most == latin) {
            return latinLanguage(text);
        }
        if (most == cjk) {
            return kana > 0 ? "ja" : hangul > han ? "ko" : "zh";
        }
        return most == cyrillic ? "ru" : most == arabic ? "ar" : "hi";
    }

    private static String latinLanguage(String text) {
        String best = "en";
        int bestCount = 0;
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        for (var entry : COMMON_WORDS.entrySet()) {
            int count = 0;
            for (String word : words) {
                if (entry.getValue().contains(word)) {
                    count++;
                }
            }
            if (count > bestCount || count == bestCount && entry.getKey().equals("en")) {
                best = entry.getKey();
                bestCount = count;
            }
        }
        return best;
    }

    /** Whether a voice's locale speaks a language code from {@link #of}; Mandarin voices speak "zh". */
    public static boolean speaks(Locale voice, String language) {
        String spoken = voice.getLanguage();
        return spoken.equals(language) || language.equals("zh") && (spoken.equals("cmn") || spoken.equals("zh"));
    }
}
