-- issue 23: the workbook's Orders without reading the sale lines. An order counts once however many lines it has
-- (CountedSale.ORDERS: its id is unique within its channel; a line without one is an order of its own), so no sum
-- of line counts gives it. sale_order_month keeps, per month and order, how many of its lines are counted; it is a
-- rollup like sale_day (Rollups.apply adds and removes lines with the same deltas, an import adds its counted lines
-- at the end), and order_month, kept by the triggers below, counts the orders with at least one counted line per
-- month and channel. An order belongs to one channel, so a month's orders are the sum of its channels' exactly; an
-- order whose lines fall in two months counts in each, as COUNT(DISTINCT) per month does. A group that loses its
-- last line stays with 0 lines (it counts nowhere) until a rebuild.
CREATE TABLE sale_order_month (
    month      TEXT NOT NULL,
    channel_id INTEGER NOT NULL,
    order_key  TEXT NOT NULL,
    lines      INTEGER NOT NULL,
    PRIMARY KEY (month, channel_id, order_key)
) WITHOUT ROWID;

CREATE TABLE order_month (
    month      TEXT NOT NULL,
    channel_id INTEGER NOT NULL,
    orders     INTEGER NOT NULL,
    PRIMARY KEY (month, channel_id)
) WITHOUT ROWID;

-- filled for existing workspaces: one read of the counted lines, sorted by month, channel and order (on the 10M-line
-- benchmark workspace the longest step of opening it once after the upgrade, see bench/screens/forecast-report.md)
INSERT INTO sale_order_month(month, channel_id, order_key, lines)
SELECT substr(sale_date, 1, 7), channel_id, COALESCE(order_id, '#' || id), COUNT(*) FROM sale
WHERE hold = 0 AND status = 'paid' GROUP BY 1, 2, 3;

INSERT INTO order_month(month, channel_id, orders) SELECT month, channel_id, COUNT(*) FROM sale_order_month GROUP BY 1, 2;

CREATE TRIGGER order_month_insert AFTER INSERT ON sale_order_month WHEN NEW.lines <> 0 BEGIN
    INSERT INTO order_month(month, channel_id, orders) SELECT NEW.month, NEW.channel_id, 0
    WHERE NOT EXISTS (SELECT 1 FROM order_month WHERE month = NEW.month AND channel_id = NEW.channel_id);
    UPDATE order_month SET orders = orders + 1 WHERE month = NEW.month AND channel_id = NEW.channel_id;
END;

-- (not INSERT OR IGNORE: the upsert firing the trigger would impose its own conflict handling on it)
-- an upsert adding lines: the order counts when it goes from no counted line to some, and stops when it goes back
CREATE TRIGGER order_month_update AFTER UPDATE OF lines ON sale_order_month WHEN (NEW.lines <> 0) <> (OLD.lines <> 0) BEGIN
    INSERT INTO order_month(month, channel_id, orders) SELECT NEW.month, NEW.channel_id, 0
    WHERE NOT EXISTS (SELECT 1 FROM order_month WHERE month = NEW.month AND channel_id = NEW.channel_id);
    UPDATE order_month SET orders = orders + CASE WHEN NEW.lines <> 0 THEN 1 ELSE -1 END
    WHERE month = NEW.month AND channel_id = NEW.channel_id;
END;

CREATE TRIGGER order_month_delete AFTER DELETE ON sale_order_month WHEN OLD.lines <> 0 BEGIN
    UPDATE order_month SET orders = orders - 1 WHERE month = OLD.month AND channel_id = OLD.channel_id;
END;
