-- Province-grain rollups for the workbench's interactive queries (filter, drill, re-aggregate within
-- 150 ms on 10M lines). They drop store, dealer and city, which is what makes them small; queries that
-- need those levels read sale_day. Both are rebuilt from sale_day when cube_state's fingerprint (the
-- last audit entry: every import, undo and review writes one) no longer matches.
CREATE TABLE cube_day (
    sale_date    TEXT NOT NULL,
    province     TEXT NOT NULL,               -- region.province: GB/T 2260 code for China, as given elsewhere
    channel_id   INTEGER NOT NULL,
    product_id   INTEGER NOT NULL,
    rows         INTEGER NOT NULL,
    qty          INTEGER NOT NULL,
    amount_cents INTEGER NOT NULL,
    margin_cents INTEGER NOT NULL,
    PRIMARY KEY (sale_date, province, channel_id, product_id)
) WITHOUT ROWID;

CREATE TABLE cube_month (
    month        TEXT NOT NULL,               -- YYYY-MM
    province     TEXT NOT NULL,
    channel_id   INTEGER NOT NULL,
    product_id   INTEGER NOT NULL,
    rows         INTEGER NOT NULL,
    qty          INTEGER NOT NULL,
    amount_cents INTEGER NOT NULL,
    margin_cents INTEGER NOT NULL,
    PRIMARY KEY (month, province, channel_id, product_id)
) WITHOUT ROWID;

CREATE TABLE cube_state (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    fingerprint TEXT NOT NULL
);
