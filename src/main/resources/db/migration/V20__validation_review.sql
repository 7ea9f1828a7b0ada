-- Validation review (issue 4). A finding can cover several lines (a spike day, a multi-line order): the first
-- is validation_issue.row_id, the others are listed here. An issue with hold = 1 keeps its lines out of
-- every total while it is open; sale.hold is derived from the issues (see store/quality/HoldState).
CREATE TABLE validation_issue_row (
    issue_id INTEGER NOT NULL REFERENCES validation_issue(id) ON DELETE CASCADE,
    row_id   INTEGER NOT NULL,
    PRIMARY KEY (issue_id, row_id)
) WITHOUT ROWID;
CREATE INDEX ix_issue_row_row ON validation_issue_row(row_id);

ALTER TABLE validation_issue ADD COLUMN hold INTEGER NOT NULL DEFAULT 0;
CREATE INDEX ix_issue_row_id ON validation_issue(fact, row_id);
CREATE INDEX ix_issue_status ON validation_issue(status, severity);

-- a user's severity for a rule; NULL keeps the rule's default
ALTER TABLE rule_setting ADD COLUMN severity TEXT CHECK (severity IS NULL OR severity IN ('error', 'warning', 'info'));
