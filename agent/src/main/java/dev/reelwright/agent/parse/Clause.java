package dev.reelwright.agent.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One request of a message, normalised, with regex helpers and the numbers and times in it. */
final class Clause {
    private static final Pattern SECONDS = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(?:more |extra |additional )?(?:seconds?|minutes?|秒钟?|分钟)");
    private static final Pattern CLOCK = Pattern.compile("(?<![\\d.])(\\d{1,2}):(\\d{2})(?:\\.(\\d))?(?![\\d])");

    final String text;
    final EnglishText source;

    Clause(String text, EnglishText source) {
        this.text = text;
        this.source = source;
    }

    boolean has(String regex) {
        return compiled(regex).matcher(text).find();
    }

    private static final java.util.Map<String, Pattern> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    /** Whole-word patterns, compiled once; "first" also matches the normalised ordinal {@code #1}. */
    private static Pattern compiled(String regex) {
        return CACHE.computeIfAbsent(regex, r -> Pattern.compile("(?<![a-z#])(?:" + r.replace("first", "(?:first|#1)") + ")(?![a-z])"));
    }

    boolean has(Pattern pattern) {
        return pattern.matcher(text).find();
    }

    int indexOf(String regex) {
        Matcher m = compiled(regex).matcher(text);
        return m.find() ? m.start() : -1;
    }

    String group(String regex, int group) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? m.group(group) : null;
    }

    /** Every time said, in seconds, in order: "10 seconds", "0:10", "1.5 s", "2 minutes". */
    List<Double> seconds() {
        List<double[]> found = new ArrayList<>();
        Matcher clock = CLOCK.matcher(text);
        while (clock.find()) {
            String before = text.substring(Math.max(0, clock.start() - 8), clock.start());
            if (clock.group().matches("16:9|9:16|4:5|1:1|4:3|3:4|21:9|5:4") && !before.matches("(?s).*\\b(?:at|from|to|until|till)\\s*$")) {
                continue; // an aspect ratio, not a time
            }
            double s = Integer.parseInt(clock.group(1)) * 60 + Integer.parseInt(clock.group(2)) + (clock.group(3) == null ? 0 : Integer.parseInt(clock.group(3)) / 10.0);
            found.add(new double[] {clock.start(), s});
        }
        Matcher m = SECONDS.matcher(text);
        while (m.find()) {
            double value = Double.parseDouble(m.group(1));
            found.add(new double[] {m.start(), m.group().contains("minute") || m.group().contains("分") ? value * 60 : value});
        }
        // "from 10 to 15 seconds": the first number counts in the same unit as the second.
        Matcher range = Pattern.compile("(?:from|between)\\s+(\\d+(?:\\.\\d+)?)\\s*(?:-|to|and|until|till)\\s*(\\d+(?:\\.\\d+)?)\\s*(?:seconds?|s\\b)").matcher(text);
        if (range.find()) {
            found.add(new double[] {range.start(1), Double.parseDouble(range.group(1))});
        }
        Matcher dash = Pattern.compile("(?<![\\d.:])(\\d+(?:\\.\\d+)?)\\s*-\\s*(\\d+(?:\\.\\d+)?)\\s*(?:seconds?)").matcher(text);
        if (dash.find()) {
            found.add(new double[] {dash.start(1), Double.parseDouble(dash.group(1))});
        }
        // "cut the first second", "lose the last second": one second.
        Matcher one = Pattern.compile("(?:#1|last|final) second\\b").matcher(text);
        if (one.find()) {
            found.add(new double[] {one.start(), 1.0});
        }
        found.sort((a, b) -> Double.compare(a[0], b[0]));
        List<Double> values = new ArrayList<>();
        double lastAt = -1;
        for (double[] f : found) {
            if (f[0] != lastAt) {
                values.add(f[1]);
            }
            lastAt = f[0];
        }
        return values;
    }

    /** A percentage said ("35%", "35 percent", "half volume"), as a fraction; null when none. */
    Double fraction() {
        Matcher m = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(?:%|percent|per cent|pct)").matcher(text);
        if (m.find()) {
            return Double.parseDouble(m.group(1)) / 100;
        }
        if (has("half (?:the )?volume|half as loud|50-50")) {
            return 0.5;
        }
        Matcher quarter = Pattern.compile("(?<![\\d.])0\\.25\\b|\\bquarter\\b").matcher(text);
        if (quarter.find() && has("volume|level|music|loud")) {
            return 0.25;
        }
        Matcher decimal = Pattern.compile("(?:to|at|=)\\s*(0?\\.\\d+|1\\.\\d+|1|2)(?![\\d.]|\\s*(?:x|times|seconds?|minutes?))").matcher(text);
        if (decimal.find() && has("volume|level|gain")) {
            return Double.parseDouble(decimal.group(1));
        }
        return null;
    }

    /** A speed factor said ("1.5x", "1.5 times as fast", "speed 0.9"); null when none. */
    Double factor() {
        Matcher m = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(?:x\\b|×|times\\b|倍)").matcher(text);
        if (m.find()) {
            return Double.parseDouble(m.group(1));
        }
        Matcher speed = Pattern.compile("(?:speed|pace|rate|语速)\\D{0,12}?(0\\.\\d+|1\\.\\d+|1|2)(?![\\d.%])").matcher(text);
        return speed.find() ? Double.parseDouble(speed.group(1)) : null;
    }

    /** The quoted texts in this clause, in order. */
    List<String> quotes() {
        List<String> quotes = new ArrayList<>();
        Matcher m = Pattern.compile("\u00ab(\\d+)\u00bb").matcher(text);
        while (m.find()) {
            quotes.add(source.quote(Integer.parseInt(m.group(1))));
        }
        return quotes;
    }

    /** The clause's words (letters and digits), for matching content. */
    List<String> words() {
        return List.of(text.replaceAll("\u00ab\\d+\u00bb", " ").split("[^a-z0-9\\p{IsHan}]+"));
    }
}
