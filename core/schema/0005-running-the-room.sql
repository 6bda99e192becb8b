-- v5: running the room between meetings. Stage maturity keeps its history by
-- month; fixes record the moments they touch, the day they were marked done
-- (their result is measured after it), the sample of their baseline and their
-- place in a board column, and may point at a clip; closed-loop follow-ups
-- are raised by rules and routed to a department; one full-text index per
-- kind of text makes the evidence searchable, kept in step by triggers.

CREATE TABLE stage_maturity (
    stage_id  INTEGER NOT NULL REFERENCES stage(id) ON DELETE CASCADE,
    month     TEXT NOT NULL,   -- first day of the month
    maturity  TEXT NOT NULL CHECK (maturity IN ('broken', 'reliable', 'differentiating')),
    PRIMARY KEY (stage_id, month)
);
INSERT INTO stage_maturity(stage_id, month, maturity)
    SELECT id, strftime('%Y-%m-01', 'now', 'localtime'), maturity FROM stage;

ALTER TABLE fix ADD COLUMN done_on TEXT;
ALTER TABLE fix ADD COLUMN baseline_n INTEGER;
ALTER TABLE fix ADD COLUMN baseline_from TEXT;
ALTER TABLE fix ADD COLUMN baseline_to TEXT;
ALTER TABLE fix ADD COLUMN baseline_counts TEXT NOT NULL DEFAULT '';  -- answers per score, comma-separated
ALTER TABLE fix ADD COLUMN board_position INTEGER NOT NULL DEFAULT 0;
UPDATE fix SET board_position = id;
UPDATE fix SET done_on = COALESCE(verified_on, created_on) WHERE status IN ('done', 'verified');

CREATE TABLE fix_moment (
    fix_id     INTEGER NOT NULL REFERENCES fix(id) ON DELETE CASCADE,
    moment_id  INTEGER NOT NULL REFERENCES moment(id) ON DELETE CASCADE,
    PRIMARY KEY (fix_id, moment_id)
);

CREATE TABLE fix_evidence_v5 (
    fix_id         INTEGER NOT NULL REFERENCES fix(id) ON DELETE CASCADE,
    evidence_kind  TEXT NOT NULL
                   CHECK (evidence_kind IN ('complaint', 'survey_response', 'call', 'clip', 'artifact', 'kpi')),
    evidence_id    INTEGER NOT NULL,
    PRIMARY KEY (fix_id, evidence_kind, evidence_id)
);
INSERT INTO fix_evidence_v5 SELECT fix_id, evidence_kind, evidence_id FROM fix_evidence;
DROP TABLE fix_evidence;
ALTER TABLE fix_evidence_v5 RENAME TO fix_evidence;
CREATE INDEX fix_evidence_item ON fix_evidence(evidence_kind, evidence_id);

