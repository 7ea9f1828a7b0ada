-- Access by region (issue 21 #5): one database role per person; person_region lists her sales regions;
-- members of national_hq see every line. Row-level security on every table that holds lines or their
-- rollups; the owner (who runs these migrations) is not subject to it.

CREATE FUNCTION national_is_hq(who name) RETURNS boolean LANGUAGE sql STABLE
    AS $$ SELECT pg_has_role(who, 'national_hq', 'MEMBER') $$;

CREATE FUNCTION national_regions(who name) RETURNS text[] LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
    AS $$ SELECT COALESCE(array_agg(region), '{}') FROM person_region WHERE person = who $$;

-- (SELECT ...) makes each an init plan: evaluated once per statement, not once per row
ALTER TABLE sale ENABLE ROW LEVEL SECURITY;
CREATE POLICY sale_by_region ON sale
    USING ((SELECT national_is_hq(current_user)) OR sales_region = ANY (CAST((SELECT national_regions(current_user)) AS text[])))
    WITH CHECK ((SELECT national_is_hq(current_user)) OR sales_region = ANY (CAST((SELECT national_regions(current_user)) AS text[])));

ALTER TABLE sale_day ENABLE ROW LEVEL SECURITY;
CREATE POLICY sale_day_by_region ON sale_day
    USING ((SELECT national_is_hq(current_user)) OR sales_region = ANY (CAST((SELECT national_regions(current_user)) AS text[])));

ALTER TABLE sale_pc_month ENABLE ROW LEVEL SECURITY;
CREATE POLICY sale_pc_month_by_region ON sale_pc_month
    USING ((SELECT national_is_hq(current_user)) OR sales_region = ANY (CAST((SELECT national_regions(current_user)) AS text[])));

ALTER TABLE sell_in ENABLE ROW LEVEL SECURITY;
CREATE POLICY sell_in_by_region ON sell_in
    USING ((SELECT national_is_hq(current_user)) OR sales_region = ANY (CAST((SELECT national_regions(current_user)) AS text[])))
    WITH CHECK ((SELECT national_is_hq(current_user)) OR sales_region = ANY (CAST((SELECT national_regions(current_user)) AS text[])));

ALTER TABLE stock ENABLE ROW LEVEL SECURITY;
CREATE POLICY stock_by_region ON stock
    USING ((SELECT national_is_hq(current_user)) OR sales_region = ANY (CAST((SELECT national_regions(current_user)) AS text[])))
    WITH CHECK ((SELECT national_is_hq(current_user)) OR sales_region = ANY (CAST((SELECT national_regions(current_user)) AS text[])));

ALTER TABLE touchpoint ENABLE ROW LEVEL SECURITY;
CREATE POLICY touchpoint_by_region ON touchpoint
    USING ((SELECT national_is_hq(current_user)) OR sales_region = ANY (CAST((SELECT national_regions(current_user)) AS text[])))
    WITH CHECK ((SELECT national_is_hq(current_user)) OR sales_region = ANY (CAST((SELECT national_regions(current_user)) AS text[])));

ALTER TABLE target ENABLE ROW LEVEL SECURITY;
CREATE POLICY target_by_region ON target
    USING ((SELECT national_is_hq(current_user)) OR sales_region = ANY (CAST((SELECT national_regions(current_user)) AS text[])))
    WITH CHECK ((SELECT national_is_hq(current_user)) OR sales_region = ANY (CAST((SELECT national_regions(current_user)) AS text[])));

-- grants: partitions of sale get none, so a partition read directly (which policies on the parent do not
-- cover) is refused; dimensions are shared by every region
GRANT SELECT ON province, region, channel, dealer, store, product, campaign, person_region, import_batch
    TO national_analyst, national_hq;
GRANT INSERT, UPDATE ON region, channel, dealer, store, product, campaign TO national_analyst, national_hq;
GRANT SELECT, INSERT, UPDATE ON sale, sell_in, stock, touchpoint, target TO national_analyst, national_hq;
GRANT USAGE ON SEQUENCE sale_id_seq TO national_analyst, national_hq;
GRANT SELECT ON sale_day, sale_pc_month TO national_analyst, national_hq;
GRANT SELECT ON audit_log TO national_hq;
GRANT SELECT ON flyway_schema_history TO national_analyst, national_hq;
GRANT INSERT ON publish_stage, review_stage TO national_analyst, national_hq;
