-- Saved views: the filters, drill path and screen of the workbench under a name, kept in the workspace so
-- whoever opens it finds them. state is JSON (see store.SavedViews); saving and deleting are audited.
CREATE TABLE saved_view (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE,
    screen   TEXT NOT NULL,
    state    TEXT NOT NULL,
    who      TEXT NOT NULL,
    saved_at TEXT NOT NULL
);
