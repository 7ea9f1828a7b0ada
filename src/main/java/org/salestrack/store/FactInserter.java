package org.salestrack.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;
import org.salestrack.model.CanonicalRow;
import org.salestrack.model.RecordKind;

/** Stores rows of every kind but sales: facts into their tables, dimension files into the dimensions. */
final class FactInserter implements AutoCloseable {
    private static final Map<RecordKind, String> SQL = new EnumMap<>(RecordKind.class);

    static {
        SQL.put(RecordKind.SELL_IN, "INSERT INTO sell_in(batch_id, src_row, shipped_at, dealer_id, product_id, qty, amount_e4, province) VALUES (?,?,?,?,?,?,?,?)");
        SQL.put(RecordKind.STOCK, "INSERT INTO stock(batch_id, src_row, as_of, location_code, location_type, product_id, on_hand, in_transit) VALUES (?,?,?,?,?,?,?,?)");
        SQL.put(RecordKind.SPEND, "INSERT INTO spend(batch_id, src_row, date, channel_id, campaign_code, spend_e4, impressions, clicks) VALUES (?,?,?,?,?,?,?,?)");
        SQL.put(RecordKind.TOUCHPOINT, "INSERT INTO touchpoint(batch_id, src_row, customer_id, at, channel_id, order_id) VALUES (?,?,?,?,?,?)");
        SQL.put(RecordKind.TARGET, "INSERT INTO target(batch_id, src_row, period, dealer_id, region, qty, amount_e4) VALUES (?,?,?,?,?,?,?)");
        SQL.put(RecordKind.DEALER_SERVICE, "INSERT INTO dealer_service(batch_id, src_row, period, dealer_id, nps, complaints, resolved_48h) VALUES (?,?,?,?,?,?,?)");
        SQL.put(RecordKind.MARKET, "INSERT INTO market(batch_id, src_row, period, province, category, units, brand, price_band, value_e4) "
                + "VALUES (?,?,?,?,?,?,?,?,?)");
        SQL.put(RecordKind.COMPETITOR_EVENT, "INSERT INTO competitor_event(batch_id, src_row, brand, model, event_date, kind, provinces, "
                + "category, price_before_e4, price_after_e4) VALUES (?,?,?,?,?,?,?,?,?,?)");
        SQL.put(RecordKind.POLICY, "INSERT INTO policy_measure(batch_id, src_row, name, provinces, starts, ends, category, rate, "
                + "cap_e4, max_price_e4) VALUES (?,?,?,?,?,?,?,?,?,?)");
        SQL.put(RecordKind.REVIEW, "INSERT INTO review(batch_id, src_row, review_id, at, channel_id, product_id, product_name, order_id, rating, text) VALUES (?,?,?,?,?,?,?,?,?,?)");
        SQL.put(RecordKind.TICKET, "INSERT INTO ticket(batch_id, src_row, ticket_id, opened_at, resolved_at, channel_id, store_id, dealer_id, product_id, category, status, text) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
        SQL.put(RecordKind.CAMPAIGN, "INSERT INTO campaign(code, name, tag, starts, ends, channels, region, promo_type, budget_e4, batch_id) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT(code) DO UPDATE SET name = COALESCE(excluded.name, name), "
                + "tag = COALESCE(excluded.tag, tag), starts = COALESCE(excluded.starts, starts), ends = COALESCE(excluded.ends, ends), "
                + "channels = COALESCE(excluded.channels, channels), region = COALESCE(excluded.region, region), "
                + "promo_type = COALESCE(excluded.promo_type, promo_type), budget_e4 = COALESCE(excluded.budget_e4, budget_e4), "
                + "batch_id = excluded.batch_id");
    }

    private final Dimensions dims;
    private final long batchId;
    private final RecordKind kind;
    private final PreparedStatement ps;
    private int pending;

    FactInserter(Connection c, Dimensions dims, long batchId, RecordKind kind) throws SQLException {
        this.dims = dims;
        this.batchId = batchId;
        this.kind = kind;
        String sql = SQL.get(kind);
        this.ps = sql == null ? null : c.prepareStatement(sql);
    }

    void add(CanonicalRow r) throws SQLException {
        switch (kind) {
            case DEALER -> {
                dims.dealerAttributes(r.text("dealer_code"), r.text("name"), r.text("tier"), r.text("grade"), r.text("province"),
                        r.text("city"), r.real("lat"), r.real("lon"), r.text("parent_code"),
                        (Boolean) r.get("digital_tools"));
                return;
            }
            case STORE -> {
                Long dealer = r.text("dealer_code") == null ? null : dims.dealer(r.text("dealer_code"));
                Long channel = r.text("channel") == null ? null : dims.channel(r.text("channel"), "offline", r.text("store_type"));
                Long region = r.text("province") == null ? null : dims.region(null, null, r.text("province"), r.text("city"));
                String province = r.text("province");
                String county = r.text("county") == null ? null
                        : org.salestrack.model.Counties.get().resolve(province, r.text("city"), r.text("county")).orElse(null);
                dims.storeAttributes(r.text("store_code"), r.text("name"), dealer, channel, r.text("store_type"), region,
                        r.real("lat"), r.real("lon"), county);
                return;
            }
            case PRODUCT -> {
                dims.productAttributes(r.text("sku"), r.text("product_name"), r.text("model"), r.text("series"), r.text("category"),
                        date(r.get("launch_date")), r.whole("list_price"), r.whole("unit_cost"));
                return;
            }
            default -> bind(r);
        }
        ps.addBatch();
        if (++pending >= 2_000) flush();
    }

    private void bind(CanonicalRow r) throws SQLException {
        int i = 1;
        if (kind != RecordKind.CAMPAIGN) {
            ps.setLong(i++, batchId);
            ps.setInt(i++, r.sourceRow());
        }
        switch (kind) {
            case SELL_IN -> {
                long dealer = dims.dealer(r.text("dealer_code"));
                if (r.text("dealer_tier") != null) {
                    dims.dealerAttributes(r.text("dealer_code"), null, r.text("dealer_tier"), null, null, null, null, null, null, null);
                }
                ps.setString(i++, date(r.get("shipped_at")));
                ps.setLong(i++, dealer);
                ps.setLong(i++, dims.product(r.text("sku"), null, null, null, null));
                ps.setLong(i++, r.whole("qty"));
                Dimensions.setLong(ps, i++, r.whole("amount"));
                ps.setString(i, r.text("province"));
            }
            case STOCK -> {
                ps.setString(i++, date(r.get("as_of")));
                ps.setString(i++, r.text("location_code"));
                ps.setString(i++, r.text("location_type") == null ? "store" : r.text("location_type"));
                ps.setLong(i++, dims.product(r.text("sku"), null, null, null, null));
                ps.setLong(i++, r.whole("on_hand"));
                ps.setLong(i, r.whole("in_transit") == null ? 0 : r.whole("in_transit"));
            }
            case SPEND -> {
                ps.setString(i++, date(r.get("date")));
                ps.setLong(i++, dims.channel(r.text("channel"), "online", null));
                ps.setString(i++, r.text("campaign_code"));
                ps.setLong(i++, r.whole("spend"));
                Dimensions.setLong(ps, i++, r.whole("impressions"));
                Dimensions.setLong(ps, i, r.whole("clicks"));
            }
            case TOUCHPOINT -> {
                ps.setLong(i++, dims.customer(r.text("customer_id"), null, null, null));
                ps.setString(i++, dateTime(r.get("at")));
                ps.setLong(i++, dims.channel(r.text("channel"), "online", null));
                ps.setString(i, r.text("order_id"));
            }
            case TARGET -> {
                ps.setString(i++, r.text("period"));
                Dimensions.setLong(ps, i++, r.text("dealer_code") == null ? null : dims.dealer(r.text("dealer_code")));
                ps.setString(i++, r.text("region"));
                ps.setLong(i++, r.whole("qty"));
                Dimensions.setLong(ps, i, r.whole("amount"));
            }
            case DEALER_SERVICE -> {
                ps.setString(i++, r.text("period"));
                ps.setLong(i++, dims.dealer(r.text("dealer_code")));
                Dimensions.setDouble(ps, i++, r.real("nps"));
                Dimensions.setLong(ps, i++, r.whole("complaints"));
                Dimensions.setDouble(ps, i, r.real("resolved_48h"));
            }
            case MARKET -> {
                ps.setString(i++, r.text("period"));
                ps.setString(i++, r.text("province"));
                ps.setString(i++, r.text("category"));
                ps.setLong(i++, r.whole("units"));
                ps.setString(i++, r.text("brand"));
                ps.setString(i++, r.text("price_band"));
                ps.setLong(i, r.whole("value") == null ? 0 : r.whole("value"));
            }
            case COMPETITOR_EVENT -> {
                ps.setString(i++, r.text("brand"));
                ps.setString(i++, r.text("model"));
                ps.setString(i++, date(r.get("date")));
                ps.setString(i++, r.text("event"));
                ps.setString(i++, r.text("region") == null ? "" : r.text("region"));
                ps.setString(i++, r.text("category"));
                Dimensions.setLong(ps, i++, r.whole("price_before"));
                Dimensions.setLong(ps, i, r.whole("price_after"));
            }
            case POLICY -> {
                ps.setString(i++, r.text("name"));
                ps.setString(i++, r.text("region") == null ? "" : r.text("region"));
                ps.setString(i++, date(r.get("starts")));
                ps.setString(i++, date(r.get("ends")));
                ps.setString(i++, r.text("category"));
                ps.setDouble(i++, r.real("rate") == null ? 0 : r.real("rate"));
                Dimensions.setLong(ps, i++, r.whole("cap"));
                Dimensions.setLong(ps, i, r.whole("max_price"));
            }
            case REVIEW -> {
                ps.setString(i++, r.text("review_id"));
                ps.setString(i++, dateTime(r.get("at")));
                Dimensions.setLong(ps, i++, r.text("channel") == null ? null : dims.channel(r.text("channel"), "online", null));
                Dimensions.setLong(ps, i++, r.text("sku") == null ? null : dims.product(r.text("sku"), r.text("product_name"), null, null, null));
                ps.setString(i++, r.text("product_name"));
                ps.setString(i++, r.text("order_id"));
                Dimensions.setLong(ps, i++, r.whole("rating"));
                ps.setString(i, r.text("text"));
            }
            case TICKET -> {
                ps.setString(i++, r.text("ticket_id"));
                ps.setString(i++, dateTime(r.get("opened_at")));
                ps.setString(i++, dateTime(r.get("resolved_at")));
                Dimensions.setLong(ps, i++, r.text("channel") == null ? null : dims.channel(r.text("channel"), "offline", null));
                Dimensions.setLong(ps, i++, r.text("store_code") == null ? null : dims.store(r.text("store_code"), null, null, null));
                Dimensions.setLong(ps, i++, r.text("dealer_code") == null ? null : dims.dealer(r.text("dealer_code")));
                Dimensions.setLong(ps, i++, r.text("sku") == null ? null : dims.product(r.text("sku"), null, null, null, null));
                ps.setString(i++, r.text("category"));
                ps.setString(i++, r.text("status"));
                ps.setString(i, r.text("text"));
            }
            case CAMPAIGN -> {
                ps.setString(i++, r.text("campaign_code"));
                ps.setString(i++, r.text("name"));
                ps.setString(i++, r.text("tag"));
                ps.setString(i++, date(r.get("starts")));
                ps.setString(i++, date(r.get("ends")));
                ps.setString(i++, r.text("channels"));
                ps.setString(i++, r.text("region"));
                ps.setString(i++, r.text("promo_type"));
                Dimensions.setLong(ps, i++, r.whole("budget"));
                ps.setLong(i, batchId);
            }
            default -> throw new IllegalStateException("no table for kind " + kind);
        }
    }

    private static String date(Object v) {
        if (v == null) return null;
        if (v instanceof LocalDateTime t) return t.toLocalDate().toString();
        return v instanceof LocalDate d ? d.toString() : v.toString();
    }

    private static String dateTime(Object v) {
        if (v == null) return null;
        return v instanceof LocalDateTime t ? java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(t) : v + "T00:00:00";
    }

    void flush() throws SQLException {
        if (pending > 0) {
            ps.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        if (ps != null) ps.close();
    }
}
