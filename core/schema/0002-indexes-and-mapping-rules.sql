-- v2: indexes for period queries by stage, and the stage-mapping rules that
-- send imported records to a stage (field + keyword/regex -> stage, category).

CREATE INDEX complaint_stage_time ON complaint(stage_id, received_at);
CREATE INDEX survey_stage_metric_time ON survey_response(stage_id, metric, responded_at);
CREATE INDEX call_stage_time ON call(stage_id, started_at);
CREATE INDEX artifact_stage ON artifact(stage_id);
CREATE INDEX kpi_value_period ON kpi_value(kpi_id, period);
CREATE INDEX fix_stage_status ON fix(stage_id, status);

CREATE TABLE mapping_rule (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('surveys', 'complaints', 'kpis', 'calls', 'artifacts')),
    field      TEXT NOT NULL,
    pattern    TEXT NOT NULL,
    is_regex   INTEGER NOT NULL DEFAULT 0 CHECK (is_regex IN (0, 1)),
    stage_id   INTEGER REFERENCES stage(id) ON DELETE CASCADE,
    category   TEXT,
    position   INTEGER NOT NULL DEFAULT 0
);
