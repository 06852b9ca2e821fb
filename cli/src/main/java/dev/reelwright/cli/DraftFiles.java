package dev.reelwright.cli;

import dev.reelwright.draft.Draft;
import dev.reelwright.draft.DraftCodec;
import dev.reelwright.draft.DraftException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a draft file, naming the file in every complaint. */
final class DraftFiles {
    static final long MAX_DRAFT_BYTES = 16L * 1024 * 1024;

    private DraftFiles() {
    }

    static Draft read(Path file) {
        if (!Files.exists(file)) {
            throw new CliException(file + ": no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new CliException(file + ": not a file");
        }
        try {
            long size = Files.size(file);
            if (size > MAX_DRAFT_BYTES) {
                throw new CliException(file + ": " + size / (1024 * 1024) + " MiB is too big for a draft (at most 16 MiB)");
            }
            String json = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            if (json.startsWith("\uFEFF")) {
                json = json.substring(1);
            }
            return DraftCodec.parse(json);
        } catch (CharacterCodingException e) {
            throw new CliException(file + ": not UTF-8 text (is it a draft?)");
        } catch (IOException e) {
            throw new CliException(file + ": cannot read (" + e.getMessage() + ")");
        } catch (DraftException e) {
            throw new CliException(file + ": " + e.getMessage());
        }
    }
}
