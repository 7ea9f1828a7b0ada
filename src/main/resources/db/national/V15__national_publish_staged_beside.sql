-- A batch of more than a chunk's lines is staged beside its publish (issue 21's benchmark: publish 1M lines < 10 s;
-- bench/national/RESULTS.md): the publisher's second connection COPYs the lines a chunk at a time, each chunk committed
-- to the (unlogged) staging table, while the publishing transaction moves the chunks staged so far into sale
-- (national_publish_lines). The workspace read, the COPY and the lines' insert then run side by side on the client and
-- on the server instead of one after the other; the owners, the duplicates and the rollups still take the whole batch
-- at once in national_publish, in the one transaction, so a publish interrupted anywhere leaves the store as before.
-- Staged rows are inert: only the transaction that created their batch moves them, and a new publish clears what an
-- interrupted one left.

-- the staging table of a batch staged beside its publish: the publishing transaction empties publish_stage by TRUNCATE
-- after each batch it staged itself, and that lock, held to its commit, would stop a later batch's stager; this one is
-- emptied after the commit (national_stage_truncate). A chunk is found by its ids (given in staging order).
CREATE UNLOGGED TABLE publish_beside (LIKE publish_stage INCLUDING DEFAULTS INCLUDING GENERATED);
CREATE INDEX ix_publish_beside_id ON publish_beside(id);
GRANT INSERT (batch_id, src_row, line_key, order_id, line_no, sold_at, sale_date, channel_id, store_id, dealer_id, region_id, product_id,
              qty, unit_price_e4, amount_e4, discount_rate, discount_e4, margin_e4, currency, imei, waybill, campaign_code,
              ship_province, ship_lat, ship_lon, status, pickup, hold, file_province) ON publish_beside TO national_analyst, national_hq;

-- what an interrupted publish staged beside (committed chunk by chunk, inert: only its own transaction moves a batch's
-- lines), cleared by the holder of the publish lock (Publisher.PUBLISH_LOCK) as it begins staging a batch; while another
-- publish holds the lock, nothing: one analyst can never empty another's staging under her publish
CREATE FUNCTION national_stage_clear() RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    IF NOT pg_try_advisory_xact_lock(21021) THEN RETURN false; END IF;
    DELETE FROM publish_beside;
    DELETE FROM publish_sums_stage;
    DELETE FROM publish_sums_done;
    RETURN true;
END
$$;

-- the same emptied at once, after the publish committed or failed (a TRUNCATE inside it would stop its next stager)
CREATE FUNCTION national_stage_truncate() RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    IF NOT pg_try_advisory_xact_lock(21021) THEN RETURN false; END IF;
    TRUNCATE publish_beside, publish_sums_stage, publish_sums_done;
    RETURN true;
END
$$;

-- the batch's rollup sums, worked out by the stager's session from the lines it staged while the publishing transaction
-- puts the owners in (national_stage_sums), taken by national_publish when the batch has no duplicates and the sums
-- account for every line it counts. Grouped by region, not sales region: a region new to the store is still
-- uncommitted in the publishing transaction, which looks the sales regions up as it takes the sums.
CREATE UNLOGGED TABLE publish_sums_stage (
    batch_id   bigint NOT NULL,
    sale_date  text NOT NULL,
    month      text NOT NULL,
    region_id  integer NOT NULL,
    channel_id integer NOT NULL,
    store_id   integer NOT NULL,
    dealer_id  integer NOT NULL,
    product_id integer NOT NULL,
    rows       bigint NOT NULL,
    qty        bigint NOT NULL,
    amount_e4  bigint NOT NULL,
    margin_e4  bigint NOT NULL
);
CREATE UNLOGGED TABLE publish_sums_done (
    batch_id bigint PRIMARY KEY,
    lines    bigint NOT NULL
);

CREATE FUNCTION national_stage_sums(p_batch bigint) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT SET work_mem = '256MB' SET enable_sort = off AS $$
DECLARE
    n bigint;
