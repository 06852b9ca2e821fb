package dev.reelwright.director.storyboard;

import dev.reelwright.director.script.Script;
import dev.reelwright.director.script.ScriptBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Lays a script out as scenes of one to a few sentences, each about 2–7 seconds of speech.
 * Headings become section titles (not spoken); a short first line becomes the title; subtitle
 * cues keep their times.
 */
public final class StoryboardBuilder {
    public static final long MIN_SCENE_MS = 2_000;
    public static final long MAX_SCENE_MS = 7_000;
    private static final long CUE_GAP_MS = 1_500;
    private static final int TITLE_MAX_WORDS = 8;
    /**
     * A sentence that asks the viewer to act: it opens with an imperative ("Reserve yours today",
     * "Head to ..."), or it names where to go: a web address, written ("aurora.example",
     * "https://...") or spoken ("brewline dot com"), or a link ("link in bio").
     */
    private static final String TOP_LEVEL_DOMAINS = "(com|org|net|io|app|co|ai|dev|shop|store|example)";
    /** A web address as a script spells it out for the voice: "brewline dot com". */
    private static final Pattern SPOKEN_ADDRESS = Pattern.compile("\\b([\\p{L}\\d-]+)\\s+dot\\s+" + TOP_LEVEL_DOMAINS + "\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CALL_TO_ACTION = Pattern.compile(
            "^(please\\s+)?(try|visit|sign up|download|follow|subscribe|get|order|pre-?order|reserve|join|learn more|book|shop|"
                    + "start|call|buy|discover|register|contact|check out|find out|see|watch|grab|claim|head to|go to|"
                    + "tap|click|install|apply|request|schedule|donate|upgrade|pick up|share|"
                    + "don't miss|(email|text|message|write to) us)\\b.*"
                    + "|.*(https?://|www\\.)\\S+.*"
                    + "|.*\\b[\\p{L}\\d-]+(\\.|\\s+dot\\s+)" + TOP_LEVEL_DOMAINS + "\\b.*"
                    + "|.*\\blink in (the )?(bio|description)\\b.*",
            Pattern.CASE_INSENSITIVE);

    private final SpeechRate rate;

    public StoryboardBuilder(SpeechRate rate) {
        this.rate = rate;
    }

    /** One spoken piece with the section it belongs to (and its cue times for subtitles). */
    private record Unit(String section, String text, long startMs, long endMs) {
    }

