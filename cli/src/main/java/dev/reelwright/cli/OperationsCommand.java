package dev.reelwright.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reelwright.draft.edit.Operation;
import dev.reelwright.draft.edit.OperationDocs;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code reel operations [--json]}: what a chat turn can do, as the docs page or as a tool list (name, description, JSON schema). */
final class OperationsCommand {
    private OperationsCommand() {
    }

    static void run(List<String> argv, PrintStream out) throws Exception {
        Args args = new Args(argv, Set.of(), Set.of("--json"));
        args.allowPositionals(0);
        if (!args.flag("--json")) {
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
