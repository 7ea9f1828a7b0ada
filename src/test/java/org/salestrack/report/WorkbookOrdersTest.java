package org.salestrack.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.salestrack.report.Sheets.col;
import static org.salestrack.report.Sheets.number;
import static org.salestrack.report.Sheets.row;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.ingest.ImportPolicy;
import org.salestrack.ingest.ImportService;
import org.salestrack.ingest.profile.ProfileCodec;
import org.salestrack.ingest.profile.ProfileLibrary;
import org.salestrack.store.Batches;
import org.salestrack.store.CountedSale;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;

/**
 * Issue 23: the workbook's Orders come from the orders rollup, not from a read of the lines. Its trend (each month
 * and the Total row of the last twelve) and its Channels sheet must say what an independent COUNT(DISTINCT) over the
 * counted lines says, on the report workspace and after planted orders whose lines fall on different days, stores,
 * provinces, series and months, in two channels under one order id, with a line not counted and lines without an id.
 */
class WorkbookOrdersTest {
    private static final YearMonth MARCH = YearMonth.of(2025, 3);
    /** Planted: M-1 on Tmall has lines on 27 Feb and on 2 and 20 Mar in two provinces and series; M-1 on JD is another
     *  order; M-2 in stores has lines in two stores on two days and a refunded line; two Tmall lines carry no order id. */
    private static final String PLANTED = String.join("\n",
            "order_id,line_no,sold_at,channel,channel_type,store_code,dealer_code,province,city,sku,product_name,series,qty,unit_price,amount,margin,status",
            "M-1,1,2025-02-27 23:50:00,Tmall,online,,,广东,广州,X1-128,X1 128G,X,1,2999.99,2999.99,600.10,paid",
            "M-1,2,2025-03-02 10:00:00,Tmall,online,,,广东,广州,X1-128,X1 128G,X,1,2999.99,2999.99,600.10,paid",
            "M-1,3,2025-03-20 11:00:00,Tmall,online,,,北京,北京,Y2-256,Y2 256G,Y,2,1999.50,3999.00,800.00,paid",
            "M-1,1,2025-03-03 12:00:00,JD,online,,,北京,北京,Y2-256,Y2 256G,Y,1,1999.50,1999.50,400.00,paid",
            "M-2,1,2025-03-05 15:00:00,Store,offline,ST-GZ1,DL-01,广东,广州,Y2-256,Y2 256G,Y,1,1999.50,1999.50,400.00,paid",
            "M-2,2,2025-03-06 16:00:00,Store,offline,ST-HZ1,DL-02,浙江,杭州,X1-128,X1 128G,X,1,2999.99,2999.99,600.10,paid",
            "M-2,3,2025-03-06 16:00:00,Store,offline,ST-HZ1,DL-02,浙江,杭州,X1-128,X1 128G,X,1,2999.99,2999.99,600.10,refunded",
            "M-3,1,2025-03-08 09:00:00,Store,offline,ST-GZ1,DL-01,广东,广州,X1-128,X1 128G,X,1,2999.99,2999.99,600.10,refunded",
            ",1,2025-03-09 09:00:00,Tmall,online,,,广东,广州,X1-128,X1 128G,X,1,2999.99,2999.99,600.10,paid",
            ",1,2025-03-09 09:00:00,Tmall,online,,,广东,广州,X1-128,X1 128G,X,1,2999.99,2999.99,600.10,paid") + "\n";

    @TempDir
    Path dir;

    @Test
    void theWorkbooksOrdersAreTheDistinctOrdersOfTheLinesBeforeAndAfterPlantedMultiLineOrdersAndAnUndo() throws Exception {
        Workspace ws = ReportWorkspace.build(dir);
        Map<String, Long> before = counted(ws, "substr(s.sale_date, 1, 7)");
        Map<String, Long> channelsBefore = counted(ws, "(SELECT name FROM channel WHERE id = s.channel_id)");
        check(ws, "r0.xlsx");

        long batch = plant(ws);
        Map<String, Long> after = counted(ws, "substr(s.sale_date, 1, 7)");
        // by hand: February gains Tmall M-1; March gains Tmall M-1, JD M-1, store M-2 and the two lines without an id
        assertThat(after.get("2025-02") - before.getOrDefault("2025-02", 0L)).isEqualTo(1);
        assertThat(after.get("2025-03") - before.getOrDefault("2025-03", 0L)).isEqualTo(5);
        Map<String, Long> channelsAfter = counted(ws, "(SELECT name FROM channel WHERE id = s.channel_id)");
        // over all months M-1 is one Tmall order however many months its lines fall in; the two lines without an id are two
        assertThat(channelsAfter.get("Tmall") - channelsBefore.getOrDefault("Tmall", 0L)).isEqualTo(3);
        check(ws, "r1.xlsx");

        new Batches(ws).undo(batch);
        assertThat(counted(ws, "substr(s.sale_date, 1, 7)")).isEqualTo(before);
        check(ws, "r2.xlsx");
    }

