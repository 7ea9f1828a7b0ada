package org.salestrack.forecast.scenario;

/** A past campaign of a type (e.g. "618", "double-11", "trade-in") over periods [start, end) of a series. */
public record CampaignWindow(String type, int start, int end) {
    public CampaignWindow {
        if (type == null || type.isBlank()) throw new IllegalArgumentException("a campaign window needs a type");
        if (start < 0 || end <= start) throw new IllegalArgumentException("campaign " + type + ": window [" + start + ", " + end + ") is empty or negative");
    }
}
