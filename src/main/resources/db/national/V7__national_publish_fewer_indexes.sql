-- Two indexes fewer for a publish to keep (issue 21's benchmark: 1M lines < 10 s; bench/national/RESULTS.md):
-- * sale_day's month index: a publish added almost a million rollup rows to it, and every statement that read
--   sale_day by month (national_refresh, national_publish's update of the months it adds to) now reads the
--   month's days through the date index instead (a month is the days from its first to the next month's first;
--   sale_date and month always agree, as the partitions' bounds already rely on); so does the monthly series
--   query (PostgresSalesSql.monthlySeries).
-- * line_owner's batch index: only an undo read it, to find the owners among the batch's lines; it now finds
--   them from the batch's lines (the partitions' batch index) through line_owner's key, with the owner's sale_id
--   equal to the line's own (the owner row of a line always carries that line's key and batch).
DROP INDEX ix_sale_day_month;
DROP INDEX ix_line_owner_batch;

CREATE OR REPLACE FUNCTION national_refresh(months text[]) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT SET work_mem = '256MB' AS $$
DECLARE
    m text;
BEGIN
    FOREACH m IN ARRAY months LOOP
        DELETE FROM sale_day WHERE sale_date >= m || '-01' AND sale_date < national_next_month(m);
        INSERT INTO sale_day (sale_date, month, sales_region, region_id, channel_id, store_id, dealer_id, product_id,
                              rows, qty, amount_e4, margin_e4)
        SELECT sale_date, month, sales_region, region_id, channel_id, COALESCE(store_id, 0), COALESCE(dealer_id, 0), product_id,
               count(*), sum(qty), sum(amount_e4), sum(COALESCE(margin_e4, 0))
          FROM sale WHERE sale_date >= m || '-01' AND sale_date < national_next_month(m) AND hold = 0 AND status = 'paid'
         GROUP BY sale_date, month, sales_region, region_id, channel_id, COALESCE(store_id, 0), COALESCE(dealer_id, 0), product_id;
        DELETE FROM sale_pc_month WHERE month = m;
        INSERT INTO sale_pc_month (month, sales_region, province, channel_id, rows, qty, amount_e4, margin_e4)
        SELECT d.month, d.sales_region, r.province, d.channel_id, sum(d.rows), sum(d.qty), sum(d.amount_e4), sum(d.margin_e4)
          FROM sale_day d JOIN region r ON r.id = d.region_id WHERE d.sale_date >= m || '-01' AND d.sale_date < national_next_month(m)
         GROUP BY d.month, d.sales_region, r.province, d.channel_id;
    END LOOP;
END
$$;

CREATE OR REPLACE FUNCTION national_publish(p_batch bigint, OUT stored bigint, OUT duplicates bigint)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT SET work_mem = '256MB' AS $$
DECLARE
    who  name := session_user;
    mine text[] := national_regions(session_user);
    bad  text;
    months text[];
    keyed bigint;
    owned bigint;
