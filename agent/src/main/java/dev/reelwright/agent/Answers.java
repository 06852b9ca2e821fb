package dev.reelwright.agent;

import dev.reelwright.agent.parse.Refs;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message read as the answer to the question the last turn asked: "the second one", "scene 3",
 * "3", "第二个", a file name, the words for a text, the script. A message that is a new request
 * instead ("make it vertical") is not an answer.
 */
final class Answers {
    private static final Pattern ORDINAL = Pattern.compile("(?<![a-z])(?:(?:the )?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|\\d{1,3})"
            + "(?:st|nd|rd|th)?(?: one| option| scene| text| file)?|(?:scene|option|number|#) ?(\\d{1,3}))(?![a-z])|第\\s*([一二两三四五六七八九十\\d]{1,4})\\s*[个段条项]?|最后一[个段条]");
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth");

    private Answers() {
    }

    static Optional<OpCall> answer(Question question, String message, Refs refs) {
        String text = message.strip();
        String lower = text.toLowerCase(Locale.ROOT).replaceAll("[.!?。！？]+$", "").strip();
        OpCall pending = question.pending();
        return switch (question.slot()) {
            case NEW_TEXT -> newText(text).map(words -> pending.with("text", words));
            case SCRIPT -> words(text) >= 6 ? Optional.of(pending.with("script", text)) : Optional.empty();
            case PLACE -> place(lower, refs).map(value -> pending.with("to", value));
            case SCENE, SECOND_SCENE, TEXT_TARGET, MEDIA, OPTION -> choice(question, lower, refs).map(value -> pending.with(argFor(question), value));
        };
    }

    /** Where a scene goes: "to the start", "the end", "third", "3", "开头", "最后". */
    private static Optional<Object> place(String answer, Refs refs) {
        if (answer.matches(".*\\b(?:start|beginning|front|first|top)\\b.*|.*(?:开头|最前|第一).*")) {
            return Optional.of(1);
        }
        if (answer.matches(".*\\b(?:end|last|back|bottom)\\b.*|.*(?:最后|结尾|末尾).*")) {
            return Optional.of(refs.sceneCount());
        }
        Matcher m = ORDINAL.matcher(answer);
        if (m.find()) {
            String n = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(1);
            int place = n.matches("\\d+") ? Integer.parseInt(n) : ORDINALS.contains(n) ? ORDINALS.indexOf(n) + 1 : dev.reelwright.agent.parse.ChineseText.number(n);
            return place >= 1 ? Optional.of(place) : Optional.empty();
        }
        return Optional.empty();
    }

    /** The argument an answer fills: the pending operation's scene, text target or media. */
    private static String argFor(Question question) {
        OpCall pending = question.pending();
        return switch (question.slot()) {
            case TEXT_TARGET -> "target";
            case MEDIA -> "media";
            case OPTION -> Question.openOption(pending).name();
            case SECOND_SCENE -> "b";
            default -> switch (pending.op()) {
                case SWAP_SCENES -> pending.has("a") ? "b" : "a";
                case INSERT_SCENE -> "after";
                default -> "scene";
            };
        };
    }

    private static Optional<Object> choice(Question question, String answer, Refs refs) {
        List<Question.Choice> choices = question.choices();
        if (answer.split("\\s+").length > 8) {
            return Optional.empty();
        }
        for (Question.Choice choice : choices) {
            String label = choice.label().toLowerCase(Locale.ROOT);
            if (answer.equals(label) || answer.length() >= 3 && label.contains(answer) && choices.stream().filter(c -> c.label().toLowerCase(Locale.ROOT).contains(answer)).count() == 1) {
                return Optional.of(choice.value());
            }
        }
        Matcher m = ORDINAL.matcher(answer);
        if (m.matches() || m.find() && answer.length() <= 24) {
            int n;
            if (m.group().startsWith("最后") || "last".equals(m.group(1))) {
                n = choices.isEmpty() ? refs.sceneCount() : choices.size();
            } else if (m.group(2) != null) {
                n = Integer.parseInt(m.group(2));
            } else if (m.group(3) != null) {
                n = dev.reelwright.agent.parse.ChineseText.number(m.group(3));
            } else if (m.group(1).matches("\\d+")) {
                n = Integer.parseInt(m.group(1));
            } else {
                n = ORDINALS.indexOf(m.group(1)) + 1;
            }
            if (question.slot() == Question.Slot.SCENE || question.slot() == Question.Slot.SECOND_SCENE) {
                boolean startChoice = !choices.isEmpty() && Integer.valueOf(0).equals(choices.get(0).value());
                return Optional.of(startChoice && !answer.contains("scene") && !answer.contains("镜头") ? (Object) (n - 1) : (Object) n);
            }
            if (n >= 1 && n <= choices.size()) {
                return Optional.of(choices.get(n - 1).value());
            }
        }
        if (question.slot() == Question.Slot.SCENE) {
            List<Integer> about = Language.isChinese(answer) ? refs.scenesAboutChinese(answer) : refs.scenesAbout(List.of(answer.split("[^a-z0-9]+")));
            if (about.size() == 1) {
                return Optional.of(about.get(0));
            }
        }
        if (question.slot() == Question.Slot.MEDIA) {
            List<Upload> named = refs.uploadsNamed(answer);
            if (named.size() == 1) {
                return Optional.of(named.get(0).name());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> newText(String text) {
        Matcher quoted = Pattern.compile("[\"\u201c\u2018'\u300c\u300e]([^\"\u201d\u2019'\u300d\u300f]+)[\"\u201d\u2019'\u300d\u300f]").matcher(text);
        if (quoted.find()) {
            return Optional.of(quoted.group(1).strip());
        }
        String plain = text.replaceAll("(?i)^(?:it should say|make it say|say|the text is|use|call it|just|写|就写|用)\\s*[:：]?\\s*", "").strip();
        if (plain.isEmpty() || words(plain) > 12 || plain.toLowerCase(Locale.ROOT).matches("(?:make|delete|remove|add|change|undo|export|turn|set|move|swap).*")) {
            return Optional.empty();
        }
        return Optional.of(plain);
    }

    private static int words(String text) {
        return dev.reelwright.agent.parse.ChineseText.words(text);
    }
}
