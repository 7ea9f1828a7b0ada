-- A sales line of a store the store master places is where the store is (issue 11 #1): its city always,
-- its province over the file's. POS exports give a province abbreviation and no city, so until now every
-- store line sat in a nameless city of its province. This mends workspaces imported before, without a
-- re-import: a province the file gave that disagrees with its store's is kept in file_province for the
-- store-province rule, the line moves to its store's region, and sale_day is rebuilt from the lines (the
-- workbench's cube rollups rebuild whole after any migration).
ALTER TABLE sale ADD COLUMN file_province TEXT;

-- 1 when the store master gave the store's place; a store only named by sales lines keeps each line's own
-- province. Before this column, only a store master import set a store's name, type or location.
ALTER TABLE store ADD COLUMN master_region INTEGER NOT NULL DEFAULT 0;
UPDATE store SET master_region = 1
 WHERE region_id IS NOT NULL AND (name IS NOT NULL OR store_type IS NOT NULL OR lat IS NOT NULL OR lon IS NOT NULL);

UPDATE sale SET file_province = (SELECT r.province FROM region r WHERE r.id = sale.region_id)
 WHERE store_id IS NOT NULL
   AND EXISTS (SELECT 1 FROM store st JOIN region sr ON sr.id = st.region_id JOIN region r ON r.id = sale.region_id
               WHERE st.id = sale.store_id AND st.master_region = 1 AND sr.province <> '' AND r.province <> ''
                 AND r.province <> sr.province);

UPDATE sale SET region_id = (SELECT st.region_id FROM store st WHERE st.id = sale.store_id)
 WHERE store_id IS NOT NULL
   AND EXISTS (SELECT 1 FROM store st JOIN region sr ON sr.id = st.region_id
               WHERE st.id = sale.store_id AND st.master_region = 1 AND st.region_id <> sale.region_id AND sr.province <> '');

DELETE FROM sale_day;

INSERT INTO sale_day (sale_date, channel_id, store_id, dealer_id, region_id, product_id, rows, qty, amount_cents, margin_cents)
SELECT sale_date, channel_id, COALESCE(store_id, 0), COALESCE(dealer_id, 0), region_id, product_id,
       COUNT(*), SUM(qty), SUM(amount_cents), SUM(COALESCE(margin_cents, 0))
  FROM sale WHERE hold = 0 AND status = 'paid'
 GROUP BY sale_date, channel_id, COALESCE(store_id, 0), COALESCE(dealer_id, 0), region_id, product_id;
