-- v3: feeds. A KPI named by an import may have no target yet (its status is
-- then null), import runs count what was updated and left unchanged, and each
-- evidence row keeps a hash of its content so a re-import can tell an
-- unchanged record from a changed one.
-- The room upgrades with foreign keys off (RoomStore::migrate), so rebuilding
-- kpi keeps its values and the fixes that point at it.

CREATE TABLE kpi_v3 (
    id                   INTEGER PRIMARY KEY,
    stage_id             INTEGER REFERENCES stage(id) ON DELETE SET NULL,
    moment_id            INTEGER REFERENCES moment(id) ON DELETE SET NULL,
    name                 TEXT NOT NULL UNIQUE,
    unit                 TEXT NOT NULL DEFAULT '',
    direction            TEXT NOT NULL CHECK (direction IN ('higher', 'lower')),
    target               REAL,
    amber_band           REAL NOT NULL DEFAULT 0 CHECK (amber_band >= 0),
    owner_department_id  INTEGER REFERENCES department(id) ON DELETE SET NULL,
    description          TEXT NOT NULL DEFAULT '',
    aggregate            TEXT NOT NULL DEFAULT 'mean' CHECK (aggregate IN ('mean', 'sum', 'last'))
);
INSERT INTO kpi_v3(id, stage_id, moment_id, name, unit, direction, target, amber_band,
                   owner_department_id, description)
    SELECT id, stage_id, moment_id, name, unit, direction, target, amber_band,
           owner_department_id, description FROM kpi;
DROP TABLE kpi;
ALTER TABLE kpi_v3 RENAME TO kpi;

ALTER TABLE import_run ADD COLUMN updated INTEGER NOT NULL DEFAULT 0;
ALTER TABLE import_run ADD COLUMN unchanged INTEGER NOT NULL DEFAULT 0;
ALTER TABLE import_run ADD COLUMN skipped INTEGER NOT NULL DEFAULT 0;
ALTER TABLE import_run ADD COLUMN message TEXT NOT NULL DEFAULT '';
CREATE INDEX import_run_feed ON import_run(feed_id, started_at);
CREATE INDEX import_reject_run ON import_reject(import_run_id, line);

ALTER TABLE complaint ADD COLUMN content_hash TEXT;
ALTER TABLE survey_response ADD COLUMN content_hash TEXT;
ALTER TABLE call ADD COLUMN content_hash TEXT;
ALTER TABLE artifact ADD COLUMN content_hash TEXT;
ALTER TABLE kpi_value ADD COLUMN content_hash TEXT;

CREATE INDEX mapping_rule_kind ON mapping_rule(kind, position);
