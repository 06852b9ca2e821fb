package dev.reelwright.agent.parse;

import dev.reelwright.agent.TurnContext;
import dev.reelwright.agent.Upload;
import dev.reelwright.draft.Draft;
import dev.reelwright.draft.Segment;
import dev.reelwright.draft.TrackRole;
import dev.reelwright.draft.edit.Scene;
import dev.reelwright.draft.edit.Scenes;
import dev.reelwright.draft.edit.Texts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** What the words of a message can point at in the session: scenes by what they show, uploads by name, texts. */
public final class Refs {
    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("loaf", "bread"), Map.entry("loaves", "bread"), Map.entry("baguette", "bread"), Map.entry("espresso", "coffee"),
            Map.entry("latte", "coffee"), Map.entry("cafe", "coffee"), Map.entry("staff", "team"),
            Map.entry("crew", "team"), Map.entry("people", "team"), Map.entry("road", "street"),
            Map.entry("sea", "ocean"), Map.entry("shop", "bakery"), Map.entry("store", "bakery"), Map.entry("storefront", "bakery"),
            Map.entry("sunrise", "dawn"), Map.entry("morning", "dawn"), Map.entry("opening", "open"),
            Map.entry("sand", "dune"),
            Map.entry("jetty", "pier"), Map.entry("dock", "pier"), Map.entry("sundown", "sunset"), Map.entry("roasting", "roasted"),
            Map.entry("咖啡", "coffee"), Map.entry("面包", "bread"), Map.entry("烤箱", "oven"), Map.entry("团队", "team"),
            Map.entry("面包师", "baker"), Map.entry("街", "street"), Map.entry("街道", "street"), Map.entry("面包店", "bakery"),
            Map.entry("店", "bakery"), Map.entry("黎明", "dawn"), Map.entry("清晨", "dawn"), Map.entry("早上", "dawn"),
            Map.entry("海滩", "beach"), Map.entry("沙滩", "beach"), Map.entry("沙丘", "dune"), Map.entry("码头", "pier"),
            Map.entry("栈桥", "pier"), Map.entry("日落", "sunset"), Map.entry("夕阳", "sunset"), Map.entry("周末", "weekend"),
            Map.entry("咖啡豆", "coffee"), Map.entry("炉", "oven"), Map.entry("窑", "oven"));
    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "in", "on", "at", "to", "and", "or", "with", "for",
            "from", "is", "are", "it", "its", "this", "that", "one", "scene", "scenes", "clip", "clips", "shot", "shots",
            "part", "photo", "photos", "picture", "pictures", "image", "images", "slide", "video", "our", "us", "we",
            "who", "what", "they", "do", "every", "out", "comes", "love", "me", "my", "please", "where", "about", "there",
            "which", "your", "you", "be", "by", "into", "up", "down", "jpg", "png", "mp4", "mov", "media", "come", "go",
            "make", "get", "can", "could", "would", "should", "have", "has", "want", "like", "need", "show", "put", "take",
            "see", "look", "let", "use", "just", "really", "so", "very", "more", "less", "bit", "i", "don't", "dont",
            "not", "isn't", "needed", "start", "end", "last", "first", "next", "new", "also", "now", "here", "it's");

    /** Two-character words of requests that say nothing about a scene's content. */
    private static final Set<String> CHINESE_FILLER = Set.of("镜头", "场景", "一个", "那个", "这个", "删掉", "删除", "去掉", "片段", "画面",
            "照片", "换成", "放到", "开头", "结尾", "最后", "第一", "一点", "一下", "视频", "我们");

    private final TurnContext context;

    public Refs(TurnContext context) {
        this.context = context;
    }

    public Draft draft() {
        return context.draft();
    }

    public List<Upload> uploads() {
        return context.uploads();
    }

    public int sceneCount() {
        return context.draft() == null ? 0 : Scenes.numbered(context.draft()).size();
    }

    public List<Scene> scenes() {
        return context.draft() == null ? List.of() : Scenes.numbered(context.draft());
    }

    /** The scene at {@code timeMs}, or null. */
    public Integer sceneAt(long timeMs) {
        for (Scene scene : scenes()) {
            if (timeMs >= scene.fromMs() && timeMs < scene.toMs()) {
                return scene.number();
            }
        }
        return null;
    }

    /**
     * The scenes whose words best match {@code words} (their narration, keywords, key phrase,
     * picture's file name); several when they match equally, empty when none does.
     */
    public List<Integer> scenesAbout(List<String> words) {
        Set<String> asked = new HashSet<>();
        for (String word : words) {
            String w = stem(word);
            if (!w.isEmpty() && !STOP.contains(w)) {
                asked.add(SYNONYMS.getOrDefault(w, w));
            }
        }
        return bestScenes(asked, List.of());
    }

    /** Scenes by a Chinese description: known words it contains, and two-character words it shares with a scene's text. */
    public List<Integer> scenesAboutChinese(String text) {
        Set<String> matched = new HashSet<>();
        SYNONYMS.forEach((word, meaning) -> {
            if (Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.HAN && text.contains(word)) {
                matched.add(word);
            }
        });
        // 面包师 is not also 面包: a word inside a longer word that matched does not count.
        Set<String> asked = new HashSet<>();
        for (String word : matched) {
            if (matched.stream().noneMatch(other -> !other.equals(word) && other.contains(word))) {
                asked.add(SYNONYMS.get(word));
            }
        }
        List<String> pairs = new ArrayList<>();
        String han = text.replaceAll("[^\\p{IsHan}]+", " ");
        for (String run : han.split(" ")) {
            for (int i = 0; i + 2 <= run.length(); i++) {
                pairs.add(run.substring(i, i + 2));
            }
        }
        return bestScenes(asked, pairs);
    }

    private List<Integer> bestScenes(Set<String> asked, List<String> hanPairs) {
        List<Integer> best = new ArrayList<>();
        int bestScore = 0;
        for (Scene scene : scenes()) {
            Set<String> has = sceneWords(scene);
            Set<String> keys = keyWords(scene);
            int score = 0;
            for (String w : asked) {
                if (keys.contains(w)) {
                    score += 4;
                } else if (has.contains(w)) {
                    score += 2;
                }
            }
            String said = scene.text() == null ? "" : scene.text();
            for (String pair : hanPairs) {
                if (said.contains(pair) && !CHINESE_FILLER.contains(pair)) {
                    score += 1;
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best.clear();
            }
            if (score == bestScore && score > 0) {
                best.add(scene.number());
            }
        }
        return best;
    }

    /** The scene's key words (the director's keywords, the picture's name, the key phrase): a match on one counts double. */
    private Set<String> keyWords(Scene scene) {
        Set<String> keys = new HashSet<>();
        List<String> sources = new ArrayList<>(scene.keywords());
        if (scene.segment().source() != null) {
            String src = scene.segment().source();
            sources.add(src.substring(Math.max(src.lastIndexOf('/'), src.lastIndexOf(':')) + 1).replaceAll("\\.\\w+$", "").replaceAll("[_\\-]", " "));
        }
        for (String source : sources) {
            for (String word : source.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                String w = stem(word);
                if (!w.isEmpty() && !STOP.contains(w)) {
                    keys.add(SYNONYMS.getOrDefault(w, w));
                }
            }
        }
        return keys;
    }

    private Set<String> sceneWords(Scene scene) {
        Set<String> has = new HashSet<>();
        List<String> sources = new ArrayList<>();
        if (scene.text() != null) {
            sources.add(scene.text());
        }
        sources.addAll(scene.keywords());
        if (scene.segment().source() != null) {
            String src = scene.segment().source();
            sources.add(src.substring(Math.max(src.lastIndexOf('/'), src.lastIndexOf(':')) + 1).replaceAll("\\.\\w+$", "")
                    .replaceAll("[_\\-]", " "));
        }
        for (Texts.Item phrase : Texts.withRole(context.draft(), TrackRole.OVERLAY)) {
            Segment s = phrase.segment();
            if (s.startMs() >= scene.fromMs() && s.startMs() < scene.toMs()) {
                sources.add(phrase.text());
            }
        }
        for (String source : sources) {
            for (String word : source.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                String w = stem(word);
                if (!w.isEmpty() && !STOP.contains(w)) {
                    has.add(SYNONYMS.getOrDefault(w, w));
                }
            }
        }
        return has;
    }

    /** A word without its plural or possessive ending. */
    static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("'s$", "");
        if (SYNONYMS.containsKey(w)) {
            return w;
        }
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** Words that name a kind of file, not one file: "the voiceover" is not voiceover.mp3 unless said with its extension. */
    private static final Set<String> GENERIC_STEMS = Set.of("voiceover", "voice", "music", "audio", "recording", "narration", "video", "clip",
            "photo", "image", "picture", "script", "song", "track", "sound", "intro", "outro", "logo", "file", "vo", "bgm", "background",
            "title", "scene", "movie", "footage", "description", "product");

    /** Uploads named in the text, by file name or by the name without its extension ("the storefront clip"). */
    public List<Upload> uploadsNamed(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<Upload> named = new ArrayList<>();
        for (Upload upload : context.uploads()) {
            String stem = upload.stem();
            boolean byStem = stem.length() >= 3 && !GENERIC_STEMS.contains(stem)
                    && java.util.regex.Pattern.compile("(?<![a-z0-9])" + java.util.regex.Pattern.quote(stem.replace('_', ' ')) + "(?![a-z0-9])").matcher(lower).find();
            if (lower.contains(upload.name().toLowerCase(Locale.ROOT)) || byStem) {
                named.add(upload);
            }
        }
        return named;
    }

    /** Whether the draft already shows or plays this upload (then its name is also a way to point at the scene). */
    public boolean inDraft(Upload upload) {
        return context.draft() != null && context.draft().tracks().stream().flatMap(t -> t.segments().stream())
                .anyMatch(s -> upload.source().equals(s.source()));
    }

    public List<Upload> uploadsOf(Upload.Kind... kinds) {
        Set<Upload.Kind> wanted = Set.of(kinds);
        return context.uploads().stream().filter(u -> wanted.contains(u.kind())).toList();
    }

    /** Texts of a role, in time order. */
    public List<Texts.Item> texts(TrackRole role) {
        return context.draft() == null ? List.of() : Texts.withRole(context.draft(), role);
    }
}
