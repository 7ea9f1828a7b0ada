-- issue 23: the workbook's "kept out of the totals" table (per batch: lines held by a rule or rejected, their amount,
-- duplicates) read every sale line to find the few held ones once the orders stopped needing that read. The
-- partial index holds only the held lines, with what the table sums, so it is read alone.
CREATE INDEX ix_sale_kept_out ON sale(batch_id, hold, amount_e4) WHERE hold <> 0;
