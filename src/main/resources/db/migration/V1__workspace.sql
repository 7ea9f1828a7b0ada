-- SalesTrack workspace schema. Money is stored as integer cents; dates as ISO-8601 text
-- (sale_date 'YYYY-MM-DD', sold_at 'YYYY-MM-DDTHH:MM:SS') so they sort and compare as text.

-- reference -------------------------------------------------------------------------------------
CREATE TABLE province (
    code         TEXT PRIMARY KEY,           -- GB/T 2260, two digits
    name_zh      TEXT NOT NULL,
    full_name_zh TEXT NOT NULL,
    name_en      TEXT NOT NULL,
    abbr         TEXT NOT NULL,
    sales_region TEXT NOT NULL,              -- 华北 东北 华东 华中 华南 西南 西北
    tile_col     INTEGER NOT NULL,
    tile_row     INTEGER NOT NULL,
    lat          REAL,
    lon          REAL
);

-- bookkeeping -----------------------------------------------------------------------------------
CREATE TABLE import_batch (
    id           INTEGER PRIMARY KEY,
    file_name    TEXT NOT NULL,
    file_path    TEXT,
    sha256       TEXT NOT NULL,
    kind         TEXT NOT NULL,
    profile      TEXT NOT NULL,
    rows_read    INTEGER NOT NULL DEFAULT 0,
    rows_stored  INTEGER NOT NULL DEFAULT 0,
    rows_quarantined INTEGER NOT NULL DEFAULT 0,
    rows_rejected INTEGER NOT NULL DEFAULT 0,
    rows_duplicate INTEGER NOT NULL DEFAULT 0,
    status       TEXT NOT NULL,              -- stored | undone
    started_at   TEXT NOT NULL,
    finished_at  TEXT
);
CREATE UNIQUE INDEX ux_import_batch_sha ON import_batch(sha256, kind) WHERE status = 'stored';

CREATE TABLE audit_log (
    id      INTEGER PRIMARY KEY,
    at      TEXT NOT NULL,
    who     TEXT NOT NULL,
    action  TEXT NOT NULL,                   -- import | undo | export | rule-change | review | edit
    subject TEXT,
    detail  TEXT
);

-- dimensions ------------------------------------------------------------------------------------
CREATE TABLE region (
    id       INTEGER PRIMARY KEY,
    country  TEXT NOT NULL,
    region   TEXT NOT NULL DEFAULT '',        -- sales region for China (华南...), as given elsewhere
    province TEXT NOT NULL DEFAULT '',        -- GB/T 2260 code for China, as given elsewhere
    city     TEXT NOT NULL DEFAULT '',
    UNIQUE (country, region, province, city)
);

CREATE TABLE channel (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE,
    type  TEXT NOT NULL CHECK (type IN ('online', 'offline')),
    kind  TEXT                                 -- platform, mall, live, direct, authorised, carrier, dealer
);

CREATE TABLE dealer (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    name        TEXT,
    tier        TEXT CHECK (tier IS NULL OR tier IN ('T1', 'T2', 'T3')),
    grade       TEXT CHECK (grade IS NULL OR grade IN ('A', 'B', 'C')),
    province    TEXT,
    city        TEXT,
    lat         REAL,
    lon         REAL,
    parent_code TEXT
);

CREATE TABLE store (
    id         INTEGER PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE,
    name       TEXT,
    dealer_id  INTEGER REFERENCES dealer(id),
    channel_id INTEGER REFERENCES channel(id),
    store_type TEXT,
    region_id  INTEGER REFERENCES region(id),
    lat        REAL,
    lon        REAL
);

CREATE TABLE product (
    id               INTEGER PRIMARY KEY,
    sku              TEXT NOT NULL UNIQUE,
    name             TEXT,
    model            TEXT,
    series           TEXT,
    category         TEXT,
    launch_date      TEXT,
    list_price_cents INTEGER,
    unit_cost_cents  INTEGER
);

CREATE TABLE campaign (
    id           INTEGER PRIMARY KEY,
    code         TEXT NOT NULL UNIQUE,
    name         TEXT,
    tag          TEXT,
    starts       TEXT,
    ends         TEXT,
    channels     TEXT,
    region       TEXT,
    promo_type   TEXT,
    budget_cents INTEGER,
    batch_id     INTEGER REFERENCES import_batch(id) ON DELETE SET NULL
);

