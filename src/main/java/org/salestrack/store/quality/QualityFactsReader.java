package org.salestrack.store.quality;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import org.salestrack.model.BatchStatus;
import org.salestrack.model.Campaign;
import org.salestrack.model.ImportReject;
import org.salestrack.model.Message;
import org.salestrack.model.Province;
import org.salestrack.model.Provinces;
import org.salestrack.model.SaleFact;
import org.salestrack.model.SaleStatus;
import org.salestrack.model.SellInFact;
import org.salestrack.model.StockSnapshot;
import org.salestrack.store.Batches;
import org.salestrack.store.LongSet;
import org.salestrack.store.StoreException;
import org.salestrack.store.Workspace;

/**
 * Reads what the validation rules look at: every stored sale line that has not been rejected on review, in
 * import order, joined with its dimensions; sell-in; dealers' own stock; and the rows the importer could not
 * store. The rules need the whole history (a spike is measured against the weeks before, a duplicate
 * against earlier batches), so even a one-batch run reads everything.
 */
public final class QualityFactsReader {
    /** Nullable numbers come back as a sentinel, not SQL NULL: wasNull() is one more native call per column. */
    private static final double NO_REAL = -1e300;
    private static final String SALES = "SELECT id, batch_id, src_row, line_key, order_id, sold_at, channel_id, "
            + "IFNULL(store_id, 0), IFNULL(dealer_id, 0), region_id, product_id, qty, unit_price_e4, amount_e4, "
            + "IFNULL(discount_rate, " + NO_REAL + "), IFNULL(customer_id, 0), imei, waybill, campaign_code, ship_province, "
            + "IFNULL(ship_lat, " + NO_REAL + "), IFNULL(ship_lon, " + NO_REAL + "), "
            + "CASE status WHEN 'paid' THEN 0 WHEN 'refunded' THEN 1 ELSE 2 END, file_province "
            + "FROM sale WHERE hold <> 3";

    private final Workspace workspace;

    public QualityFactsReader(Workspace workspace) { this.workspace = workspace; }

    public Workspace workspace() { return workspace; }

    /** Whether {@code batchId} names an import batch whose lines are in the workspace (not undone). */
    public boolean isStoredBatch(long batchId) {
        return new Batches(workspace).find(batchId).filter(b -> b.status() == BatchStatus.STORED).isPresent();
    }

    private static SaleFact fact(ResultSet rs, Dimensions d, Map<String, String> campaigns) throws SQLException {
        Dimensions.Channel channel = d.channels.get(rs.getLong(7));
        Dimensions.Store store = d.stores.get(rs.getLong(8));
        Dimensions.Dealer dealer = d.dealers.get(rs.getLong(9));
        Dimensions.Product product = d.products.get(rs.getLong(11));
        String customer = d.customers.get(rs.getLong(16));
        long batch = rs.getLong(2);
        String campaign = rs.getString(19);
        return new SaleFact(rs.getLong(1), batch, d.batchFiles.get(batch), rs.getInt(3), rs.getString(4),
                rs.getString(5), dateTime(rs.getString(6)), channel.name(), channel.type(),
                store == null ? null : store.code(), d.regionProvince.get(rs.getLong(10)),
                store == null ? null : store.lat(), store == null ? null : store.lon(),
                dealer == null ? null : dealer.code(), dealer == null ? null : dealer.province(),
                dealer == null ? null : dealer.lat(), dealer == null ? null : dealer.lon(),
                d.province(rs.getString(20)), orNull(rs.getDouble(21)), orNull(rs.getDouble(22)),
                product.sku(), product.launch(), product.listPriceE4(),
                rs.getLong(12), rs.getLong(13), rs.getLong(14), orNull(rs.getDouble(15)), customer, rs.getString(17),
                rs.getString(18), campaign == null ? null : campaigns.computeIfAbsent(campaign, k -> k),
                STATUSES[rs.getInt(23)], rs.getString(24));
    }

    /**
     * Hashes of the line keys and of the IMEIs that occur on more than one of the lines to validate: every other
     * key and IMEI occurs once, so a rule streaming the lines need follow only these. {@code lines} counts the lines.
     */
    public record Repeats(long lines, LongSet keys, LongSet imeis) {}

