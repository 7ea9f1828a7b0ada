package org.salestrack.model.report;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The sections of the monthly sales workbook, in the order their sheets appear. */
public enum ReportSection {
    SUMMARY, REGIONS, PROVINCES, SERIES, CHANNELS, DEALERS, REBATES, MARKET, CUSTOMERS, FORECAST, MARKETING, INVENTORY, STOCK_RISKS, FEEDBACK, QUALITY, PROVENANCE, DETAIL;

    public String id() { return name().toLowerCase(Locale.ROOT); }

    public static ReportSection of(String id) {
        String wanted = id.trim().toUpperCase(Locale.ROOT);
        for (ReportSection s : values()) {
            if (s.name().equals(wanted)) return s;
        }
        List<String> ids = new ArrayList<>();
        for (ReportSection s : values()) ids.add(s.id());
        throw new IllegalArgumentException("unknown report section '" + id + "'; use " + String.join(",", ids));
    }

    public static Set<ReportSection> all() { return EnumSet.allOf(ReportSection.class); }

    public static Set<ReportSection> parse(List<String> ids) {
        if (ids == null || ids.isEmpty()) return all();
        Set<ReportSection> out = EnumSet.noneOf(ReportSection.class);
        for (String id : ids) out.add(of(id));
        return out;
    }
}
