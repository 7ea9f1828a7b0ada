-- A faster publish (issue 21's benchmark: 1M lines < 10 s), from the plans of the 1M-line publish
-- (EXPLAIN ANALYZE through auto_explain, bench/national/RESULTS.md):
-- * The duplicates inside the batch were found by a window sort of every line on its five key columns (spilled
--   to disk) and a self-join. Now the lines' owners go into line_owner first, in src_row order, with
--   ON CONFLICT DO NOTHING: the first line of each key not owned yet becomes its
--   owner, exactly the line the window picked, and the rows the INSERT returns say which lines own their key.
--   A line that does not is held as a duplicate of the key's owner, looked up in line_owner for those lines only.
-- * The rollups are no longer rebuilt from the months' partitions by national_refresh at the end: a publish only
--   adds lines, so the counted lines' sums (from the staged lines) are added to the
--   months' rows. A month that a review or an undo of the same transaction touched is still rebuilt from sale
--   at the end by national_refresh_touched, whatever was added to it before.
-- * The temporary tables are ANALYZEd (a fresh one has no statistics, and the planner took a million rows for
--   two thousand and sorted on disk) and the function runs with room to hash them in memory.
-- * The duplicates count no longer probes line_owner once per line: it is the keyed lines that did not get
--   their key, the same number as before.

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
         WHERE d.month = ANY (months) AND d.sale_date = a.sale_date AND d.month = a.month AND d.sales_region = a.sales_region
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

-- national_refresh (reviews, undos) sorts and hashes a month's lines as well
ALTER FUNCTION national_refresh(text[]) SET work_mem = '256MB';
