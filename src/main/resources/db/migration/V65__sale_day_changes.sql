-- What changed in sale_day since the cube rollups were last brought up to date (issue 18: freshness). Every
-- writer of sale_day (an import's upserts, an undo, a review's holds and releases, a repair rebuild) leaves
-- its exact delta here through the triggers, so CubeRollups adds these few rows to the cube instead of
-- scanning sale_day for the months that changed. Emptied by each refresh, in the same transaction.
CREATE TABLE sale_day_change (
    sale_date    TEXT NOT NULL,
    channel_id   INTEGER NOT NULL,
    store_id     INTEGER NOT NULL,
    dealer_id    INTEGER NOT NULL,
    region_id    INTEGER NOT NULL,
    product_id   INTEGER NOT NULL,
    rows         INTEGER NOT NULL,
    qty          INTEGER NOT NULL,
    amount_cents INTEGER NOT NULL,
    margin_cents INTEGER NOT NULL
);

CREATE TRIGGER sale_day_change_insert AFTER INSERT ON sale_day BEGIN
    INSERT INTO sale_day_change VALUES (NEW.sale_date, NEW.channel_id, NEW.store_id, NEW.dealer_id, NEW.region_id, NEW.product_id,
        NEW.rows, NEW.qty, NEW.amount_cents, NEW.margin_cents);
END;

-- an upsert adding to a group: one row with the difference
CREATE TRIGGER sale_day_change_update AFTER UPDATE ON sale_day
WHEN NEW.sale_date = OLD.sale_date AND NEW.channel_id = OLD.channel_id AND NEW.store_id = OLD.store_id
    AND NEW.dealer_id = OLD.dealer_id AND NEW.region_id = OLD.region_id AND NEW.product_id = OLD.product_id BEGIN
    INSERT INTO sale_day_change VALUES (NEW.sale_date, NEW.channel_id, NEW.store_id, NEW.dealer_id, NEW.region_id, NEW.product_id,
        NEW.rows - OLD.rows, NEW.qty - OLD.qty, NEW.amount_cents - OLD.amount_cents, NEW.margin_cents - OLD.margin_cents);
END;

-- a group moved to other keys (a repair): out of the old cell, into the new one
CREATE TRIGGER sale_day_change_move AFTER UPDATE ON sale_day
WHEN NOT (NEW.sale_date = OLD.sale_date AND NEW.channel_id = OLD.channel_id AND NEW.store_id = OLD.store_id
    AND NEW.dealer_id = OLD.dealer_id AND NEW.region_id = OLD.region_id AND NEW.product_id = OLD.product_id) BEGIN
    INSERT INTO sale_day_change VALUES (OLD.sale_date, OLD.channel_id, OLD.store_id, OLD.dealer_id, OLD.region_id, OLD.product_id,
        -OLD.rows, -OLD.qty, -OLD.amount_cents, -OLD.margin_cents);
    INSERT INTO sale_day_change VALUES (NEW.sale_date, NEW.channel_id, NEW.store_id, NEW.dealer_id, NEW.region_id, NEW.product_id,
        NEW.rows, NEW.qty, NEW.amount_cents, NEW.margin_cents);
END;

-- emptied groups (rows = 0) were already taken out by the update that emptied them
CREATE TRIGGER sale_day_change_delete AFTER DELETE ON sale_day
WHEN OLD.rows <> 0 OR OLD.qty <> 0 OR OLD.amount_cents <> 0 OR OLD.margin_cents <> 0 BEGIN
    INSERT INTO sale_day_change VALUES (OLD.sale_date, OLD.channel_id, OLD.store_id, OLD.dealer_id, OLD.region_id, OLD.product_id,
        -OLD.rows, -OLD.qty, -OLD.amount_cents, -OLD.margin_cents);
END;

-- an undo looks for the later lines held as duplicates of the batch's lines: without this index that was a
-- scan of every sale line (tens of seconds on 10M lines) for each undo; only duplicates are indexed
CREATE INDEX ix_sale_dup_of ON sale(dup_of) WHERE dup_of IS NOT NULL;

-- the month signatures are replaced by the changes above; the next refresh rebuilds the rollups whole once
DROP TABLE cube_month_sig;
DELETE FROM cube_state;
