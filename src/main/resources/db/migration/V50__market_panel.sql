-- Market share and competitors (issue 20). The V1 market table held total units only; a research
-- firm's panel also breaks units and value out by brand and price band. A row without a brand is a
-- market total; a cell's market is the sum of its rows.
ALTER TABLE market ADD COLUMN brand TEXT;
ALTER TABLE market ADD COLUMN price_band TEXT;
ALTER TABLE market ADD COLUMN value_cents INTEGER NOT NULL DEFAULT 0;
CREATE INDEX ix_market_cell ON market(period, province, category);

-- A competitor's launch, price cut or promotion; provinces are GB/T 2260 codes joined by ';' (empty: nationwide).
CREATE TABLE competitor_event (
    id                 INTEGER PRIMARY KEY,
    batch_id           INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
    src_row            INTEGER NOT NULL,
    brand              TEXT NOT NULL,
    model              TEXT,
    event_date         TEXT NOT NULL,           -- YYYY-MM-DD
    kind               TEXT NOT NULL,           -- launch | price_cut | promotion
    provinces          TEXT NOT NULL DEFAULT '',
    category           TEXT,
    price_before_cents INTEGER,
    price_after_cents  INTEGER
);
CREATE INDEX ix_competitor_event_batch ON competitor_event(batch_id);

-- A policy measure such as a consumer subsidy: rate of the price, capped per unit, for products under a price.
CREATE TABLE policy_measure (
    id              INTEGER PRIMARY KEY,
    batch_id        INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
    src_row         INTEGER NOT NULL,
    name            TEXT NOT NULL,
    provinces       TEXT NOT NULL DEFAULT '',
    starts          TEXT NOT NULL,
    ends            TEXT NOT NULL,
    category        TEXT,
    rate            REAL NOT NULL DEFAULT 0,
    cap_cents       INTEGER,
    max_price_cents INTEGER
);
CREATE INDEX ix_policy_measure_batch ON policy_measure(batch_id);
