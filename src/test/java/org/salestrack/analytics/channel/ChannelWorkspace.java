package org.salestrack.analytics.channel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.salestrack.analytics.explore.ExploreService;
import org.salestrack.ingest.ImportPolicy;
import org.salestrack.ingest.ImportService;
import org.salestrack.ingest.profile.ProfileLibrary;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;

/**
 * A planted channel workspace, imported as a user imports a file. March 2025 in Guangdong:
 * <ul>
 *   <li>online (Tmall, 官方商城): 6 units, ¥12,000.00, margin ¥1,800.00 (ASP ¥2,000.00); offline (直营店): 5 units,
 *       ¥12,000.00, margin ¥2,500.00 (ASP ¥2,400.00): the ASP gap is +20.0%;</li>
 *   <li>O2O: two online orders picked up in a store (T2 1 unit ¥2,000, M1 2 units ¥4,000): 3 units, ¥6,000.00;</li>
 *   <li>C1 buys online and offline (3 days, ¥8,400.00); C2 (2 days, ¥4,000) and C4 (1 day, ¥2,000) online only;
 *       C3 offline only (2 days, ¥4,800); one offline line has no customer.</li>
 * </ul>
 * Plus one offline line in Sichuan on 2025-03-18 (C6, 35-44, ¥3,000.00, margin ¥600.00), February 2025 (the previous
 * period of March: Tmall ¥1,000.00, 直营店 ¥2,000.00) and March 2024 (Tmall ¥4,000.00, 直营店 ¥2,000.00).
 */
public final class ChannelWorkspace {
    /** One planted line; amounts and margins in yuan. */
    public record Line(String order, String day, String channel, String type, String province, String customer, String band, boolean pickup,
                       int qty, long amount, long margin) {
        public LocalDate date() { return LocalDate.parse(day); }
    }

    public static final List<Line> LINES = List.of(
            new Line("T1", "2025-03-02", "Tmall", "online", "广东", "C1", "18-24", false, 1, 2000, 300),
            new Line("T2", "2025-03-05", "Tmall", "online", "广东", "C2", "25-34", true, 1, 2000, 300),
            new Line("M1", "2025-03-09", "官方商城", "online", "广东", "C1", "18-24", true, 2, 4000, 600),
            new Line("S1", "2025-03-10", "直营店", "offline", "广东", "C1", "18-24", false, 1, 2400, 500),
            new Line("S2", "2025-03-12", "直营店", "offline", "广东", "C3", "35-44", false, 1, 2400, 500),
            new Line("S3", "2025-03-20", "直营店", "offline", "广东", "C3", "35-44", false, 1, 2400, 500),
            new Line("S4", "2025-03-21", "直营店", "offline", "广东", "", "", false, 2, 4800, 1000),
            new Line("T3", "2025-03-25", "Tmall", "online", "广东", "C2", "25-34", false, 1, 2000, 300),
            new Line("T4", "2025-03-15", "Tmall", "online", "广东", "C4", "25-34", false, 1, 2000, 300),
            new Line("S5", "2025-03-18", "直营店", "offline", "四川", "C6", "35-44", false, 1, 3000, 600),
            new Line("T0", "2025-02-10", "Tmall", "online", "广东", "C9", "25-34", false, 1, 1000, 100),
            new Line("S0", "2025-02-11", "直营店", "offline", "广东", "", "", false, 1, 2000, 400),
            new Line("T9", "2024-03-10", "Tmall", "online", "广东", "", "", false, 2, 4000, 600),
            new Line("S9", "2024-03-11", "直营店", "offline", "广东", "", "", false, 1, 2000, 400));

    public static final LocalDate FROM = LocalDate.of(2025, 3, 1);
    public static final LocalDate TO = LocalDate.of(2025, 3, 31);
    public static final String GUANGDONG = "44";

    private static final String PROFILE = """
            {"name": "channels-test", "kind": "sales",
             "format": {"type": "csv", "encoding": "auto", "delimiter": "auto", "decimal": ".", "headerRow": "auto", "sheet": null},
             "fields": {"order_id": "order", "sold_at": "day", "channel": "channel",
                        "channel_type": "type", "province": "province", "sku": "sku", "qty": "qty", "amount": "amount", "margin": "margin",
                        "customer_id": "customer", "customer_age_band": "band", "pickup": "pickup"}}
            """;

    private ChannelWorkspace() {}

    /** Writes the profile and the file into {@code dir} and imports it; the rollups are brought up to date. */
    public static Workspace create(Path dir) {
        try {
            Workspace ws = Workspace.open(dir.resolve("workspace.db"));
            Path profiles = ImportService.profilesDir(ws);
            Files.createDirectories(profiles);
            Files.writeString(profiles.resolve("channels-test.json"), PROFILE, StandardCharsets.UTF_8);
            StringBuilder csv = new StringBuilder("order,day,channel,type,province,sku,qty,amount,margin,customer,band,pickup\n");
            for (Line l : LINES) {
                csv.append(String.join(",", l.order(), l.day(), l.channel(), l.type(), l.province(), "XH-X5-256", String.valueOf(l.qty()),
                        l.amount() + ".00", l.margin() + ".00", l.customer(), l.band(), l.pickup() ? "1" : "0")).append('\n');
            }
            Path file = dir.resolve("channel-lines.csv");
            Files.writeString(file, csv, StandardCharsets.UTF_8);
            new ImportService(ws, ProfileLibrary.load(profiles), ImportPolicy.DEFAULT).importFile(file, null, ProgressListener.NONE, Cancellation.none());
            new ExploreService(ws).refresh(Cancellation.none());
            return ws;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