BEGIN
    DROP TABLE IF EXISTS pg_temp.pub_lines;
    CREATE TEMP TABLE pub_lines ON COMMIT DROP AS
        SELECT st.*, nextval('sale_id_seq') AS id, substr(st.sale_date, 1, 7) AS month, COALESCE(pv.sales_region, '') AS sales_region
          FROM publish_stage st JOIN region r ON r.id = st.region_id LEFT JOIN province pv ON pv.code = r.province
         WHERE st.batch_id = p_batch;
    ANALYZE pub_lines;
    IF NOT national_is_hq(who) THEN
        SELECT p.sales_region INTO bad FROM pub_lines p WHERE NOT (p.sales_region = ANY (mine)) LIMIT 1;
        IF FOUND THEN
            RAISE EXCEPTION USING ERRCODE = '42501',
                MESSAGE = format('role %s may not publish lines of the sales region "%s"', who, bad);
        END IF;
    END IF;
    SELECT ARRAY(SELECT DISTINCT month FROM pub_lines ORDER BY 1), count(*), count(line_key)
      INTO months, stored, keyed FROM pub_lines;
    PERFORM national_ensure_months(months);
    -- the owners first, in src_row order: the batch's first line of a key no one owns yet takes it, and its
    -- later lines find it taken
    DROP TABLE IF EXISTS pg_temp.pub_owned;
    CREATE TEMP TABLE pub_owned ON COMMIT DROP AS
    WITH o AS (
        INSERT INTO line_owner (line_key, channel_id, order_id, product_id, line_no, sale_id, batch_id)
        SELECT p.line_key, p.channel_id, p.order_id, p.product_id, p.line_no, p.id, p.batch_id
          FROM pub_lines p WHERE p.line_key IS NOT NULL
         ORDER BY p.src_row
        ON CONFLICT DO NOTHING
        RETURNING sale_id)
    SELECT sale_id FROM o;
    ANALYZE pub_owned;
    SELECT count(*) INTO owned FROM pub_owned;
    duplicates := keyed - owned;
    -- the lines, a duplicate held (hold 1) with the key's owner in dup_of
    INSERT INTO sale (id, batch_id, src_row, line_key, order_id, line_no, sold_at, sale_date, month, sales_region, channel_id,
                      store_id, dealer_id, region_id, product_id, qty, unit_price_e4, amount_e4, discount_rate,
                      discount_e4, margin_e4, currency, imei, waybill, campaign_code, ship_province, ship_lat, ship_lon,
                      status, pickup, hold, review_hold, dup_of, file_province)
    SELECT p.id, p.batch_id, p.src_row, p.line_key, p.order_id, p.line_no, p.sold_at, p.sale_date, p.month, p.sales_region,
           p.channel_id, p.store_id, p.dealer_id, p.region_id, p.product_id, p.qty, p.unit_price_e4, p.amount_e4,
           p.discount_rate, p.discount_e4, p.margin_e4, p.currency, p.imei, p.waybill, p.campaign_code, p.ship_province,
           p.ship_lat, p.ship_lon, p.status, p.pickup,
           CASE WHEN p.line_key IS NOT NULL AND w.sale_id IS NULL THEN 1 WHEN p.hold IN (2, 3) THEN p.hold ELSE 0 END,
           CASE WHEN p.hold IN (2, 3) THEN p.hold ELSE 0 END,
           CASE WHEN p.line_key IS NOT NULL AND w.sale_id IS NULL THEN
               (SELECT o.sale_id FROM line_owner o WHERE o.line_key = p.line_key AND o.channel_id = p.channel_id
                   AND o.order_id = p.order_id AND o.product_id = p.product_id AND o.line_no = p.line_no) END,
           p.file_province
      FROM pub_lines p LEFT JOIN pub_owned w ON w.sale_id = p.id;
    -- the counted lines (hold 0, paid: not a duplicate, not held by a review) summed by rollup key
    DROP TABLE IF EXISTS pg_temp.pub_sums;
    CREATE TEMP TABLE pub_sums ON COMMIT DROP AS
    SELECT p.sale_date, p.month, p.sales_region, p.region_id, p.channel_id, COALESCE(p.store_id, 0) AS store_id,
           COALESCE(p.dealer_id, 0) AS dealer_id, p.product_id, count(*) AS rows, sum(p.qty) AS qty, sum(p.amount_e4) AS amount_e4,
           sum(COALESCE(p.margin_e4, 0)) AS margin_e4
      FROM pub_lines p LEFT JOIN pub_owned w ON w.sale_id = p.id
     WHERE p.status = 'paid' AND p.hold NOT IN (2, 3) AND (p.line_key IS NULL OR w.sale_id IS NOT NULL)
     GROUP BY p.sale_date, p.month, p.sales_region, p.region_id, p.channel_id, COALESCE(p.store_id, 0), COALESCE(p.dealer_id, 0), p.product_id;
    ANALYZE pub_sums;
    -- the rollups: the counted lines' sums added to the months' rows (one row per key, as national_refresh makes them)
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
    DELETE FROM publish_stage WHERE batch_id = p_batch;
    UPDATE import_batch SET rows_stored = stored, rows_duplicate = duplicates WHERE id = p_batch;
    INSERT INTO audit_log (action, subject, detail)
    VALUES ('publish-batch', 'batch ' || p_batch, stored || ' lines stored, ' || duplicates || ' held as duplicates');
    DROP TABLE pg_temp.pub_lines;
    DROP TABLE pg_temp.pub_owned;
    DROP TABLE pg_temp.pub_sums;