BEGIN
    DELETE FROM publish_sums_stage WHERE batch_id = p_batch;
    DELETE FROM publish_sums_done WHERE batch_id = p_batch;
    INSERT INTO publish_sums_stage (batch_id, sale_date, month, region_id, channel_id, store_id, dealer_id, product_id,
                                    rows, qty, amount_e4, margin_e4)
    SELECT p_batch, st.sale_date, st.month, st.region_id, st.channel_id, COALESCE(st.store_id, 0), COALESCE(st.dealer_id, 0),
           st.product_id, count(*), sum(st.qty), sum(st.amount_e4), sum(COALESCE(st.margin_e4, 0))
      FROM publish_beside st
     WHERE st.batch_id = p_batch AND st.status = 'paid' AND st.hold NOT IN (2, 3)
     GROUP BY st.sale_date, st.month, st.region_id, st.channel_id, COALESCE(st.store_id, 0), COALESCE(st.dealer_id, 0), st.product_id;
    SELECT COALESCE(sum(rows), 0) INTO n FROM publish_sums_stage WHERE batch_id = p_batch;
    -- read by national_publish soon after: without statistics the planner took the million rows for a handful
    ANALYZE publish_sums_stage;
    INSERT INTO publish_sums_done (batch_id, lines) VALUES (p_batch, n);
    RETURN n;
END
$$;

-- the batch's lines staged with ids in (p_after, p_through], of the months p_months (the stager's word: a month it
-- left out fails the insert, which finds no partition), into sale as they came, a duplicate not yet known
-- (national_publish holds them when the owners are in); counted for national_publish as they go in, and refused
-- whole when one is of a sales region the publisher may not publish. Returns the lines moved.
CREATE FUNCTION national_publish_lines(p_batch bigint, p_after bigint, p_through bigint, p_months text[]) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT SET enable_sort = off AS $$
DECLARE
    who  name := session_user;
    mine text[] := national_regions(session_user);
    bad  text;
    moved bigint;
BEGIN
    IF national_is_hq(who) THEN
        mine := NULL;
    END IF;
    PERFORM national_ensure_months(p_months);
    IF to_regclass('pg_temp.pub_counts') IS NULL THEN
        CREATE TEMP TABLE pub_counts (batch_id bigint, month text, n bigint, k bigint, c bigint) ON COMMIT DROP;
    END IF;
    DROP VIEW IF EXISTS pg_temp.pub_chunk;
    EXECUTE format('CREATE TEMP VIEW pub_chunk AS SELECT st.*, COALESCE(pv.sales_region, %L) AS sales_region FROM publish_beside st '
                   'JOIN region r ON r.id = st.region_id LEFT JOIN province pv ON pv.code = r.province '
                   'WHERE st.id > %s AND st.id <= %s AND st.batch_id = %s', '', p_after, p_through, p_batch);
    WITH ins AS (
        INSERT INTO sale (id, batch_id, src_row, line_key, order_id, line_no, sold_at, sale_date, month, sales_region, channel_id,
                          store_id, dealer_id, region_id, product_id, qty, unit_price_e4, amount_e4, discount_rate,
                          discount_e4, margin_e4, currency, imei, waybill, campaign_code, ship_province, ship_lat, ship_lon,
                          status, pickup, hold, review_hold, dup_of, file_province)
        SELECT p.id, p.batch_id, p.src_row, p.line_key, p.order_id, p.line_no, p.sold_at, p.sale_date, p.month, p.sales_region,
               p.channel_id, p.store_id, p.dealer_id, p.region_id, p.product_id, p.qty, p.unit_price_e4, p.amount_e4,
               p.discount_rate, p.discount_e4, p.margin_e4, p.currency, p.imei, p.waybill, p.campaign_code, p.ship_province,
               p.ship_lat, p.ship_lon, p.status, p.pickup,
               CASE WHEN p.hold IN (2, 3) THEN p.hold ELSE 0 END, CASE WHEN p.hold IN (2, 3) THEN p.hold ELSE 0 END,
               NULL, p.file_province
          FROM pub_chunk p
        RETURNING month, line_key, status, hold, sales_region),
    g AS (
        SELECT month, count(*) AS n, count(line_key) AS k, count(*) FILTER (WHERE status = 'paid' AND hold NOT IN (2, 3)) AS c,
               min(sales_region) FILTER (WHERE mine IS NOT NULL AND NOT (sales_region = ANY (mine))) AS bad
          FROM ins GROUP BY month),
    counted AS (
        INSERT INTO pub_counts (batch_id, month, n, k, c) SELECT p_batch, g.month, g.n, g.k, g.c FROM g)
    SELECT min(g.bad), COALESCE(sum(g.n), 0) INTO bad, moved FROM g;
    IF bad IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = format('role %s may not publish lines of the sales region "%s"', who, bad);
    END IF;
    DROP VIEW pg_temp.pub_chunk;
    RETURN moved;
