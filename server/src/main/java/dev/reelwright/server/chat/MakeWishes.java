package dev.reelwright.server.chat;

import dev.reelwright.director.captions.CaptionStyle;
import dev.reelwright.director.make.Aspect;
import dev.reelwright.director.music.Mood;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a chat message asks of a video made from a script: "turn my script into a vertical
 * 30-second video for TikTok with lo-fi music and karaoke captions: ...". The script is what
 * follows the first colon (or the first blank line), when it is more than a few words.
 *
 * @param script the script's text, or null when the message holds none
 * @param aspect null to keep the default (16:9)
 * @param targetMs null when no length is asked for
 * @param music null for the mood the script suggests
 * @param musicOff "no music", "without music"
 * @param captions null for the default style
 */
public record MakeWishes(String script, Aspect aspect, Long targetMs, Mood music, boolean musicOff, CaptionStyle captions) {
    private static final Pattern SECONDS = Pattern.compile("\\b(\\d{1,4})\\s*-?\\s*(s|sec|secs|second|seconds)\\b");
    private static final Pattern MINUTES = Pattern.compile("\\b(\\d{1,2}(?:\\.\\d)?)\\s*-?\\s*(min|mins|minute|minutes)\\b");
    private static final Pattern MUSIC = Pattern.compile("\\b(lo-?fi|upbeat|calm|corporate|dramatic)\\b(?:\\s+\\w+){0,2}?\\s+(music|bgm|track|beat|soundtrack)");
    private static final int MIN_SCRIPT_WORDS = 4;

    /** A "make a video" request, as opposed to anything else said in the chat. */
    public static boolean isMakeRequest(String message) {
        String lower = message.toLowerCase(Locale.ROOT);
        return lower.matches("(?s).*\\b(turn|make|create|generate|produce|convert|build)\\b.{0,80}\\b(video|reel|short|tiktok|clip)\\b.*");
    }

    public static MakeWishes parse(String message) {
        String request = message;
        String script = null;
        int colon = message.indexOf(':');
        int blank = message.indexOf("\n\n");
        int cut = colon >= 0 && (blank < 0 || colon < blank) ? colon : blank;
        if (cut >= 0) {
            String rest = message.substring(cut + 1).strip();
            if (rest.split("\\s+").length >= MIN_SCRIPT_WORDS) {
                script = unquote(rest);
                request = message.substring(0, cut);
            }
        }
        String lower = request.toLowerCase(Locale.ROOT);
        return new MakeWishes(script, aspect(lower), length(lower), mood(lower), lower.matches("(?s).*\\b(no|without)\\s+(any\\s+)?music\\b.*"),
                captions(lower));
    }

    private static String unquote(String text) {
        for (String quote : new String[] {"\"\"\"", "\"", "\u201c", "'''"}) {
            String close = quote.equals("\u201c") ? "\u201d" : quote;
            if (text.startsWith(quote) && text.endsWith(close) && text.length() > quote.length() + close.length()) {
                return text.substring(quote.length(), text.length() - close.length()).strip();
            }
        }
        return text;
    }

    private static Aspect aspect(String request) {
        if (request.matches("(?s).*\\b(vertical|portrait|9:16|tiktok|tik tok|reels?|shorts|story|stories)\\b.*")) {
            return Aspect.PORTRAIT;
        }
        if (request.matches("(?s).*\\b(square|1:1)\\b.*")) {
            return Aspect.SQUARE;
        }
        if (request.matches("(?s).*\\b(4:5|feed post|instagram post)\\b.*")) {
            return Aspect.FEED;
        }
        if (request.matches("(?s).*\\b(horizontal|landscape|16:9|widescreen|youtube)\\b.*")) {
            return Aspect.LANDSCAPE;
        }
        return null;
    }

    private static Long length(String request) {
        Matcher seconds = SECONDS.matcher(request);
        if (seconds.find()) {
            long ms = Long.parseLong(seconds.group(1)) * 1000;
            return ms >= 3_000 && ms <= 600_000 ? ms : null;
        }
        Matcher minutes = MINUTES.matcher(request);
        if (minutes.find()) {
            long ms = Math.round(Double.parseDouble(minutes.group(1)) * 60_000);
            return ms >= 3_000 && ms <= 600_000 ? ms : null;
        }
        return null;
    }

    private static Mood mood(String request) {
        Matcher music = MUSIC.matcher(request);
        return music.find() ? Mood.named(music.group(1).replace("-", "")) : null;
    }

    private static CaptionStyle captions(String request) {
        if (request.matches("(?s).*\\b(no|without)\\s+(captions|subtitles)\\b.*")) {
            return CaptionStyle.NONE;
        }
        for (CaptionStyle style : CaptionStyle.values()) {
            String name = style.name().toLowerCase(Locale.ROOT);
            if (style != CaptionStyle.NONE && request.matches("(?s).*\\b" + name + "\\s+(captions|subtitles)\\b.*")) {
                return style;
            }
        }
        return null;
    }
}
