-- The lines an open finding holds out of the totals (hold = 2), by day with every column a slice filters or sums:
-- what the dashboard's "held pending review" note reads. Before, that note read the open holding findings' lines
-- through the findings (an IN list of every such line in the workspace, millions after a run over a large region)
-- on every dashboard load; the partial index is kept by SQLite itself, so it cannot drift from sale.hold.
CREATE INDEX ix_sale_held ON sale(sale_date, channel_id, region_id, product_id, store_id, dealer_id, status, qty, amount_e4, margin_e4)
    WHERE hold = 2;
