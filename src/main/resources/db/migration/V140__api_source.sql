-- API sources (issue 18 #2): an HTTP endpoint answering JSON, polled on a schedule by the watcher and mapped by a
-- profile like a file. Each poll is one batch: a failed poll stores nothing and leaves the watermark, so the next
-- poll asks again from the same point.
CREATE TABLE api_source (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE,
    url             TEXT NOT NULL,
    profile         TEXT NOT NULL,                      -- the mapping profile of its records (format json)
    token_file      TEXT,                               -- a file only its owner can read, holding the bearer token; NULL: none
    paging          TEXT NOT NULL DEFAULT 'page',       -- page: page=1,2,... until a page comes back empty | cursor: the answer's next cursor
    page_param      TEXT NOT NULL DEFAULT 'page',       -- the query parameter carrying the page number or the cursor
    since_param     TEXT NOT NULL DEFAULT 'updated_since', -- the query parameter carrying the watermark
    items           TEXT NOT NULL DEFAULT 'data',       -- the answer's field (or JSON pointer) holding the records
    next_cursor     TEXT NOT NULL DEFAULT 'next_cursor',-- with cursor paging: the answer's field holding the next cursor
    watermark_field TEXT NOT NULL DEFAULT 'updated_at', -- each record's ISO-8601 time of its last change
    watermark       TEXT,                               -- the latest watermark_field stored so far
    poll_minutes    INTEGER NOT NULL DEFAULT 15,
    enabled         INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT NOT NULL
);
