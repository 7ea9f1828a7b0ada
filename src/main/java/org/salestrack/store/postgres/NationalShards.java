package org.salestrack.store.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a freshly migrated national store into the coordinator of shard servers (issue 21 #6): its sale
 * table becomes a table partitioned by sales region whose partitions are postgres_fdw foreign tables, one
 * per shard, each the sale table of a national store on that shard (migrated the same way; there it is
 * partitioned by month). Everything else (dimensions, line keys, batches, rollups, the audit log, people
 * and their regions) stays on the coordinator, so publish, the policies and every query run there
 * unchanged. PostgreSQL does the distribution; this only writes the DDL. Run it before the first publish.
 */
public final class NationalShards {
    /** A shard: where it is, the role the coordinator logs in as there (its store's owner), and the sales regions it holds. */
    public record Shard(String name, ServerAddress address, List<String> regions) {}

    private static final String LINE_COLUMNS = """
            id bigint NOT NULL DEFAULT nextval('sale_id_seq'), batch_id bigint NOT NULL, src_row integer NOT NULL, line_key bigint,
            order_id text, line_no integer NOT NULL DEFAULT 1, sold_at text NOT NULL, sale_date text NOT NULL, month text NOT NULL,
            sales_region text NOT NULL DEFAULT '', channel_id integer NOT NULL, store_id integer, dealer_id integer,
            region_id integer NOT NULL, product_id integer NOT NULL, qty integer NOT NULL, unit_price_e4 bigint NOT NULL,
            amount_e4 bigint NOT NULL, discount_rate double precision, discount_e4 bigint, margin_e4 bigint, currency text,
            imei text, waybill text, campaign_code text, ship_province text, ship_lat double precision, ship_lon double precision,
            status text NOT NULL DEFAULT 'paid', pickup integer NOT NULL DEFAULT 0, hold integer NOT NULL DEFAULT 0,
            review_hold integer NOT NULL DEFAULT 0, dup_of bigint, file_province text, hold_by name, hold_at timestamptz""";
    private static final String VISIBLE = "(SELECT national_is_hq(current_user)) OR sales_region = ANY (CAST((SELECT national_regions(current_user)) AS text[]))";

    private NationalShards() {}

    /** The shard's own store: migrated, and a default partition so a month the coordinator sends first has somewhere to go. */
    public static void prepareShard(ServerAddress shard) {
        NationalStore store = NationalStore.open(shard);
        run(store, List.of("CREATE TABLE IF NOT EXISTS sale_default PARTITION OF sale DEFAULT"));
    }

    /** Makes {@code coordinator}'s sale the union of the shards' by region; it must hold no lines yet. */
    public static void coordinate(NationalStore coordinator, List<Shard> shards) {
        List<String> sql = new ArrayList<>();
        sql.add("CREATE EXTENSION IF NOT EXISTS postgres_fdw");
        sql.add("DO $$ BEGIN IF EXISTS (SELECT 1 FROM sale LIMIT 1) THEN RAISE EXCEPTION 'the store holds lines: shard it before the first publish'; END IF; END $$");
        sql.add("DROP TABLE sale");
        sql.add("CREATE TABLE sale (" + LINE_COLUMNS + ") PARTITION BY LIST (sales_region)");
        for (Shard s : shards) {
            ServerAddress a = s.address();
            sql.add("CREATE SERVER " + s.name() + " FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host " + literal(a.host()) + ", port "
                    + literal(Integer.toString(a.port())) + ", dbname " + literal(a.database()) + ", fetch_size '10000', batch_size '1000', "
                    + "async_capable 'true')");
            sql.add("CREATE USER MAPPING FOR PUBLIC SERVER " + s.name() + " OPTIONS (user " + literal(a.user())
                    // without a password (trust on a test machine) postgres_fdw refuses non-superusers unless told it may
                    + (a.password() == null ? ", password_required 'false'" : ", password " + literal(a.password())) + ")");
            List<String> regions = new ArrayList<>();
            for (String r : s.regions()) regions.add(literal(r));
            sql.add("CREATE FOREIGN TABLE sale_" + s.name() + " PARTITION OF sale FOR VALUES IN (" + String.join(", ", regions) + ") SERVER "
                    + s.name() + " OPTIONS (table_name 'sale')");
        }
        sql.add("ALTER TABLE sale ENABLE ROW LEVEL SECURITY");
        sql.add("CREATE POLICY sale_by_region ON sale USING (" + VISIBLE + ") WITH CHECK (" + VISIBLE + ")");
        sql.add("GRANT SELECT, INSERT, UPDATE ON sale TO national_analyst, national_hq");
        run(coordinator, sql);
    }

    private static String literal(String s) { return "'" + s.replace("'", "''") + "'"; }

    private static void run(NationalStore store, List<String> statements) {
        try (Connection c = store.connect()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                for (String s : statements) st.execute(s);
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new org.salestrack.store.StoreException("cannot set up the shards of " + store.address().display() + ": " + e.getMessage(), e);
        }
    }
}
