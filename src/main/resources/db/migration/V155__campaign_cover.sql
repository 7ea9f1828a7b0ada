-- "Pure" sales (issue 16 #5): which (day, province, channel) cells of the cube each campaign tag covers, so that every
-- query can leave campaign windows out without reading the lines. The rollups keep no campaign; their day tables keep
-- day, province and channel, so "not covered" is one primary-key probe per day row. Kept by CampaignCover from the
-- campaign calendar (a campaign's channels and region, resolved as the data-quality rules resolve them) whenever the
-- calendar, the channels or the provinces change (a step of the import pipeline's follow-up).
CREATE TABLE campaign_cover (
    sale_date  TEXT NOT NULL,
    province   TEXT NOT NULL,       -- region.province, as the cube keeps it ('' for lines without one)
    channel_id INTEGER NOT NULL,
    tag        TEXT NOT NULL,       -- the campaign's tag, trimmed and lower-case; '' when it has none
    PRIMARY KEY (sale_date, province, channel_id, tag)
) WITHOUT ROWID;

-- what the cover was built from: rebuilt when the calendar, channels or provinces no longer give this fingerprint
CREATE TABLE campaign_cover_state (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    fingerprint TEXT NOT NULL
);
