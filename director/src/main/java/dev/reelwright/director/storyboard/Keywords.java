package dev.reelwright.director.storyboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks each scene's telling words: frequent in the scene, rare across the script (TF-IDF),
 * first appearance breaking ties. Chinese and Japanese use character pairs for words.
 */
final class Keywords {
    private static final int PER_SCENE = 5;

    private Keywords() {
    }

    static List<List<String>> forScenes(List<String> narrations) {
        List<Map<String, Integer>> counts = new ArrayList<>();
        Map<String, Integer> scenesWith = new HashMap<>();
        Map<String, Integer> cjkTotals = new HashMap<>();
        narrations.forEach(n -> Words.cjkPairs(n).forEach(pair -> cjkTotals.merge(pair, 1, Integer::sum)));
        for (String narration : narrations) {
            Map<String, Integer> count = new LinkedHashMap<>();
            List<String> terms = new ArrayList<>(Words.of(narration).stream().filter(Words::meaningful).toList());
            terms.addAll(Words.cjkPairs(narration));
            terms.forEach(term -> count.merge(term, 1, Integer::sum));
            count.keySet().forEach(term -> scenesWith.merge(term, 1, Integer::sum));
            counts.add(count);
        }
        List<List<String>> keywords = new ArrayList<>();
        for (Map<String, Integer> count : counts) {
            List<String> order = new ArrayList<>(count.keySet());
            Map<String, Double> score = new HashMap<>();
            for (String term : order) {
                Integer total = cjkTotals.get(term);
                if (total != null) {
                    // Character pairs that recur through the script are its words; one-off pairs straddle two.
                    score.put(term, count.get(term) * (double) total);
                } else {
                    double idf = Math.log(1 + narrations.size() / (double) scenesWith.get(term));
                    score.put(term, count.get(term) * idf + term.length() * 0.01);
                }
            }
            List<String> ranked = new ArrayList<>(order);
            ranked.sort(Comparator.comparingDouble((String t) -> -score.get(t)).thenComparingInt(order::indexOf));
            keywords.add(List.copyOf(ranked.subList(0, Math.min(PER_SCENE, ranked.size()))));
        }
        return keywords;
    }

    /** Words in -ly that are things, not manners. */
    private static final java.util.Set<String> NOT_ADVERBS = java.util.Set.of("family", "italy", "july", "supply", "reply", "butterfly",
            "assembly", "jelly", "belly", "rally", "holly", "lily", "anomaly", "monopoly", "ally");

    /** Words before a noun: a run that follows one names a thing ("the beans"). */
    private static final java.util.Set<String> DETERMINERS = java.util.Set.of("the", "a", "an", "your", "our", "my", "their", "its",
            "his", "her", "this", "these", "those", "every", "each", "some", "any", "no");
    /** Words before a verb: a run that follows one is an action ("it weighs"), a weak thing to show. */
    private static final java.util.Set<String> SUBJECTS = java.util.Set.of("it", "he", "she", "we", "they", "you", "i", "that",
            "which", "who");

    /**
     * Common verbs as a script uses them ("the carafe keeps coffee hot", "the app shows"): a run
     * of meaningful words ends before one, so that a phrase names a thing, not half an action.
     * Only forms that are rarely nouns, and none of {@link Words#STOP}, which end runs already;
     * an unknown verb simply stays in its run.
     */
    private static final java.util.Set<String> VERBS = java.util.Set.of(
            "keeps", "kept", "wants", "wanted", "needs", "needed", "knows", "knew", "learns", "learned", "learnt",
            "takes", "took", "taken", "makes", "gives", "gave", "given", "gets", "helps", "helped", "brings",
            "brought", "feels", "felt", "seems", "seemed", "becomes", "became", "stays", "stayed", "turns", "turned",
            "starts", "started", "stops", "stopped", "tells", "told", "saves", "saved", "finds", "found", "grows",
            "grew", "grown", "weighs", "weighed", "grinds", "heats", "heated", "goes", "went", "comes", "came",
            "sees", "saw", "seen", "says", "said", "thinks", "thought", "buys", "bought", "loves", "loved", "uses",
            "tries", "tried", "puts", "shows", "showed", "shown", "ships", "shipped", "ordered", "builds", "built",
            "creates", "created", "allows", "allowed", "offers", "offered", "includes", "included", "means", "meant",
            "leaves", "holds", "held", "brews", "brewed", "worked", "runs", "ran", "sends", "sent", "reads", "wrote",
            "writes", "written", "called", "asks", "asked", "changed", "lasts", "lasted");

    /**
     * A phrase to show on screen or to search pictures by: the run (up to four words) of
     * meaningful words in a sentence, as written, that is longest, counting a run that follows
     * "the", "your" ... as a word longer and one that follows "it", "we" ... as a word shorter, so
     * things win over actions; the first such run on a tie. Runs end at commas and before verbs.
     */
    static String keyPhrase(String sentence) {
        if (dev.reelwright.director.voice.Language.of(sentence).equals("en")) {
            List<String[]> tagged = dev.reelwright.director.voice.MaryVoice.partsOfSpeech(sentence);
            String named = NounPhrases.best(tagged);
            if (named != null) {
                return named;
            }
            String whole = strip(sentence.strip());
            if (!tagged.isEmpty() && whole.split("\\s+").length <= 4) {
                return whole; // "along the way.": no thing in it to name; the words themselves, not a fragment
            }
        }
        return runOfWords(sentence);
    }

    /** Without a tagger (other languages, or no engine): the longest run of meaningful words, ended by verbs and adverbs. */
    private static String runOfWords(String sentence) {
        String[] tokens = sentence.replaceAll("[\"“”‘’()\\[\\]]", "").split("\\s+");
        int bestStart = 0;
        int bestLength = 0;
        double bestScore = 0;
        int runStart = 0;
        for (int i = 0; i <= tokens.length; i++) {
            boolean meaningful = i < tokens.length && Words.meaningful(lower(tokens[i])) && !VERBS.contains(lower(tokens[i]))
                    && !lower(tokens[i]).matches("[a-z]{3,}ly") || i < tokens.length && NOT_ADVERBS.contains(lower(tokens[i]));
            boolean breaksHere = i > 0 && i <= tokens.length && tokens[i - 1].matches(".*[,;:.!?]$");
            if (!meaningful || breaksHere) {
                int length = Math.min(4, i - runStart);
                String before = runStart > 0 ? lower(tokens[runStart - 1]) : "";
                double score = length == 0 ? 0 : length + (DETERMINERS.contains(before) ? 1 : SUBJECTS.contains(before) ? -0.5 : 0);
                if (score > bestScore) {
                    bestStart = runStart;
                    bestLength = length;
                    bestScore = score;
                }
                runStart = meaningful ? i : i + 1;
            }
        }
        if (bestLength == 0) {
            String trimmed = sentence.strip();
            return trimmed.length() <= 40 ? strip(trimmed) : strip(trimmed.substring(0, trimmed.lastIndexOf(' ', 40) > 0
                    ? trimmed.lastIndexOf(' ', 40) : 40));
        }
        List<String> phrase = new ArrayList<>();
        for (int i = bestStart; i < bestStart + bestLength; i++) {
            phrase.add(strip(tokens[i]));
        }
        return String.join(" ", phrase);
    }

    private static String lower(String token) {
        return strip(token).toLowerCase(java.util.Locale.ROOT);
    }

    private static String strip(String token) {
        return token.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
    }
}
