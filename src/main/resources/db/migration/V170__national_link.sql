-- A workspace extracted from the national store remembers where from and what it asked (issue 21 #4), so
-- `sync` can bring it up to date later: new batches up, others' batches, undos and reviews in its selection down.
CREATE TABLE national_link (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    store     TEXT NOT NULL,          -- postgresql://HOST:PORT/DB
    user_name TEXT NOT NULL,          -- the role it logged in as
    regions   TEXT NOT NULL,          -- sales regions asked, comma-separated; '' for every region the role may read
    from_day  TEXT,
    to_day    TEXT,
    linked_at TEXT NOT NULL,
    synced_at TEXT
);

-- The batches that came from the national store (by extract or sync): only those follow a national undo.
CREATE TABLE national_batch_seen (
    batch_id INTEGER PRIMARY KEY REFERENCES import_batch(id)
);

-- The review holds (2 held, 3 rejected) both sides agreed on at the last extract or sync, by batch content and
-- source row: a line whose hold moved on one side since then takes that side's; moved on both, it is a conflict.
CREATE TABLE national_review_base (
    sha256  TEXT NOT NULL,
    kind    TEXT NOT NULL,
    src_row INTEGER NOT NULL,
    hold    INTEGER NOT NULL,
    PRIMARY KEY (sha256, kind, src_row)
) WITHOUT ROWID;
