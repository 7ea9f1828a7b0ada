-- issue 18 #3 with the rules on: the data-quality rules after an import read only what the new batch can change
-- (validate/ValidationService.checkNew, store/quality/BatchScope): the lines sharing its IMEIs, the lines of its
-- stores' days and the weeks before them, the lines of its buyers' and addresses' nights. Without these indexes each
-- of those was a scan of every sale line (seconds on 10M lines, per drop). The store-day index carries the columns
-- the store-spike window counts, so the window is answered from the index alone.
CREATE INDEX ix_sale_imei ON sale(imei) WHERE imei IS NOT NULL;
CREATE INDEX ix_sale_store_day ON sale(store_id, sale_date, hold, status, qty, dup_of) WHERE store_id IS NOT NULL;
CREATE INDEX ix_sale_ship_night ON sale(sale_date, ship_lat, ship_lon) WHERE ship_lat IS NOT NULL;
