-- issue 18 #3 with the rules on: the change rules (a month against the one before and the same month a year earlier, at
-- seven levels) judge the last complete month; raised alerts are never raised again, so after an import or an undo that
-- left the judged months' figures alone, the month already judged with the same settings has nothing new to say. This
-- row remembers which month was judged with which settings, so the follow-up can skip a judgement that would repeat.
CREATE TABLE alert_change_judged (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    month    TEXT NOT NULL,
    settings TEXT NOT NULL
);
