-- A faster publish (issue 21's benchmark: 1M lines < 10 s; bench/national/RESULTS.md):
-- * line_owner is keyed by line_key alone, the 8-byte hash of (channel, order_id, sku, line_no) every keyed line
--   already carries, instead of the five columns (line_key, channel_id, order_id, product_id, line_no): a
--   publish's biggest server step was keeping that five-column key up for a million new owners. The whole key
--   is still what decides: a line whose line_key an owner of another whole key already holds (a clash) takes
--   its owner in line_owner_clash, keyed by the whole key, and every lookup (a duplicate's owner, an undo's
--   heirs) reads both tables with the whole key. A line_key with a row in line_owner_clash never takes a new
--   owner in line_owner, so a key is owned in one of the two tables only.
-- * A batch none of whose line_keys is taken or repeated (the usual one) puts its owners in by a plain INSERT;
--   a taken key undoes it (a unique violation in a block of its own) and the ON CONFLICT insert, in src_row order,
--   does it all. A batch with no duplicates skips the duplicates' work: the lines and the rollup sums no longer
--   join a million owners to find the few that are not.
-- * The months, the lines and the keyed lines are counted in one pass over the staged lines (two before); the
--   rollup rows of months that have none yet are inserted without first being looked for; the staging table is
--   truncated, not emptied a row at a time.
-- * The staged lines are read where they are (a view adds their sales region), not copied into a temporary table
--   first: publish_stage fills in each line's national id and month as the COPY stages it.

-- an existing store: owners sharing a line_key (none unless the hash clashed) keep the first one in line_owner
CREATE TABLE line_owner_clash (
    line_key   bigint NOT NULL,
    channel_id integer NOT NULL,
    order_id   text NOT NULL,
    product_id integer NOT NULL,
    line_no    integer NOT NULL,
    sale_id    bigint NOT NULL,
    batch_id   bigint NOT NULL,
    PRIMARY KEY (line_key, channel_id, order_id, product_id, line_no)
);
WITH later AS (
    DELETE FROM line_owner o
     WHERE EXISTS (SELECT 1 FROM line_owner f WHERE f.line_key = o.line_key AND f.sale_id < o.sale_id)
    RETURNING o.*)
INSERT INTO line_owner_clash (line_key, channel_id, order_id, product_id, line_no, sale_id, batch_id)
SELECT line_key, channel_id, order_id, product_id, line_no, sale_id, batch_id FROM later;
ALTER TABLE line_owner DROP CONSTRAINT line_owner_pkey;
ALTER TABLE line_owner ADD PRIMARY KEY (line_key);

-- a staged line takes its national id and month as it is staged; the publisher names the columns it sends, and
-- may send only those (an id of its choosing could be another line's)
ALTER TABLE publish_stage ADD COLUMN id bigint NOT NULL DEFAULT nextval('sale_id_seq'),
                          ADD COLUMN month text GENERATED ALWAYS AS (substr(sale_date, 1, 7)) STORED;
REVOKE INSERT ON publish_stage FROM national_analyst, national_hq;
GRANT INSERT (batch_id, src_row, line_key, order_id, line_no, sold_at, sale_date, channel_id, store_id, dealer_id, region_id, product_id,
              qty, unit_price_e4, amount_e4, discount_rate, discount_e4, margin_e4, currency, imei, waybill, campaign_code,
              ship_province, ship_lat, ship_lon, status, pickup, hold, file_province) ON publish_stage TO national_analyst, national_hq;

-- enable_sort off: the rollup sums group a million lines by a key made of the staged columns and the region's sales
-- region, and the planner, taking it for a million groups, sorted them on their text keys (15 s at load 11, against
-- 11 s hashed); sorts it cannot do without (src_row order) stay
CREATE OR REPLACE FUNCTION national_publish(p_batch bigint, OUT stored bigint, OUT duplicates bigint)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT SET work_mem = '256MB' SET enable_sort = off AS $$
DECLARE
    who  name := session_user;
    mine text[] := national_regions(session_user);
    bad  text;
    months text[];
    keyed bigint;
    owned bigint;
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
    DROP TABLE IF EXISTS pg_temp.pub_owned;
    CREATE TEMP TABLE pub_owned (sale_id bigint) ON COMMIT DROP;
    BEGIN
        -- the usual batch, none of whose line_keys is taken or repeated: a plain insert, which looks each key up once
        -- as it adds it (ON CONFLICT looks first, then adds and confirms); one taken key undoes it, and the insert
        -- below does it all again
        WITH o AS (
            INSERT INTO line_owner (line_key, channel_id, order_id, product_id, line_no, sale_id, batch_id)
            SELECT p.line_key, p.channel_id, p.order_id, p.product_id, p.line_no, p.id, p.batch_id
              FROM pub_lines p
             WHERE p.line_key IS NOT NULL AND NOT EXISTS (SELECT 1 FROM line_owner_clash c WHERE c.line_key = p.line_key)
            RETURNING sale_id)
        INSERT INTO pub_owned SELECT sale_id FROM o;
        GET DIAGNOSTICS owned = ROW_COUNT;
    EXCEPTION WHEN unique_violation THEN
        WITH o AS (
            INSERT INTO line_owner (line_key, channel_id, order_id, product_id, line_no, sale_id, batch_id)
            SELECT p.line_key, p.channel_id, p.order_id, p.product_id, p.line_no, p.id, p.batch_id
              FROM pub_lines p
             WHERE p.line_key IS NOT NULL AND NOT EXISTS (SELECT 1 FROM line_owner_clash c WHERE c.line_key = p.line_key)
             ORDER BY p.src_row
            ON CONFLICT (line_key) DO NOTHING
            RETURNING sale_id)
        INSERT INTO pub_owned SELECT sale_id FROM o;
        GET DIAGNOSTICS owned = ROW_COUNT;
    END;
    -- the keyed lines that did not take their line_key, each with the owner of its whole key (dup_of)
    DROP TABLE IF EXISTS pg_temp.pub_dups;
    CREATE TEMP TABLE pub_dups (id bigint PRIMARY KEY, src_row integer, batch_id bigint, line_key bigint, channel_id integer,
                                order_id text, product_id integer, line_no integer, dup_of bigint) ON COMMIT DROP;
    IF owned < keyed THEN
        ANALYZE pub_owned;
        INSERT INTO pub_dups (id, src_row, batch_id, line_key, channel_id, order_id, product_id, line_no)
        SELECT p.id, p.src_row, p.batch_id, p.line_key, p.channel_id, p.order_id, p.product_id, p.line_no
          FROM pub_lines p
         WHERE p.line_key IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pub_owned w WHERE w.sale_id = p.id);
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
    -- the counted lines (hold 0, paid: not a duplicate, not held by a review) summed by rollup key
    DROP TABLE IF EXISTS pg_temp.pub_sums;
    CREATE TEMP TABLE pub_sums ON COMMIT DROP AS
    SELECT p.sale_date, p.month, p.sales_region, p.region_id, p.channel_id, COALESCE(p.store_id, 0) AS store_id,
           COALESCE(p.dealer_id, 0) AS dealer_id, p.product_id, count(*) AS rows, sum(p.qty) AS qty, sum(p.amount_e4) AS amount_e4,
           sum(COALESCE(p.margin_e4, 0)) AS margin_e4
      FROM pub_lines p
     WHERE p.status = 'paid' AND p.hold NOT IN (2, 3) AND NOT EXISTS (SELECT 1 FROM pub_dups d WHERE d.id = p.id)
     GROUP BY p.sale_date, p.month, p.sales_region, p.region_id, p.channel_id, COALESCE(p.store_id, 0), COALESCE(p.dealer_id, 0), p.product_id;
    ANALYZE pub_sums;
    -- the rollups: the counted lines' sums added to the months' rows (one row per key, as national_refresh makes
    -- them); months with no row yet take them as they are, without first being looked for
    IF EXISTS (SELECT 1 FROM sale_day d WHERE d.sale_date >= months[1] || '-01' AND d.sale_date < national_next_month(months[cardinality(months)])) THEN
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
    ELSE
        INSERT INTO sale_day (sale_date, month, sales_region, region_id, channel_id, store_id, dealer_id, product_id,
                              rows, qty, amount_e4, margin_e4)
        SELECT a.sale_date, a.month, a.sales_region, a.region_id, a.channel_id, a.store_id, a.dealer_id, a.product_id,
               a.rows, a.qty, a.amount_e4, a.margin_e4
          FROM pub_sums a;
    END IF;
    INSERT INTO sale_pc_month AS m (month, sales_region, province, channel_id, rows, qty, amount_e4, margin_e4)
    SELECT s.month, s.sales_region, r.province, s.channel_id, sum(s.rows), sum(s.qty), sum(s.amount_e4), sum(s.margin_e4)
      FROM pub_sums s JOIN region r ON r.id = s.region_id
     GROUP BY s.month, s.sales_region, r.province, s.channel_id
    ON CONFLICT (month, province, channel_id) DO UPDATE
       SET rows = m.rows + excluded.rows, qty = m.qty + excluded.qty, amount_e4 = m.amount_e4 + excluded.amount_e4,
           margin_e4 = m.margin_e4 + excluded.margin_e4;
    -- the staging table emptied at once: publishers take turns (Publisher.PUBLISH_LOCK) from before their COPY to their
    -- commit, so it holds this batch's lines only; deleting them one by one took 0.5-1 s a million
    TRUNCATE publish_stage;
    UPDATE import_batch SET rows_stored = stored, rows_duplicate = duplicates WHERE id = p_batch;
    INSERT INTO audit_log (action, subject, detail)
    VALUES ('publish-batch', 'batch ' || p_batch, stored || ' lines stored, ' || duplicates || ' held as duplicates');
    DROP VIEW pg_temp.pub_lines;
    DROP TABLE pg_temp.pub_owned;
    DROP TABLE pg_temp.pub_dups;
    DROP TABLE pg_temp.pub_sums;
END
$$;

-- the undo of V7 with the owners in either table: the batch's lines that own their key hand it to their earliest
-- duplicate in another batch (in the table the key was owned in), or give it up
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
    -- an owner row always carries its line's key and batch, so the line's line_key and id find it
    CREATE TEMP TABLE heirs ON COMMIT DROP AS
        SELECT o.line_key, o.channel_id, o.order_id, o.product_id, o.line_no, o.sale_id AS old_id, o.clash,
               (SELECT min(d.id) FROM sale d WHERE d.dup_of = o.sale_id AND d.batch_id <> p_batch) AS heir
          FROM (SELECT o.line_key, o.channel_id, o.order_id, o.product_id, o.line_no, o.sale_id, false AS clash
                  FROM sale s JOIN line_owner o ON o.line_key = s.line_key AND o.sale_id = s.id
                 WHERE s.batch_id = p_batch AND s.line_key IS NOT NULL
                UNION ALL
                SELECT c.line_key, c.channel_id, c.order_id, c.product_id, c.line_no, c.sale_id, true
                  FROM sale s JOIN line_owner_clash c ON c.line_key = s.line_key AND c.channel_id = s.channel_id AND c.order_id = s.order_id
                                                     AND c.product_id = s.product_id AND c.line_no = s.line_no AND c.sale_id = s.id
                 WHERE s.batch_id = p_batch AND s.line_key IS NOT NULL) o;
    months := ARRAY(SELECT DISTINCT month FROM sale WHERE batch_id = p_batch
                    UNION SELECT DISTINCT d.month FROM sale d JOIN heirs h ON d.id = h.heir);
    DELETE FROM line_owner o USING heirs h WHERE NOT h.clash AND o.line_key = h.line_key AND o.sale_id = h.old_id;
    DELETE FROM line_owner_clash o USING heirs h
     WHERE h.clash AND o.line_key = h.line_key AND o.channel_id = h.channel_id AND o.order_id = h.order_id AND o.product_id = h.product_id
       AND o.line_no = h.line_no;
    INSERT INTO line_owner (line_key, channel_id, order_id, product_id, line_no, sale_id, batch_id)
    SELECT h.line_key, h.channel_id, h.order_id, h.product_id, h.line_no, h.heir, d.batch_id
      FROM heirs h JOIN sale d ON d.id = h.heir WHERE NOT h.clash;
    INSERT INTO line_owner_clash (line_key, channel_id, order_id, product_id, line_no, sale_id, batch_id)
    SELECT h.line_key, h.channel_id, h.order_id, h.product_id, h.line_no, h.heir, d.batch_id
      FROM heirs h JOIN sale d ON d.id = h.heir WHERE h.clash;
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
