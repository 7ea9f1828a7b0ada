-- Store-grain rollups without products: store, dealer and city drill-downs (top stores, the explorer's
-- geography and dealer paths) read these instead of sale_day. Rebuilt with cube_day and cube_month.
CREATE TABLE cube_store_day (
    sale_date    TEXT NOT NULL,
    region_id    INTEGER NOT NULL,
    channel_id   INTEGER NOT NULL,
    store_id     INTEGER NOT NULL,
    dealer_id    INTEGER NOT NULL,
    rows         INTEGER NOT NULL,
    qty          INTEGER NOT NULL,
    amount_cents INTEGER NOT NULL,
    margin_cents INTEGER NOT NULL,
    PRIMARY KEY (sale_date, region_id, channel_id, store_id, dealer_id)
) WITHOUT ROWID;

CREATE TABLE cube_store_month (
    month        TEXT NOT NULL,
    region_id    INTEGER NOT NULL,
    channel_id   INTEGER NOT NULL,
    store_id     INTEGER NOT NULL,
    dealer_id    INTEGER NOT NULL,
    rows         INTEGER NOT NULL,
    qty          INTEGER NOT NULL,
    amount_cents INTEGER NOT NULL,
    margin_cents INTEGER NOT NULL,
    PRIMARY KEY (month, region_id, channel_id, store_id, dealer_id)
) WITHOUT ROWID;
