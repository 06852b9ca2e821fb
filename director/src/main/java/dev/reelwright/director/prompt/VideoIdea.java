package dev.reelwright.director.prompt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A one-line idea read for what it asks: its length, its subject, where it happens (when said)
 * and the words that choose its kind and style.
 *
 * @param setting the place the idea names ("in Tokyo at night"), or null
 */
record VideoIdea(String text, long durationMs, String subject, String setting, List<String> words) {
    static final long DEFAULT_MS = 15_000;
    private static final Pattern DURATION = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)\\s*-?\\s*(seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SETTING = Pattern.compile("\\b(?:in|at|on|by|under|inside|across|through)\\s+((?:the\\s+|a\\s+)?[^,.;]+)",
            Pattern.CASE_INSENSITIVE);
    /** "a showcase of a smartwatch" is about the smartwatch. */
    private static final Pattern OF_SUBJECT = Pattern.compile(
            "\\b(?:of|featuring|for)\\s+(?:a\\s+|an\\s+|the\\s+|my\\s+|our\\s+)?([\\p{L}\\p{N}' -]+?)(?=\\s+with\\b|\\s*[,.;]|\\s*$)",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> NOT_SUBJECT = Set.of("a", "an", "the", "video", "clip", "film", "short", "showcase", "ad",
            "advert", "commercial", "promo", "spot", "shot", "shots", "footage", "lighting", "style", "look", "with", "about",
            "for", "of", "and", "to", "that", "which", "featuring", "showing", "make", "create", "generate", "me", "my", "our",
            "second", "seconds", "minute", "minutes", "long", "quick", "vertical", "horizontal", "tiktok", "reel", "reels",
            "youtube", "instagram", "teaser", "trailer", "scene", "story", "cinematic", "minimal", "minimalist", "retro", "vintage",
            "neon", "documentary", "bright", "anime", "moody", "epic", "dramatic", "clean", "simple", "elegant", "playful", "fun",
            "colorful", "colourful", "futuristic", "cyberpunk", "realistic", "authentic", "raw", "natural", "handheld", "happy",
            "energetic", "nostalgic", "4k", "hd", "high", "quality");

    static VideoIdea read(String idea) {
        String text = idea.strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("the idea is empty; describe the video in a few words");
        }
        if (text.length() > 2_000) {
            throw new IllegalArgumentException("the idea is over 2,000 characters; a line or a short paragraph is enough");
        }
        long durationMs = DEFAULT_MS;
        Matcher duration = DURATION.matcher(text);
        String rest = text;
        if (duration.find()) {
            double amount = Double.parseDouble(duration.group(1));
            String unit = duration.group(2).toLowerCase(Locale.ROOT);
            durationMs = Math.round(amount * (unit.startsWith("h") ? 3_600_000 : unit.startsWith("m") ? 60_000 : 1_000));
            if (durationMs < 3_000 || durationMs > 300_000) {
                throw new IllegalArgumentException("a video prompt covers 3 seconds to 5 minutes (the idea asks for "
                        + duration.group().strip() + ")");
            }
            rest = text.substring(0, duration.start()) + " " + text.substring(duration.end());
        }
        String setting = null;
        Matcher place = SETTING.matcher(rest);
        if (place.find()) {
            String found = place.group(1).replaceAll("\\s+with\\s.*$", "").strip();
            if (!found.isEmpty() && found.split(" ").length <= 8) {
                setting = found;
                rest = rest.substring(0, place.start()) + " " + rest.substring(place.end());
            }
        }
        List<String> words = words(text);
        return new VideoIdea(text, durationMs, subject(rest), setting, words);
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** The first run of telling words: "a 30-second product showcase with cinematic lighting" gives "product". */
    private static String subject(String rest) {
        Matcher of = OF_SUBJECT.matcher(rest);
        if (of.find() && of.group(1).split(" ").length <= 4) {
            return of.group(1).strip();
        }
        List<String> run = new ArrayList<>();
        for (String word : rest.split("[\\s,;:.!?]+")) {
            String plain = word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}'-]", "");
            if (plain.isEmpty() || NOT_SUBJECT.contains(plain) || plain.matches("\\d+(-second|-minute|s)?")) {
                if (!run.isEmpty()) {
                    break;
                }
                continue;
            }
            if (!run.isEmpty() && plain.endsWith("ing")) {
                break;
            }
            run.add(word.replaceAll("[^\\p{L}\\p{N}'-]", ""));
            if (run.size() == 4) {
                break;
            }
        }
        return run.isEmpty() ? "the subject" : String.join(" ", run);
    }
}
