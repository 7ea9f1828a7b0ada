-- Channel x product without geography: SKU rankings, product drill-downs and product-filtered trends
-- that do not involve a region, province, city, store or dealer read these (about a thousand rows a day).
CREATE TABLE cube_cp_day (
    sale_date    TEXT NOT NULL,
    channel_id   INTEGER NOT NULL,
    product_id   INTEGER NOT NULL,
    rows         INTEGER NOT NULL,
    qty          INTEGER NOT NULL,
    amount_cents INTEGER NOT NULL,
    margin_cents INTEGER NOT NULL,
    PRIMARY KEY (sale_date, channel_id, product_id)
) WITHOUT ROWID;

CREATE TABLE cube_cp_month (
    month        TEXT NOT NULL,
    channel_id   INTEGER NOT NULL,
    product_id   INTEGER NOT NULL,
    rows         INTEGER NOT NULL,
    qty          INTEGER NOT NULL,
    amount_cents INTEGER NOT NULL,
    margin_cents INTEGER NOT NULL,
    PRIMARY KEY (month, channel_id, product_id)
) WITHOUT ROWID;
