package dev.reelwright.pictures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the pictures that show what a text is about, in English or Chinese. A picture is known by
 * its label ("hot beverage", "热饮": the label's last word, its head, counts most) and its
 * keywords ("coffee", "咖啡"); English words meet in their common form ("bicycles" and "bicycle"),
 * Chinese terms are found inside the text. The text's key nouns weigh more than its other words,
 * and a picture that several of the text's words point at ("phone signal") beats one that only
 * one word points at.
 */
public final class PictureMatcher {
    /** A score from which a picture clearly shows what the text says. */
    public static final double GOOD = 4.0;

    private static final double LABEL_PHRASE = 4.0;
    private static final double LABEL_HEAD = 3.0;
    private static final double LABEL_WORD = 1.5;
    private static final double TAG = 2.0;
    private static final double ZH_LABEL = 4.0;
    private static final double ZH_TAG = 2.5;
    /** A one-character Chinese term (树, 山, 猫) is often the word itself, but also often part of another. */
    private static final double ZH_SINGLE = 1.2;
    private static final double KEY_WORD = 2.0;
    private static final double OTHER_WORD = 1.0;
    private static final double FURTHER_WORD = 0.6;

    /** Words that say nothing about what to show (and would match pictures tagged with them). */
    private static final Set<String> STOPWORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with", "from", "into", "over", "under",
            "about", "as", "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that", "these", "those", "there",
            "here", "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "they", "them", "their",
            "what", "which", "who", "whom", "how", "why", "when", "where", "not", "no", "yes", "do", "does", "did", "done", "have",
            "has", "had", "can", "could", "will", "would", "should", "may", "might", "must", "just", "so", "very", "too", "also",
            "than", "then", "now", "all", "any", "each", "every", "some", "more", "most", "much", "many", "one", "two", "first",
            "last", "new", "get", "got", "make", "made", "let", "lets", "go", "going", "way", "thing", "things", "time", "day",
            "good", "great", "best", "better", "up", "down", "out", "off", "top", "ok", "okay", "free", "cool", "face", "like",
            "really", "even", "still", "only", "own", "same", "other", "such", "again", "ever", "never", "always", "because",
            "small", "big", "little", "large", "long", "short", "simple", "easy", "hard", "fast", "slow", "high", "low", "old",
            "right", "left", "back", "next", "full", "empty", "real", "sure", "well", "lot", "lots", "second", "third", "fourth",
            "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "minute", "minutes", "hour", "hours", "week", "weeks", "year", "years", "something", "anything", "everything", "nothing",
            // Abstract nouns: nothing to show, and tags of pictures that show something else (coral: "climate change").
            "change", "changes", "difference", "problem", "solution", "reason", "result", "part", "kind", "bit", "step", "steps",
            "tip", "tips", "habit", "habits", "fact", "point", "matter", "case", "level", "amount", "number", "chance", "start",
            "end", "rest", "side", "sort", "type", "stuff", "everyone", "someone", "anyone", "follow");

    /** Script words the pictures' keywords do not use, to the words they do. */
    private static final Map<String, List<String>> SYNONYMS = Map.ofEntries(
            Map.entry("smartphone", List.of("phone")), Map.entry("cellphone", List.of("phone")), Map.entry("app", List.of("phone")),
            Map.entry("startup", List.of("rocket")), Map.entry("launch", List.of("rocket")), Map.entry("deadline", List.of("hourglass")),
            Map.entry("sale", List.of("chart")), Map.entry("revenue", List.of("chart")), Map.entry("profit", List.of("money")),
            Map.entry("budget", List.of("money")), Map.entry("price", List.of("money")), Map.entry("customer", List.of("shopping")),
            Map.entry("email", List.of("e-mail")), Map.entry("inbox", List.of("e-mail")), Map.entry("meeting", List.of("calendar")),
            Map.entry("schedule", List.of("calendar")), Map.entry("security", List.of("lock")), Map.entry("password", List.of("lock")),
            Map.entry("data", List.of("chart")), Map.entry("analytics", List.of("chart")), Map.entry("workout", List.of("weight")),
            Map.entry("exercise", List.of("weight")), Map.entry("gym", List.of("weight")), Map.entry("nap", List.of("sleep")),
            Map.entry("insomnia", List.of("sleep")), Map.entry("bedroom", List.of("bed")), Map.entry("laptop", List.of("laptop")),
            Map.entry("wifi", List.of("signal")), Map.entry("internet", List.of("globe")), Map.entry("website", List.of("globe")),
            Map.entry("ocean", List.of("wave")), Map.entry("sea", List.of("wave")), Map.entry("beach", List.of("beach")),
            Map.entry("trip", List.of("airplane")), Map.entry("travel", List.of("airplane")), Map.entry("flight", List.of("airplane")),
            Map.entry("film", List.of("movie")), Map.entry("video", List.of("movie")), Map.entry("song", List.of("music")),
            Map.entry("grocery", List.of("cart")), Map.entry("supermarket", List.of("cart")),
            Map.entry("team", List.of("handshake")), Map.entry("partner", List.of("handshake")), Map.entry("deal", List.of("handshake")));

    private record Term(PictureEntry entry, double weight) {
    }

    private record ZhTerm(String text, PictureEntry entry, double weight) {
    }

    private final Map<String, List<Term>> english = new HashMap<>();
    private final Map<String, List<Term>> phrases = new HashMap<>();
    private final List<ZhTerm> chinese = new ArrayList<>();

    public PictureMatcher(PictureLibrary library) {
        for (PictureEntry entry : library.entries()) {
            index(entry);
        }
        // A keyword many pictures share ("night", "heart") says less about each than one few share ("coffee").
        english.replaceAll((form, terms) -> terms.stream().map(t -> t.weight() > TAG ? t
                : new Term(t.entry(), t.weight() * rarity(terms.size()))).toList());
    }

    /** 1 for a keyword at most three pictures share, falling slowly for more: 0.75 for ten, 0.6 for forty. */
    private static double rarity(int pictures) {
        return Math.min(1, 1 / (0.75 + 0.25 * Math.log(pictures)));
    }

    private void index(PictureEntry entry) {
        String label = entry.labelEn();
        String thing = label.contains(":") ? label.substring(0, label.indexOf(':')) : label;
        List<String> labelWords = Lemmas.words(thing).stream().filter(w -> !STOPWORDS.contains(w)).toList();
        for (int i = 0; i < labelWords.size(); i++) {
            add(english, labelWords.get(i), entry, i == labelWords.size() - 1 ? LABEL_HEAD : LABEL_WORD);
        }
        if (label.contains(":")) {
            // "flag: Japan": the country is what the picture shows.
            Lemmas.words(label.substring(label.indexOf(':') + 1)).forEach(w -> add(english, w, entry, LABEL_HEAD));
        }
        if (labelWords.size() > 1) {
            phrases.computeIfAbsent(phraseKey(labelWords), k -> new ArrayList<>()).add(new Term(entry, LABEL_PHRASE));
        }
        for (String tag : entry.tagsEn()) {
            for (String word : Lemmas.words(tag)) {
                if (!STOPWORDS.contains(word) && word.length() > 2) {
                    add(english, word, entry, TAG);
                }
            }
        }
        if (!entry.labelZh().isEmpty()) {
            chinese.add(new ZhTerm(entry.labelZh(), entry, entry.labelZh().length() >= 2 ? ZH_LABEL : ZH_SINGLE));
        }
        for (String tag : entry.tagsZh()) {
            if (!tag.isEmpty() && !tag.equals(entry.labelZh())) {
                chinese.add(new ZhTerm(tag, entry, tag.length() >= 2 ? ZH_TAG : ZH_SINGLE));
            }
        }
    }

    private static void add(Map<String, List<Term>> index, String word, PictureEntry entry, double weight) {
        for (String form : Lemmas.forms(word)) {
            List<Term> terms = index.computeIfAbsent(form, k -> new ArrayList<>());
            terms.removeIf(t -> t.entry() == entry && t.weight() <= weight);
            if (terms.stream().noneMatch(t -> t.entry() == entry)) {
                terms.add(new Term(entry, weight));
            }
        }
    }

    private static String phraseKey(List<String> words) {
        return String.join(" ", words.stream().map(Lemmas::lemma).toList());
    }

    /**
     * The pictures for {@code text}, best first, at most {@code max}, each scoring above zero.
     *
     * @param keyWords the text's most telling words (its key nouns), which count double
     */
    public List<PictureMatch> match(String text, List<String> keyWords, int max) {
        Set<String> keys = new LinkedHashSet<>();
        for (String key : keyWords) {
            for (String word : Lemmas.words(key)) {
                keys.add(Lemmas.lemma(word));
            }
        }
        Map<PictureEntry, Double> scores = new LinkedHashMap<>();
        Map<PictureEntry, List<double[]>> perWord = new LinkedHashMap<>();
        Map<PictureEntry, Set<String>> matched = new HashMap<>();
        List<String> words = Lemmas.words(text).stream().filter(w -> !STOPWORDS.contains(w)).toList();
        Set<String> seen = new LinkedHashSet<>();
        for (int position = 0; position < words.size(); position++) {
            String word = words.get(position);
            int at = position;
            String lemma = Lemmas.lemma(word);
            if (!seen.add(lemma)) {
                continue;
            }
            double wordWeight = keys.contains(lemma) ? KEY_WORD : OTHER_WORD;
            Map<PictureEntry, Double> best = new HashMap<>();
            List<String> looked = new ArrayList<>(Lemmas.forms(word));
            SYNONYMS.getOrDefault(lemma, List.of()).forEach(looked::add);
            for (String form : looked) {
                for (Term term : english.getOrDefault(form, List.of())) {
                    best.merge(term.entry(), term.weight(), Math::max);
                }
            }
            best.forEach((entry, weight) -> {
                perWord.computeIfAbsent(entry, e -> new ArrayList<>()).add(new double[] {weight * wordWeight, at});
                matched.computeIfAbsent(entry, e -> new LinkedHashSet<>()).add(word);
            });
        }
        // The best word counts whole; each further word the picture stands for a little over half, or
        // whole when it stands next to another of them ("phone signal": one thing named by two words).
        perWord.forEach((entry, hits) -> {
            hits.sort(Comparator.comparingDouble((double[] h) -> h[0]).reversed());
            double score = 0;
            for (int i = 0; i < hits.size(); i++) {
                double position = hits.get(i)[1];
                boolean compound = hits.stream().anyMatch(h -> Math.abs(h[1] - position) == 1);
                score += hits.get(i)[0] * (i == 0 || compound ? 1 : FURTHER_WORD);
            }
            scores.put(entry, score);
        });
        for (int i = 0; i + 1 < words.size(); i++) {
            for (int n = 2; n <= 3 && i + n <= words.size(); n++) {
                List<String> run = words.subList(i, i + n);
                for (Term term : phrases.getOrDefault(phraseKey(run), List.of())) {
                    scores.merge(term.entry(), term.weight() * KEY_WORD, Double::sum);
                    matched.computeIfAbsent(term.entry(), e -> new LinkedHashSet<>()).add(String.join(" ", run));
                }
            }
        }
        matchChinese(text, keyWords, scores, matched);
        List<PictureMatch> ranked = new ArrayList<>();
        scores.forEach((entry, score) -> ranked.add(new PictureMatch(entry, score * kindWeight(entry),
                List.copyOf(matched.getOrDefault(entry, Set.of())))));
        // Of pictures the text points at equally, the plainest: "mountain" before "snow-capped mountain".
        ranked.sort(Comparator.comparingDouble((PictureMatch m) -> m.score() - 0.05 * m.entry().labelEn().split("[ :]+").length)
                .reversed().thenComparing(m -> m.entry().name()));
        return ranked.subList(0, Math.min(max, ranked.size()));
    }

    private void matchChinese(String text, List<String> keyWords, Map<PictureEntry, Double> scores, Map<PictureEntry, Set<String>> matched) {
        if (text.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return;
        }
        Map<PictureEntry, Double> best = new HashMap<>();
        for (ZhTerm term : chinese) {
            if (text.contains(term.text())) {
                boolean key = keyWords.stream().anyMatch(k -> k.contains(term.text()) || term.text().contains(k) && k.length() >= 2);
                double weight = term.weight() * (key ? KEY_WORD : OTHER_WORD) * (term.text().length() >= 3 ? 1.2 : 1.0);
                if (best.merge(term.entry(), weight, Math::max) == weight) {
                    matched.computeIfAbsent(term.entry(), e -> new LinkedHashSet<>()).add(term.text());
                }
            }
        }
        best.forEach((entry, weight) -> scores.merge(entry, weight, Double::sum));
    }

    /** Faces and symbols show a feeling or a sign more than a thing: they give way to things when both match. */
    private static double kindWeight(PictureEntry entry) {
        if (entry.labelEn().startsWith("no ") || entry.labelEn().startsWith("non-")) {
            // "no bicycles", "non-potable water": a sign against the thing, not the thing.
            return 0.5;
        }
        if (entry.labelEn().startsWith("man ") || entry.labelEn().startsWith("woman ")) {
            // "man climbing", "woman climbing": the same as "person climbing", which says less about who.
            return 0.95;
        }
        return switch (entry.group()) {
            case FACES -> 0.7;
            case SYMBOLS -> 0.85;
            case FLAGS -> 0.8;
            default -> 1.0;
        };
    }
}