    /** The trend's months, its Total row and the Channels sheet against COUNT(DISTINCT) over the lines. */
    private void check(Workspace ws, String name) throws Exception {
        Map<String, Long> byMonth = counted(ws, "substr(s.sale_date, 1, 7)");
        try (XSSFWorkbook wb = WorkbookFiles.writeAndOpen(ws, MARCH, Locale.ENGLISH, dir.resolve(name))) {
            FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
            Sheet s = wb.getSheet("Summary");
            int header = row(s, "Month");
            int orders = col(s, header, "Orders");
            long twelve = 0;
            for (int i = 0; i < 13; i++) {
                YearMonth m = MARCH.minusMonths(12 - i);
                long expected = byMonth.getOrDefault(m.toString(), 0L);
                int r = row(s, 0, m.toString(), header);
                assertThat((long) number(ev, s, r, orders)).as("orders of %s", m).isEqualTo(expected);
                if (i > 0) twelve += expected;
            }
            // the Total row of the last twelve months: its Orders, evaluated, are the months' distinct orders added up
            int total = row(s, 0, "Total 2024-04 to 2025-03 (12 months)", header);
            assertThat(twelve).isPositive();
            assertThat((long) number(ev, s, total, orders)).isEqualTo(twelve);
            // an order with lines in two months counts in each, as COUNT(DISTINCT) per month does: the same as one
            // COUNT(DISTINCT) over the year when no order spans months, one more per month an order adds
            long spanning = spanningOrders(ws);
            assertThat(twelve).isEqualTo(distinct(ws, "2024-04-01", "2025-03-31") + spanning);

            Sheet ch = wb.getSheet("Channels");
            Map<String, Long> inMarch = countedIn(ws, "(SELECT name FROM channel WHERE id = s.channel_id)", "2025-03-01", "2025-03-31");
            int chOrders = col(ch, ChannelsSheet.HEADER, "Orders");
            assertThat(inMarch).isNotEmpty();
            for (var e : inMarch.entrySet()) {
                assertThat((long) number(ev, ch, row(ch, 0, e.getKey(), ChannelsSheet.HEADER + 1), chOrders)).as("orders of %s", e.getKey())
                        .isEqualTo(e.getValue());
            }
        }
    }

    private long plant(Workspace ws) throws Exception {
        Path csv = dir.resolve("planted.csv");
        Files.writeString(csv, PLANTED, StandardCharsets.UTF_8);
        Path profile = ReportWorkspace.copy(dir, "sales.profile.json");
        var result = new ImportService(ws, ProfileLibrary.load(null), ImportPolicy.DEFAULT)
                .importFile(csv, ProfileCodec.read(profile), ProgressListener.NONE, Cancellation.none());
        assertThat(result.stored()).isEqualTo(10);
        return result.batchId();
    }

    private static Map<String, Long> counted(Workspace ws, String by) throws SQLException {
        return countedIn(ws, by, "0000-01-01", "9999-12-31");
    }

    /** COUNT(DISTINCT) of the one SQL definition of an order over the counted lines of the days, by {@code by}. */
    private static Map<String, Long> countedIn(Workspace ws, String by, String from, String to) throws SQLException {
        Map<String, Long> out = new TreeMap<>();
        try (Connection c = ws.connect(); PreparedStatement ps = c.prepareStatement("SELECT " + by + " AS k, " + CountedSale.ORDERS
                + " FROM sale s WHERE " + CountedSale.where("s") + " AND s.sale_date BETWEEN ? AND ? GROUP BY k")) {
            ps.setString(1, from);
            ps.setString(2, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(rs.getString(1), rs.getLong(2));
            }
        }
        return out;
    }

    private static long distinct(Workspace ws, String from, String to) throws SQLException {
        return countedIn(ws, "'all'", from, to).getOrDefault("all", 0L);
    }

    /** Orders of the twelve months with counted lines in more than one of them, counted once per extra month. */
    private static long spanningOrders(Workspace ws) throws SQLException {
        try (Connection c = ws.connect(); PreparedStatement ps = c.prepareStatement("SELECT COALESCE(SUM(n - 1), 0) FROM (SELECT "
                + "COUNT(DISTINCT substr(s.sale_date, 1, 7)) AS n FROM sale s WHERE " + CountedSale.where("s")
                + " AND s.sale_date BETWEEN '2024-04-01' AND '2025-03-31' GROUP BY s.channel_id, COALESCE(s.order_id, '#' || s.id))");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

}
