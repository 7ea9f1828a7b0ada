package org.salestrack.sample;

/**
 * One written sample file, as samples/README.md lists it.
 *
 * @param name    path relative to the output folder
 * @param profile the shipped mapping profile that imports it (profiles/NAME.json)
 * @param rows    data rows (order lines for sales files), banners and headers excluded
 */
public record SampleFile(String name, String kind, String source, String format, String encoding, String profile,
                         long rows) {}
