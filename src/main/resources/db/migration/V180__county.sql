-- Counties (区/县, GB/T 2260 codes) below cities (issue 14 #2): a dealer's coverage is the share of the counties of its
-- province where it or one of its stores sold. A sales line keeps the county its file names (dealer sell-through
-- sheets name one per line); a store's county comes from the store master, and its POS lines are where it is.
-- Both stay NULL for files without a county: coverage then falls back to the cities.
ALTER TABLE sale ADD COLUMN county TEXT;
ALTER TABLE store ADD COLUMN county TEXT;

-- the dealers' counties by month read only the lines that carry one: on a workspace without counties this is empty
CREATE INDEX ix_sale_county ON sale(county, dealer_id, sale_date, hold, status) WHERE county IS NOT NULL;
