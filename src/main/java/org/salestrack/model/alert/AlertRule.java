package org.salestrack.model.alert;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of alert, each with the parameters it runs with until the workspace says otherwise. The
 * threshold and minimum volume mean what the rule says: a share for the changes (0.15 = ±15%), error
 * findings for data quality, a share of unexplained sell-in for stuffing, weeks of cover for stock-out risk.
 * Forecast and feedback alerts are raised by their own modules (forecast tracking, review spikes); they are
 * listed so their alerts have an owner, a webhook and a place in the filters.
 */
public enum AlertRule {
    CHANGE_PREVIOUS(0.15, 100, "warning", "explore"),
    CHANGE_YEAR(0.15, 100, "warning", "explore"),
    FORECAST(0, 0, "warning", "forecast"),
    DATA_QUALITY(1, 0, "error", "quality"),
    CHANNEL_STUFFING(0, 0, "error", "dealers"),
    SLOW_MOVER(0, 0, "info", "inventory"),
    STOCK_OUT(1, 1, "warning", "inventory"),
    CAMPAIGN_ROI(0, 0, "warning", "marketing"),
    DEALER_GRADE(0, 0, "warning", "dealers"),
    FEEDBACK(0, 0, "warning", "feedback");

    private final double threshold;
    private final double minVolume;
    private final String severity;
    private final String view;

    AlertRule(double threshold, double minVolume, String severity, String view) {
        this.threshold = threshold;
        this.minVolume = minVolume;
        this.severity = severity;
        this.view = view;
    }

    /** change-previous, data-quality: the name in the CLI, the table and the bundles (alerts.rule.&lt;id&gt;). */
    public String id() { return name().toLowerCase(Locale.ROOT).replace('_', '-'); }

    /** The screen that shows what the rule found. */
    public String view() { return view; }

    public AlertRuleSetting defaults() { return new AlertRuleSetting(this, true, threshold, minVolume, severity, null); }

    public static Optional<AlertRule> of(String id) {
        return Arrays.stream(values()).filter(r -> r.id().equals(id)).findFirst();
    }
}
