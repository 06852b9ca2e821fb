package dev.reelwright.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reelwright.draft.edit.Operation;
import dev.reelwright.draft.edit.OperationDocs;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code reel operations [--json]}: what a chat turn can do, as the docs page or as a tool list (name, description, JSON schema). */
@Command(name = "operations", description = "What a chat turn can do (docs/operations.md), or with --json as a tool list with JSON schemas.")
final class OperationsCommand extends ReelCommand {
    @Option(names = "--json", description = "the operations as tools: name, kind, description and JSON-schema parameters")
    boolean json;

    @Override
    protected void run(Context context) throws Exception {
        PrintStream out = context.out();
        if (!json) {
            out.print(OperationDocs.markdown());
            return;
        }
        List<Map<String, Object>> tools = new ArrayList<>();
        for (Operation op : Operation.values()) {
            Map<String, Object> tool = new LinkedHashMap<>();
            tool.put("name", op.toolName());
            tool.put("kind", op.kind().name().toLowerCase(java.util.Locale.ROOT));
            tool.put("description", op.description());
            tool.put("parameters", op.parametersSchema());
            tools.add(tool);
        }
        out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(tools));
    }
}
