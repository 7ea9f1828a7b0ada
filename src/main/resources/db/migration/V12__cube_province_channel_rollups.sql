-- The smallest rollups: province x channel, no products, no stores. Totals, trends, channel mix, the
-- province map and the region/province explorer levels read these (a few thousand rows a month)
-- whenever no product, store, dealer or city filter is involved.
CREATE TABLE cube_pc_day (
    sale_date    TEXT NOT NULL,
    province     TEXT NOT NULL,
    channel_id   INTEGER NOT NULL,
    rows         INTEGER NOT NULL,
    qty          INTEGER NOT NULL,
    amount_cents INTEGER NOT NULL,
    margin_cents INTEGER NOT NULL,
    PRIMARY KEY (sale_date, province, channel_id)
) WITHOUT ROWID;

CREATE TABLE cube_pc_month (
    month        TEXT NOT NULL,
    province     TEXT NOT NULL,
    channel_id   INTEGER NOT NULL,
    rows         INTEGER NOT NULL,
    qty          INTEGER NOT NULL,
    amount_cents INTEGER NOT NULL,
    margin_cents INTEGER NOT NULL,
    PRIMARY KEY (month, province, channel_id)
) WITHOUT ROWID;

-- product-filtered queries over the province rollups seek by product rather than scan every month
CREATE INDEX ix_cube_month_product ON cube_month(product_id, month);
