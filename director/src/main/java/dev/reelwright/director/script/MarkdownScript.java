package dev.reelwright.director.script;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text and Markdown: blank lines separate paragraphs; {@code #} lines are headings; the
 * marks of emphasis, links, images, lists, quotes and code are dropped so only what is said remains.
 */
final class MarkdownScript {
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^(=+|-+)\\s*$");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|_|~~|`)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern LIST_MARK = Pattern.compile("^\\s*([-*+]|\\d+[.)])\\s+");
    private static final Pattern QUOTE_MARK = Pattern.compile("^\\s*>\\s?");
    private static final Pattern RULE = Pattern.compile("^\\s*([-*_])(\\s*\\1){2,}\\s*$");

    private MarkdownScript() {
    }

    static List<ScriptBlock> parse(String text) {
        List<ScriptBlock> blocks = new ArrayList<>();
        List<String> paragraph = new ArrayList<>();
        boolean inCode = false;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.strip().startsWith("```")) {
                inCode = !inCode;
                continue;
            }
            if (inCode || RULE.matcher(line).matches()) {
                continue;
            }
            Matcher heading = HEADING.matcher(line.strip());
            boolean setext = i + 1 < lines.length && !line.isBlank() && paragraph.isEmpty()
                    && SETEXT_UNDERLINE.matcher(lines[i + 1].strip()).matches() && !lines[i + 1].isBlank();
            if (heading.matches() || setext) {
                flush(paragraph, blocks);
                String title = clean(heading.matches() ? heading.group(2) : line);
                if (!title.isEmpty()) {
                    blocks.add(new ScriptBlock.Heading(title, heading.matches() ? heading.group(1).length()
                            : lines[i + 1].strip().startsWith("=") ? 1 : 2));
                }
                if (setext) {
                    i++;
                }
            } else if (line.isBlank()) {
                flush(paragraph, blocks);
            } else {
                paragraph.add(clean(QUOTE_MARK.matcher(LIST_MARK.matcher(line).replaceFirst("")).replaceFirst("")));
            }
        }
        flush(paragraph, blocks);
        return blocks;
    }

    private static void flush(List<String> lines, List<ScriptBlock> blocks) {
        String text = String.join(" ", lines).replaceAll("\\s+", " ").strip();
        if (!text.isEmpty()) {
            blocks.add(new ScriptBlock.Paragraph(text));
        }
        lines.clear();
    }

    static String clean(String text) {
        String out = IMAGE.matcher(text).replaceAll("$1");
        out = LINK.matcher(out).replaceAll("$1");
        String previous;
        do {
            previous = out;
            out = EMPHASIS.matcher(out).replaceAll("$2");
        } while (!out.equals(previous));
        return out.replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").strip();
    }
}
