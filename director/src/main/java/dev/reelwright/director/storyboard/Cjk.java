package dev.reelwright.director.storyboard;

/** Chinese, Japanese and Korean characters, which are written without spaces between words. */
final class Cjk {
    private Cjk() {
    }

    static boolean isCjk(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
