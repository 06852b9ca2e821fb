package dev.reelwright.director.storyboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The noun phrase that best names what an English sentence shows, from its words' parts of speech
 * (Penn tags): adjectives and nouns ending in a noun ("the stone oven" → "stone oven", "Rise and
 * Shine Bakery"), never a fragment ending on a verb or an adverb ("path really looks"). More nouns
 * win, a name (NNP) a little more, and a phrase after "the", "our", "in" ... (a thing named as
 * such) a little more again; the first on a tie.
 */
final class NounPhrases {
    private static final int MOST_WORDS = 4;
    /** Verbs a tagger sometimes reads as nouns after a noun ("mint need only light"): they end a phrase. */
    private static final Set<String> VERBS = Set.of("need", "love", "make", "keep", "take", "give", "help", "want", "like", "bring",
            "turn", "start", "stop", "show", "look", "feel", "grow", "run", "work", "use", "get", "go", "come", "play", "move", "fill");

    /** Nouns that name no thing to show: times, places said as adverbs, indefinite pronouns. */
    private static final Set<String> NOT_THINGS = Set.of("today", "tonight", "tomorrow", "yesterday", "now", "home", "everything",
            "something", "nothing", "anything", "everyone", "someone", "anyone", "hours", "hour", "minutes", "minute", "seconds", "second",
            "days", "day", "weeks", "week", "months", "month", "years", "year", "times", "time", "way", "lot", "bit", "kind", "kinds",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    /** Sentence-initial words a tagger may read as a name but which start an instruction ("Dim the lights", "Grow herbs"). */
    private static final Set<String> IMPERATIVES = Set.of("dim", "grow", "visit", "try", "join", "discover", "meet", "order", "book",
            "call", "find", "explore", "enjoy", "build", "add", "plant", "pick", "choose", "download", "sign", "subscribe", "share",
            "watch", "listen", "read", "learn", "buy", "shop", "save", "cook", "bake", "brew", "mix", "pour", "wash", "clean", "open",
            "close", "press", "tap", "click", "follow", "check", "remember", "imagine", "picture", "drink", "eat", "walk", "ride", "swim");
    /** Tags that start what follows a verb: a determiner, a preposition, a pronoun, an adverb. */
    private static final Set<String> OBJECT_STARTS = Set.of("DT", "IN", "PRP", "PRP$", "RB", "RP", "TO", "NN");

    private NounPhrases() {
    }

    /** @param tagged each word and its tag; null when no noun phrase is in it */
    static String best(List<String[]> tagged) {
        String best = null;
        double bestScore = 0;
        List<String[]> run = new ArrayList<>();
        String before = "";
        for (int i = 0; i <= tagged.size(); i++) {
            String[] token = i < tagged.size() ? tagged.get(i) : null;
            String tag = token == null ? "" : token[1];
            String next = i + 1 < tagged.size() ? tagged.get(i + 1)[1] : "";
            String previous = run.isEmpty() ? "" : run.get(run.size() - 1)[1];
            String word = token == null ? "" : token[0].toLowerCase(Locale.ROOT);
            boolean noun = tag.startsWith("NN") && !(previous.startsWith("NN") && VERBS.contains(word)) && !NOT_THINGS.contains(word)
                    && !(i == 0 && (VERBS.contains(word) || IMPERATIVES.contains(word)));
            if (noun && run.size() >= 1 && previous.equals("NN") && tag.equals("NNS") && OBJECT_STARTS.contains(next)) {
                // "the trail winds through", "the watch tracks your": a singular noun then an -s word before an object is noun + verb.
                noun = false;
            }
            boolean modifier = tag.startsWith("JJ") || tag.equals("POS") || (tag.equals("VBG") || tag.equals("VBN")) && next.startsWith("NN")
                    || tag.equals("CD") && (next.startsWith("NN") || next.equals("CD"));
            boolean joiner = tag.equals("CC") && previous.startsWith("NNP") && next.startsWith("NNP");
            if (token != null && (noun || modifier || joiner)) {
                run.add(token);
                continue;
            }
            List<String[]> phrase = trimmed(run);
            if (!phrase.isEmpty()) {
                double score = score(phrase, before);
                if (score > bestScore) {
                    best = words(phrase);
                    bestScore = score;
                }
            }
            run = new ArrayList<>();
            before = tag;
        }
        return best;
    }

    /** The run without what cannot end or start a name: it ends on a noun and has at most four words. */
    private static List<String[]> trimmed(List<String[]> run) {
        int end = run.size();
        while (end > 0 && !run.get(end - 1)[1].startsWith("NN")) {
            end--;
        }
        int start = Math.max(0, end - MOST_WORDS);
        while (start < end && (run.get(start)[1].equals("POS") || run.get(start)[1].equals("CC"))) {
            start++;
        }
        return run.subList(start, end);
    }

    private static double score(List<String[]> phrase, String before) {
        double score = 0;
        for (String[] token : phrase) {
            score += token[1].startsWith("NN") ? 1 : token[1].equals("POS") || token[1].equals("CC") ? 0 : 0.5;
        }
        if (phrase.stream().anyMatch(t -> t[1].startsWith("NNP"))) {
            score += 0.5;
        }
        if (Set.of("DT", "PRP$", "IN").contains(before)) {
            score += 0.5;
        }
        return score;
    }

    private static String words(List<String[]> phrase) {
        StringBuilder out = new StringBuilder();
        for (String[] token : phrase) {
            if (out.length() > 0 && !token[1].equals("POS")) {
                out.append(' ');
            }
            out.append(token[0]);
        }
        return out.toString();
    }
}
