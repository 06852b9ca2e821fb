package dev.reelwright.cli;

import dev.reelwright.agent.Agent;
import dev.reelwright.agent.Language;
import dev.reelwright.agent.SessionActions;
import dev.reelwright.agent.Studio;
import dev.reelwright.agent.TurnContext;
import dev.reelwright.agent.TurnListener;
import dev.reelwright.agent.TurnResult;
import dev.reelwright.agent.eval.CorpusCase;
import dev.reelwright.agent.eval.CorpusEval;
import dev.reelwright.draft.Draft;
import dev.reelwright.draft.DraftCodec;
import dev.reelwright.draft.edit.Edit;
import dev.reelwright.draft.edit.TimeEdits;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code reel bench agent}: the chat agent (rules) on the evaluation corpus in the repository
 * ({@code agent/src/test/resources/corpus}): accuracy per intent and overall for each file, the
 * milliseconds a turn takes (p50, p99), and how long layout edits of a 60 s draft take.
 */
final class AgentBench {
    private static final double TARGET_OVERALL = 0.95;
    private static final double TARGET_INTENT = 0.90;
    private static final double TARGET_P99_MS = 50;
    private static final double TARGET_LAYOUT_MS = 2_000;

    private AgentBench() {
    }

    static void run(String corpusOption, boolean failures, PrintStream out) throws IOException {
        Path corpus = corpusOption != null ? Path.of(corpusOption)
                : Path.of(System.getProperty("reel.home", ".")).resolve("agent/src/test/resources/corpus");
        Path drafts = corpus.resolveSibling("drafts");
        if (!Files.isDirectory(corpus) || !Files.isRegularFile(drafts.resolve("made.json"))) {
            throw new CliException(corpus + ": no evaluation corpus here (give --corpus DIR, with drafts/ beside it)");
        }
        CorpusEval eval = new CorpusEval(drafts);
        List<Path> files;
        try (var list = Files.list(corpus)) {
            files = list.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
        }
        // Warm up the rules once, so the timings are of turns, not of class loading.
        eval.run(CorpusEval.load(files.get(0)));
        List<Double> times = new ArrayList<>();
        for (Path file : files) {
            List<CorpusEval.Outcome> outcomes = eval.run(CorpusEval.load(file));
            Map<String, int[]> byIntent = new TreeMap<>();
            long passed = 0;
            for (CorpusEval.Outcome o : outcomes) {
                int[] c = byIntent.computeIfAbsent(o.testCase().intent(), k -> new int[2]);
                c[0] += o.passed() ? 1 : 0;
                c[1]++;
                passed += o.passed() ? 1 : 0;
                if (isEdit(o.testCase())) {
                    times.add(o.millis());
                }
            }
            double overall = passed / (double) outcomes.size();
            out.printf(Locale.ROOT, "%s: %d/%d = %.1f %% overall (target >= %.0f %%: %s)%n", file.getFileName(), passed, outcomes.size(),
                    100 * overall, 100 * TARGET_OVERALL, overall >= TARGET_OVERALL ? "met" : "NOT met");
            byIntent.forEach((intent, c) -> out.printf(Locale.ROOT, "  %-28s %3d/%-3d %5.1f %%%s%n", intent, c[0], c[1], 100.0 * c[0] / c[1],
                    c[0] < TARGET_INTENT * c[1] ? "  < 90 %" : ""));
            if (failures) {
                outcomes.stream().filter(o -> !o.passed()).forEach(o -> out.printf(Locale.ROOT, "  \u2717 %s %s%n      said: %s%n      got:  %s%n",
                        o.testCase().id(), o.testCase().intent(), o.testCase().text(), o.got()));
            }
        }
        double[] ms = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        out.printf(Locale.ROOT, "edit turns (rules): p50 %.2f ms, p99 %.2f ms over %d turns (target p99 < %.0f ms: %s)%n",
                percentile(ms, 0.5), percentile(ms, 0.99), ms.length, TARGET_P99_MS, percentile(ms, 0.99) < TARGET_P99_MS ? "met" : "NOT met");
        layout(drafts, out);
    }

    private static boolean isEdit(CorpusCase testCase) {
        return testCase.expected() instanceof CorpusCase.Ops ops && ops.ops().stream().noneMatch(op -> String.valueOf(op.get("op")).startsWith("generate")
                || String.valueOf(op.get("op")).equals("write_video_prompt"));
    }

    /** Layout edits (aspect, length, captions) of a 60 s draft through the whole turn, median of 9. */
    private static void layout(Path drafts, PrintStream out) throws IOException {
        Draft made = DraftCodec.parse(Files.readString(drafts.resolve("made.json")));
        Draft sixty = Edit.apply(new TimeEdits.SetDuration(60_000), made);
        Agent agent = new Agent();
        Studio studio = Studio.none();
        for (String request : List.of("make it vertical", "make it 45 seconds", "yellow captions at the top", "把字幕放大一点")) {
            double[] runs = new double[9];
            for (int i = 0; i < runs.length; i++) {
                TurnContext context = TurnContext.of(sixty, List.of());
                long start = System.nanoTime();
                TurnResult result = agent.run(agent.understand(request, context), context, studio, SessionActions.none(), TurnListener.quiet(),
                        Language.of("en", request));
                runs[i] = (System.nanoTime() - start) / 1e6;
                if (result.refused()) {
                    throw new CliException("the layout edit \u201c" + request + "\u201d was refused: " + result.reply());
                }
            }
            Arrays.sort(runs);
            out.printf(Locale.ROOT, "layout edit of a 60 s draft, \u201c%s\u201d: %.2f ms median (target < %.0f ms: %s)%n", request, runs[4],
                    TARGET_LAYOUT_MS, runs[4] < TARGET_LAYOUT_MS ? "met" : "NOT met");
        }
    }

    private static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
