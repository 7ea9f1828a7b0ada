-- Money kept exactly as the source wrote it (issue 13 #1): every money column moves from cents (1/100 yuan) to
-- ten-thousandths of a yuan (e4, 1/10,000) and is renamed to say so; stored values are multiplied by 100, so an
-- existing workspace reads the same yuan figures. Money columns are INTEGER, so the largest amount is about
-- 922 trillion yuan; sums of tens of millions of lines stay far inside that.
--
-- money-rename:keep (this file names the old columns on purpose)
--
-- The change journal's triggers on sale_day would record the x100 as a delta of 99 times every group and the next
-- refresh would add it to the cube on top: they are dropped first and recreated on the new names after. The cube
-- rollups and any pending journal rows are emptied instead of converted: the fingerprint of a migrated schema
-- differs, so the next refresh rebuilds every rollup whole from sale_day (CubeRollups), and an empty cube until
-- then cannot show a figure 100 times too small.
DROP TRIGGER sale_day_change_insert;
DROP TRIGGER sale_day_change_update;
DROP TRIGGER sale_day_change_move;
DROP TRIGGER sale_day_change_delete;

ALTER TABLE product RENAME COLUMN list_price_cents TO list_price_e4;
ALTER TABLE product RENAME COLUMN unit_cost_cents TO unit_cost_e4;
ALTER TABLE campaign RENAME COLUMN budget_cents TO budget_e4;
ALTER TABLE sale RENAME COLUMN unit_price_cents TO unit_price_e4;
ALTER TABLE sale RENAME COLUMN amount_cents TO amount_e4;
ALTER TABLE sale RENAME COLUMN discount_cents TO discount_e4;
ALTER TABLE sale RENAME COLUMN margin_cents TO margin_e4;
ALTER TABLE sell_in RENAME COLUMN amount_cents TO amount_e4;
ALTER TABLE spend RENAME COLUMN spend_cents TO spend_e4;
ALTER TABLE target RENAME COLUMN amount_cents TO amount_e4;
ALTER TABLE market RENAME COLUMN value_cents TO value_e4;
ALTER TABLE sale_day RENAME COLUMN amount_cents TO amount_e4;
ALTER TABLE sale_day RENAME COLUMN margin_cents TO margin_e4;
ALTER TABLE cube_day RENAME COLUMN amount_cents TO amount_e4;
ALTER TABLE cube_day RENAME COLUMN margin_cents TO margin_e4;
ALTER TABLE cube_month RENAME COLUMN amount_cents TO amount_e4;
ALTER TABLE cube_month RENAME COLUMN margin_cents TO margin_e4;
ALTER TABLE cube_store_day RENAME COLUMN amount_cents TO amount_e4;
ALTER TABLE cube_store_day RENAME COLUMN margin_cents TO margin_e4;
ALTER TABLE cube_store_month RENAME COLUMN amount_cents TO amount_e4;
ALTER TABLE cube_store_month RENAME COLUMN margin_cents TO margin_e4;
ALTER TABLE cube_pc_day RENAME COLUMN amount_cents TO amount_e4;
ALTER TABLE cube_pc_day RENAME COLUMN margin_cents TO margin_e4;
ALTER TABLE cube_pc_month RENAME COLUMN amount_cents TO amount_e4;
ALTER TABLE cube_pc_month RENAME COLUMN margin_cents TO margin_e4;
ALTER TABLE cube_cp_day RENAME COLUMN amount_cents TO amount_e4;
ALTER TABLE cube_cp_day RENAME COLUMN margin_cents TO margin_e4;
ALTER TABLE cube_cp_month RENAME COLUMN amount_cents TO amount_e4;
ALTER TABLE cube_cp_month RENAME COLUMN margin_cents TO margin_e4;
ALTER TABLE cube_week RENAME COLUMN amount_cents TO amount_e4;
ALTER TABLE cube_week RENAME COLUMN margin_cents TO margin_e4;
ALTER TABLE cube_pc_week RENAME COLUMN amount_cents TO amount_e4;
ALTER TABLE cube_pc_week RENAME COLUMN margin_cents TO margin_e4;
ALTER TABLE cube_cp_week RENAME COLUMN amount_cents TO amount_e4;
ALTER TABLE cube_cp_week RENAME COLUMN margin_cents TO margin_e4;
ALTER TABLE cube_store_week RENAME COLUMN amount_cents TO amount_e4;
ALTER TABLE cube_store_week RENAME COLUMN margin_cents TO margin_e4;
ALTER TABLE cube_pp_day RENAME COLUMN amount_cents TO amount_e4;
ALTER TABLE cube_pp_day RENAME COLUMN margin_cents TO margin_e4;
ALTER TABLE cube_pp_week RENAME COLUMN amount_cents TO amount_e4;
ALTER TABLE cube_pp_week RENAME COLUMN margin_cents TO margin_e4;
ALTER TABLE cube_pp_month RENAME COLUMN amount_cents TO amount_e4;
ALTER TABLE cube_pp_month RENAME COLUMN margin_cents TO margin_e4;
ALTER TABLE cube_sp_month RENAME COLUMN amount_cents TO amount_e4;
ALTER TABLE cube_sp_month RENAME COLUMN margin_cents TO margin_e4;
ALTER TABLE cube_ss_month RENAME COLUMN amount_cents TO amount_e4;
ALTER TABLE cube_ss_month RENAME COLUMN margin_cents TO margin_e4;
ALTER TABLE cube_ss_week RENAME COLUMN amount_cents TO amount_e4;
ALTER TABLE cube_ss_week RENAME COLUMN margin_cents TO margin_e4;
ALTER TABLE dealer_grade_rules RENAME COLUMN a_sales_cents TO a_sales_e4;
ALTER TABLE competitor_event RENAME COLUMN price_before_cents TO price_before_e4;
ALTER TABLE competitor_event RENAME COLUMN price_after_cents TO price_after_e4;
ALTER TABLE policy_measure RENAME COLUMN cap_cents TO cap_e4;
ALTER TABLE policy_measure RENAME COLUMN max_price_cents TO max_price_e4;
ALTER TABLE sale_day_change RENAME COLUMN amount_cents TO amount_e4;
ALTER TABLE sale_day_change RENAME COLUMN margin_cents TO margin_e4;

UPDATE product SET list_price_e4 = list_price_e4 * 100, unit_cost_e4 = unit_cost_e4 * 100;
UPDATE campaign SET budget_e4 = budget_e4 * 100;
UPDATE sale SET unit_price_e4 = unit_price_e4 * 100, amount_e4 = amount_e4 * 100, discount_e4 = discount_e4 * 100, margin_e4 = margin_e4 * 100;
UPDATE sell_in SET amount_e4 = amount_e4 * 100;
UPDATE spend SET spend_e4 = spend_e4 * 100;
UPDATE target SET amount_e4 = amount_e4 * 100;
UPDATE market SET value_e4 = value_e4 * 100;
UPDATE sale_day SET amount_e4 = amount_e4 * 100, margin_e4 = margin_e4 * 100;
UPDATE dealer_grade_rules SET a_sales_e4 = a_sales_e4 * 100;
UPDATE competitor_event SET price_before_e4 = price_before_e4 * 100, price_after_e4 = price_after_e4 * 100;
UPDATE policy_measure SET cap_e4 = cap_e4 * 100, max_price_e4 = max_price_e4 * 100;

DELETE FROM sale_day_change;
DELETE FROM cube_day;
DELETE FROM cube_month;
DELETE FROM cube_store_day;
DELETE FROM cube_store_month;
DELETE FROM cube_pc_day;
DELETE FROM cube_pc_month;
DELETE FROM cube_cp_day;
DELETE FROM cube_cp_month;
DELETE FROM cube_week;
DELETE FROM cube_pc_week;
DELETE FROM cube_cp_week;
DELETE FROM cube_store_week;
DELETE FROM cube_pp_day;
DELETE FROM cube_pp_week;
DELETE FROM cube_pp_month;
DELETE FROM cube_sp_month;
DELETE FROM cube_ss_month;
DELETE FROM cube_ss_week;
DELETE FROM cube_state;

-- the journal's triggers of V65, on the new names
CREATE TRIGGER sale_day_change_insert AFTER INSERT ON sale_day BEGIN
    INSERT INTO sale_day_change VALUES (NEW.sale_date, NEW.channel_id, NEW.store_id, NEW.dealer_id, NEW.region_id, NEW.product_id,
        NEW.rows, NEW.qty, NEW.amount_e4, NEW.margin_e4);
END;

-- an upsert adding to a group: one row with the difference
CREATE TRIGGER sale_day_change_update AFTER UPDATE ON sale_day
WHEN NEW.sale_date = OLD.sale_date AND NEW.channel_id = OLD.channel_id AND NEW.store_id = OLD.store_id
    AND NEW.dealer_id = OLD.dealer_id AND NEW.region_id = OLD.region_id AND NEW.product_id = OLD.product_id BEGIN
    INSERT INTO sale_day_change VALUES (NEW.sale_date, NEW.channel_id, NEW.store_id, NEW.dealer_id, NEW.region_id, NEW.product_id,
        NEW.rows - OLD.rows, NEW.qty - OLD.qty, NEW.amount_e4 - OLD.amount_e4, NEW.margin_e4 - OLD.margin_e4);
END;

-- a group moved to other keys (a repair): out of the old cell, into the new one
CREATE TRIGGER sale_day_change_move AFTER UPDATE ON sale_day
WHEN NOT (NEW.sale_date = OLD.sale_date AND NEW.channel_id = OLD.channel_id AND NEW.store_id = OLD.store_id
    AND NEW.dealer_id = OLD.dealer_id AND NEW.region_id = OLD.region_id AND NEW.product_id = OLD.product_id) BEGIN
    INSERT INTO sale_day_change VALUES (OLD.sale_date, OLD.channel_id, OLD.store_id, OLD.dealer_id, OLD.region_id, OLD.product_id,
        -OLD.rows, -OLD.qty, -OLD.amount_e4, -OLD.margin_e4);
    INSERT INTO sale_day_change VALUES (NEW.sale_date, NEW.channel_id, NEW.store_id, NEW.dealer_id, NEW.region_id, NEW.product_id,
        NEW.rows, NEW.qty, NEW.amount_e4, NEW.margin_e4);
END;

-- emptied groups (rows = 0) were already taken out by the update that emptied them
CREATE TRIGGER sale_day_change_delete AFTER DELETE ON sale_day
WHEN OLD.rows <> 0 OR OLD.qty <> 0 OR OLD.amount_e4 <> 0 OR OLD.margin_e4 <> 0 BEGIN
    INSERT INTO sale_day_change VALUES (OLD.sale_date, OLD.channel_id, OLD.store_id, OLD.dealer_id, OLD.region_id, OLD.product_id,
        -OLD.rows, -OLD.qty, -OLD.amount_e4, -OLD.margin_e4);
END;