CREATE TABLE customer (
    id        INTEGER PRIMARY KEY,
    pid       TEXT NOT NULL UNIQUE,            -- pseudonymised id (keyed hash), never the raw one
    age_band  TEXT,
    city      TEXT,
    segment   TEXT
);

-- facts -----------------------------------------------------------------------------------------
-- hold: 0 counted; 1 duplicate of another line (dup_of); 2 quarantined by a rule; 3 rejected on review.
-- Only hold = 0 rows reach totals and rollups.
CREATE TABLE sale (
    id               INTEGER PRIMARY KEY,
    batch_id         INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
    src_row          INTEGER NOT NULL,
    line_key         INTEGER,                  -- 64-bit hash of (channel, order_id, sku, line_no); exact fields decide
    order_id         TEXT,
    line_no          INTEGER NOT NULL DEFAULT 1,
    sold_at          TEXT NOT NULL,
    sale_date        TEXT NOT NULL,
    channel_id       INTEGER NOT NULL REFERENCES channel(id),
    store_id         INTEGER REFERENCES store(id),
    dealer_id        INTEGER REFERENCES dealer(id),
    region_id        INTEGER NOT NULL REFERENCES region(id),
    product_id       INTEGER NOT NULL REFERENCES product(id),
    qty              INTEGER NOT NULL,
    unit_price_cents INTEGER NOT NULL,
    amount_cents     INTEGER NOT NULL,
    discount_rate    REAL,
    discount_cents   INTEGER,
    margin_cents     INTEGER,
    currency         TEXT,
    customer_id      INTEGER REFERENCES customer(id),
    imei             TEXT,
    waybill          TEXT,
    campaign_code    TEXT,
    ship_province    TEXT,
    ship_lat         REAL,
    ship_lon         REAL,
    status           TEXT NOT NULL DEFAULT 'paid',
    pickup           INTEGER NOT NULL DEFAULT 0,
    hold             INTEGER NOT NULL DEFAULT 0,
    dup_of           INTEGER
);
CREATE INDEX ix_sale_batch ON sale(batch_id);
CREATE INDEX ix_sale_key ON sale(line_key) WHERE line_key IS NOT NULL;

