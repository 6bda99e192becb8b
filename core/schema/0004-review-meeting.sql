-- v4: the monthly review. Calls carry clips (the 40 seconds that matter), a
-- stage may feature one clip for the tour and the agenda, and the tour dwells
-- on each stage for its own time. A review records the period it looked at,
-- and its decisions belong to a stage and stay open until a later review
-- closes them (the next agenda starts from them).

CREATE TABLE call_clip (
    id             INTEGER PRIMARY KEY,
    call_id        INTEGER NOT NULL REFERENCES call(id) ON DELETE CASCADE,
    start_seconds  REAL NOT NULL CHECK (start_seconds >= 0),
    end_seconds    REAL NOT NULL,
    title          TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    CHECK (end_seconds > start_seconds)
);
CREATE INDEX call_clip_call ON call_clip(call_id, start_seconds);

ALTER TABLE stage ADD COLUMN featured_clip_id INTEGER REFERENCES call_clip(id) ON DELETE SET NULL;
ALTER TABLE stage ADD COLUMN tour_dwell_seconds INTEGER CHECK (tour_dwell_seconds IS NULL OR tour_dwell_seconds BETWEEN 3 AND 600);

ALTER TABLE review ADD COLUMN period_from TEXT;
ALTER TABLE review ADD COLUMN period_to TEXT;
ALTER TABLE review_decision ADD COLUMN stage_id INTEGER REFERENCES stage(id) ON DELETE SET NULL;
ALTER TABLE review_decision ADD COLUMN status TEXT NOT NULL DEFAULT 'open'
    CHECK (status IN ('open', 'done', 'dropped'));
ALTER TABLE review_decision ADD COLUMN closed_in_review_id INTEGER REFERENCES review(id) ON DELETE SET NULL;
CREATE INDEX review_decision_review ON review_decision(review_id);

-- Opening a room asks for the months that hold data and the last day with
-- evidence (partial periods); on a room of a million answers these need the
-- time columns indexed on their own.
CREATE INDEX survey_time ON survey_response(responded_at);
CREATE INDEX complaint_time ON complaint(received_at);
CREATE INDEX call_time ON call(started_at);
