-- Watched folders (issue 18). A watched folder's complete files are imported through the
-- import pipeline and moved to processed/ or failed/ beside them; watch_file remembers each by content
-- hash, so what the watcher did survives restarts and a file dropped twice is imported once.
CREATE TABLE watch_folder (
    id           INTEGER PRIMARY KEY,
    path         TEXT NOT NULL UNIQUE,
    profile      TEXT,                           -- a mapping profile's name; NULL: picked by the file's header
    poll_seconds INTEGER NOT NULL DEFAULT 2,     -- scan interval, and how long a file must stay unchanged
    mode         TEXT NOT NULL DEFAULT 'auto',   -- auto: file-system events plus scans | poll: scans only (network drives)
    enabled      INTEGER NOT NULL DEFAULT 1,
    created_at   TEXT NOT NULL
);

CREATE TABLE watch_file (
    id         INTEGER PRIMARY KEY,
    source     TEXT NOT NULL,                    -- the watched folder's path
    file_name  TEXT NOT NULL,
    sha256     TEXT,
    outcome    TEXT NOT NULL,                    -- stored | duplicate | failed
    batch_id   INTEGER,
    reason     TEXT,                             -- in English, as the reason file says it
    reason_key TEXT,                             -- the same by key and arguments, for the workbench's language
    reason_args TEXT,
    at         TEXT NOT NULL
);
CREATE INDEX ix_watch_file_sha ON watch_file(sha256);
