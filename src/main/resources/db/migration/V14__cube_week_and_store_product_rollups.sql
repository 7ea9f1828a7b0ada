-- Week rollups, province x product without channels, and store x product months, so that every workbench query reads a few ten thousand rows
-- at most on 10M lines (issue 3: 150 ms p95):
-- * weeks (keyed by the ISO week's Monday) serve weekly columns and the whole weeks inside partial
--   months, instead of summing seven day rows each;
-- * province x product (no channel) serves product rankings and the map under a region or product
--   filter: a twelfth of province x channel x product;
-- * store x product months serve stores, dealers and cities under a model or SKU filter, and store x
--   series months the same under a category or series filter, instead of scanning sale_day.
-- All are rebuilt from sale_day by CubeRollups, month by month for the months that changed.
CREATE TABLE cube_week (
    week         TEXT NOT NULL,               -- the Monday, YYYY-MM-DD
    province     TEXT NOT NULL,
    channel_id   INTEGER NOT NULL,
    product_id   INTEGER NOT NULL,
    rows         INTEGER NOT NULL,
    qty          INTEGER NOT NULL,
    amount_cents INTEGER NOT NULL,
    margin_cents INTEGER NOT NULL,
    PRIMARY KEY (week, province, channel_id, product_id)
) WITHOUT ROWID;

CREATE TABLE cube_pc_week (
    week         TEXT NOT NULL,
    province     TEXT NOT NULL,
    channel_id   INTEGER NOT NULL,
    rows         INTEGER NOT NULL,
    qty          INTEGER NOT NULL,
    amount_cents INTEGER NOT NULL,
    margin_cents INTEGER NOT NULL,
    PRIMARY KEY (week, province, channel_id)
) WITHOUT ROWID;

CREATE TABLE cube_cp_week (
    week         TEXT NOT NULL,
    channel_id   INTEGER NOT NULL,
    product_id   INTEGER NOT NULL,
    rows         INTEGER NOT NULL,
    qty          INTEGER NOT NULL,
    amount_cents INTEGER NOT NULL,
    margin_cents INTEGER NOT NULL,
    PRIMARY KEY (week, channel_id, product_id)
) WITHOUT ROWID;

CREATE TABLE cube_store_week (
    week         TEXT NOT NULL,
    region_id    INTEGER NOT NULL,
    channel_id   INTEGER NOT NULL,
    store_id     INTEGER NOT NULL,
    dealer_id    INTEGER NOT NULL,
    rows         INTEGER NOT NULL,
    qty          INTEGER NOT NULL,
    amount_cents INTEGER NOT NULL,
    margin_cents INTEGER NOT NULL,
    PRIMARY KEY (week, region_id, channel_id, store_id, dealer_id)
) WITHOUT ROWID;

CREATE TABLE cube_pp_day (
    sale_date    TEXT NOT NULL,
    province     TEXT NOT NULL,
    product_id   INTEGER NOT NULL,
    rows         INTEGER NOT NULL,
    qty          INTEGER NOT NULL,
    amount_cents INTEGER NOT NULL,
    margin_cents INTEGER NOT NULL,
    PRIMARY KEY (sale_date, province, product_id)
) WITHOUT ROWID;

CREATE TABLE cube_pp_week (
    week         TEXT NOT NULL,
    province     TEXT NOT NULL,
    product_id   INTEGER NOT NULL,
    rows         INTEGER NOT NULL,
    qty          INTEGER NOT NULL,
    amount_cents INTEGER NOT NULL,
    margin_cents INTEGER NOT NULL,
    PRIMARY KEY (week, province, product_id)
) WITHOUT ROWID;

CREATE TABLE cube_pp_month (
    month        TEXT NOT NULL,
    province     TEXT NOT NULL,
    product_id   INTEGER NOT NULL,
    rows         INTEGER NOT NULL,
    qty          INTEGER NOT NULL,
    amount_cents INTEGER NOT NULL,
    margin_cents INTEGER NOT NULL,
    PRIMARY KEY (month, province, product_id)
) WITHOUT ROWID;

-- keyed by product first: a model or SKU filter reads only its products' rows
CREATE TABLE cube_sp_month (
    product_id   INTEGER NOT NULL,
    month        TEXT NOT NULL,
    region_id    INTEGER NOT NULL,
    channel_id   INTEGER NOT NULL,
    store_id     INTEGER NOT NULL,
    dealer_id    INTEGER NOT NULL,
    rows         INTEGER NOT NULL,
    qty          INTEGER NOT NULL,
    amount_cents INTEGER NOT NULL,
    margin_cents INTEGER NOT NULL,
    PRIMARY KEY (product_id, month, region_id, channel_id, store_id, dealer_id)
) WITHOUT ROWID;

-- category and series as text (product's, '' when missing), like the cube's keys for those levels;
-- keyed by category then period, so a category (or a series, through its category) seeks
CREATE TABLE cube_ss_month (
    category     TEXT NOT NULL,
    month        TEXT NOT NULL,
    series       TEXT NOT NULL,
    region_id    INTEGER NOT NULL,
    channel_id   INTEGER NOT NULL,
    store_id     INTEGER NOT NULL,
    dealer_id    INTEGER NOT NULL,
    rows         INTEGER NOT NULL,
    qty          INTEGER NOT NULL,
    amount_cents INTEGER NOT NULL,
    margin_cents INTEGER NOT NULL,
    PRIMARY KEY (category, month, series, region_id, channel_id, store_id, dealer_id)
) WITHOUT ROWID;

CREATE TABLE cube_ss_week (
    category     TEXT NOT NULL,
    week         TEXT NOT NULL,
    series       TEXT NOT NULL,
    region_id    INTEGER NOT NULL,
    channel_id   INTEGER NOT NULL,
    store_id     INTEGER NOT NULL,
    dealer_id    INTEGER NOT NULL,
    rows         INTEGER NOT NULL,
    qty          INTEGER NOT NULL,
    amount_cents INTEGER NOT NULL,
    margin_cents INTEGER NOT NULL,
    PRIMARY KEY (category, week, series, region_id, channel_id, store_id, dealer_id)
) WITHOUT ROWID;

-- what each month of sale_day looked like when the rollups were last built: only months whose
-- signature changed are rebuilt. Emptied here so this migration's tables are filled by a whole rebuild.
CREATE TABLE cube_month_sig (
    month TEXT PRIMARY KEY,
    sig   TEXT NOT NULL
) WITHOUT ROWID;

DELETE FROM cube_state;
