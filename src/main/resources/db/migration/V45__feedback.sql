-- customer feedback (issue 22): e-commerce reviews and after-sales service tickets, as imported.
-- Scores, labels and aspects are computed from the text by analytics.feedback, not stored, so a new
-- lexicon or model applies to every review at once.
CREATE TABLE review (
    id           INTEGER PRIMARY KEY,
    batch_id     INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
    src_row      INTEGER NOT NULL,
    review_id    TEXT NOT NULL,
    at           TEXT NOT NULL,
    channel_id   INTEGER REFERENCES channel(id),
    product_id   INTEGER REFERENCES product(id),
    product_name TEXT,
    order_id     TEXT,
    rating       INTEGER,
    text         TEXT NOT NULL
);
CREATE INDEX ix_review_batch ON review(batch_id);
CREATE INDEX ix_review_at ON review(at);

CREATE TABLE ticket (
    id          INTEGER PRIMARY KEY,
    batch_id    INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
    src_row     INTEGER NOT NULL,
    ticket_id   TEXT NOT NULL,
    opened_at   TEXT NOT NULL,
    resolved_at TEXT,
    channel_id  INTEGER REFERENCES channel(id),
    store_id    INTEGER REFERENCES store(id),
    dealer_id   INTEGER REFERENCES dealer(id),
    product_id  INTEGER REFERENCES product(id),
    category    TEXT,
    status      TEXT,
    text        TEXT NOT NULL
);
CREATE INDEX ix_ticket_batch ON ticket(batch_id);
CREATE INDEX ix_ticket_opened ON ticket(opened_at);
