package dev.reelwright.draft;

/**
 * A transition into a segment from the previous one on its track ({@code m.tr}).
 * The two segments overlap by exactly {@code durationMs}.
 *
 * @param direction for slide and wipe: where the movement goes; null means {@link Direction#LEFT}
 */
public record Transition(TransitionType type, long durationMs, Direction direction) {
    public Direction directionOrDefault() {
        return direction == null ? Direction.LEFT : direction;
    }
}
