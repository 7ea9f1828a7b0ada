package org.salestrack.ui.chart;

import javafx.scene.paint.Color;

/**
 * Colour for a value: a sequential blue ramp for amounts, a diverging red-grey-green ramp centred on
 * zero for growth, so "down" and "up" read at a glance.
 */
public final class ColorScale {
    private static final Color LOW = Color.web("#e8f1fb");
    private static final Color HIGH = Color.web("#0b4f8a");
    private static final Color DOWN = Color.web("#c0392b");
    private static final Color FLAT = Color.web("#eef0f2");
    private static final Color UP = Color.web("#1e8449");
    private static final Color NONE = Color.web("#f4f5f7");

    private final double min;
    private final double max;
    private final boolean diverging;

    private ColorScale(double min, double max, boolean diverging) {
        this.min = min;
        this.max = max;
        this.diverging = diverging;
    }

    public static ColorScale sequential(double min, double max) { return new ColorScale(Math.min(0, min), max, false); }

    /**
     * A sequential ramp from the lowest value shown to the highest, for shares that all lie in a narrow band
     * (11% to 17%): from zero every tile would read the same dark blue. The legend names both ends.
     */
    public static ColorScale spread(double min, double max) { return new ColorScale(min, Math.max(max, min + 1e-9), false); }

    /** Symmetric around zero, so +10% and -10% are equally strong. */
    public static ColorScale diverging(double absMax) { return new ColorScale(-absMax, absMax, true); }

    public double min() { return min; }

    public double max() { return max; }

    public boolean isDiverging() { return diverging; }

    public Color color(Double v) {
        if (v == null || v.isNaN()) return NONE;
        if (diverging) {
            double t = max == 0 ? 0 : Math.max(-1, Math.min(1, v / max));
            return t < 0 ? FLAT.interpolate(DOWN, -t) : FLAT.interpolate(UP, t);
        }
        double t = max == min ? 1 : (v - min) / (max - min);
        return LOW.interpolate(HIGH, Math.max(0, Math.min(1, t)));
    }

    /** Black or white text, whichever reads on the colour. */
    public static Color textOn(Color c) {
        return c.getBrightness() * (1 - c.getSaturation() * 0.5) > 0.6 ? Color.web("#1f2933") : Color.WHITE;
    }

    public static String css(Color c) {
        return String.format("#%02x%02x%02x", (int) Math.round(c.getRed() * 255), (int) Math.round(c.getGreen() * 255),
                (int) Math.round(c.getBlue() * 255));
    }
}
