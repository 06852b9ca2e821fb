package dev.reelwright.draft.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/operations.md is what the operations' definitions say: regenerate it with {@code reel operations > docs/operations.md}. */
class OperationDocsTest {
    @Test
    void theDocsPageIsTheDefinitions() throws Exception {
        String page = Files.readString(Path.of("..").resolve("docs/operations.md"));
        assertEquals(OperationDocs.markdown(), page, "docs/operations.md is out of date: run reel operations > docs/operations.md");
    }
}
