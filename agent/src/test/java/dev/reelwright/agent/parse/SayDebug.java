package dev.reelwright.agent.parse;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reelwright.agent.eval.CorpusCase;
import dev.reelwright.agent.eval.CorpusEval;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Prints how the rules read the lines of {@code SAY} (one per line, "draft|text"); a development aid that checks nothing. */
class SayDebug {
    @Test
    void say() throws Exception {
        String say = System.getenv("SAY");
        if (say == null) {
            return;
        }
        CorpusEval eval = new CorpusEval(Path.of("src/test/resources/drafts"));
        for (String line : say.split("\n")) {
            String[] parts = line.split("\\|", 2);
            String draft = parts.length == 2 ? parts[0] : "made";
            String text = parts.length == 2 ? parts[1] : parts[0];
            System.out.println(">> " + text);
            System.out.println("   norm: " + new EnglishText(text).text);
            System.out.println("   split: " + EnglishParser.split(new EnglishText(text).text));
            var json = new ObjectMapper().createObjectNode().put("id", "en-x").put("intent", "x").put("text", text)
                    .put("draft", draft).put("expect", "question");
            System.out.println("   got: " + eval.run(CorpusCase.parse(json)).got());
        }
    }
}
