-- The alert centre (issue 18): every alert explains itself in numbers and names the view that shows it,
-- and is followed from new to resolved by a named owner, with comments and a history.
-- rule: the alert rule's id (change-previous, forecast, ...); kind keeps the same value for older readers.
ALTER TABLE alert ADD COLUMN rule TEXT;
ALTER TABLE alert ADD COLUMN label TEXT;          -- the subject as a person reads it: "province 广东"
ALTER TABLE alert ADD COLUMN period TEXT;         -- 2025-11, 2025-W46, 2025-Q3, a day, or the batch's day
ALTER TABLE alert ADD COLUMN value REAL;          -- figures for reading, never summed: money is in the facts
ALTER TABLE alert ADD COLUMN reference REAL;
ALTER TABLE alert ADD COLUMN change REAL;         -- value / reference - 1, or the rule's own ratio
ALTER TABLE alert ADD COLUMN owner TEXT;
ALTER TABLE alert ADD COLUMN why_key TEXT;        -- the explanation as a message key and arguments (see V21)
ALTER TABLE alert ADD COLUMN why_args TEXT;
ALTER TABLE alert ADD COLUMN view TEXT;           -- the screen that shows it
ALTER TABLE alert ADD COLUMN filters TEXT;        -- JSON: {"from": ..., "to": ..., "province": "44", ...}
UPDATE alert SET rule = kind WHERE rule IS NULL;
UPDATE alert SET status = 'new' WHERE status = 'open';
CREATE INDEX ix_alert_rule_subject ON alert(rule, subject);
CREATE INDEX ix_alert_status ON alert(status);

-- a rule's parameters; a rule without a row runs with its defaults (model.alert.AlertRule)
CREATE TABLE alert_rule (
    rule       TEXT PRIMARY KEY,
    enabled    INTEGER NOT NULL DEFAULT 1,
    threshold  REAL NOT NULL,
    min_volume REAL NOT NULL,
    severity   TEXT NOT NULL CHECK (severity IN ('error', 'warning', 'info')),
    owner      TEXT
);

-- what happened to an alert: raised, assigned, status changes, comments (also in the audit log)
CREATE TABLE alert_event (
    id       INTEGER PRIMARY KEY,
    alert_id INTEGER NOT NULL REFERENCES alert(id) ON DELETE CASCADE,
    at       TEXT NOT NULL,
    who      TEXT NOT NULL,
    action   TEXT NOT NULL,                   -- raised | assigned | status | comment
    detail   TEXT
);
CREATE INDEX ix_alert_event_alert ON alert_event(alert_id);

-- outgoing group-robot webhooks, per rule or per owner; none configured: nothing is sent
CREATE TABLE alert_webhook (
    id     INTEGER PRIMARY KEY,
    scope  TEXT NOT NULL CHECK (scope IN ('rule', 'owner')),
    name   TEXT NOT NULL,                     -- the rule id or the owner's name
    format TEXT NOT NULL CHECK (format IN ('wecom', 'dingtalk')),
    url    TEXT NOT NULL,
    UNIQUE (scope, name, url)
);

-- what was sent, to whom, and how it went
CREATE TABLE alert_notification (
    id       INTEGER PRIMARY KEY,
    at       TEXT NOT NULL,
    alert_id INTEGER REFERENCES alert(id) ON DELETE SET NULL,
    format   TEXT NOT NULL,
    url      TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    status   INTEGER,                         -- the last HTTP status, NULL when no answer
    ok       INTEGER NOT NULL,
    body     TEXT NOT NULL
);