    /** One narrow pass over the keys and IMEIs, hashed with {@code hash} (the rules' own), sorted as primitives. */
    public Repeats repeats(ToLongFunction<String> hash) {
        long[] keys = new long[1 << 16];
        long[] imeis = new long[1 << 16];
        int nKeys = 0;
        int nImeis = 0;
        long lines = 0;
        try (Connection c = workspace.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT line_key, imei FROM sale WHERE hold <> 3")) {
            while (rs.next()) {
                lines++;
                String key = rs.getString(1);
                if (key != null) {
                    if (nKeys == keys.length) keys = Arrays.copyOf(keys, keys.length * 2);
                    keys[nKeys++] = hash.applyAsLong(key);
                }
                String imei = rs.getString(2);
                if (imei != null) {
                    if (nImeis == imeis.length) imeis = Arrays.copyOf(imeis, imeis.length * 2);
                    imeis[nImeis++] = hash.applyAsLong(imei);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the line keys to validate", e);
        }
        return new Repeats(lines, repeated(keys, nKeys), repeated(imeis, nImeis));
    }

    private static LongSet repeated(long[] values, int n) {
        Arrays.sort(values, 0, n);
        LongSet out = new LongSet();
        for (int i = 1; i < n; i++) {
            if (values[i] == values[i - 1]) out.add(values[i]);
        }
        return out;
    }

    /**
     * Lines by id, and whole days of stores by store code: what a second look at some lines asks for; {@code within}, when
     * not null, the only lines that may be read (a run over what new batches touch: the ids lead, so no day is scanned).
     */
    public record Subset(Set<Long> ids, Map<String, Set<LocalDate>> storeDays, Set<Long> within) {
        public Subset(Set<Long> ids, Map<String, Set<LocalDate>> storeDays) { this(ids, storeDays, null); }
    }

    private static final List<SaleFact> END = List.of();

    /**
     * Streams the lines to validate (all, or those of {@code only} when not null) in import order, in chunks of
     * {@code chunkSize}, to {@code consumer}. A thread of its own reads the next chunks while the consumer works,
     * at most four ahead, so memory holds a few chunks whatever the size of the workspace. An exception from
     * the consumer (a cancel) stops the reading.
     */
    public void stream(Subset only, int chunkSize, Consumer<List<SaleFact>> consumer) {
        BlockingQueue<List<SaleFact>> queue = new ArrayBlockingQueue<>(4);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Exception> failure = new AtomicReference<>();
        Thread reading = new Thread(() -> {
            try (Connection c = workspace.connect()) {
                Dimensions d = Dimensions.read(c);
                String where = only == null ? "" : narrowTo(c, only);
                Map<String, String> campaigns = new HashMap<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(SALES + where + " ORDER BY id")) {
                    List<SaleFact> chunk = new ArrayList<>(chunkSize);
                    while (!stop.get() && rs.next()) {
                        chunk.add(fact(rs, d, campaigns));
                        if (chunk.size() == chunkSize) {
                            offer(queue, chunk, stop);
                            chunk = new ArrayList<>(chunkSize);
                        }
                    }
                    if (!chunk.isEmpty()) offer(queue, chunk, stop);
                }
                if (only != null) {
                    try (Statement s = c.createStatement()) {
                        s.executeUpdate("DROP TABLE IF EXISTS temp.want_id");
                        s.executeUpdate("DROP TABLE IF EXISTS temp.want_day");
                        s.executeUpdate("DROP TABLE IF EXISTS temp.want_within");
                    }
                }
            } catch (SQLException | RuntimeException e) {
                failure.set(e);
            } finally {
                offer(queue, END, stop);
            }
        }, "sale-lines");
        reading.setDaemon(true);
        reading.start();
        try {
            for (List<SaleFact> chunk = queue.take(); chunk != END; chunk = queue.take()) consumer.accept(chunk);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while reading the sale lines to validate", e);
        } finally {
            stop.set(true);
            queue.clear();
            try {
                reading.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Exception e = failure.get();
        if (e instanceof RuntimeException r) throw r;
        if (e != null) throw new StoreException("cannot read the sale lines to validate", (SQLException) e);
    }

    private static void offer(BlockingQueue<List<SaleFact>> queue, List<SaleFact> chunk, AtomicBoolean stop) {
        try {
            while (!stop.get()) {
                if (queue.offer(chunk, 100, TimeUnit.MILLISECONDS)) return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The condition for the lines of {@code only}, its ids and store-days put in temporary tables of {@code c}. */
    private static String narrowTo(Connection c, Subset only) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TEMP TABLE IF NOT EXISTS want_id(id INTEGER PRIMARY KEY)");
            s.executeUpdate("CREATE TEMP TABLE IF NOT EXISTS want_day(code TEXT NOT NULL, day TEXT NOT NULL)");
            s.executeUpdate("CREATE TEMP TABLE IF NOT EXISTS want_within(id INTEGER PRIMARY KEY)");
            s.executeUpdate("DELETE FROM temp.want_id");
            s.executeUpdate("DELETE FROM temp.want_day");
            s.executeUpdate("DELETE FROM temp.want_within");
        }
        try (PreparedStatement ids = c.prepareStatement("INSERT OR IGNORE INTO temp.want_id(id) VALUES (?)");
             PreparedStatement days = c.prepareStatement("INSERT INTO temp.want_day(code, day) VALUES (?, ?)");
             PreparedStatement within = c.prepareStatement("INSERT OR IGNORE INTO temp.want_within(id) VALUES (?)")) {
            if (only.within() != null) {
                for (long id : only.within()) {
                    within.setLong(1, id);
                    within.addBatch();
                }
                within.executeBatch();
            }
            for (long id : only.ids()) {
                ids.setLong(1, id);
                ids.addBatch();
            }
            ids.executeBatch();
            for (Map.Entry<String, Set<LocalDate>> e : only.storeDays().entrySet()) {
                for (LocalDate day : e.getValue()) {
                    days.setString(1, e.getKey());
                    days.setString(2, day.toString());
                    days.addBatch();
                }
            }
            days.executeBatch();
        }
        String lead = only.within() == null ? "" : " AND id IN (SELECT id FROM temp.want_within)";
        if (only.within() != null && only.storeDays().isEmpty()) return lead + " AND id IN (SELECT id FROM temp.want_id)";
        // sold_at starts with the day the line is dated (SaleFact.saleDate), whatever sale_date says
        return lead + " AND (id IN (SELECT id FROM temp.want_id) OR (store_id, substr(sold_at, 1, 10)) IN "
                + "(SELECT st.id, w.day FROM temp.want_day w JOIN store st ON st.code = w.code))";
    }

    public List<SellInFact> sellIns() {
        String sql = "SELECT s.id, s.batch_id, b.file_name, s.src_row, s.shipped_at, d.code, p.sku, s.qty FROM sell_in s "
                + "JOIN import_batch b ON b.id = s.batch_id JOIN dealer d ON d.id = s.dealer_id "
                + "JOIN product p ON p.id = s.product_id WHERE s.hold <> 3 ORDER BY s.id";
        List<SellInFact> out = new ArrayList<>();
        try (Connection c = workspace.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(new SellInFact(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), date(rs.getString(5)),
                        rs.getString(6), rs.getString(7), rs.getLong(8)));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read sell-in", e);
        }
    }

    /** Stock held in dealers' own warehouses (location type dealer or warehouse, coded as a dealer). */
    public List<StockSnapshot> dealerStock() {
        String sql = "SELECT s.as_of, s.location_code, p.sku, s.on_hand, s.in_transit FROM stock s "
                + "JOIN product p ON p.id = s.product_id JOIN dealer d ON d.code = s.location_code "
                + "WHERE s.location_type IN ('dealer', 'warehouse') ORDER BY s.id";
        List<StockSnapshot> out = new ArrayList<>();
        try (Connection c = workspace.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                String location = rs.getString(2);
                out.add(new StockSnapshot(date(rs.getString(1)), location, location, rs.getString(3), rs.getLong(4),
                        rs.getLong(5)));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read stock", e);
        }
    }

    /**
     * Campaigns with their channels split and their region resolved to province codes: 全国 (national) or
     * blank is everywhere, a sales region (华东) is its provinces, anything else a list of province spellings.
     */
    public List<Campaign> campaigns() {
        String sql = "SELECT code, name, tag, starts, ends, channels, region FROM campaign ORDER BY id";
        List<Campaign> out = new ArrayList<>();
        try (Connection c = workspace.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                String starts = rs.getString(4);
                String ends = rs.getString(5);
                out.add(new Campaign(rs.getString(1), rs.getString(2), rs.getString(3),
                        starts == null ? null : date(starts), ends == null ? null : date(ends),
                        Set.copyOf(split(rs.getString(6))), provinces(rs.getString(7)), Set.of()));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read campaigns", e);
        }
    }

    static Set<String> provinces(String region) {
        List<String> parts = split(region);
        if (parts.isEmpty() || parts.stream().anyMatch(p -> NATIONAL.contains(p.toLowerCase(Locale.ROOT)))) return Set.of();
        Set<String> codes = new HashSet<>();
        for (String part : parts) {
            List<String> inRegion = Provinces.get().all().stream().filter(p -> p.salesRegion().equals(part))
                    .map(Province::code).toList();
            if (!inRegion.isEmpty()) codes.addAll(inRegion);
            else codes.add(Provinces.get().normalise(part).orElse(part));
        }
        return codes;
    }

    private static final Set<String> NATIONAL = Set.of("全国", "national", "nationwide", "all", "china", "cn");

    private static List<String> split(String text) {
        if (text == null || text.isBlank()) return List.of();
        return Arrays.stream(text.split("[;,/|、，；]")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }

    /**
     * Rows the importer kept aside because a required field was missing or unreadable. A row quarantined before its
     * reason's key was kept (or whose key does not read) has its English reason only, shown as it is.
     */
    public List<ImportReject> rejects() { return rejects(""); }

    /** The rows of {@link #rejects()} that {@code batches} kept aside. */
    public List<ImportReject> rejectsOf(java.util.Collection<Long> batches) {
        StringBuilder ids = new StringBuilder();
        for (long id : batches) ids.append(ids.length() == 0 ? "" : ",").append(id);
        return rejects(" AND q.batch_id IN (" + (ids.length() == 0 ? "NULL" : ids) + ")");
    }

    private List<ImportReject> rejects(String andWhere) {
        String sql = "SELECT q.batch_id, b.file_name, q.src_row, q.reason, q.reason_key, q.reason_args FROM quarantine q "
                + "JOIN import_batch b ON b.id = q.batch_id WHERE b.status = 'stored'" + andWhere + " ORDER BY q.batch_id, q.src_row";
        List<ImportReject> out = new ArrayList<>();
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Message why = MessageJson.read(rs.getString(5), rs.getString(6));
                out.add(why == null ? new ImportReject(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4))
                        : new ImportReject(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), why));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read quarantined rows", e);
        }
    }

    private static final SaleStatus[] STATUSES = {SaleStatus.PAID, SaleStatus.REFUNDED, SaleStatus.CANCELLED};

    private static Double orNull(double v) {
        return v == NO_REAL ? null : v;
    }


    static LocalDate date(String text) {
        return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    }

    /** 'YYYY-MM-DDTHH:MM:SS' as the importer writes it, read without the formatter's overhead. */
    static LocalDateTime dateTime(String t) {
        if (t.length() == 19 && t.charAt(10) == 'T') {
            return LocalDateTime.of(digits(t, 0, 4), digits(t, 5, 7), digits(t, 8, 10), digits(t, 11, 13),
                    digits(t, 14, 16), digits(t, 17, 19));
        }
        return t.length() == 10 ? LocalDate.parse(t).atStartOfDay() : LocalDateTime.parse(t);
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char ch = s.charAt(i);
            if (ch < '0' || ch > '9') throw new IllegalArgumentException("not a date-time: '" + s + "'");
            v = v * 10 + (ch - '0');
        }
        return v;
    }
}
