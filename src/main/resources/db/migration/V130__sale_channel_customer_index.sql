-- issue 14 #5, the Channels view: the customer side of the channel comparison (age bands, customers seen online
-- and offline, O2O pickup orders) reads the sales lines, because the cube's rollups keep neither customers nor
-- the pickup flag. The sale table has no index by day, so every filter change would scan all of it (10M lines:
-- seconds). This partial index holds only the lines that carry a customer or were picked up, with every column
-- the query and the global filters (period, region, product) read, so it is answered from the index alone.
CREATE INDEX ix_sale_channel_customer ON sale(sale_date, customer_id, channel_id, pickup, hold, status, qty, amount_e4,
                                              region_id, product_id, order_id)
    WHERE customer_id IS NOT NULL OR pickup = 1;
