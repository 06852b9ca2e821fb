package dev.reelwright.agent;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reelwright.agent.eval.CorpusCase;
import dev.reelwright.agent.eval.CorpusEval;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The agent on the evaluation corpus: overall and per-intent accuracy, in English and Chinese. */
class CorpusTest {
    private static final Path RESOURCES = Path.of("src/test/resources");

    @Test
    void english() throws Exception {
        check("en.jsonl", 0.0);
    }

    @Test
    void chinese() throws Exception {
        check("zh.jsonl", 0.0);
    }

    @Test
    void heldOutEnglish() throws Exception {
        check("heldout-en.jsonl", 0.0);
    }

    @Test
    void heldOutChinese() throws Exception {
        check("heldout-zh.jsonl", 0.0);
    }

    @Test
    void blindEnglish() throws Exception {
        check("blind-en.jsonl", 0.0);
    }

    @Test
    void blindChinese() throws Exception {
        check("blind-zh.jsonl", 0.0);
    }

    private static void check(String file, double floor) throws Exception {
        CorpusEval eval = new CorpusEval(RESOURCES.resolve("drafts"));
        List<CorpusEval.Outcome> outcomes = eval.run(CorpusEval.load(RESOURCES.resolve("corpus").resolve(file)));
        long passed = outcomes.stream().filter(CorpusEval.Outcome::passed).count();
        Map<String, int[]> byIntent = new TreeMap<>();
        for (CorpusEval.Outcome o : outcomes) {
            int[] counts = byIntent.computeIfAbsent(o.testCase().intent(), k -> new int[2]);
            counts[0] += o.passed() ? 1 : 0;
            counts[1]++;
            if (!o.passed() && System.getenv("CORPUS_VERBOSE") != null) {
                System.out.println("FAIL " + o.testCase().id() + " " + o.testCase().text() + "\n   want " + describe(o.testCase().expected()) + "\n   got  " + o.got());
            }
        }
        System.out.printf("%s: %d/%d = %.1f%%%n", file, passed, outcomes.size(), 100.0 * passed / outcomes.size());
        byIntent.forEach((intent, c) -> System.out.printf("  %-28s %d/%d%n", intent, c[0], c[1]));
        assertTrue(passed >= floor * outcomes.size());
    }

    private static String describe(CorpusCase.Expected expected) {
        return expected instanceof CorpusCase.Ops ops ? ops.ops().toString() : expected.getClass().getSimpleName();
    }
}
