package dev.reelwright.agent;

import java.util.Locale;

/** The two languages the agent speaks; replies follow the session's, or the message's when it is Chinese. */
public enum Language {
    EN, ZH;

    /** Chinese for a {@code zh*} session or a message written mostly in Chinese characters. */
    public static Language of(String sessionLanguage, String message) {
        if (sessionLanguage != null && sessionLanguage.toLowerCase(Locale.ROOT).startsWith("zh")) {
            return ZH;
        }
        return isChinese(message) ? ZH : EN;
    }

    public static boolean isChinese(String text) {
        long han = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        long latin = text.codePoints().filter(c -> (c | 0x20) >= 'a' && (c | 0x20) <= 'z').count();
        return han > 0 && han * 3 >= latin;
    }
}
