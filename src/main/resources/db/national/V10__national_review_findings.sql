-- Findings reviewed on the store itself (issue 21 #3: Data quality runs on the national store): head office, or an
-- analyst within her regions, accepts or rejects findings from the workbench as she would in a workspace. The
-- findings take the decision; each of their lines takes the review hold every finding covering it gives (rejected by
-- any: 3; held by an open holding one: 2; otherwise 0; a duplicate keeps its 1, as national_review leaves it); the
-- months touched are rebuilt and the review is audited with its counts, all in the caller's transaction.
-- The analyst's next sync brings it down: a later review wins, as it does for findings a publish carries, and a
-- line she reviewed the other way since is shown as a conflict (Syncer). Returns the findings that changed.
CREATE FUNCTION national_review_findings(p_ids bigint[], p_status text, p_comment text, p_at text) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    reviewer name := session_user;
    hq       boolean := national_is_hq(session_user);
    mine     text[] := national_regions(session_user);
    n        bigint;
    moved    bigint;
    months   text[];
BEGIN
    IF p_status NOT IN ('accepted', 'rejected') THEN
        RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'a review accepts or rejects, not ' || COALESCE(p_status, 'nothing');
    END IF;
    -- a publish moves the same lines and rollups
    PERFORM pg_advisory_xact_lock(21021);
    DROP TABLE IF EXISTS pg_temp.reviewed_findings, pg_temp.reviewed_lines;
    CREATE TEMP TABLE reviewed_findings ON COMMIT DROP AS
    WITH decided AS (
        UPDATE validation_issue v SET status = p_status, who = reviewer, at = p_at, comment = NULLIF(p_comment, '')
         WHERE v.id = ANY (p_ids) AND v.status <> p_status AND (hq OR v.sales_region = ANY (mine))
        RETURNING v.batch_id, v.fact, v.src_row, v.src_rows)
    SELECT * FROM decided;
    SELECT count(*) INTO n FROM reviewed_findings;
    IF n = 0 THEN RETURN 0; END IF;

    -- the sales lines of those findings, by their batch and source row (the index every partition has)
    CREATE TEMP TABLE reviewed_lines ON COMMIT DROP AS
    SELECT DISTINCT f.batch_id, x.src_row
      FROM reviewed_findings f CROSS JOIN LATERAL unnest(CASE WHEN f.src_row IS NULL THEN f.src_rows ELSE f.src_row || f.src_rows END) AS x(src_row)
     WHERE f.fact = 'sale';
    ANALYZE reviewed_lines;

    WITH covering AS (
        SELECT v.batch_id, x.src_row, v.status, v.hold
          FROM validation_issue v CROSS JOIN LATERAL unnest(CASE WHEN v.src_row IS NULL THEN v.src_rows ELSE v.src_row || v.src_rows END) AS x(src_row)
         WHERE v.fact = 'sale' AND v.batch_id IN (SELECT DISTINCT batch_id FROM reviewed_lines)),
    wanted AS (
        SELECT l.batch_id, l.src_row,
               CASE WHEN bool_or(c.status = 'rejected') THEN 3 WHEN bool_or(c.status = 'open' AND c.hold <> 0) THEN 2 ELSE 0 END AS hold
          FROM reviewed_lines l JOIN covering c ON c.batch_id = l.batch_id AND c.src_row = l.src_row
         GROUP BY l.batch_id, l.src_row),
    changed AS (
        UPDATE sale s SET review_hold = w.hold, hold = CASE WHEN s.hold = 1 THEN 1 ELSE w.hold END, hold_by = reviewer, hold_at = now()
          FROM wanted w
         WHERE s.batch_id = w.batch_id AND s.src_row = w.src_row AND s.review_hold <> w.hold AND (hq OR s.sales_region = ANY (mine))
        RETURNING s.month)
    SELECT array_agg(DISTINCT month), count(*) INTO months, moved FROM changed;

    IF moved > 0 THEN
        PERFORM national_touch(months);
        PERFORM national_refresh_touched();
    END IF;
    INSERT INTO audit_log (action, subject, detail)
    VALUES ('review', n || ' findings', p_status || ' ' || n || ' finding(s), ' || moved || ' line(s) changed hold'
            || COALESCE(': ' || NULLIF(p_comment, ''), ''));
    RETURN n;
END
$$;

REVOKE EXECUTE ON FUNCTION national_review_findings(bigint[], text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION national_review_findings(bigint[], text, text, text) TO national_analyst, national_hq;