END
$$;

-- the undo of V5, the owners found without the batch index
CREATE OR REPLACE FUNCTION national_undo(p_batch bigint) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    who name := session_user;
    b import_batch%ROWTYPE;
    months text[];
    n bigint;
BEGIN
    SELECT * INTO b FROM import_batch WHERE id = p_batch;
    IF NOT FOUND OR b.status <> 'stored' THEN RETURN 0; END IF;
    IF b.published_by <> who AND NOT national_is_hq(who) THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = format('batch %s was published by %s; only they or head office undo it', p_batch, b.published_by);
    END IF;
    DELETE FROM validation_issue WHERE batch_id = p_batch;
    IF b.kind <> 'sales' THEN
        WITH a AS (DELETE FROM sell_in WHERE batch_id = p_batch RETURNING 1), c AS (DELETE FROM stock WHERE batch_id = p_batch RETURNING 1),
             t AS (DELETE FROM touchpoint WHERE batch_id = p_batch RETURNING 1), g AS (DELETE FROM target WHERE batch_id = p_batch RETURNING 1)
        SELECT (SELECT count(*) FROM a) + (SELECT count(*) FROM c) + (SELECT count(*) FROM t) + (SELECT count(*) FROM g) INTO n;
        UPDATE import_batch SET status = 'undone' WHERE id = p_batch;
        INSERT INTO audit_log (action, subject, detail) VALUES ('undo', 'batch ' || p_batch, b.file_name || ': ' || n || ' rows removed');
        RETURN n;
    END IF;
    DROP TABLE IF EXISTS pg_temp.heirs;
    CREATE TEMP TABLE heirs ON COMMIT DROP AS
        SELECT o.line_key, o.channel_id, o.order_id, o.product_id, o.line_no, o.sale_id AS old_id,
               (SELECT min(d.id) FROM sale d WHERE d.dup_of = o.sale_id AND d.batch_id <> p_batch) AS heir
          FROM sale s JOIN line_owner o ON o.line_key = s.line_key AND o.channel_id = s.channel_id AND o.order_id = s.order_id
                                       AND o.product_id = s.product_id AND o.line_no = s.line_no AND o.sale_id = s.id
         WHERE s.batch_id = p_batch AND s.line_key IS NOT NULL;
    months := ARRAY(SELECT DISTINCT month FROM sale WHERE batch_id = p_batch
                    UNION SELECT DISTINCT d.month FROM sale d JOIN heirs h ON d.id = h.heir);
    DELETE FROM line_owner o USING heirs h
     WHERE o.line_key = h.line_key AND o.channel_id = h.channel_id AND o.order_id = h.order_id AND o.product_id = h.product_id
       AND o.line_no = h.line_no;
    INSERT INTO line_owner (line_key, channel_id, order_id, product_id, line_no, sale_id, batch_id)
    SELECT h.line_key, h.channel_id, h.order_id, h.product_id, h.line_no, h.heir, d.batch_id
      FROM heirs h JOIN sale d ON d.id = h.heir;
    UPDATE sale d SET hold = d.review_hold, dup_of = NULL FROM heirs h WHERE d.id = h.heir;
    UPDATE sale d SET dup_of = h.heir FROM heirs h WHERE d.dup_of = h.old_id AND d.id <> h.heir AND d.batch_id <> p_batch;
    DELETE FROM sale WHERE batch_id = p_batch;
    GET DIAGNOSTICS n = ROW_COUNT;
    UPDATE import_batch SET status = 'undone' WHERE id = p_batch;
    PERFORM national_touch(months);
    INSERT INTO audit_log (action, subject, detail) VALUES ('undo', 'batch ' || p_batch, b.file_name || ': ' || n || ' lines removed');
    DROP TABLE pg_temp.heirs;
    RETURN n;
END
$$;
