-- A chunk's lines go into sale without RETURNING: postgres_fdw sends a foreign partition's inserts in batches
-- (batch_size) only when the statement returns nothing, so on a sharded store V15's INSERT ... RETURNING made one round
-- trip per line and its chunk moves fell far behind the stager's COPY. The counts and the publisher's regions are
-- taken from the staged chunk before it moves instead, which also refuses a chunk before any of it is written.

-- the batch's lines staged with ids in (p_after, p_through], of the months p_months (the stager's word: a month it
-- left out fails the insert, which finds no partition), into sale as they came, a duplicate not yet known
-- (national_publish holds them when the owners are in); counted for national_publish, and refused whole when one is
-- of a sales region the publisher may not publish. Returns the lines moved.
CREATE OR REPLACE FUNCTION national_publish_lines(p_batch bigint, p_after bigint, p_through bigint, p_months text[]) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT SET enable_sort = off AS $$
DECLARE
    who  name := session_user;
    mine text[] := national_regions(session_user);
    bad  text;
    counted bigint;
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
    WITH g AS (
        SELECT month, count(*) AS n, count(line_key) AS k, count(*) FILTER (WHERE status = 'paid' AND hold NOT IN (2, 3)) AS c,
               min(sales_region) FILTER (WHERE mine IS NOT NULL AND NOT (sales_region = ANY (mine))) AS bad
          FROM pub_chunk GROUP BY month),
    kept AS (
        INSERT INTO pub_counts (batch_id, month, n, k, c) SELECT p_batch, g.month, g.n, g.k, g.c FROM g)
    SELECT min(g.bad), COALESCE(sum(g.n), 0) INTO bad, counted FROM g;
    IF bad IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = format('role %s may not publish lines of the sales region "%s"', who, bad);
    END IF;
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
      FROM pub_chunk p;
    GET DIAGNOSTICS moved = ROW_COUNT;
    IF moved <> counted THEN
        RAISE EXCEPTION 'batch %: % lines counted in the chunk (%, %], % moved', p_batch, counted, p_after, p_through, moved;
    END IF;
    DROP VIEW pg_temp.pub_chunk;
    RETURN moved;
END
$$;