END
$$;

-- the whole batch's owners, duplicates and rollups, and its lines above p_moved (all of them when 0); p_lines, the
-- lines the publisher sent (null: unchecked), must be the lines staged; p_beside: they were staged beside the publish (publish_beside), and the stager is working out their sums
CREATE FUNCTION national_publish(p_batch bigint, p_moved bigint, p_lines bigint, p_beside boolean, OUT stored bigint, OUT duplicates bigint)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT SET work_mem = '256MB' SET enable_sort = off AS $$
DECLARE
    who  name := session_user;
    mine text[] := national_regions(session_user);
    bad  text;
    months text[];
    keyed bigint;
    owned bigint;
    fresh text[];
    countable bigint;
    staged boolean := false;
BEGIN
    -- the staged lines as they go into sale (their ids and months were filled in as they were staged), read where
    -- they are: a copy of them into a temporary table was a whole pass over a million lines
    DROP VIEW IF EXISTS pg_temp.pub_lines;
    EXECUTE format('CREATE TEMP VIEW pub_lines AS SELECT st.*, COALESCE(pv.sales_region, %L) AS sales_region FROM %I st '
                   'JOIN region r ON r.id = st.region_id LEFT JOIN province pv ON pv.code = r.province WHERE st.batch_id = %s', '',
                   CASE WHEN p_beside THEN 'publish_beside' ELSE 'publish_stage' END, p_batch);
    IF p_beside THEN
        ANALYZE publish_beside;
    ELSE
        ANALYZE publish_stage;
    END IF;
    IF NOT national_is_hq(who) THEN
        SELECT p.sales_region INTO bad FROM pub_lines p WHERE p.id > p_moved AND NOT (p.sales_region = ANY (mine)) LIMIT 1;
        IF FOUND THEN
            RAISE EXCEPTION USING ERRCODE = '42501',
                MESSAGE = format('role %s may not publish lines of the sales region "%s"', who, bad);
        END IF;
    END IF;
    -- the months and counts: the lines national_publish_lines moved were counted as they moved
    IF to_regclass('pg_temp.pub_counts') IS NULL THEN
        CREATE TEMP TABLE pub_counts (batch_id bigint, month text, n bigint, k bigint, c bigint) ON COMMIT DROP;
    END IF;
    SELECT COALESCE(array_agg(g.month ORDER BY g.month), '{}'), COALESCE(sum(g.n), 0), COALESCE(sum(g.k), 0), COALESCE(sum(g.c), 0)
      INTO months, stored, keyed, countable
      FROM (SELECT u.month, sum(u.n) AS n, sum(u.k) AS k, sum(u.c) AS c
              FROM (SELECT month, n, k, c FROM pub_counts WHERE batch_id = p_batch
                    UNION ALL
                    SELECT month, count(*), count(line_key), count(*) FILTER (WHERE status = 'paid' AND hold NOT IN (2, 3))
                      FROM pub_lines WHERE id > p_moved GROUP BY month) u
             GROUP BY u.month) g;
    IF stored <> p_lines THEN
        RAISE EXCEPTION 'batch %: % lines staged, the publisher sent %', p_batch, stored, p_lines;
    END IF;
    PERFORM national_ensure_months(months);
    -- the owners first: the batch's first line (by src_row) of a line_key no one holds yet takes it, and its later
    -- lines find it taken; a line_key with clashing keys is left to line_owner_clash below
    BEGIN
        -- the usual batch, none of whose line_keys is taken or repeated: a plain insert, which looks each key up once
        -- as it adds it (ON CONFLICT looks first, then adds and confirms); one taken key undoes it, and the insert
        -- below does it all again
        INSERT INTO line_owner (line_key, channel_id, order_id, product_id, line_no, sale_id, batch_id)
        SELECT p.line_key, p.channel_id, p.order_id, p.product_id, p.line_no, p.id, p.batch_id
          FROM pub_lines p
         WHERE p.line_key IS NOT NULL AND NOT EXISTS (SELECT 1 FROM line_owner_clash c WHERE c.line_key = p.line_key);
        GET DIAGNOSTICS owned = ROW_COUNT;
    EXCEPTION WHEN unique_violation THEN
        INSERT INTO line_owner (line_key, channel_id, order_id, product_id, line_no, sale_id, batch_id)
        SELECT p.line_key, p.channel_id, p.order_id, p.product_id, p.line_no, p.id, p.batch_id
          FROM pub_lines p
         WHERE p.line_key IS NOT NULL AND NOT EXISTS (SELECT 1 FROM line_owner_clash c WHERE c.line_key = p.line_key)
         ORDER BY p.src_row
        ON CONFLICT (line_key) DO NOTHING;
        GET DIAGNOSTICS owned = ROW_COUNT;
    END;
    -- the keyed lines that did not take their line_key (a line owns its key when the key's owner row names it), each
    -- with the owner of its whole key (dup_of)
    DROP TABLE IF EXISTS pg_temp.pub_dups;
    CREATE TEMP TABLE pub_dups (id bigint PRIMARY KEY, src_row integer, batch_id bigint, line_key bigint, channel_id integer,
                                order_id text, product_id integer, line_no integer, dup_of bigint) ON COMMIT DROP;
    IF owned < keyed THEN
        INSERT INTO pub_dups (id, src_row, batch_id, line_key, channel_id, order_id, product_id, line_no)
        SELECT p.id, p.src_row, p.batch_id, p.line_key, p.channel_id, p.order_id, p.product_id, p.line_no
          FROM pub_lines p
         WHERE p.line_key IS NOT NULL AND NOT EXISTS (SELECT 1 FROM line_owner o WHERE o.line_key = p.line_key AND o.sale_id = p.id);
        -- a clash (line_owner holds the line_key for another whole key, or line_owner_clash holds some key with this
        -- line_key): the key's first such line owns it in line_owner_clash, unless a line of an earlier batch does
        WITH c AS (
            INSERT INTO line_owner_clash (line_key, channel_id, order_id, product_id, line_no, sale_id, batch_id)
            SELECT d.line_key, d.channel_id, d.order_id, d.product_id, d.line_no, d.id, d.batch_id
              FROM pub_dups d
             WHERE NOT EXISTS (SELECT 1 FROM line_owner o WHERE o.line_key = d.line_key AND o.channel_id = d.channel_id
                                  AND o.order_id = d.order_id AND o.product_id = d.product_id AND o.line_no = d.line_no)
             ORDER BY d.src_row
            ON CONFLICT DO NOTHING
            RETURNING sale_id)
        DELETE FROM pub_dups d USING c WHERE d.id = c.sale_id;
        -- the rest are duplicates, held with their key's owner
        UPDATE pub_dups d SET dup_of = COALESCE(
            (SELECT o.sale_id FROM line_owner o WHERE o.line_key = d.line_key AND o.channel_id = d.channel_id
                AND o.order_id = d.order_id AND o.product_id = d.product_id AND o.line_no = d.line_no),
            (SELECT c.sale_id FROM line_owner_clash c WHERE c.line_key = d.line_key AND c.channel_id = d.channel_id
                AND c.order_id = d.order_id AND c.product_id = d.product_id AND c.line_no = d.line_no));
    END IF;
    ANALYZE pub_dups;
    SELECT count(*) INTO duplicates FROM pub_dups;
    -- the lines, a duplicate held (hold 1) with the key's owner in dup_of
    INSERT INTO sale (id, batch_id, src_row, line_key, order_id, line_no, sold_at, sale_date, month, sales_region, channel_id,
                      store_id, dealer_id, region_id, product_id, qty, unit_price_e4, amount_e4, discount_rate,
                      discount_e4, margin_e4, currency, imei, waybill, campaign_code, ship_province, ship_lat, ship_lon,
                      status, pickup, hold, review_hold, dup_of, file_province)
    SELECT p.id, p.batch_id, p.src_row, p.line_key, p.order_id, p.line_no, p.sold_at, p.sale_date, p.month, p.sales_region,
           p.channel_id, p.store_id, p.dealer_id, p.region_id, p.product_id, p.qty, p.unit_price_e4, p.amount_e4,
           p.discount_rate, p.discount_e4, p.margin_e4, p.currency, p.imei, p.waybill, p.campaign_code, p.ship_province,
           p.ship_lat, p.ship_lon, p.status, p.pickup,
           CASE WHEN d.id IS NOT NULL THEN 1 WHEN p.hold IN (2, 3) THEN p.hold ELSE 0 END,
           CASE WHEN p.hold IN (2, 3) THEN p.hold ELSE 0 END,
           d.dup_of, p.file_province
      FROM pub_lines p LEFT JOIN pub_dups d ON d.id = p.id
     WHERE p.id > p_moved;
    -- the duplicates among the lines national_publish_lines moved before the owners were known
    IF duplicates > 0 AND p_moved > 0 THEN
        UPDATE sale s SET hold = 1, dup_of = d.dup_of
          FROM pub_dups d
         WHERE s.batch_id = p_batch AND s.src_row = d.src_row AND s.id = d.id AND d.id <= p_moved;
    END IF;
    -- the batch's sums: the stager's (it holds lock 21022 until they are committed, so this waits for them) when they count every line counted
    -- here and no line is a duplicate, else grouped from the lines here
    IF p_beside THEN
        -- taken and given back at once: held to the commit, it would stop the next batch's stager
        PERFORM pg_advisory_lock(21022);
        PERFORM pg_advisory_unlock(21022);
        staged := duplicates = 0 AND EXISTS (SELECT 1 FROM publish_sums_done WHERE batch_id = p_batch AND lines = countable);
    END IF;
    DROP VIEW IF EXISTS pg_temp.pub_grouped;
    IF staged THEN
        EXECUTE format('CREATE TEMP VIEW pub_grouped AS SELECT s.sale_date, s.month, COALESCE(pv.sales_region, %L) AS sales_region, '
                       's.region_id, s.channel_id, s.store_id, s.dealer_id, s.product_id, s.rows, s.qty, s.amount_e4, s.margin_e4 '
                       'FROM publish_sums_stage s JOIN region r ON r.id = s.region_id LEFT JOIN province pv ON pv.code = r.province '
                       'WHERE s.batch_id = %s', '', p_batch);
    ELSE
        CREATE TEMP VIEW pub_grouped AS
        SELECT p.sale_date, p.month, p.sales_region, p.region_id, p.channel_id, COALESCE(p.store_id, 0) AS store_id,
               COALESCE(p.dealer_id, 0) AS dealer_id, p.product_id, count(*) AS rows, sum(p.qty) AS qty, sum(p.amount_e4) AS amount_e4,
               sum(COALESCE(p.margin_e4, 0)) AS margin_e4
          FROM pub_lines p
         WHERE p.status = 'paid' AND p.hold NOT IN (2, 3) AND NOT EXISTS (SELECT 1 FROM pub_dups d WHERE d.id = p.id)
         GROUP BY p.sale_date, p.month, p.sales_region, p.region_id, p.channel_id, COALESCE(p.store_id, 0), COALESCE(p.dealer_id, 0), p.product_id;
    END IF;
    -- the months with no rollup rows yet (a new month's first batch, a new store's whole history) take the batch's
    -- sums straight from the lines, grouped as they go in, and their province rollup from those rows; the other
    -- months' sums are gathered first, then added to the rows there are and inserted where there are none
    SELECT COALESCE(array_agg(m), '{}') INTO fresh FROM unnest(months) m
     WHERE NOT EXISTS (SELECT 1 FROM sale_day d WHERE d.sale_date >= m || '-01' AND d.sale_date < national_next_month(m));
    IF cardinality(fresh) > 0 THEN
        INSERT INTO sale_day (sale_date, month, sales_region, region_id, channel_id, store_id, dealer_id, product_id,
                              rows, qty, amount_e4, margin_e4)
        SELECT g.sale_date, g.month, g.sales_region, g.region_id, g.channel_id, g.store_id, g.dealer_id, g.product_id,
               g.rows, g.qty, g.amount_e4, g.margin_e4
          FROM pub_grouped g
         WHERE g.month = ANY (fresh);
        INSERT INTO sale_pc_month AS m (month, sales_region, province, channel_id, rows, qty, amount_e4, margin_e4)
        SELECT d.month, d.sales_region, r.province, d.channel_id, sum(d.rows), sum(d.qty), sum(d.amount_e4), sum(d.margin_e4)
          FROM sale_day d JOIN region r ON r.id = d.region_id
         WHERE d.sale_date >= fresh[1] || '-01' AND d.sale_date < national_next_month(fresh[cardinality(fresh)]) AND d.month = ANY (fresh)
         GROUP BY d.month, d.sales_region, r.province, d.channel_id
        ON CONFLICT (month, province, channel_id) DO UPDATE
           SET rows = m.rows + excluded.rows, qty = m.qty + excluded.qty, amount_e4 = m.amount_e4 + excluded.amount_e4,
               margin_e4 = m.margin_e4 + excluded.margin_e4;
    END IF;
    IF cardinality(fresh) < cardinality(months) THEN
        DROP TABLE IF EXISTS pg_temp.pub_sums;
        CREATE TEMP TABLE pub_sums ON COMMIT DROP AS SELECT * FROM pub_grouped g WHERE g.month <> ALL (fresh);
        ANALYZE pub_sums;
        WITH upd AS (
            UPDATE sale_day d SET rows = d.rows + a.rows, qty = d.qty + a.qty, amount_e4 = d.amount_e4 + a.amount_e4,
                                  margin_e4 = d.margin_e4 + a.margin_e4
              FROM pub_sums a
             WHERE d.sale_date >= months[1] || '-01' AND d.sale_date < national_next_month(months[cardinality(months)])
               AND d.sale_date = a.sale_date AND d.month = a.month AND d.sales_region = a.sales_region
               AND d.region_id = a.region_id AND d.channel_id = a.channel_id AND d.store_id = a.store_id AND d.dealer_id = a.dealer_id
               AND d.product_id = a.product_id
            RETURNING d.sale_date, d.sales_region, d.region_id, d.channel_id, d.store_id, d.dealer_id, d.product_id)
        INSERT INTO sale_day (sale_date, month, sales_region, region_id, channel_id, store_id, dealer_id, product_id,
                              rows, qty, amount_e4, margin_e4)
        SELECT a.sale_date, a.month, a.sales_region, a.region_id, a.channel_id, a.store_id, a.dealer_id, a.product_id,
               a.rows, a.qty, a.amount_e4, a.margin_e4
          FROM pub_sums a
         WHERE NOT EXISTS (SELECT 1 FROM upd u WHERE u.sale_date = a.sale_date AND u.sales_region = a.sales_region
                              AND u.region_id = a.region_id AND u.channel_id = a.channel_id AND u.store_id = a.store_id
                              AND u.dealer_id = a.dealer_id AND u.product_id = a.product_id);
        INSERT INTO sale_pc_month AS m (month, sales_region, province, channel_id, rows, qty, amount_e4, margin_e4)
        SELECT s.month, s.sales_region, r.province, s.channel_id, sum(s.rows), sum(s.qty), sum(s.amount_e4), sum(s.margin_e4)
          FROM pub_sums s JOIN region r ON r.id = s.region_id
         GROUP BY s.month, s.sales_region, r.province, s.channel_id
        ON CONFLICT (month, province, channel_id) DO UPDATE
           SET rows = m.rows + excluded.rows, qty = m.qty + excluded.qty, amount_e4 = m.amount_e4 + excluded.amount_e4,
               margin_e4 = m.margin_e4 + excluded.margin_e4;
        DROP TABLE pg_temp.pub_sums;
    END IF;
    -- the staging table emptied at once: publishers take turns (Publisher.PUBLISH_LOCK) from before their COPY to their
    -- commit, so it holds this batch's lines only; deleting them one by one took 0.5-1 s a million
    -- (what was staged beside waits for national_stage_truncate after the commit: a later batch's stager writes there)
    IF NOT p_beside THEN
        TRUNCATE publish_stage;
    END IF;
    UPDATE import_batch SET rows_stored = stored, rows_duplicate = duplicates WHERE id = p_batch;
    INSERT INTO audit_log (action, subject, detail)
    VALUES ('publish-batch', 'batch ' || p_batch, stored || ' lines stored, ' || duplicates || ' held as duplicates');
    DROP VIEW pg_temp.pub_grouped;
    DROP VIEW pg_temp.pub_lines;
    DROP TABLE pg_temp.pub_dups;
END
$$;

-- a publisher of before V15: every line staged in its own transaction
CREATE OR REPLACE FUNCTION national_publish(p_batch bigint, OUT stored bigint, OUT duplicates bigint)
    LANGUAGE sql SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT * FROM national_publish(p_batch, 0, NULL, false)
$$;

REVOKE EXECUTE ON FUNCTION national_stage_clear(), national_stage_truncate(), national_stage_sums(bigint), national_publish_lines(bigint, bigint, bigint, text[]), national_publish(bigint, bigint, bigint, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION national_stage_clear(), national_stage_truncate(), national_stage_sums(bigint), national_publish_lines(bigint, bigint, bigint, text[]), national_publish(bigint, bigint, bigint, boolean)
    TO national_analyst, national_hq;
