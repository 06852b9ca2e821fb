package dev.reelwright.agent.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An English message made easy to match: quoted text taken out (as {@code «0»}, {@code «1»} ...),
 * lower case, number words as digits ("two seconds" → "2 seconds", "half a minute" → "30
 * seconds"), ordinals as {@code #n} ("the third scene" → "the #3 scene"), and misspelt
 * keywords corrected ("veritcal" → "vertical").
 */
final class EnglishText {
    private static final Pattern QUOTED = Pattern.compile(
            "\u201c([^\u201d]+)\u201d|\u2018([^\u2019]+)\u2019(?![a-z])|\"([^\"]+)\"|(?<![\\w])'([^']+?)'(?![\\w])|\u300c([^\u300d]+)\u300d|\u300e([^\u300f]+)\u300f");
    private static final Map<String, Integer> UNITS = Map.ofEntries(Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60,
            "seventy", 70, "eighty", 80, "ninety", 90);
    private static final Map<String, Integer> ORDINALS = Map.ofEntries(Map.entry("first", 1), Map.entry("third", 3),
            Map.entry("fourth", 4), Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
            Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12));
    /** Nouns after which "second" is an ordinal ("the second scene"), not a unit. */
    private static final Pattern ORDINAL_NOUN = Pattern.compile(
            "(?:scenes?|clips?|shots?|slides?|ones?|photos?|pictures?|images?|parts?|captions?|subtitles?|titles?|lines?|transitions?|cuts?|"
                    + "half|video|place|position|spot|slot|segments?|overlays?|texts?|key phrases?|and|picture|sentences?|cue)\\b.*");
    private static final List<String> KEYWORDS = List.of("music", "background", "vertical", "horizontal", "transition", "transitions",
            "captions", "caption", "subtitles", "subtitle", "scene", "scenes", "voice", "voiceover", "narration", "louder", "quieter",
            "volume", "title", "delete", "remove", "export", "square", "portrait", "landscape", "widescreen", "crossfade", "crossfades",
            "shorter", "longer", "upbeat", "dramatic", "corporate", "overlay", "swap", "split", "trim", "undo", "redo", "timeline",
            "soundtrack", "download", "render", "seconds", "second", "insert", "replace", "font", "colours", "colors", "slower", "faster",
            "beginning", "ending", "through", "please", "between", "speed", "recording", "instead", "original", "narrator", "switch", "change");

    final String raw;
    /** The message as typed, with quoted text replaced by {@code «n»}. */
    final String masked;
    final List<String> quotes;
    final String text;

    EnglishText(String message) {
        this.raw = message.strip();
        List<String> found = new ArrayList<>();
        Matcher m = QUOTED.matcher(raw);
        StringBuilder rest = new StringBuilder();
        while (m.find()) {
            String quote = null;
            for (int g = 1; g <= m.groupCount() && quote == null; g++) {
                quote = m.group(g);
            }
            m.appendReplacement(rest, Matcher.quoteReplacement(" \u00ab" + found.size() + "\u00bb "));
            found.add(quote.strip());
        }
        m.appendTail(rest);
        this.quotes = List.copyOf(found);
        this.masked = rest.toString();
        this.text = normalise(masked);
    }

    static String normalise(String message) {
        String s = message.toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('\u2013', '-').replace('\u2014', '-').replace("\u00a0", " ");
        s = s.replaceAll("(\\d),(\\d{3})", "$1$2").replaceAll("text[- ]to[- ]speech", "tts").replaceAll("lower[- ]third", "lower-third").replace("fade in and fade out", "fade in and out").replace("-to-last", " to last")
                .replaceAll("-(seconds?|secs?|minutes?|mins?)\\b", " $1");
        s = s.replaceAll("(\\d)\\s*(?:sec|secs|s)\\b(?!\\w)", "$1 seconds").replaceAll("(\\d)-second", "$1 second");
        s = s.replaceAll("(\\d)\\s*(?:mins?)\\b", "$1 minutes").replaceAll("(\\d)-minute", "$1 minute");
        s = correctTypos(s);
        s = s.replace("half a minute", "30 seconds").replace("half a second", "0.5 seconds").replace("half a sec", "0.5 seconds")
                .replaceAll("(?<!a )half[- ]seconds?\\b", "0.5 second").replace("a minute and a half", "90 seconds").replace("a minute", "60 seconds").replace("a couple of", "2")
                .replace("a couple", "2").replace("a few seconds", "3 seconds").replace("a quarter", "0.25").replace("one and a half", "1.5")
                .replace("two and a half", "2.5").replaceAll("(\\d) and a half", "$1.5");
        s = numberWords(s);
        s = s.replaceAll("\\b(an?|one) (extra |more |additional )?seconds?\\b", "1 $2second").replaceAll("\\b(\\d+)(?:st|nd|rd|th)\\b", "#$1");
        s = ordinals(s);
        s = bareTimes(s);
        return s.replaceAll("\\s+", " ").strip();
    }

    private static final Pattern FIRST_TIME = Pattern.compile("\\d(?:\\.\\d+)? (?:seconds?|minutes?)\\b");
    private static final Pattern BARE_AFTER_TIME = Pattern.compile(
            "(\\b(?:for|over|and|by|then|with)\\s+(?:the last |the first |another |just |only )?|,\\s*)(\\d+(?:\\.\\d+)?)"
            + "(?![\\d.:%x]|\\s*(?:seconds?|minutes?|times|percent|scenes?|photos?|clips?|pictures?|shots?|slides?|#|and \\d))"
            + "(?=\\s+off\\b|\\s*$|\\s*[,.!?]|\\s+(?:at|on|in|please|pls|too|each|long|instead|and|to)\\b)");

    /** "fade in for 1 second and out for 3", "1 second off the start and 2 off the end": a bare number after a time is in its unit. */
    private static String bareTimes(String s) {
        Matcher first = FIRST_TIME.matcher(s);
        if (!first.find()) {
            return s;
        }
        Matcher bare = BARE_AFTER_TIME.matcher(s);
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (bare.find()) {
            if (bare.start(2) < first.end()) {
                continue;
            }
            out.append(s, at, bare.end(2)).append(" seconds");
            at = bare.end(2);
        }
        return out.append(s.substring(at)).toString();
    }

    /** Spelled-out numbers as digits: "twenty five" → 25, "three" → 3. */
    private static String numberWords(String s) {
        String[] words = s.split(" ");
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < words.length) {
            String word = words[i].replaceAll("[^a-z-]", "");
            String tail = words[i].substring(Math.min(words[i].length(), word.length()));
            Integer value = null;
            String[] parts = word.isEmpty() ? new String[] {""} : word.split("-");
            if (parts.length == 0) {
                parts = new String[] {""};
            }
            if (TENS.containsKey(parts[0])) {
                value = TENS.get(parts[0]) + (parts.length > 1 && UNITS.containsKey(parts[1]) ? UNITS.get(parts[1]) : 0);
                if (parts.length == 1 && i + 1 < words.length && UNITS.containsKey(words[i + 1].replaceAll("[^a-z]", ""))
                        && UNITS.get(words[i + 1].replaceAll("[^a-z]", "")) < 10) {
                    i++;
                    value += UNITS.get(words[i].replaceAll("[^a-z]", ""));
                    tail = words[i].replaceAll("^[a-z]+", "");
                }
            } else if (UNITS.containsKey(word) && (!word.equals("one") || oneIsNumber(words, i))) {
                value = UNITS.get(word);
            }
            if (value != null && words[i].startsWith(word.isEmpty() ? "\u0000" : word.substring(0, 1))) {
                out.append(value).append(tail);
            } else {
                out.append(words[i]);
            }
            out.append(' ');
            i++;
        }
        return out.toString();
    }

    /** "one second", "scene one", "swap one and two": a number; "the dunes one", "that one": a pronoun. */
    private static boolean oneIsNumber(String[] words, int i) {
        String next = i + 1 < words.length ? words[i + 1] : "";
        String previous = i > 0 ? words[i - 1] : "";
        return next.matches("(?:seconds?|minutes?|secs?|%|percent|x|times|and|point|or|to|-|hour|\\d).*")
                || previous.matches("(?:scenes?|clips?|shots?|slides?|photos?|pictures?|images?|number|no\\.?|to|at|from|by|only|just|about|around|than|swap|position|caption|subtitle|overlay|#)");
    }

    private static String ordinals(String s) {
        String[] words = s.split(" ");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String word = words[i].replaceAll("[^a-z]", "");
            String tail = words[i].substring(Math.min(words[i].length(), word.length()));
            boolean startsWithWord = !word.isEmpty() && words[i].startsWith(word);
            if (startsWithWord && ORDINALS.containsKey(word)) {
                out.append('#').append(ORDINALS.get(word)).append(tail);
            } else if (startsWithWord && word.equals("second") && isOrdinalSecond(words, i)) {
                out.append("#2").append(tail);
            } else {
                out.append(words[i]);
            }
            out.append(' ');
        }
        return out.toString();
    }

    private static boolean isOrdinalSecond(String[] words, int i) {
        String before = i > 0 ? words[i - 1] : "";
        if (before.matches("[\\d.]+|an?|per|each|every|extra|more|one|#\\d+")) {
            return false;
        }
        String after = String.join(" ", java.util.Arrays.copyOfRange(words, i + 1, Math.min(words.length, i + 4)));
        if (words[i].endsWith(",") || words[i].endsWith(".")) {
            return before.equals("the");
        }
        return ORDINAL_NOUN.matcher(after).matches() || before.equals("the") || after.startsWith("to last");
    }

    /** Misspelt keywords fixed: one edit (or swap of neighbours) away, in words of five letters or more. */
    private static String correctTypos(String s) {
        String[] words = s.split("(?<=\\s)|(?=\\s)");
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            out.append(word.length() >= 5 && word.matches("[a-z]+") ? closest(word) : word.length() == 4 && word.matches("[a-z]+") ? swapped(word) : word);
        }
        return out.toString();
    }

    /** Real words one letter away from a keyword, which are meant as they are. */
    private static final java.util.Set<String> REAL_WORDS = java.util.Set.of("reader", "sending", "spend", "tender", "tiles", "scent",
            "valance", "votes", "choice", "lower", "louver", "tittle", "gender", "fender", "slowed", "seconded", "front", "father", "fasted",
            "master", "raster", "taster", "easter", "blower", "flower", "glower", "sower", "steed", "spied", "bending", "lending", "mending",
            "tending", "vending", "trough", "inset", "colons", "pleased", "lease", "expert", "loader", "quitter", "lounger", "longed", "lender",
            "voices", "fonts", "sound", "round", "spped", "titled", "squares", "removed", "inserts");

    /** Four-letter keywords only by two neighbours swapped ("swpa" → "swap"): any other edit makes another word. */
    private static String swapped(String word) {
        for (String keyword : List.of("swap", "trim", "undo", "redo", "font", "fade", "mute", "wipe", "zoom", "text", "slow")) {
            if (!word.equals(keyword) && distance(word, keyword) == 1 && sameLetters(word, keyword)) {
                return keyword;
            }
        }
        return word;
    }

    private static boolean sameLetters(String a, String b) {
        char[] x = a.toCharArray();
        char[] y = b.toCharArray();
        java.util.Arrays.sort(x);
        java.util.Arrays.sort(y);
        return java.util.Arrays.equals(x, y);
    }

    private static String closest(String word) {
        if (KEYWORDS.contains(word) || REAL_WORDS.contains(word)) {
            return word;
        }
        for (String keyword : KEYWORDS) {
            if (Math.abs(keyword.length() - word.length()) <= 1 && distance(word, keyword) == 1) {
                return keyword;
            }
        }
        return word;
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** {@code text} with its {@code «n»} placeholders put back as the quoted words. */
    String unmask(String text) {
        Matcher m = Pattern.compile("\\s?\u00ab(\\d+)\u00bb\\s?").matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(" \u201c" + quotes.get(Integer.parseInt(m.group(1))) + "\u201d "));
        }
        m.appendTail(out);
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    /** The quoted text {@code «n»} stands for. */
    String quote(int index) {
        return quotes.get(index);
    }
}
