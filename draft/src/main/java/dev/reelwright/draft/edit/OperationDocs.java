package dev.reelwright.draft.edit;

import java.util.stream.Collectors;

/** The operations as a Markdown page ({@code docs/operations.md}), written from their one definition. */
public final class OperationDocs {
    private OperationDocs() {
    }

    public static String markdown() {
        StringBuilder page = new StringBuilder("""
                # Operations

                Everything a chat turn can do, one line each: the tool name (in chat events, the language model's tool
                list and the docs), what it does, and its arguments. Edits change the draft and cost one credit per turn;
                session operations make a video, move between versions, show or export. Written by `reel operations`
                from the definitions in `draft/src/main/java/dev/reelwright/draft/edit/Operation.java`; a test keeps this page equal to them.

                | operation | kind | what it does | arguments |
                |---|---|---|---|
                """);
        for (Operation op : Operation.values()) {
            String args = op.args().isEmpty() ? "none" : op.args().stream().map(OperationDocs::arg).collect(Collectors.joining("; "));
            page.append("| `").append(op.toolName()).append("` | ").append(op.kind().name().toLowerCase(java.util.Locale.ROOT)).append(" | ")
                    .append(op.description()).append(" | ").append(args).append(" |\n");
        }
        return page.toString();
    }

    private static String arg(Arg arg) {
        String type = arg.values().isEmpty() ? arg.type().jsonType() : String.join("\\|", arg.values());
        return "`" + arg.name() + "` (" + type + "): " + arg.description();
    }
}
