-- A sales line with a store code is where its store is (issue 11 #1): the store master's city always,
-- its province over the file's. POS exports give a province abbreviation and no city, so until now every
-- store line sat in a nameless city of its province. This mends workspaces imported before, without a
-- re-import: a province the file gave that disagrees with its store's is kept in file_province for the
-- store-province rule, the line moves to its store's region, and sale_day is rebuilt from the lines (the
-- workbench's cube rollups rebuild whole after any migration).
ALTER TABLE sale ADD COLUMN file_province TEXT;

UPDATE sale SET file_province = (SELECT r.province FROM region r WHERE r.id = sale.region_id)
 WHERE store_id IS NOT NULL
   AND EXISTS (SELECT 1 FROM store st JOIN region sr ON sr.id = st.region_id JOIN region r ON r.id = sale.region_id
               WHERE st.id = sale.store_id AND sr.province <> '' AND r.province <> '' AND r.province <> sr.province);

UPDATE sale SET region_id = (SELECT st.region_id FROM store st WHERE st.id = sale.store_id)
 WHERE store_id IS NOT NULL
   AND EXISTS (SELECT 1 FROM store st JOIN region sr ON sr.id = st.region_id
               WHERE st.id = sale.store_id AND st.region_id <> sale.region_id AND sr.province <> '');

DELETE FROM sale_day;

INSERT INTO sale_day (sale_date, channel_id, store_id, dealer_id, region_id, product_id, rows, qty, amount_cents, margin_cents)
SELECT sale_date, channel_id, COALESCE(store_id, 0), COALESCE(dealer_id, 0), region_id, product_id,
       COUNT(*), SUM(qty), SUM(amount_cents), SUM(COALESCE(margin_cents, 0))
  FROM sale WHERE hold = 0 AND status = 'paid'
 GROUP BY sale_date, channel_id, COALESCE(store_id, 0), COALESCE(dealer_id, 0), region_id, product_id;
