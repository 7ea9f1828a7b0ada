-- Publishing (issue 21 #2). A publish is one transaction of the publisher's connection: it COPYs each new
-- batch into publish_stage and calls national_publish, sends review states through review_stage and
-- national_review, and undoes through national_undo. These run as the owner (SECURITY DEFINER) because a
-- duplicate is found against every region's lines; each checks the caller's regions itself, with the
-- same rule as the row-level security policies. A kill or a dropped connection anywhere rolls it all back.

CREATE FUNCTION national_next_month(m text) RETURNS text LANGUAGE sql IMMUTABLE
    AS $$ SELECT to_char(to_date(m || '-01', 'YYYY-MM-DD') + interval '1 month', 'YYYY-MM-DD') $$;

-- one partition of sale per month, made when a month's first line arrives
CREATE FUNCTION national_ensure_months(months text[]) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    m text;
BEGIN
    -- a coordinator's sale is partitioned by region into foreign shards, whose own sale tables hold the months
    IF (SELECT partstrat FROM pg_partitioned_table WHERE partrelid = 'sale'::regclass) <> 'r' THEN RETURN; END IF;
    FOREACH m IN ARRAY months LOOP
        IF m !~ '^\d{4}-\d{2}$' THEN RAISE EXCEPTION 'not a month: %', m; END IF;
        IF to_regclass('sale_' || replace(m, '-', '_')) IS NULL THEN
            EXECUTE format('CREATE TABLE %I PARTITION OF sale FOR VALUES FROM (%L) TO (%L)',
                           'sale_' || replace(m, '-', '_'), m || '-01', national_next_month(m));
        END IF;
    END LOOP;
END
$$;

-- the rollups of the given months, rebuilt from their lines
CREATE FUNCTION national_refresh(months text[]) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    m text;
BEGIN
    FOREACH m IN ARRAY months LOOP
        DELETE FROM sale_day WHERE month = m;
        INSERT INTO sale_day (sale_date, month, sales_region, region_id, channel_id, store_id, dealer_id, product_id,
                              rows, qty, amount_cents, margin_cents)
        SELECT sale_date, month, sales_region, region_id, channel_id, COALESCE(store_id, 0), COALESCE(dealer_id, 0), product_id,
               count(*), sum(qty), sum(amount_cents), sum(COALESCE(margin_cents, 0))
          FROM sale WHERE sale_date >= m || '-01' AND sale_date < national_next_month(m) AND hold = 0 AND status = 'paid'
         GROUP BY sale_date, month, sales_region, region_id, channel_id, COALESCE(store_id, 0), COALESCE(dealer_id, 0), product_id;
        DELETE FROM sale_pc_month WHERE month = m;
        INSERT INTO sale_pc_month (month, sales_region, province, channel_id, rows, qty, amount_cents, margin_cents)
        SELECT d.month, d.sales_region, r.province, d.channel_id, sum(d.rows), sum(d.qty), sum(d.amount_cents), sum(d.margin_cents)
          FROM sale_day d JOIN region r ON r.id = d.region_id WHERE d.month = m
         GROUP BY d.month, d.sales_region, r.province, d.channel_id;
    END LOOP;
END
$$;

-- months whose lines changed in this transaction; national_refresh_touched rebuilds their rollups once at
-- the end of a publish rather than once per batch (a batch of a year's orders touches twelve months)
CREATE FUNCTION national_touch(months text[]) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    CREATE TEMP TABLE IF NOT EXISTS national_touched (month text PRIMARY KEY) ON COMMIT DROP;
    INSERT INTO national_touched SELECT DISTINCT m FROM unnest(months) m WHERE m IS NOT NULL ON CONFLICT DO NOTHING;
END
$$;

CREATE FUNCTION national_refresh_touched() RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    months text[];
BEGIN
    IF to_regclass('pg_temp.national_touched') IS NULL THEN RETURN 0; END IF;
    months := ARRAY(SELECT month FROM national_touched ORDER BY month);
    PERFORM national_refresh(months);
    DELETE FROM national_touched;
    RETURN cardinality(months);
END
$$;

-- the national batch for a workspace batch: the stored one with the same SHA-256 and kind, else a new one
CREATE FUNCTION national_batch(p_sha text, p_kind text, p_file text, p_profile text, p_read bigint, p_imported_at text,
                               p_source text, OUT batch_id bigint, OUT created boolean)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    SELECT b.id INTO batch_id FROM import_batch b WHERE b.sha256 = p_sha AND b.kind = p_kind AND b.status = 'stored';
    IF FOUND THEN
        created := false;
        RETURN;
    END IF;
    INSERT INTO import_batch (file_name, sha256, kind, profile, rows_read, status, imported_at, published_by, source)
    VALUES (p_file, p_sha, p_kind, p_profile, p_read, 'stored', p_imported_at, session_user, p_source)
    RETURNING id INTO batch_id;
    created := true;
END
$$;

-- moves a staged batch into sale: duplicates held (hold 1, dup_of the line that counts) exactly as a
-- workspace holds them, the workspace's review holds kept, the months' rollups rebuilt
CREATE FUNCTION national_publish(p_batch bigint, OUT stored bigint, OUT duplicates bigint)
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
                      store_id, dealer_id, region_id, product_id, qty, unit_price_cents, amount_cents, discount_rate,
                      discount_cents, margin_cents, currency, imei, waybill, campaign_code, ship_province, ship_lat, ship_lon,
                      status, pickup, hold, review_hold, dup_of, file_province)
    SELECT p.id, p.batch_id, p.src_row, p.line_key, p.order_id, p.line_no, p.sold_at, p.sale_date, p.month, p.sales_region,
           p.channel_id, p.store_id, p.dealer_id, p.region_id, p.product_id, p.qty, p.unit_price_cents, p.amount_cents,
           p.discount_rate, p.discount_cents, p.margin_cents, p.currency, p.imei, p.waybill, p.campaign_code, p.ship_province,
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

-- a published batch's review states brought to its workspace's: a duplicate stays held, its own review
-- state kept underneath; returns how many lines changed
CREATE FUNCTION national_review(p_batch bigint) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    who  name := session_user;
    hq   boolean := national_is_hq(session_user);
    mine text[] := national_regions(session_user);
    months text[];
    n bigint;
BEGIN
    WITH changed AS (
        UPDATE sale s SET review_hold = r.hold, hold = CASE WHEN s.hold = 1 THEN 1 ELSE r.hold END, hold_by = who, hold_at = now()
          FROM review_stage r
         WHERE r.batch_id = p_batch AND s.batch_id = p_batch AND s.src_row = r.src_row AND s.review_hold <> r.hold
           AND (hq OR s.sales_region = ANY (mine))
        RETURNING s.month)
    SELECT array_agg(DISTINCT month), count(*) INTO months, n FROM changed;
    DELETE FROM review_stage WHERE batch_id = p_batch;
    IF n > 0 THEN
        PERFORM national_touch(months);
        INSERT INTO audit_log (action, subject, detail) VALUES ('review', 'batch ' || p_batch, n || ' lines changed hold');
    END IF;
    RETURN n;
END
$$;

-- removes a batch its publisher (or head office) undid; for each key it counted, the earliest duplicate
-- in another batch takes its place, as a workspace's undo does; returns the lines removed
CREATE FUNCTION national_undo(p_batch bigint) RETURNS bigint
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
    DROP TABLE IF EXISTS pg_temp.heirs;
    CREATE TEMP TABLE heirs ON COMMIT DROP AS
        SELECT o.line_key, o.channel_id, o.order_id, o.product_id, o.line_no, o.sale_id AS old_id,
               (SELECT min(d.id) FROM sale d WHERE d.dup_of = o.sale_id AND d.batch_id <> p_batch) AS heir
          FROM line_owner o WHERE o.batch_id = p_batch;
    months := ARRAY(SELECT DISTINCT month FROM sale WHERE batch_id = p_batch
                    UNION SELECT DISTINCT d.month FROM sale d JOIN heirs h ON d.id = h.heir);
    DELETE FROM line_owner WHERE batch_id = p_batch;
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

CREATE FUNCTION national_audit(p_action text, p_subject text, p_detail text) RETURNS void
    LANGUAGE sql SECURITY DEFINER SET search_path FROM CURRENT
    AS $$ INSERT INTO audit_log (action, subject, detail) VALUES (p_action, p_subject, p_detail) $$;

REVOKE EXECUTE ON FUNCTION national_ensure_months(text[]), national_refresh(text[]), national_touch(text[]), national_refresh_touched(),
    national_batch(text, text, text, text, bigint, text, text), national_publish(bigint), national_review(bigint),
    national_undo(bigint), national_audit(text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION national_refresh_touched(), national_batch(text, text, text, text, bigint, text, text), national_publish(bigint),
    national_review(bigint), national_undo(bigint), national_audit(text, text, text) TO national_analyst, national_hq;
