package org.salestrack.model.marketing;

import java.util.List;

/** Journeys over a fixed list of channel names; a journey's touches index into {@code channels}. */
public record Journeys(List<String> channels, List<Journey> journeys) {
    public Journeys {
        channels = List.copyOf(channels);
        journeys = List.copyOf(journeys);
    }

    public long conversions() { return journeys.stream().filter(Journey::converted).count(); }

    public double value() { return journeys.stream().filter(Journey::converted).mapToDouble(Journey::value).sum(); }
}
