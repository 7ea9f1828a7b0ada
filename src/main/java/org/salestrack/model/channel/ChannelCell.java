package org.salestrack.model.channel;

import org.salestrack.model.ChannelType;
import org.salestrack.model.cube.Measures;

/**
 * One channel's counted sales in a slice, in the previous period of as many days and in the same dates a
 * year before: what the comparison engine reads (from the cube's rollups).
 */
public record ChannelCell(String key, String name, ChannelType type, Measures now, Measures previous, Measures lastYear) {}
