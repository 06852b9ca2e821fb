package dev.reelwright.director.script;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** SubRip (.srt) subtitles: each cue's times drive the video's timing and its captions. */
final class SubRipScript {
    private static final Pattern TIMES = Pattern.compile(
            "^\\s*(\\d{1,2}):(\\d{2}):(\\d{2})[,.](\\d{1,3})\\s*-->\\s*(\\d{1,2}):(\\d{2}):(\\d{2})[,.](\\d{1,3}).*$");

    private SubRipScript() {
    }

    static List<ScriptBlock> parse(String text, String source) {
        List<ScriptBlock> cues = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        int i = 0;
        while (i < lines.length) {
            if (lines[i].isBlank() || lines[i].strip().matches("\\d+")) {
                i++;
                continue;
            }
            Matcher times = TIMES.matcher(lines[i]);
            if (!times.matches()) {
                throw new ScriptException(source + ": line " + (i + 1) + ": expected a cue time like 00:00:01,000 --> 00:00:03,500");
            }
            long start = ms(times, 1);
            long end = ms(times, 5);
            if (end <= start) {
                throw new ScriptException(source + ": line " + (i + 1) + ": the cue ends before it starts");
            }
            if (!cues.isEmpty() && start < ((ScriptBlock.TimedCue) cues.get(cues.size() - 1)).startMs()) {
                throw new ScriptException(source + ": line " + (i + 1) + ": cues must be in time order");
            }
            List<String> textLines = new ArrayList<>();
            for (i++; i < lines.length && !lines[i].isBlank(); i++) {
                textLines.add(lines[i].strip());
            }
            String cueText = MarkdownScript.clean(String.join(" ", textLines).replaceAll("\\{\\\\[^}]*}", ""));
            if (!cueText.isEmpty()) {
                cues.add(new ScriptBlock.TimedCue(start, end, cueText));
            }
        }
        if (cues.isEmpty()) {
            throw new ScriptException(source + ": no subtitle cues found");
        }
        return cues;
    }

    private static long ms(Matcher m, int group) {
        String millis = (m.group(group + 3) + "00").substring(0, 3);
        return ((Long.parseLong(m.group(group)) * 60 + Long.parseLong(m.group(group + 1))) * 60
                + Long.parseLong(m.group(group + 2))) * 1000 + Long.parseLong(millis);
    }
}
