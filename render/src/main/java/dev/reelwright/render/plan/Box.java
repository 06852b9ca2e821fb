package dev.reelwright.render.plan;

/** A rectangle in canvas fractions: (0, 0, 1, 1) is the whole canvas. */
public record Box(double x, double y, double width, double height) {
    public static final Box FULL = new Box(0, 0, 1, 1);

    public boolean isFull() {
        return equals(FULL);
    }

    /** This box grown by {@code scale} around its centre. */
    public Box scaled(double scale) {
        double w = width * scale;
        double h = height * scale;
        return new Box(x + (width - w) / 2, y + (height - h) / 2, w, h);
    }

    public Box shifted(double dx, double dy) {
        return new Box(x + dx, y + dy, width, height);
    }
}
