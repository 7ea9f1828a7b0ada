-- issue 23: V212's index of the lines kept out of the totals listed them by amount within a batch and hold, so a hold
-- change of millions of lines (a validation that holds them, the review that rejects or accepts them) moved its entries
-- in random order and was built again around the update instead: 11-12.5 s over the 10M-line workspace each time. With
-- the line id after hold, a hold change, which visits the lines in id order, adds and removes the entries of each batch
-- and hold in their own order: in the sqlite3 shell, updating 5.3M lines' hold with this index kept took 13.4 s, against
-- 12.2 s without it and 11.1 s more to build V212's again. The workbook's table still reads it alone.
DROP INDEX ix_sale_kept_out;
CREATE INDEX ix_sale_kept_out ON sale(batch_id, hold, id, amount_e4) WHERE hold <> 0;