    public Storyboard build(Script script) {
        List<ScriptBlock> blocks = new ArrayList<>(script.blocks());
        String title = takeTitle(blocks);
        List<Unit> units = script.isTimed() ? cueUnits(blocks) : sentenceUnits(blocks);
        List<List<Unit>> groups = script.isTimed() ? groupCues(units) : groupSentences(units);
        List<String> narrations = groups.stream().map(g -> String.join(" ", g.stream().map(Unit::text).toList())).toList();
        List<List<String>> keywords = Keywords.forScenes(narrations);
        List<Scene> scenes = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            List<Unit> group = groups.get(i);
            List<String> sentences = group.stream().map(Unit::text).toList();
            long speechMs = script.isTimed() ? group.get(group.size() - 1).endMs() - group.get(0).startMs()
                    : rate.estimateMs(narrations.get(i));
            scenes.add(new Scene(i, group.get(0).section(), sentences, Keywords.keyPhrase(sentences.get(0)), keywords.get(i),
                    speechMs, script.isTimed() ? group.get(0).startMs() : -1));
        }
        if (title == null) {
            title = titleCase(scenes.isEmpty() ? "Untitled" : scenes.get(0).keyPhrase());
        }
        return new Storyboard(title, scenes, callToAction(scenes, title));
    }

    /** The first heading, or a short first line without a full stop; removed from what is spoken. */
    private static String takeTitle(List<ScriptBlock> blocks) {
        if (blocks.isEmpty()) {
            return null;
        }
        ScriptBlock first = blocks.get(0);
        if (first instanceof ScriptBlock.Heading heading) {
            blocks.remove(0);
            return heading.text();
        }
        if (first instanceof ScriptBlock.Paragraph paragraph && blocks.size() > 1) {
            String text = paragraph.text().strip();
            if (text.split("\\s+").length <= TITLE_MAX_WORDS && text.length() <= 60 && !text.matches(".*[.!?。！？…]$")) {
                blocks.remove(0);
                return text;
            }
        }
        for (ScriptBlock block : blocks) {
            if (block instanceof ScriptBlock.Heading heading) {
                return heading.text();
            }
        }
        return null;
    }

    private List<Unit> sentenceUnits(List<ScriptBlock> blocks) {
        List<Unit> units = new ArrayList<>();
        String section = null;
        for (ScriptBlock block : blocks) {
            if (block instanceof ScriptBlock.Heading heading) {
                section = heading.text();
                continue;
            }
            for (String sentence : SentenceSplitter.split(block.text())) {
                for (String piece : fitToScene(sentence)) {
                    units.add(new Unit(section, piece, -1, -1));
                }
            }
        }
        return units;
    }

    /** A sentence too long for one scene is cut at its clauses, and failing that between words. */
    private List<String> fitToScene(String sentence) {
        if (rate.estimateMs(sentence) <= MAX_SCENE_MS) {
            return List.of(sentence);
        }
        List<String> pieces = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String word : sentence.split(" ")) {
            if (!current.isEmpty() && rate.estimateMs(String.join(" ", current) + " " + word) > MAX_SCENE_MS * 0.85) {
                int cut = lastClauseEnd(current);
                pieces.add(String.join(" ", current.subList(0, cut)));
                current = new ArrayList<>(current.subList(cut, current.size()));
            }
            current.add(word);
        }
        pieces.add(String.join(" ", current));
        return pieces;
    }

    /** Where to cut a run of words: after the last clause mark in its second half, else after all of it. */
    private static int lastClauseEnd(List<String> words) {
        for (int i = words.size() - 1; i >= words.size() / 2; i--) {
            if (words.get(i).matches(".*[,;:，、；：]$")) {
                return i + 1;
            }
        }
        return words.size();
    }

    private List<List<Unit>> groupSentences(List<Unit> units) {
        List<List<Unit>> groups = new ArrayList<>();
        List<Unit> current = new ArrayList<>();
        for (Unit unit : units) {
            boolean newSection = !current.isEmpty() && !same(current.get(0).section(), unit.section());
            if (!current.isEmpty() && (newSection || speech(current) + rate.estimateMs(unit.text()) > MAX_SCENE_MS
                    || speech(current) >= (MIN_SCENE_MS + MAX_SCENE_MS) / 2)) {
                groups.add(current);
                current = new ArrayList<>();
            }
            current.add(unit);
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        mergeShortScenes(groups);
        return groups;
    }

    /** A scene under two seconds joins a neighbour in its section when they fit together. */
    private void mergeShortScenes(List<List<Unit>> groups) {
        for (int i = 0; i < groups.size(); i++) {
            if (groups.size() < 2 || speech(groups.get(i)) >= MIN_SCENE_MS) {
                continue;
            }
            int neighbour = i + 1 < groups.size() && fits(groups.get(i), groups.get(i + 1)) ? i + 1
                    : i > 0 && fits(groups.get(i - 1), groups.get(i)) ? i - 1 : -1;
            if (neighbour >= 0) {
                int first = Math.min(i, neighbour);
                groups.get(first).addAll(groups.remove(first + 1));
                i = Math.max(-1, first - 1);
            }
        }
    }

    private boolean fits(List<Unit> a, List<Unit> b) {
        return same(a.get(0).section(), b.get(0).section()) && speech(a) + speech(b) <= MAX_SCENE_MS;
    }

    private long speech(List<Unit> units) {
        return rate.estimateMs(String.join(" ", units.stream().map(Unit::text).toList()));
    }

    private static List<Unit> cueUnits(List<ScriptBlock> blocks) {
        return blocks.stream().map(b -> (ScriptBlock.TimedCue) b).map(c -> new Unit(null, c.text(), c.startMs(), c.endMs())).toList();
    }

    /** Subtitle cues join while the scene spans at most seven seconds and no long pause falls between them. */
    private static List<List<Unit>> groupCues(List<Unit> cues) {
        List<List<Unit>> groups = new ArrayList<>();
        List<Unit> current = new ArrayList<>();
        for (Unit cue : cues) {
            if (!current.isEmpty() && (cue.endMs() - current.get(0).startMs() > MAX_SCENE_MS
                    || cue.startMs() - current.get(current.size() - 1).endMs() > CUE_GAP_MS)) {
                groups.add(current);
                current = new ArrayList<>();
            }
            current.add(cue);
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        return groups;
    }

    /**
     * The last sentence that asks the viewer to do something, else the title; for the end card, so
     * a web address the script spells out for the voice is written as one ("brewline.com").
     */
    private static String callToAction(List<Scene> scenes, String title) {
        String found = null;
        for (Scene scene : scenes) {
            for (String sentence : scene.sentences()) {
                if (CALL_TO_ACTION.matcher(sentence.strip()).matches()) {
                    found = sentence.strip();
                }
            }
        }
        return found != null ? SPOKEN_ADDRESS.matcher(found).replaceAll("$1.$2") : title;
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    private static String titleCase(String phrase) {
        StringBuilder out = new StringBuilder();
        for (String word : phrase.split("\\s+")) {
            if (!word.isEmpty()) {
                out.append(out.length() == 0 ? "" : " ").append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
            }
        }
        return out.toString();
    }
}
