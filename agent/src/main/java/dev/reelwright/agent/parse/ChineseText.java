package dev.reelwright.agent.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Chinese message made easy to match: full-width forms as ASCII, quoted text kept aside (the
 * same {@code «n»} marks as English), and Chinese numerals before a unit or after 第 as digits
 * ("第二个" → "第2个", "两秒" → "2秒", "十五秒" → "15秒", "百分之二十" → "20%", "半秒" → "0.5秒").
 * "一点" and "一下" (a little) stay words.
 */
public final class ChineseText {
    private static final String NUMERALS = "零一二两三四五六七八九十百";
    /** A numeral before a unit; a lone 一 only before a unit of time (一个, 一段 are "a"; 上一个 is "the previous"). */
    private static final Pattern BEFORE_UNIT = Pattern.compile("(?<![上下这那哪每某任])([" + NUMERALS + "]{2,}|[零二两三四五六七八九十百])(?=\\s*(?:秒|分钟|分|个|段|张|倍|条|位|帧|号|镜头|场|次|小时))"
            + "|(?<![上下这那哪每某任])(一)(?=\\s*(?:秒|分钟|倍|小时))");
    private static final Pattern AFTER_DI = Pattern.compile("(第|倒数第)([" + NUMERALS + "]+)");
    /** "两秒半", "1秒半": and a half. */
    private static final Pattern HALF_AFTER = Pattern.compile("(\\d+|[" + NUMERALS + "]+)(?:个)?秒半");
    private static final Pattern PERCENT = Pattern.compile("百分之([" + NUMERALS + "\\d]+)");

    final EnglishText quoted;
    final String text;

    ChineseText(String message) {
        String half = halfWidth(message);
        this.quoted = new EnglishText(half);
        String s = quoted.masked.toLowerCase(java.util.Locale.ROOT);
        s = replaceNumbers(HALF_AFTER, s, m -> (m.group(1).matches("\\d+") ? m.group(1) : String.valueOf(number(m.group(1)))) + ".5秒");
        s = s.replace("半分钟", "30秒").replace("一分半", "90秒").replace("半秒", "0.5秒").replaceAll("(\\d+)个?半秒", "$1.5秒");
        s = replaceNumbers(PERCENT, s, m -> number(m.group(1)) + "%");
        s = replaceNumbers(AFTER_DI, s, m -> m.group(1) + number(m.group(2)));
        s = s.replace("一分为二", "分成两半");
        s = replaceNumbers(BEFORE_UNIT, s, m -> String.valueOf(number(m.group(1) != null ? m.group(1) : m.group(2))));
        s = s.replaceAll("(\\d+(?:\\.\\d+)?)\\s*分钟", "$1分钟").replaceAll("(\\d+(?:\\.\\d+)?)分钟", "$1 minutes ").replaceAll("(\\d+(?:\\.\\d+)?)\\s*秒钟?", "$1 seconds ");
        this.text = s.replaceAll("\\s+", " ").strip();
    }

    private static String replaceNumbers(Pattern pattern, String s, java.util.function.Function<Matcher, String> replacement) {
        Matcher m = pattern.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** 二 → 2, 十五 → 15, 二十 → 20, 一百 → 100, digits as they are. */
    public static int number(String numeral) {
        if (numeral.matches("\\d+")) {
            return Integer.parseInt(numeral);
        }
        String digits = "零一二三四五六七八九";
        int value = 0;
        int current = 0;
        for (char c : numeral.toCharArray()) {
            if (c == '两') {
                current = 2;
            } else if (digits.indexOf(c) >= 0) {
                current = digits.indexOf(c);
            } else if (c == '十') {
                value += (current == 0 ? 1 : current) * 10;
                current = 0;
            } else if (c == '百') {
                value += (current == 0 ? 1 : current) * 100;
                current = 0;
            }
        }
        return value + current;
    }

    /** How many words a text has: words between spaces, or two Chinese characters a word. */
    public static int words(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return 0;
        }
        long han = t.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        return (int) Math.max(t.split("\\s+").length, han / 2);
    }

    /** Full-width digits, letters and punctuation as ASCII; Chinese quotes kept (they are quotes). */
    static String halfWidth(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c >= '\uFF01' && c <= '\uFF5E' && c != '\uFF0C' && c != '\uFF1B') {
                out.append((char) (c - 0xFEE0));
            } else if (c == '\u3000') {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
