-- issue 22: a negative review names its order (review.order_id); finding that order's lines and their refund
-- status needs the sales by order id, which no index served (the line key hashes channel, order, SKU and line).
CREATE INDEX ix_sale_order ON sale(order_id, channel_id) WHERE order_id IS NOT NULL;
