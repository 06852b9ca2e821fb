package dev.reelwright.draft;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Brings an older draft's JSON up to {@link Draft#CURRENT_VERSION}, one version step at a time.
 * A step is added here whenever the format changes in a way older drafts do not satisfy.
 */
final class DraftUpgrader {
    /** Step from the version in the key to the next one. */
    private static final Map<Integer, UnaryOperator<ObjectNode>> STEPS = Map.of(
            // Version 0: NemoVideo drafts, which carry no "v"; otherwise the same shape.
            0, root -> root);

    private DraftUpgrader() {
    }

    static JsonNode upgrade(JsonNode root) {
        if (!root.isObject()) {
            throw new DraftException("draft: must be a JSON object");
        }
        ObjectNode draft = (ObjectNode) root;
        JsonNode versionNode = draft.get(DraftKeys.VERSION);
        if (versionNode != null && !versionNode.isIntegralNumber()) {
            throw new DraftException(DraftKeys.VERSION + ": must be a whole number");
        }
        int version = versionNode == null ? 0 : versionNode.intValue();
        if (version > Draft.CURRENT_VERSION) {
            throw new DraftException(DraftKeys.VERSION + ": version " + version + " is newer than this Reelwright reads ("
                    + Draft.CURRENT_VERSION + "); update Reelwright");
        }
        if (version < 0) {
            throw new DraftException(DraftKeys.VERSION + ": must be >= 0");
        }
        while (version < Draft.CURRENT_VERSION) {
            draft = STEPS.get(version).apply(draft);
            version++;
            draft.put(DraftKeys.VERSION, version);
        }
        return draft;
    }
}
