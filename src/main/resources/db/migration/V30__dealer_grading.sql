-- Dealer grading (issue 14): the dealers' digital-tools flag (earns the logistics subsidy) and the
-- channel team's grade and rebate rules, one row, edited on the Dealers screen and audited.
ALTER TABLE dealer ADD COLUMN digital_tools INTEGER NOT NULL DEFAULT 0;

CREATE TABLE dealer_grade_rules (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    a_sales_cents INTEGER NOT NULL,          -- annualised sales above this (cents)
    a_growth      REAL NOT NULL,             -- growth on the same period a year before, at least (share)
    a_nps         REAL NOT NULL,
    a_resolved    REAL NOT NULL,             -- share of complaints resolved within 48 h, at least
    b_coverage    REAL NOT NULL,             -- share of the territory covered, at least
    rate_a        TEXT NOT NULL,             -- rebate rates as exact decimals ('0.05')
    rate_b        TEXT NOT NULL,
    rate_c        TEXT NOT NULL,
    excess_rate   TEXT NOT NULL,
    digital_rate  TEXT NOT NULL
);
