package dev.reelwright.agent.parse;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Words for the things people name in both languages: moods, colours, palettes, fonts, transitions, platforms. */
final class Vocab {
    private Vocab() {
    }

    /** The music moods and what people call them, most specific first. */
    static final List<Term> MOODS = ordered(
            "lo-?fi|lofi|chill ?hop|chill beats|study beats|lo fi|低保真|lofi风", "lofi",
            "corporate|business(?:-?y)?|professional|investors?|商务|企业|专业|正式", "corporate",
            "dramatic|epic|cinematic|intense|suspense(?:ful)?|dark|powerful|orchestral|trailer|史诗|震撼|紧张|电影感|大气|激昂|悬疑|戏剧|张力|紧迫", "dramatic",
            "calm|calmer|relax(?:ing|ed)?|chill|soft|softer|gentle|peaceful|ambient|soothing|mellow|quiet(?:er)? music|slow(?:er)?|piano|舒缓|平静|安静|轻柔|放松|温柔|柔和|抒情|慢一点的", "calm",
            "upbeat|happy|happier|energetic|cheerful|fun|lively|bright|positive|uplifting|peppy|bouncy|faster|pop|dance|欢快|轻快|活泼|快乐|动感|开心|有活力|节奏感|热闹", "upbeat");

    static String mood(String text) {
        return first(MOODS, text);
    }

    /** The mood asked for: the last one named when a change names two ("swap the lofi track for something dramatic"). */
    static String wantedMood(String text) {
        String last = null;
        int at = -1;
        for (Term term : MOODS) {
            Matcher m = term.pattern().matcher(text);
            while (m.find()) {
                if (m.start() > at) {
                    at = m.start();
                    last = term.value();
                }
            }
        }
        return last;
    }

    /** Named colours, as the captions and text take them. */
    static final List<Term> COLOURS = ordered(
            "white|白色?", "#ffffff", "black|黑色?", "#000000", "yellow|黄色?", "#ffd400", "red|红色?", "#ff3b30",
            "blue|蓝色?", "#2f80ed", "green|绿色?", "#27ae60", "orange|橙色?|橘色", "#ff9500", "pink|粉色?|粉红", "#ff6fae",
            "purple|violet|紫色?", "#9b51e0", "gr[ae]y|灰色?", "#9e9e9e", "gold(?:en)?|金色?", "#f2c94c", "cyan|teal|青色?", "#00bcd4",
            "sunset|夕阳|日落|晚霞", "#ffb347", "ocean|sea|海洋|大海", "#4fc3f7", "forest|森林", "#66bb6a");

    static String colour(String text) {
        Matcher hex = Pattern.compile("#[0-9a-fA-F]{6}\\b").matcher(text);
        return hex.find() ? hex.group().toLowerCase(java.util.Locale.ROOT) : first(COLOURS, text);
    }

    /**
     * Every colour named, in order: "red captions with a white outline" gives red, white. A hex code
     * right after a name says which shade: "yellow #ffff00" is #ffff00, once.
     */
    static List<String> colours(String text) {
        record Found(int start, int end, String value, boolean hex) {
        }
        List<Found> found = new java.util.ArrayList<>();
        for (Term term : COLOURS) {
            Matcher m = term.pattern().matcher(text);
            while (m.find()) {
                found.add(new Found(m.start(), m.end(), term.value(), false));
            }
        }
        Matcher hex = Pattern.compile("#[0-9a-fA-F]{6}\\b").matcher(text);
        while (hex.find()) {
            found.add(new Found(hex.start(), hex.end(), hex.group().toLowerCase(java.util.Locale.ROOT), true));
        }
        found.sort(java.util.Comparator.comparingInt(Found::start));
        List<String> colours = new java.util.ArrayList<>();
        Found before = null;
        for (Found each : found) {
            if (each.hex() && before != null && !before.hex() && text.substring(before.end(), each.start()).matches("[\\s(:=,-]{0,3}")) {
                colours.set(colours.size() - 1, each.value());
            } else {
                colours.add(each.value());
            }
            before = each;
        }
        return colours;
    }

