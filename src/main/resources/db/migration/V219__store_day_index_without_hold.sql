-- issue 23: V150's store-day index carried hold so that the import-time store-spike window was read from the index
-- alone, but every hold change then moved its entries: a validation holding millions of lines, and the accept that
-- lets them go, built it again over the whole table each time (9-13 s on 10M lines). The window counts every line
-- not rejected, so it only needs to know the rejected ones: they are subtracted through an index of their own,
-- which a hold change touches only when a line is rejected or a rejection undone.
DROP INDEX ix_sale_store_day;
CREATE INDEX ix_sale_store_day ON sale(store_id, sale_date, status, qty, dup_of) WHERE store_id IS NOT NULL;
CREATE INDEX ix_sale_store_rejected ON sale(store_id, sale_date) WHERE store_id IS NOT NULL AND hold = 3;
