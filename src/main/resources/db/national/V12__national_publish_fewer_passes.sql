-- A publish with fewer passes over a million lines (issue 21's benchmark: 1M lines < 10 s; bench/national/RESULTS.md):
-- * the owners are inserted without also keeping each owned line's id in a temporary table; the rare batch some of
--   whose keys are taken finds its duplicates as the keyed lines whose key's owner row names another line;
-- * a month with no rollup rows yet takes the batch's sums straight from the lines as they are grouped, without a
--   temporary table of sums written and read back (a first publish of a month: every month of the benchmark's);
-- * the staging table loses its batch index: publishers take turns, so it holds one batch, read whole.
-- Measured beside V8's in alternate runs (load 2-4): national_publish 8.4-8.8 s against 9.05-9.35 s. Tried and left:
-- work_mem 512MB (the sums' 262 MB hash spilled 24 MB at 256MB; without the spill the step was no faster).

DROP INDEX ix_publish_stage_batch;

CREATE OR REPLACE FUNCTION national_publish(p_batch bigint, OUT stored bigint, OUT duplicates bigint)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT SET work_mem = '256MB' SET enable_sort = off AS $$
DECLARE
    who  name := session_user;
    mine text[] := national_regions(session_user);
    bad  text;
    months text[];
    keyed bigint;
    owned bigint;
    fresh text[];
BEGIN
    -- the staged lines as they go into sale (their ids and months were filled in as they were staged), read where
    -- they are: a copy of them into a temporary table was a whole pass over a million lines
    DROP VIEW IF EXISTS pg_temp.pub_lines;
    EXECUTE format('CREATE TEMP VIEW pub_lines AS SELECT st.*, COALESCE(pv.sales_region, %L) AS sales_region FROM publish_stage st '
                   'JOIN region r ON r.id = st.region_id LEFT JOIN province pv ON pv.code = r.province WHERE st.batch_id = %s', '', p_batch);
    ANALYZE publish_stage;
    IF NOT national_is_hq(who) THEN
        SELECT p.sales_region INTO bad FROM pub_lines p WHERE NOT (p.sales_region = ANY (mine)) LIMIT 1;
        IF FOUND THEN
            RAISE EXCEPTION USING ERRCODE = '42501',
                MESSAGE = format('role %s may not publish lines of the sales region "%s"', who, bad);
        END IF;
    END IF;
    SELECT COALESCE(array_agg(g.month ORDER BY g.month), '{}'), COALESCE(sum(g.n), 0), COALESCE(sum(g.k), 0) INTO months, stored, keyed
      FROM (SELECT month, count(*) AS n, count(line_key) AS k FROM pub_lines GROUP BY month) g;
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
      FROM pub_lines p LEFT JOIN pub_dups d ON d.id = p.id;
    -- the months with no rollup rows yet (a new month's first batch, a new store's whole history) take the batch's
    -- sums straight from the lines, grouped as they go in, and their province rollup from those rows; the other
    -- months' sums are gathered first, then added to the rows there are and inserted where there are none
    SELECT COALESCE(array_agg(m), '{}') INTO fresh FROM unnest(months) m
     WHERE NOT EXISTS (SELECT 1 FROM sale_day d WHERE d.sale_date >= m || '-01' AND d.sale_date < national_next_month(m));
    IF cardinality(fresh) > 0 THEN
        INSERT INTO sale_day (sale_date, month, sales_region, region_id, channel_id, store_id, dealer_id, product_id,
                              rows, qty, amount_e4, margin_e4)
        SELECT p.sale_date, p.month, p.sales_region, p.region_id, p.channel_id, COALESCE(p.store_id, 0), COALESCE(p.dealer_id, 0),
               p.product_id, count(*), sum(p.qty), sum(p.amount_e4), sum(COALESCE(p.margin_e4, 0))
          FROM pub_lines p
         WHERE p.month = ANY (fresh) AND p.status = 'paid' AND p.hold NOT IN (2, 3) AND NOT EXISTS (SELECT 1 FROM pub_dups d WHERE d.id = p.id)
         GROUP BY p.sale_date, p.month, p.sales_region, p.region_id, p.channel_id, COALESCE(p.store_id, 0), COALESCE(p.dealer_id, 0), p.product_id;
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
        CREATE TEMP TABLE pub_sums ON COMMIT DROP AS
        SELECT p.sale_date, p.month, p.sales_region, p.region_id, p.channel_id, COALESCE(p.store_id, 0) AS store_id,
               COALESCE(p.dealer_id, 0) AS dealer_id, p.product_id, count(*) AS rows, sum(p.qty) AS qty, sum(p.amount_e4) AS amount_e4,
               sum(COALESCE(p.margin_e4, 0)) AS margin_e4
          FROM pub_lines p
         WHERE p.month <> ALL (fresh) AND p.status = 'paid' AND p.hold NOT IN (2, 3) AND NOT EXISTS (SELECT 1 FROM pub_dups d WHERE d.id = p.id)
         GROUP BY p.sale_date, p.month, p.sales_region, p.region_id, p.channel_id, COALESCE(p.store_id, 0), COALESCE(p.dealer_id, 0), p.product_id;
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
    TRUNCATE publish_stage;
    UPDATE import_batch SET rows_stored = stored, rows_duplicate = duplicates WHERE id = p_batch;
    INSERT INTO audit_log (action, subject, detail)
    VALUES ('publish-batch', 'batch ' || p_batch, stored || ' lines stored, ' || duplicates || ' held as duplicates');
    DROP VIEW pg_temp.pub_lines;
    DROP TABLE pg_temp.pub_dups;
END
$$;