CREATE TABLE sell_in (
    id           INTEGER PRIMARY KEY,
    batch_id     INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
    src_row      INTEGER NOT NULL,
    shipped_at   TEXT NOT NULL,
    dealer_id    INTEGER NOT NULL REFERENCES dealer(id),
    product_id   INTEGER NOT NULL REFERENCES product(id),
    qty          INTEGER NOT NULL,
    amount_cents INTEGER,
    province     TEXT,
    hold         INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ix_sell_in_batch ON sell_in(batch_id);

CREATE TABLE stock (
    id            INTEGER PRIMARY KEY,
    batch_id      INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
    src_row       INTEGER NOT NULL,
    as_of         TEXT NOT NULL,
    location_code TEXT NOT NULL,
    location_type TEXT NOT NULL DEFAULT 'store',
    product_id    INTEGER NOT NULL REFERENCES product(id),
    on_hand       INTEGER NOT NULL,
    in_transit    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ix_stock_batch ON stock(batch_id);
CREATE INDEX ix_stock_loc ON stock(location_code, as_of);

CREATE TABLE spend (
    id            INTEGER PRIMARY KEY,
    batch_id      INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
    src_row       INTEGER NOT NULL,
    date          TEXT NOT NULL,
    channel_id    INTEGER NOT NULL REFERENCES channel(id),
    campaign_code TEXT,
    spend_cents   INTEGER NOT NULL,
    impressions   INTEGER,
    clicks        INTEGER
);
CREATE INDEX ix_spend_batch ON spend(batch_id);

CREATE TABLE touchpoint (
    id          INTEGER PRIMARY KEY,
    batch_id    INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
    src_row     INTEGER NOT NULL,
    customer_id INTEGER NOT NULL REFERENCES customer(id),
    at          TEXT NOT NULL,
    channel_id  INTEGER NOT NULL REFERENCES channel(id),
    order_id    TEXT
);
CREATE INDEX ix_touchpoint_batch ON touchpoint(batch_id);
CREATE INDEX ix_touchpoint_customer ON touchpoint(customer_id, at);

CREATE TABLE target (
    id           INTEGER PRIMARY KEY,
    batch_id     INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
    src_row      INTEGER NOT NULL,
    period       TEXT NOT NULL,                 -- YYYY-MM
    dealer_id    INTEGER REFERENCES dealer(id),
    region       TEXT,
    qty          INTEGER NOT NULL,
    amount_cents INTEGER
);
CREATE INDEX ix_target_batch ON target(batch_id);

CREATE TABLE dealer_service (
    id           INTEGER PRIMARY KEY,
    batch_id     INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
    src_row      INTEGER NOT NULL,
    period       TEXT NOT NULL,
    dealer_id    INTEGER NOT NULL REFERENCES dealer(id),
    nps          REAL,
    complaints   INTEGER,
    resolved_48h REAL
);
CREATE INDEX ix_dealer_service_batch ON dealer_service(batch_id);

CREATE TABLE market (
    id       INTEGER PRIMARY KEY,
    batch_id INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
    src_row  INTEGER NOT NULL,
    period   TEXT NOT NULL,
    province TEXT NOT NULL,
    category TEXT,
    units    INTEGER NOT NULL
);
CREATE INDEX ix_market_batch ON market(batch_id);

-- rollups (kept current at import, undo and review; counted lines only) -------------------------
CREATE TABLE sale_day (
    sale_date    TEXT NOT NULL,
    channel_id   INTEGER NOT NULL,
    store_id     INTEGER NOT NULL DEFAULT 0,    -- 0: no store (online)
    dealer_id    INTEGER NOT NULL DEFAULT 0,
    region_id    INTEGER NOT NULL,
    product_id   INTEGER NOT NULL,
    rows         INTEGER NOT NULL,
    qty          INTEGER NOT NULL,
    amount_cents INTEGER NOT NULL,
    margin_cents INTEGER NOT NULL,
    PRIMARY KEY (sale_date, channel_id, store_id, dealer_id, region_id, product_id)
) WITHOUT ROWID;

-- data quality ----------------------------------------------------------------------------------
CREATE TABLE validation_issue (
    id          INTEGER PRIMARY KEY,
    batch_id    INTEGER REFERENCES import_batch(id) ON DELETE CASCADE,
    fact        TEXT NOT NULL DEFAULT 'sale',  -- which fact table row_id points into
    row_id      INTEGER,
    src_row     INTEGER,
    rule        TEXT NOT NULL,
    severity    TEXT NOT NULL CHECK (severity IN ('error', 'warning', 'info')),
    why         TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'open',  -- open | accepted | rejected
    who         TEXT,
    at          TEXT NOT NULL,
    comment     TEXT
);
CREATE INDEX ix_issue_batch ON validation_issue(batch_id);
CREATE INDEX ix_issue_rule ON validation_issue(rule, status);

CREATE TABLE quarantine (
    id        INTEGER PRIMARY KEY,
    batch_id  INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
    src_row   INTEGER NOT NULL,
    raw       TEXT NOT NULL,                   -- the source row as JSON, so nothing is lost
    reason    TEXT NOT NULL
);
CREATE INDEX ix_quarantine_batch ON quarantine(batch_id);

CREATE TABLE rule_setting (
    rule       TEXT PRIMARY KEY,
    enabled    INTEGER NOT NULL DEFAULT 1,
    params     TEXT NOT NULL                   -- JSON object
);

-- forecasts and scenarios -----------------------------------------------------------------------
CREATE TABLE forecast_run (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    level      TEXT NOT NULL,
    series_key TEXT NOT NULL,
    model      TEXT NOT NULL,
    params     TEXT,
    horizon    INTEGER NOT NULL,
    frequency  INTEGER NOT NULL,
    accuracy   TEXT
);

CREATE TABLE forecast_value (
    run_id INTEGER NOT NULL REFERENCES forecast_run(id) ON DELETE CASCADE,
    step   INTEGER NOT NULL,
    period TEXT NOT NULL,
    mean   REAL NOT NULL,
    p10    REAL,
    p50    REAL,
    p90    REAL,
    actual REAL,
    PRIMARY KEY (run_id, step)
);

CREATE TABLE scenario (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE,
    at      TEXT NOT NULL,
    base    TEXT NOT NULL,                     -- series key and model
    drivers TEXT NOT NULL                      -- JSON
);

CREATE TABLE alert (
    id       INTEGER PRIMARY KEY,
    at       TEXT NOT NULL,
    kind     TEXT NOT NULL,
    severity TEXT NOT NULL,
    subject  TEXT,
    message  TEXT NOT NULL,
    status   TEXT NOT NULL DEFAULT 'open'
);

-- settings (e.g. the workspace's pseudonymisation key) ----------------------------------------
CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
