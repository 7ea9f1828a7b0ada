package org.salestrack.ingest.profile;

/**
 * The "format" block of a mapping profile. {@code type} is csv, tsv, xlsx, json or auto (by file
 * extension); {@code headerRow} is 1-based, or 0 for "auto" (found below title banners).
 */
public record FormatSpec(String type, String encoding, String delimiter, char decimal, int headerRow, String sheet) {
    public static final FormatSpec AUTO = new FormatSpec("auto", "auto", "auto", '.', 0, null);

    public FormatSpec {
        type = type == null ? "auto" : type;
        encoding = encoding == null ? "auto" : encoding;
        delimiter = delimiter == null ? "auto" : delimiter;
        decimal = decimal == 0 ? '.' : decimal;
    }

    public FormatSpec withType(String t) { return new FormatSpec(t, encoding, delimiter, decimal, headerRow, sheet); }
}
