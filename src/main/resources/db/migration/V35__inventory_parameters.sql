-- Inventory and supply balance (issue 15): the replenishment terms per location kind ('store', 'dealer')
-- or per location code (a row for a code overrides its kind's), and the workspace's one set of
-- inventory parameters. Lead times, pack sizes and the service level belong to the workspace, not to the
-- command line, so the screen, the CLI and the workbook plan the same orders.
CREATE TABLE inventory_terms (
    scope          TEXT PRIMARY KEY,            -- 'store', 'dealer', or a location code
    lead_time_days INTEGER NOT NULL CHECK (lead_time_days >= 1),
    review_days    INTEGER NOT NULL CHECK (review_days >= 1),
    pack_size      INTEGER NOT NULL CHECK (pack_size >= 1),
    min_order      INTEGER NOT NULL DEFAULT 0 CHECK (min_order >= 0)
);
INSERT INTO inventory_terms (scope, lead_time_days, review_days, pack_size, min_order) VALUES
    ('store', 7, 7, 1, 0),
    ('dealer', 14, 28, 5, 10);

CREATE TABLE inventory_parameter (
    id               INTEGER PRIMARY KEY CHECK (id = 1),
    service_level    REAL NOT NULL CHECK (service_level > 0 AND service_level < 1),
    slow_ratio       REAL NOT NULL,
    slow_weeks       INTEGER NOT NULL,
    cover_low_weeks  REAL NOT NULL,
    cover_high_weeks REAL NOT NULL,
    cost_per_unit_km REAL NOT NULL,
    history_weeks    INTEGER NOT NULL
);
INSERT INTO inventory_parameter VALUES (1, 0.95, 0.8, 3, 2, 8, 0.01, 52);
