package dev.reelwright.agent;

import dev.reelwright.agent.llm.ChatCompletionsClient;
import dev.reelwright.agent.llm.LlmConfig;
import dev.reelwright.agent.llm.LlmException;
import dev.reelwright.agent.llm.LlmReply;
import dev.reelwright.agent.llm.ToolCall;
import dev.reelwright.agent.llm.ToolSpec;
import dev.reelwright.draft.TimelineSummary;
import dev.reelwright.draft.edit.Operation;
import dev.reelwright.draft.edit.Scene;
import dev.reelwright.draft.edit.Scenes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * An OpenAI-compatible language model proposing operations: it sees every {@link Operation} as a
 * tool, the timeline and the uploads, and may only call those tools. Anything else (an error, a
 * timeout, text without a call) gives nothing, and the rules answer.
 */
public final class LlmPlanner {
    private static final List<ToolSpec> TOOLS = Arrays.stream(Operation.values())
            .map(op -> new ToolSpec(op.toolName(), op.description(), op.parametersSchema())).toList();

    private final ChatCompletionsClient client;
    private final Consumer<String> log;

    public LlmPlanner(ChatCompletionsClient client, Consumer<String> log) {
        this.client = client;
        this.log = log;
    }

    /** A planner when {@code REEL_LLM_URL} is set. */
    public static Optional<LlmPlanner> fromEnvironment(Map<String, String> env, Consumer<String> log) {
        return LlmConfig.fromEnvironment(env).map(config -> new LlmPlanner(new ChatCompletionsClient(config), log));
    }

    Optional<Understanding> propose(String message, TurnContext context) {
        try {
            LlmReply reply = client.complete(systemPrompt(context), message, TOOLS);
            if (!(reply instanceof LlmReply.Calls calls)) {
                return Optional.empty();
            }
            List<OpCall> ops = new ArrayList<>();
            for (ToolCall call : calls.calls()) {
                Operation op = Operation.named(call.name()).orElseThrow();
                ops.add(new OpCall(op, withoutNulls(call.arguments())));
            }
            return Optional.of(new Understanding.Calls(ops));
        } catch (LlmException e) {
            log.accept(e.getMessage() + "; the rules answer instead");
            return Optional.empty();
        }
    }

    /** Writes a script about {@code topic} (for a topic without a script); empty when the model cannot. */
    public Optional<String> writeScript(String topic, Long durationS) {
        try {
            String words = durationS == null ? "about 120 words" : "about " + Math.max(20, durationS * 5 / 2) + " words";
            return Optional.of(client.completeText("You write narration scripts for short videos: plain sentences to be spoken, "
                    + words + ", a hook first and a call to action last. Answer with the script only.", topic).strip());
        } catch (LlmException e) {
            log.accept(e.getMessage());
            return Optional.empty();
        }
    }

    /** {@code script} rewritten by the model to be spoken in about {@code seconds}; empty when the model cannot. */
    public Optional<String> fitScript(String script, double seconds) {
        try {
            long words = Math.max(10, Math.round(seconds * WORDS_PER_SECOND));
            String fitted = client.completeText("You shorten narration scripts for videos. Keep the opening hook, the facts that matter and the call"
                    + " to action; keep the language and tone. Answer with the script only, about " + words + " words.", script).strip();
            return fitted.isEmpty() ? Optional.empty() : Optional.of(fitted);
        } catch (LlmException e) {
            log.accept(e.getMessage());
            return Optional.empty();
        }
    }

    /** How fast narration is spoken, for fitting a script to a length. */
    static final double WORDS_PER_SECOND = 2.5;

    private static Map<String, Object> withoutNulls(Map<String, Object> args) {
        Map<String, Object> kept = new java.util.LinkedHashMap<>();
        args.forEach((k, v) -> {
            if (v != null) {
                kept.put(k, v);
            }
        });
        return kept;
    }

    static String systemPrompt(TurnContext context) {
        StringBuilder prompt = new StringBuilder("You edit a video by calling tools. Call only the tools given, with the arguments they define;"
                + " call several in order for a compound request; call none if the request cannot be done by them. Scenes are numbered from 1.\n");
        if (context.draft() == null) {
            prompt.append("There is no video yet.\n");
        } else {
            prompt.append(TimelineSummary.of(context.draft())).append('\n');
            for (Scene scene : Scenes.numbered(context.draft())) {
                prompt.append(scene.label()).append('\n');
            }
        }
        if (!context.uploads().isEmpty()) {
            prompt.append("Uploads: ").append(String.join(", ", context.uploads().stream().map(Upload::name).toList())).append('\n');
        }
        return prompt.toString();
    }
}
