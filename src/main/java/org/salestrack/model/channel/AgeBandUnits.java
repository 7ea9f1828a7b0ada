package org.salestrack.model.channel;

/** Units bought online and offline by customers of one age band. */
public record AgeBandUnits(String band, long online, long offline) {
    public long total() { return online + offline; }
}
