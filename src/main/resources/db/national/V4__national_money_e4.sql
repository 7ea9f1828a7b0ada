-- Money kept exactly as the source wrote it (issue 13 #1), as in the workspace's V80: every money column moves
-- from cents (1/100 yuan) to ten-thousandths of a yuan (e4) and is renamed to say so; stored values are multiplied
-- by 100, so a published store reads the same yuan figures. Renaming a column of the partitioned sale renames it
-- in every month's partition. The functions that name the columns are replaced: PL/pgSQL keeps their text, not
-- the columns, so a rename would leave them failing at their next call.
-- money-rename:keep (this file names the old columns on purpose)

ALTER TABLE product RENAME COLUMN list_price_cents TO list_price_e4;
ALTER TABLE product RENAME COLUMN unit_cost_cents TO unit_cost_e4;
ALTER TABLE campaign RENAME COLUMN budget_cents TO budget_e4;
ALTER TABLE sale RENAME COLUMN unit_price_cents TO unit_price_e4;
ALTER TABLE sale RENAME COLUMN amount_cents TO amount_e4;
ALTER TABLE sale RENAME COLUMN discount_cents TO discount_e4;
ALTER TABLE sale RENAME COLUMN margin_cents TO margin_e4;
ALTER TABLE sell_in RENAME COLUMN amount_cents TO amount_e4;
ALTER TABLE target RENAME COLUMN amount_cents TO amount_e4;
ALTER TABLE sale_day RENAME COLUMN amount_cents TO amount_e4;
ALTER TABLE sale_day RENAME COLUMN margin_cents TO margin_e4;
ALTER TABLE sale_pc_month RENAME COLUMN amount_cents TO amount_e4;
ALTER TABLE sale_pc_month RENAME COLUMN margin_cents TO margin_e4;
ALTER TABLE publish_stage RENAME COLUMN unit_price_cents TO unit_price_e4;
ALTER TABLE publish_stage RENAME COLUMN amount_cents TO amount_e4;
ALTER TABLE publish_stage RENAME COLUMN discount_cents TO discount_e4;
ALTER TABLE publish_stage RENAME COLUMN margin_cents TO margin_e4;

UPDATE product SET list_price_e4 = list_price_e4 * 100, unit_cost_e4 = unit_cost_e4 * 100;
UPDATE campaign SET budget_e4 = budget_e4 * 100;
UPDATE sale SET unit_price_e4 = unit_price_e4 * 100, amount_e4 = amount_e4 * 100, discount_e4 = discount_e4 * 100, margin_e4 = margin_e4 * 100;
UPDATE sell_in SET amount_e4 = amount_e4 * 100;
UPDATE target SET amount_e4 = amount_e4 * 100;
UPDATE sale_day SET amount_e4 = amount_e4 * 100, margin_e4 = margin_e4 * 100;
UPDATE sale_pc_month SET amount_e4 = amount_e4 * 100, margin_e4 = margin_e4 * 100;
UPDATE publish_stage SET unit_price_e4 = unit_price_e4 * 100, amount_e4 = amount_e4 * 100, discount_e4 = discount_e4 * 100, margin_e4 = margin_e4 * 100;

CREATE OR REPLACE FUNCTION national_refresh(months text[]) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    m text;
BEGIN
    FOREACH m IN ARRAY months LOOP
        DELETE FROM sale_day WHERE month = m;
        INSERT INTO sale_day (sale_date, month, sales_region, region_id, channel_id, store_id, dealer_id, product_id,
                              rows, qty, amount_e4, margin_e4)
        SELECT sale_date, month, sales_region, region_id, channel_id, COALESCE(store_id, 0), COALESCE(dealer_id, 0), product_id,
               count(*), sum(qty), sum(amount_e4), sum(COALESCE(margin_e4, 0))
          FROM sale WHERE sale_date >= m || '-01' AND sale_date < national_next_month(m) AND hold = 0 AND status = 'paid'
         GROUP BY sale_date, month, sales_region, region_id, channel_id, COALESCE(store_id, 0), COALESCE(dealer_id, 0), product_id;
        DELETE FROM sale_pc_month WHERE month = m;
        INSERT INTO sale_pc_month (month, sales_region, province, channel_id, rows, qty, amount_e4, margin_e4)
        SELECT d.month, d.sales_region, r.province, d.channel_id, sum(d.rows), sum(d.qty), sum(d.amount_e4), sum(d.margin_e4)
          FROM sale_day d JOIN region r ON r.id = d.region_id WHERE d.month = m
         GROUP BY d.month, d.sales_region, r.province, d.channel_id;
    END LOOP;
END
$$;

CREATE OR REPLACE FUNCTION national_publish(p_batch bigint, OUT stored bigint, OUT duplicates bigint)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    who  name := session_user;
    mine text[] := national_regions(session_user);
    bad  text;
    months text[];
BEGIN
    DROP TABLE IF EXISTS pg_temp.pub_lines;
    CREATE TEMP TABLE pub_lines ON COMMIT DROP AS
        SELECT st.*, nextval('sale_id_seq') AS id, substr(st.sale_date, 1, 7) AS month, COALESCE(pv.sales_region, '') AS sales_region,
               CASE WHEN st.line_key IS NULL THEN 1
                    ELSE row_number() OVER (PARTITION BY st.line_key, st.channel_id, st.order_id, st.product_id, st.line_no
                                            ORDER BY st.src_row) END AS rn
          FROM publish_stage st JOIN region r ON r.id = st.region_id LEFT JOIN province pv ON pv.code = r.province
         WHERE st.batch_id = p_batch;
    IF NOT national_is_hq(who) THEN
        SELECT p.sales_region INTO bad FROM pub_lines p WHERE NOT (p.sales_region = ANY (mine)) LIMIT 1;
        IF FOUND THEN
            RAISE EXCEPTION USING ERRCODE = '42501',
                MESSAGE = format('role %s may not publish lines of the sales region "%s"', who, bad);
        END IF;
    END IF;
    months := ARRAY(SELECT DISTINCT month FROM pub_lines ORDER BY 1);
    PERFORM national_ensure_months(months);
    INSERT INTO sale (id, batch_id, src_row, line_key, order_id, line_no, sold_at, sale_date, month, sales_region, channel_id,
                      store_id, dealer_id, region_id, product_id, qty, unit_price_e4, amount_e4, discount_rate,
                      discount_e4, margin_e4, currency, imei, waybill, campaign_code, ship_province, ship_lat, ship_lon,
                      status, pickup, hold, review_hold, dup_of, file_province)
    SELECT p.id, p.batch_id, p.src_row, p.line_key, p.order_id, p.line_no, p.sold_at, p.sale_date, p.month, p.sales_region,
           p.channel_id, p.store_id, p.dealer_id, p.region_id, p.product_id, p.qty, p.unit_price_e4, p.amount_e4,
           p.discount_rate, p.discount_e4, p.margin_e4, p.currency, p.imei, p.waybill, p.campaign_code, p.ship_province,
           p.ship_lat, p.ship_lon, p.status, p.pickup,
           CASE WHEN o.sale_id IS NOT NULL OR p.rn > 1 THEN 1 WHEN p.hold IN (2, 3) THEN p.hold ELSE 0 END,
           CASE WHEN p.hold IN (2, 3) THEN p.hold ELSE 0 END,
           COALESCE(o.sale_id, f.id), p.file_province
      FROM pub_lines p
      LEFT JOIN line_owner o ON p.line_key IS NOT NULL AND o.line_key = p.line_key AND o.channel_id = p.channel_id
                            AND o.order_id = p.order_id AND o.product_id = p.product_id AND o.line_no = p.line_no
      LEFT JOIN pub_lines f ON p.rn > 1 AND f.rn = 1 AND f.line_key = p.line_key AND f.channel_id = p.channel_id
                           AND f.order_id = p.order_id AND f.product_id = p.product_id AND f.line_no = p.line_no;
    GET DIAGNOSTICS stored = ROW_COUNT;
    INSERT INTO line_owner (line_key, channel_id, order_id, product_id, line_no, sale_id, batch_id)
    SELECT p.line_key, p.channel_id, p.order_id, p.product_id, p.line_no, p.id, p.batch_id
      FROM pub_lines p WHERE p.line_key IS NOT NULL AND p.rn = 1
    ON CONFLICT DO NOTHING;
    SELECT count(*) INTO duplicates FROM pub_lines p WHERE p.rn > 1
        OR (p.line_key IS NOT NULL AND NOT EXISTS (SELECT 1 FROM line_owner o WHERE o.sale_id = p.id AND o.line_key = p.line_key
                                                   AND o.channel_id = p.channel_id AND o.order_id = p.order_id
                                                   AND o.product_id = p.product_id AND o.line_no = p.line_no));
    DELETE FROM publish_stage WHERE batch_id = p_batch;
    UPDATE import_batch SET rows_stored = stored, rows_duplicate = duplicates WHERE id = p_batch;
    PERFORM national_touch(months);
    INSERT INTO audit_log (action, subject, detail)
    VALUES ('publish-batch', 'batch ' || p_batch, stored || ' lines stored, ' || duplicates || ' held as duplicates');
    DROP TABLE pg_temp.pub_lines;
END
$$;
