package dev.reelwright.agent.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which scenes an English clause names, in the order it names them: by number ("scene 3", "the
 * #3 clip", "scenes 2 and 3"), by place ("the first", "the last", "the one before last"), by time
 * ("at 0:10") or by what they show ("the coffee scene", "the scene about the oven").
 */
final class SceneRefs {
    static final String NOUN = "scenes?|clips?|shots?|slides?|parts?|segments?|photos?|pictures?|images?|pics?|videos?|ones?|sections?";
    private static final Pattern NUMBERED = Pattern.compile("(?:" + NOUN + ")\\s*(?:no\\.?|number|#)?\\s*(\\d{1,2})(?![\\d.:%]|\\s*(?:seconds?|x\\b|times))"
            + "|#(\\d{1,2})\\s*(?:" + NOUN + ")|(?<![\\d.])(?:and|&|,|with|to)\\s*#?(\\d{1,2})(?![\\d.:%]|\\s*(?:seconds?|x\\b|times|minutes?))");
    private static final Pattern PLACE = Pattern.compile(
            "(?:the )?(?:one before (?:the )?last|#2 to last|second to last|penultimate|next to last)|(?<![a-z])(?:last|final|closing)(?![a-z])"
                    + "|(?<![a-z])(?:opening|#1)(?![a-z])|the first(?! \\d)|#(\\d{1,2})(?! (?:seconds?|x))");

    private SceneRefs() {
    }

    /** Scene numbers in order of mention; a content reference that fits several scenes is {@code -1}. */
    static List<Integer> find(Clause clause, Refs refs) {
        String text = clause.text;
        List<int[]> found = new ArrayList<>();
        int count = refs.sceneCount();
        Matcher pair = Pattern.compile("(?:the )?(first|#1|last|middle) (2|two)(?: (?:" + NOUN + "))?").matcher(text);
        if (pair.find()) {
            int a = pair.group(1).equals("last") ? count - 1 : pair.group(1).equals("middle") ? count / 2 : 1;
            found.add(new int[] {pair.start(), a});
            found.add(new int[] {pair.start() + 1, a + 1});
        }
        Matcher bare = Pattern.compile("^(?:please )?(?:swap|switch|flip|exchange|trade)\\s+#?(\\d{1,2})\\s*(?:and|&|with|,)\\s*#?(\\d{1,2})\\b"
                + "|between #?(\\d{1,2}) and #?(\\d{1,2})\\b(?! seconds)").matcher(text);
        if (bare.find()) {
            int g = bare.group(1) != null ? 1 : 3;
            found.add(new int[] {bare.start(g), Integer.parseInt(bare.group(g))});
            found.add(new int[] {bare.start(g + 1), Integer.parseInt(bare.group(g + 1))});
        }
        boolean sceneWords = clause.has(NOUN) || clause.has("scene|after|before|between|swap|switch|move|delete|remove");
        Matcher numbered = NUMBERED.matcher(text);
        while (numbered.find()) {
            String n = numbered.group(1) != null ? numbered.group(1) : numbered.group(2) != null ? numbered.group(2) : numbered.group(3);
            if (overlaps(found, numbered.start()) || bare.reset().find() && numbered.start() >= bare.start() && numbered.start() < bare.end()) {
                continue;
            }
            if (numbered.group(3) != null && found.isEmpty()) {
                continue; // "and 3" counts only after a scene was named: "swap scenes 2 and 3"
            }
            if (pair.reset().find() && numbered.start() >= pair.start() && numbered.start() < pair.end()) {
                continue;
            }
            found.add(new int[] {numbered.start(), Integer.parseInt(n)});
        }
        if (found.isEmpty() || found.size() == 1) {
            Matcher place = PLACE.matcher(text);
            while (place.find() && sceneWords) {
                if (overlaps(found, place.start()) || isTimeWord(text, place.end())) {
                    continue;
                }
                String p = place.group();
                int scene;
                if (p.contains("before") || p.contains("to last") || p.contains("penultimate")) {
                    scene = count - 1;
                } else if (p.matches("(?:last|final|closing)")) {
                    scene = count;
                } else if (place.group(1) != null) {
                    scene = Integer.parseInt(place.group(1));
                } else {
                    scene = 1;
                }
                found.add(new int[] {place.start(), scene});
            }
        }
        Matcher span = Pattern.compile("from (\\d+(?:\\.\\d+)?) (?:seconds? )?to (\\d+(?:\\.\\d+)?) seconds?").matcher(text);
        if (found.isEmpty() && span.find() && sceneWords) {
            Integer scene = refs.sceneAt(Math.round((Double.parseDouble(span.group(1)) + Double.parseDouble(span.group(2))) * 500));
            if (scene != null) {
                found.add(new int[] {span.start(), scene});
            }
        }
        Matcher at = Pattern.compile("(?:at|around) (\\d{1,2}):(\\d{2})|(?:at|around) (\\d+(?:\\.\\d+)?) seconds? in").matcher(text);
        if (found.isEmpty() && at.find() && sceneWords) {
            double s = at.group(1) != null ? Integer.parseInt(at.group(1)) * 60 + Integer.parseInt(at.group(2)) : Double.parseDouble(at.group(3));
            Integer scene = refs.sceneAt(Math.round(s * 1000));
            if (scene != null) {
                found.add(new int[] {at.start(), scene});
            }
        }
        if (found.size() < 2) {
            found.addAll(byContent(clause, refs, found));
        }
        found.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<Integer> scenes = new ArrayList<>();
        for (int[] f : found) {
            if (scenes.isEmpty() || scenes.get(scenes.size() - 1) != f[1] || f[1] == -1) {
                scenes.add(f[1]);
            }
        }
        return scenes;
    }

    private static boolean overlaps(List<int[]> found, int start) {
        return found.stream().anyMatch(f -> Math.abs(f[0] - start) < 3);
    }

    private static boolean isTimeWord(String text, int end) {
        String after = text.substring(end);
        return after.matches("^ (?:\\d+(?:\\.\\d+)? )?(?:seconds?|minutes?|bit|touch|few|couple).*") || after.matches("^ (?:transition|cut|fade|card)s?\\b.*");
    }

    /** Content references: "the coffee scene", "the scene about the oven", "the bread and coffee scenes". */
    private static List<int[]> byContent(Clause clause, Refs refs, List<int[]> already) {
        List<int[]> found = new ArrayList<>();
        String text = clause.text;
        java.util.regex.Matcher quoted = Pattern.compile("\u00ab(\\d+)\u00bb").matcher(text);
        while (quoted.find()) {
            text = text.replace(quoted.group(), " " + clause.source.quote(Integer.parseInt(quoted.group(1))).toLowerCase(java.util.Locale.ROOT) + " ");
        }
        for (dev.reelwright.agent.Upload upload : refs.uploads()) {
            if (refs.inDraft(upload)) {
                continue;
            }
            text = text.replace(upload.name().toLowerCase(java.util.Locale.ROOT), " ").replace(upload.stem(), " ");
        }
        // Parts joined by "and" name one scene each.
        Matcher list = Pattern.compile("(?:the )?([a-z]+(?: [a-z]+)?) (?:and|&) (?:the )?([a-z]+(?: [a-z]+)?) (?:" + NOUN + ")").matcher(text);
        if (list.find() && already.isEmpty()) {
            List<Integer> a = refs.scenesAbout(List.of(list.group(1).split(" ")));
            List<Integer> b = refs.scenesAbout(List.of(list.group(2).split(" ")));
            if (a.size() == 1 && b.size() == 1 && !a.equals(b)) {
                found.add(new int[] {list.start(1), a.get(0)});
                found.add(new int[] {list.start(2), b.get(0)});
                return found;
            }
        }
        // Otherwise each stretch between scene words and verbs is tried on its own.
        for (String part : text.split("\\b(?:and|with|to|for|into|instead of|then|after|before|between|swap|switch|flip|move|put|by)\\b")) {
            List<Integer> about = refs.scenesAbout(List.of(part.split("[^a-z0-9]+")));
            if (about.size() == 1 && already.stream().noneMatch(f -> f[1] == about.get(0))) {
                found.add(new int[] {text.indexOf(part.strip()), about.get(0)});
            } else if (about.size() > 1 && clause.has(NOUN)) {
                found.add(new int[] {text.indexOf(part.strip()), -1});
            }
        }
        return found;
    }
}
