package dev.reelwright.director.make;

import dev.reelwright.director.script.Script;
import dev.reelwright.director.script.ScriptBlock;
import dev.reelwright.director.storyboard.Storyboard;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Shortens a script to a length by leaving sentences out: never the opening (the hook) nor the
 * call to action; of the rest, first those that say least that the others do not say too (their
 * words are common in the script, or few), until the narration fits.
 */
final class Condenser {
    private static final Set<String> COMMON = Set.of("the", "and", "that", "this", "with", "your", "you", "for", "are", "was", "but",
            "have", "has", "they", "their", "from", "what", "when", "will", "can", "just", "more", "also", "into", "about", "than",
            "then", "them", "there", "these", "those", "very", "our", "its", "it's", "all", "any", "one", "out", "not", "even",
            "every", "each", "how", "who", "which", "would", "could", "should", "make", "makes", "get", "gets", "here", "now");

    /** What is left out: the sentences (as the storyboard cut them), in the order they were in. */
    record Cut(List<String> dropped, List<String> pieces, int sentences, long naturalMs) {
        Cut {
            dropped = List.copyOf(dropped);
            pieces = List.copyOf(pieces);
        }

        String message(long targetMs) {
            StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                    "to fit %.0f s, left out %d of %d sentences:", targetMs / 1000.0, dropped.size(), sentences));
            for (String sentence : dropped) {
                text.append(" \u201c").append(sentence).append('\u201d');
            }
            return text.append(String.format(Locale.ROOT, " (every sentence, about %.0f s: --fit all)", naturalMs / 1000.0)).toString();
        }
    }

    /** A whole sentence, with the pieces the storyboard cut it into. */
    private record Sentence(int index, String text, List<String> pieces, long ms, Set<String> words) {
    }

    /** "First, ...", "Step 2", "3." and the like: the sentences that number a script's points. */
    private static final java.util.regex.Pattern ENUMERATES = java.util.regex.Pattern.compile(
            "(?i)^(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|then|finally|lastly"
                    + "|last|step \\d+|tip \\d+|number \\d+|\\d+[.):]|第[一二三四五六七八九十\\d]+|首先|其次|然后|最后)\\b.*");

    private Condenser() {
    }

    /**
     * The sentences to leave out of {@code board} so {@code narration} (its spoken form) comes within
     * {@code targetMs}. A sentence the storyboard cut into pieces goes whole or stays whole.
     */
    static Cut cut(Script script, Storyboard board, Narration narration, long targetMs) {
        List<Sentence> sentences = new ArrayList<>();
        List<String> pieces = new ArrayList<>();
        long pieceMs = 0;
        for (SpokenScene scene : narration.scenes()) {
            List<String> texts = scene.scene().sentences();
            long sceneMs = scene.durationMs() + Narrator.GAP_MS;
            int chars = Math.max(1, texts.stream().mapToInt(String::length).sum());
            for (String text : texts) {
                pieces.add(text);
                pieceMs += sceneMs * text.length() / chars;
                if (text.strip().matches("(?s).*[.!?\u3002\uff01\uff1f\u2026][\"'\u201d\u2019)]*$")) {
                    String whole = String.join(" ", pieces);
                    sentences.add(new Sentence(sentences.size(), whole, List.copyOf(pieces), pieceMs, words(whole)));
                    pieces.clear();
                    pieceMs = 0;
                }
            }
        }
        if (!pieces.isEmpty()) {
            String whole = String.join(" ", pieces);
            sentences.add(new Sentence(sentences.size(), whole, List.copyOf(pieces), pieceMs, words(whole)));
        }
        Set<String> leads = paragraphLeads(script);
        Map<String, Integer> seenIn = new HashMap<>();
        sentences.forEach(s -> s.words().forEach(w -> seenIn.merge(w, 1, Integer::sum)));
        int last = callToAction(sentences, board.callToAction());
        List<Sentence> droppable = new ArrayList<>(sentences.stream().filter(s -> s.index() != 0 && s.index() != last).toList());
        droppable.sort(Comparator.comparingDouble((Sentence s) -> worth(s, seenIn, sentences.size(), leads)).thenComparing(s -> -s.index()));
        long total = narration.totalMs();
        Set<Sentence> dropped = new HashSet<>();
        for (Sentence sentence : droppable) {
            if (total <= targetMs) {
                break;
            }
            dropped.add(sentence);
            total -= sentence.ms();
        }
        List<String> inOrder = sentences.stream().filter(dropped::contains).map(Sentence::text).toList();
        List<String> droppedPieces = sentences.stream().filter(dropped::contains).flatMap(sn -> sn.pieces().stream()).toList();
        return new Cut(inOrder, droppedPieces, sentences.size(), narration.totalMs());
    }

    /** The first sentence of each paragraph: where a script states its points, before explaining them. */
    private static Set<String> paragraphLeads(Script script) {
        Set<String> leads = new HashSet<>();
        for (ScriptBlock block : script.blocks()) {
            if (block instanceof ScriptBlock.Paragraph paragraph) {
                List<String> split = dev.reelwright.director.storyboard.SentenceSplitter.split(paragraph.text());
                if (!split.isEmpty()) {
                    leads.add(normal(split.get(0)));
                }
            }
        }
        return leads;
    }

    /**
     * How much a sentence carries: the rarer its words in the script, the more, per word (so long
     * sentences do not win by length); more for a paragraph's first sentence and for one that numbers
     * a point ("Second, dim the lights"), which the sentences after it explain.
     */
    private static double worth(Sentence sentence, Map<String, Integer> seenIn, int count, Set<String> leads) {
        double carried = 0;
        for (String word : sentence.words()) {
            carried += Math.log(1 + count / (double) seenIn.get(word));
        }
        int length = Math.max(4, sentence.text().split("\\s+").length);
        double worth = carried / Math.sqrt(length) * (sentence.text().matches(".*\\d.*") ? 1.2 : 1);
        if (leads.contains(normal(sentence.text())) || leads.stream().anyMatch(l -> normal(sentence.text()).startsWith(l))) {
            worth += 2;
        }
        if (ENUMERATES.matcher(sentence.text().strip()).matches()) {
            worth += 3;
        }
        return worth;
    }

    /** The sentence that asks the viewer to act: the one the end card shows, else the last. */
    private static int callToAction(List<Sentence> sentences, String callToAction) {
        String wanted = callToAction == null ? "" : normal(callToAction);
        for (int i = sentences.size() - 1; i >= 0; i--) {
            String text = normal(sentences.get(i).text());
            if (!wanted.isEmpty() && (text.contains(wanted) || wanted.contains(text))) {
                return i;
            }
        }
        return sentences.size() - 1;
    }

    private static String normal(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}]+", " ").strip();
    }

    private static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : normal(text).split(" ")) {
            if (word.length() >= 3 && !COMMON.contains(word)) {
                words.add(word.endsWith("s") && word.length() > 4 ? word.substring(0, word.length() - 1) : word);
            }
        }
        return words;
    }

    /** The script without the {@code dropped} sentences; a paragraph left empty goes. */
    static Script without(Script script, List<String> dropped) {
        List<String> left = new ArrayList<>(dropped);
        List<ScriptBlock> blocks = new ArrayList<>();
        for (ScriptBlock block : script.blocks()) {
            if (!(block instanceof ScriptBlock.Paragraph paragraph)) {
                blocks.add(block);
                continue;
            }
            String text = paragraph.text();
            for (String sentence : List.copyOf(left)) {
                int at = text.indexOf(sentence);
                if (at >= 0) {
                    text = text.substring(0, at) + text.substring(at + sentence.length());
                    left.remove(sentence);
                }
            }
            text = text.replaceAll("\\s+", " ").strip();
            if (!text.isEmpty()) {
                blocks.add(new ScriptBlock.Paragraph(text));
            }
        }
        return new Script(script.source(), blocks);
    }
}