-- rule_key names what raised a follow-up (the answer, the category's month,
-- the KPI's month): the same evidence never raises two.
CREATE TABLE followup (
    id                          INTEGER PRIMARY KEY,
    rule                        TEXT NOT NULL CHECK (rule IN ('detractor', 'complaint_spike', 'kpi_red')),
    rule_key                    TEXT NOT NULL UNIQUE,
    department_id               INTEGER REFERENCES department(id) ON DELETE SET NULL,
    stage_id                    INTEGER REFERENCES stage(id) ON DELETE SET NULL,
    title                       TEXT NOT NULL,
    detail                      TEXT NOT NULL DEFAULT '',
    raised_at                   TEXT NOT NULL,
    status                      TEXT NOT NULL DEFAULT 'open'
                                CHECK (status IN ('open', 'acknowledged', 'resolved')),
    acknowledged_at             TEXT,
    resolved_at                 TEXT,
    resolution_note             TEXT NOT NULL DEFAULT '',
    escalated_at                TEXT,
    escalated_to_department_id  INTEGER REFERENCES department(id) ON DELETE SET NULL,
    escalation_reason           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX followup_department ON followup(department_id, status);
CREATE INDEX followup_stage ON followup(stage_id, status);

CREATE TABLE followup_evidence (
    followup_id    INTEGER NOT NULL REFERENCES followup(id) ON DELETE CASCADE,
    evidence_kind  TEXT NOT NULL CHECK (evidence_kind IN ('complaint', 'survey_response', 'kpi')),
    evidence_id    INTEGER NOT NULL,
    PRIMARY KEY (followup_id, evidence_kind, evidence_id)
);

-- Full-text search. Complaints, survey comments and fixes index their own
-- columns (external content); a call indexes its title, summary and the text
-- of its transcript segments, which only exist inside JSON, so its index
-- keeps no copy (contentless) and a hit is highlighted from the call itself.
CREATE VIRTUAL TABLE complaint_fts USING fts5(
    text, category, content = 'complaint', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO complaint_fts(rowid, text, category) SELECT id, text, category FROM complaint;
CREATE TRIGGER complaint_fts_insert AFTER INSERT ON complaint BEGIN
    INSERT INTO complaint_fts(rowid, text, category) VALUES (new.id, new.text, new.category);
END;
CREATE TRIGGER complaint_fts_delete AFTER DELETE ON complaint BEGIN
    INSERT INTO complaint_fts(complaint_fts, rowid, text, category)
        VALUES ('delete', old.id, old.text, old.category);
END;
CREATE TRIGGER complaint_fts_update AFTER UPDATE OF text, category ON complaint
    WHEN old.text IS NOT new.text OR old.category IS NOT new.category BEGIN
    INSERT INTO complaint_fts(complaint_fts, rowid, text, category)
        VALUES ('delete', old.id, old.text, old.category);
    INSERT INTO complaint_fts(rowid, text, category) VALUES (new.id, new.text, new.category);
END;

CREATE VIRTUAL TABLE survey_fts USING fts5(
    comment, content = 'survey_response', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO survey_fts(rowid, comment) SELECT id, comment FROM survey_response WHERE comment <> '';
CREATE TRIGGER survey_fts_insert AFTER INSERT ON survey_response WHEN new.comment <> '' BEGIN
    INSERT INTO survey_fts(rowid, comment) VALUES (new.id, new.comment);
END;
CREATE TRIGGER survey_fts_delete AFTER DELETE ON survey_response WHEN old.comment <> '' BEGIN
    INSERT INTO survey_fts(survey_fts, rowid, comment) VALUES ('delete', old.id, old.comment);
END;
CREATE TRIGGER survey_fts_update AFTER UPDATE OF comment ON survey_response
    WHEN old.comment IS NOT new.comment BEGIN
    INSERT INTO survey_fts(survey_fts, rowid, comment)
        SELECT 'delete', old.id, old.comment WHERE old.comment <> '';
    INSERT INTO survey_fts(rowid, comment) SELECT new.id, new.comment WHERE new.comment <> '';
END;

CREATE VIRTUAL TABLE call_fts USING fts5(
    title, summary, transcript, content = '',
    tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO call_fts(rowid, title, summary, transcript)
    SELECT id, title, summary,
           (SELECT group_concat(json_extract(s.value, '$.text'), ' ') FROM json_each(call.transcript) s)
    FROM call;
CREATE TRIGGER call_fts_insert AFTER INSERT ON call BEGIN
    INSERT INTO call_fts(rowid, title, summary, transcript)
        VALUES (new.id, new.title, new.summary,
                (SELECT group_concat(json_extract(s.value, '$.text'), ' ') FROM json_each(new.transcript) s));
END;
CREATE TRIGGER call_fts_delete AFTER DELETE ON call BEGIN
    INSERT INTO call_fts(call_fts, rowid, title, summary, transcript)
        VALUES ('delete', old.id, old.title, old.summary,
                (SELECT group_concat(json_extract(s.value, '$.text'), ' ') FROM json_each(old.transcript) s));
END;
CREATE TRIGGER call_fts_update AFTER UPDATE OF title, summary, transcript ON call
    WHEN old.title IS NOT new.title OR old.summary IS NOT new.summary
         OR old.transcript IS NOT new.transcript BEGIN
    INSERT INTO call_fts(call_fts, rowid, title, summary, transcript)
        VALUES ('delete', old.id, old.title, old.summary,
                (SELECT group_concat(json_extract(s.value, '$.text'), ' ') FROM json_each(old.transcript) s));
    INSERT INTO call_fts(rowid, title, summary, transcript)
        VALUES (new.id, new.title, new.summary,
                (SELECT group_concat(json_extract(s.value, '$.text'), ' ') FROM json_each(new.transcript) s));
END;

CREATE VIRTUAL TABLE fix_fts USING fts5(
    title, description, content = 'fix', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO fix_fts(rowid, title, description) SELECT id, title, description FROM fix;
CREATE TRIGGER fix_fts_insert AFTER INSERT ON fix BEGIN
    INSERT INTO fix_fts(rowid, title, description) VALUES (new.id, new.title, new.description);
END;
CREATE TRIGGER fix_fts_delete AFTER DELETE ON fix BEGIN
    INSERT INTO fix_fts(fix_fts, rowid, title, description) VALUES ('delete', old.id, old.title, old.description);
END;
CREATE TRIGGER fix_fts_update AFTER UPDATE OF title, description ON fix
    WHEN old.title IS NOT new.title OR old.description IS NOT new.description BEGIN
    INSERT INTO fix_fts(fix_fts, rowid, title, description) VALUES ('delete', old.id, old.title, old.description);
    INSERT INTO fix_fts(rowid, title, description) VALUES (new.id, new.title, new.description);
END;
