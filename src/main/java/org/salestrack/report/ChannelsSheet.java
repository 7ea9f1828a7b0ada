package org.salestrack.report;

import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.salestrack.model.ChannelType;
import org.salestrack.model.report.ChannelLine;
import org.salestrack.model.report.SalesReportData;
import org.salestrack.model.report.StoreTypeLine;
import org.salestrack.report.Styles.Kind;

/**
 * The period's channels: each channel with orders, units, amount, average selling price and share; the
 * online/offline split as SUMIF formulas over that table; offline sales by store type; then the Channels
 * screen's comparison ({@link ChannelComparisonBlock}).
 */
final class ChannelsSheet {
    static final int HEADER = 3;
    private static final int LAST_COL = 7;

    private final ReportLabels labels;

    ChannelsSheet(ReportLabels labels) { this.labels = labels; }

    void write(Sheet sheet, Grid g, SalesReportData d) {
        g.banner(0, 0, labels.format("channels.title", d.period().toString()), g.styles().title());
        g.banner(1, 0, labels.get("period.note"), g.styles().note());
        String[] keys = {"col.channel", "col.type", "col.kind", "col.orders", "col.qty", "col.amount", "col.asp", "col.share"};
        for (int c = 0; c < keys.length; c++) g.header(HEADER, c, labels.get(keys[c]));
        List<ChannelLine> channels = d.channels();
        int first = HEADER + 1;
        int totalRow = first + channels.size();
        int r = first;
        for (ChannelLine ch : channels) {
            g.text(r, 0, ch.name());
            g.text(r, 1, labels.get("type." + ch.type().id()));
            g.text(r, 2, ch.kind());
            g.integer(r, 3, ch.orders(), false);
            g.integer(r, 4, ch.qty(), false);
            g.money(r, 5, ch.amountE4(), false);
            g.formula(r, 6, asp(r), Kind.MONEY, false);
            g.formula(r, 7, "IFERROR(" + Grid.ref(r, 5) + "/" + Grid.abs(totalRow, 5) + ",\"\")", Kind.PERCENT, false);
            r++;
        }
        SheetLayout.frame(sheet, HEADER, 1);
        if (channels.isEmpty()) {
            g.banner(first, 0, labels.get("none.sales"), g.styles().note());
            return;
        }
        g.totalLabel(totalRow, LAST_COL, labels.get("total"));
        for (int c = 3; c <= 5; c++) {
            g.formula(totalRow, c, "SUM(" + Grid.range(first, c, totalRow - 1, c) + ")", c == 5 ? Kind.MONEY : Kind.INTEGER, true);
        }
        g.formula(totalRow, 6, asp(totalRow), Kind.MONEY, true);
        g.formula(totalRow, 7, "SUM(" + Grid.range(first, 7, totalRow - 1, 7) + ")", Kind.PERCENT, true);
        SheetLayout.filter(sheet, HEADER, totalRow - 1, LAST_COL);
        int split = writeSplit(g, totalRow + 3, first, totalRow - 1, totalRow);
        int storeTypes = writeStoreTypes(g, d.storeTypes(), split + 3);
        new ChannelComparisonBlock(labels).write(g, d.channelReport(), storeTypes + 3);
    }

    private static String asp(int r) { return "IFERROR(" + Grid.ref(r, 5) + "/" + Grid.ref(r, 4) + ",\"\")"; }

    /** Online and offline totals summed from the channel table by its type column; returns the last row. */
    private int writeSplit(Grid g, int header, int first, int last, int channelTotalRow) {
        g.banner(header - 1, 0, labels.get("channels.split"), g.styles().section());
        String[] keys = {"col.type", "col.qty", "col.amount", "col.share"};
        for (int c = 0; c < keys.length; c++) g.header(header, c, labels.get(keys[c]));
        String types = Grid.absRange(first, 1, last, 1);
        int r = header + 1;
        for (ChannelType t : ChannelType.values()) {
            g.text(r, 0, labels.get("type." + t.id()));
            g.formula(r, 1, "SUMIF(" + types + "," + Grid.ref(r, 0) + "," + Grid.absRange(first, 4, last, 4) + ")", Kind.INTEGER, false);
            g.formula(r, 2, "SUMIF(" + types + "," + Grid.ref(r, 0) + "," + Grid.absRange(first, 5, last, 5) + ")", Kind.MONEY, false);
            g.formula(r, 3, "IFERROR(" + Grid.ref(r, 2) + "/" + Grid.abs(channelTotalRow, 5) + ",\"\")", Kind.PERCENT, false);
            r++;
        }
        return r - 1;
    }

    /** Returns the last row written. */
    private int writeStoreTypes(Grid g, List<StoreTypeLine> lines, int header) {
        g.banner(header - 1, 0, labels.get("channels.storeTypes"), g.styles().section());
        String[] keys = {"col.storeType", "col.qty", "col.amount", "col.share"};
        for (int c = 0; c < keys.length; c++) g.header(header, c, labels.get(keys[c]));
        if (lines.isEmpty()) {
            g.banner(header + 1, 0, labels.get("none.storeTypes"), g.styles().note());
            return header + 1;
        }
        int first = header + 1;
        int totalRow = first + lines.size();
        int r = first;
        for (StoreTypeLine s : lines) {
            g.text(r, 0, s.storeType().isEmpty() ? labels.get("unknown") : s.storeType());
            g.integer(r, 1, s.qty(), false);
            g.money(r, 2, s.amountE4(), false);
            g.formula(r, 3, "IFERROR(" + Grid.ref(r, 2) + "/" + Grid.abs(totalRow, 2) + ",\"\")", Kind.PERCENT, false);
            r++;
        }
        g.totalLabel(totalRow, 3, labels.get("total"));
        g.formula(totalRow, 1, "SUM(" + Grid.range(first, 1, totalRow - 1, 1) + ")", Kind.INTEGER, true);
        g.formula(totalRow, 2, "SUM(" + Grid.range(first, 2, totalRow - 1, 2) + ")", Kind.MONEY, true);
        g.formula(totalRow, 3, "SUM(" + Grid.range(first, 3, totalRow - 1, 3) + ")", Kind.PERCENT, true);
        return totalRow;
    }
}
