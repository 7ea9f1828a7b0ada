#!/usr/bin/env bash
# bench/national/fdw-floor.sh: how long PostgreSQL alone takes to insert a published store's lines through postgres_fdw
# into two shards, against the same insert into a local table (issue 21: the floor under a publish through the
# coordinator). Needs a running server and a database on it that a publish filled (`salestrack publish --to ...`).
# Usage: bench/national/fdw-floor.sh SOURCE_DB [BATCH_SIZE]   with PGHOST, PGPORT, PGUSER (a superuser) set as for psql.
# Makes the databases fdw_floor_coord, fdw_floor_a and fdw_floor_b (dropped first if they exist) on that server.
set -euo pipefail
SRC=${1:?source database, filled by a publish}
BATCH=${2:-1000}
PSQL="psql -X -q -v ON_ERROR_STOP=1"
SHARD_SALE="CREATE TABLE sale (LIKE src_sale) PARTITION BY LIST (month); CREATE TABLE sale_default PARTITION OF sale DEFAULT;
            CREATE INDEX ix_sale_batch ON sale(batch_id, src_row);"
for d in fdw_floor_coord fdw_floor_a fdw_floor_b; do $PSQL -c "DROP DATABASE IF EXISTS $d" -c "CREATE DATABASE $d"; done
$PSQL -d fdw_floor_coord <<SQL
CREATE EXTENSION postgres_fdw;
CREATE SERVER src FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host '${PGHOST:-127.0.0.1}', port '${PGPORT:-5432}', dbname '$SRC', fetch_size '10000');
CREATE USER MAPPING FOR PUBLIC SERVER src OPTIONS (user '${PGUSER:-postgres}');
CREATE SCHEMA remote;
IMPORT FOREIGN SCHEMA public LIMIT TO (sale) FROM SERVER src INTO remote;
CREATE TABLE stage AS SELECT * FROM remote.sale;
ANALYZE stage;
SQL
# the shards' sale: the stage's columns, partitioned by month with a default partition, indexed as a store's
COLUMNS=$($PSQL -d fdw_floor_coord -Atc "SELECT string_agg(quote_ident(attname) || ' ' || format_type(atttypid, atttypmod), ', ' ORDER BY attnum)
                                           FROM pg_attribute WHERE attrelid = 'stage'::regclass AND attnum > 0 AND NOT attisdropped")
for d in fdw_floor_a fdw_floor_b; do
    $PSQL -d $d -c "CREATE TABLE src_sale ($COLUMNS)" -c "$SHARD_SALE"
done
$PSQL -d fdw_floor_coord <<SQL
CREATE SERVER shard_a FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host '${PGHOST:-127.0.0.1}', port '${PGPORT:-5432}', dbname 'fdw_floor_a', batch_size '$BATCH');
CREATE SERVER shard_b FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host '${PGHOST:-127.0.0.1}', port '${PGPORT:-5432}', dbname 'fdw_floor_b', batch_size '$BATCH');
CREATE USER MAPPING FOR PUBLIC SERVER shard_a OPTIONS (user '${PGUSER:-postgres}');
CREATE USER MAPPING FOR PUBLIC SERVER shard_b OPTIONS (user '${PGUSER:-postgres}');
CREATE TABLE sale (LIKE stage) PARTITION BY LIST (sales_region);
CREATE FOREIGN TABLE sale_a PARTITION OF sale FOR VALUES IN ('华南', '华东', '华中', '') SERVER shard_a OPTIONS (table_name 'sale');
CREATE FOREIGN TABLE sale_b PARTITION OF sale FOR VALUES IN ('华北', '东北', '西南', '西北') SERVER shard_b OPTIONS (table_name 'sale');
CREATE TABLE sale_here (LIKE stage) PARTITION BY LIST (month);
CREATE TABLE sale_here_default PARTITION OF sale_here DEFAULT;
CREATE INDEX ON sale_here(batch_id, src_row);
SQL
echo "lines: $($PSQL -d fdw_floor_coord -Atc 'SELECT count(*) FROM stage')"
$PSQL -d fdw_floor_coord -c CHECKPOINT
echo "through postgres_fdw into two shards (batch_size $BATCH):"
$PSQL -d fdw_floor_coord -c '\timing on' -c 'INSERT INTO sale SELECT * FROM stage'
$PSQL -d fdw_floor_coord -c CHECKPOINT
echo "into a local table:"
$PSQL -d fdw_floor_coord -c '\timing on' -c 'INSERT INTO sale_here SELECT * FROM stage'
