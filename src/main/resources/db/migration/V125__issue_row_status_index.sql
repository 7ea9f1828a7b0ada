-- A line's hold is derived from the issues that cover it (store/quality/HoldState): for each touched line it asks
-- whether a rejected, an open holding or an accepted holding issue points at it. With status and hold in the index
-- those questions are answered from the index alone instead of reading each issue's row, explanation and all:
-- millions of row reads when a run or a bulk review touches millions of lines (issue 23).
DROP INDEX ix_issue_row_id;
CREATE INDEX ix_issue_row_id ON validation_issue(fact, row_id, status, hold);