    static final List<Term> PALETTES = ordered(
            "black (?:and|&) white|b ?& ?w|gr[ae]yscale|monochrome|no colou?rs?|desaturat\\w*|黑白|单色", "mono",
            "pastel|soft colou?rs?|muted|马卡龙|柔和的颜色|淡色", "pastel",
            "vivid|punchy|saturated|colou?rful|vibrant|bold colou?rs?|pop more|鲜艳|饱和|浓烈", "vivid",
            "warm(?:er)?|cozy|golden|暖|温暖", "warm",
            "cool(?:er)?|cold(?:er)?|blue(?:r|ish)?|icy|冷|冷色|清冷", "cool",
            "dark(?:er)?|moody|night|深色|暗|黑色背景|深一点", "dark",
            "bright(?:er)?|light(?:er)?|airy|明亮|亮一点|亮色|浅色", "bright");

    static String palette(String text) {
        return first(PALETTES, text);
    }

    static final List<Term> FONTS = ordered(
            "sans[- ]?serif|sans|plain|clean|modern|helvetica|arial|无衬线|黑体", "sans",
            "mono(?:space|spaced)?|typewriter|code|courier|等宽|打字机", "mono",
            "serif|classic|elegant|times|book|衬线|宋体|优雅", "serif");

    static String font(String text) {
        return first(FONTS, text);
    }

    static final List<Term> TRANSITIONS = ordered(
            "no transitions?|without transitions?|hard cuts?|straight cuts?|jump cuts?|just cuts?|remove (?:the |all )?transitions?|"
                    + "get rid of (?:the |all )?transitions?|no fades?|不要转场|去掉转场|取消转场|直接切|硬切", "none",
            "through black|dip to black|fade to black|black|黑场|黑色过渡", "black",
            "wipes?|擦除|划像", "wipe", "slides?|push|滑动|推入", "slide", "zoom(?:s|ing)?|缩放|推拉", "zoom",
            "cross-?fades?|cross-?dissolves?|dissolves?|fades?|淡入淡出|叠化|渐变|淡化", "fade");

    static String transition(String text) {
        return first(TRANSITIONS, text);
    }

    /** The aspect a platform or shape word asks for. */
    static final List<Term> ASPECTS = ordered(
            "4:5|4 ?x ?5|4 by 5|instagram (?:feed|portrait)|feed portrait|portrait post|小红书", "4:5",
            "9:16|9 ?x ?16|vertical|veritcal|portrait|tik ?tok|reels?|youtube shorts?|shorts|stories|story|snapchat|phone screen|upright|竖屏|竖版|竖的|抖音|快手|视频号", "9:16",
            "1:1|1 ?x ?1|square|instagram post|instagram grid|方形|正方形|方的", "1:1",
            "16:9|16 ?x ?9|widescreen|wide screen|horizontal|landscape|youtube(?! shorts?)|tv|desktop|横屏|横版|横的|宽屏|b站", "16:9");

    static String aspect(String text) {
        return first(ASPECTS, text);
    }

    /** A word pattern (whole words only) and what it stands for. */
    record Term(Pattern pattern, String value) {
    }

    /** The value of the term that comes first in {@code text}, or null. */
    static String first(List<Term> terms, String text) {
        int best = Integer.MAX_VALUE;
        String found = null;
        for (Term term : terms) {
            Matcher m = term.pattern().matcher(text);
            if (m.find() && m.start() < best) {
                best = m.start();
                found = term.value();
            }
        }
        return found;
    }

    private static List<Term> ordered(String... pairs) {
        List<Term> terms = new java.util.ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            terms.add(new Term(Pattern.compile("(?<![a-z])(?:" + pairs[i] + ")(?![a-z])"), pairs[i + 1]));
        }
        return List.copyOf(terms);
    }
}
