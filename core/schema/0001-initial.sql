-- Customer Room schema v1: the domain of DESIGN.md.
-- Every evidence table carries provenance (feed, import run, file, line,
-- external id) and a unique source_key so re-imports upsert instead of
-- duplicating. Times are ISO 8601 text in local time ('YYYY-MM-DDTHH:MM:SS');
-- dates are 'YYYY-MM-DD'.

CREATE TABLE room_info (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE media (
    sha256     TEXT PRIMARY KEY CHECK (length(sha256) = 64),
    mime_type  TEXT NOT NULL,
    size       INTEGER NOT NULL CHECK (size >= 0),
    data       BLOB NOT NULL,
    added_at   TEXT NOT NULL
);

CREATE TABLE department (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    leader      TEXT NOT NULL DEFAULT '',
    ambassador  TEXT NOT NULL DEFAULT ''
);

CREATE TABLE stage (
    id                  INTEGER PRIMARY KEY,
    name                TEXT NOT NULL UNIQUE,
    position            INTEGER NOT NULL,
    maturity            TEXT NOT NULL DEFAULT 'reliable'
                        CHECK (maturity IN ('broken', 'reliable', 'differentiating')),
    target_experience   TEXT NOT NULL DEFAULT '',
    description         TEXT NOT NULL DEFAULT ''
);

CREATE TABLE stage_department (
    stage_id       INTEGER NOT NULL REFERENCES stage(id) ON DELETE CASCADE,
    department_id  INTEGER NOT NULL REFERENCES department(id) ON DELETE CASCADE,
    role           TEXT NOT NULL CHECK (role IN ('owner', 'contributor')),
    PRIMARY KEY (stage_id, department_id)
);

CREATE TABLE moment (
    id           INTEGER PRIMARY KEY,
    stage_id     INTEGER NOT NULL REFERENCES stage(id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    description  TEXT NOT NULL DEFAULT '',
    position     INTEGER NOT NULL DEFAULT 0,
    is_key       INTEGER NOT NULL DEFAULT 0 CHECK (is_key IN (0, 1)),
    UNIQUE (stage_id, name)
);

CREATE TABLE feed (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE,
    kind          TEXT NOT NULL CHECK (kind IN ('surveys', 'complaints', 'kpis', 'calls', 'artifacts')),
    format        TEXT NOT NULL DEFAULT 'auto',
    location      TEXT NOT NULL,
    stage_id      INTEGER REFERENCES stage(id) ON DELETE SET NULL,
    mapping       TEXT NOT NULL DEFAULT '{}',   -- JSON: column mapping and options
    last_sync_at  TEXT,
    sync_state    TEXT NOT NULL DEFAULT '{}'    -- JSON: file hashes, ETag, Last-Modified
);

CREATE TABLE import_run (
    id           INTEGER PRIMARY KEY,
    feed_id      INTEGER REFERENCES feed(id) ON DELETE SET NULL,
    kind         TEXT NOT NULL,
    format       TEXT NOT NULL,
    file         TEXT NOT NULL,
    file_sha256  TEXT,
    started_at   TEXT NOT NULL,
    finished_at  TEXT,
    status       TEXT NOT NULL CHECK (status IN ('running', 'ok', 'partial', 'refused')),
    imported     INTEGER NOT NULL DEFAULT 0,
    rejected     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE import_reject (
    id             INTEGER PRIMARY KEY,
    import_run_id  INTEGER NOT NULL REFERENCES import_run(id) ON DELETE CASCADE,
    file           TEXT NOT NULL,
    line           INTEGER NOT NULL,
    reason         TEXT NOT NULL,
    raw            TEXT
);

CREATE TABLE artifact (
    id                INTEGER PRIMARY KEY,
    stage_id          INTEGER REFERENCES stage(id) ON DELETE SET NULL,
    moment_id         INTEGER REFERENCES moment(id) ON DELETE SET NULL,
    title             TEXT NOT NULL,
    kind              TEXT NOT NULL DEFAULT 'other'
                      CHECK (kind IN ('letter', 'invoice', 'email', 'app_screen', 'web_page', 'other')),
    description       TEXT NOT NULL DEFAULT '',
    media_sha256      TEXT NOT NULL REFERENCES media(sha256),
    thumbnail_sha256  TEXT REFERENCES media(sha256),
    received_on       TEXT,
    feed_id           INTEGER REFERENCES feed(id) ON DELETE SET NULL,
    import_run_id     INTEGER REFERENCES import_run(id) ON DELETE SET NULL,
    source_file       TEXT NOT NULL DEFAULT '',
    source_line       INTEGER NOT NULL DEFAULT 0,
    external_id       TEXT NOT NULL DEFAULT '',
    source_key        TEXT UNIQUE,
    imported_at       TEXT NOT NULL
);

CREATE TABLE complaint (
    id             INTEGER PRIMARY KEY,
    stage_id       INTEGER REFERENCES stage(id) ON DELETE SET NULL,
    moment_id      INTEGER REFERENCES moment(id) ON DELETE SET NULL,
    channel        TEXT NOT NULL DEFAULT 'other',
    category       TEXT NOT NULL DEFAULT 'Uncategorised',
    product        TEXT NOT NULL DEFAULT '',
    text           TEXT NOT NULL DEFAULT '',
    status         TEXT NOT NULL DEFAULT 'open'
                   CHECK (status IN ('open', 'in_progress', 'resolved', 'closed')),
    received_at    TEXT NOT NULL,
    resolved_at    TEXT,
    customer_ref   TEXT NOT NULL DEFAULT '',
    feed_id        INTEGER REFERENCES feed(id) ON DELETE SET NULL,
    import_run_id  INTEGER REFERENCES import_run(id) ON DELETE SET NULL,
    source_file    TEXT NOT NULL DEFAULT '',
    source_line    INTEGER NOT NULL DEFAULT 0,
    external_id    TEXT NOT NULL DEFAULT '',
    source_key     TEXT UNIQUE,
    imported_at    TEXT NOT NULL
);

CREATE TABLE survey_response (
    id             INTEGER PRIMARY KEY,
    stage_id       INTEGER REFERENCES stage(id) ON DELETE SET NULL,
    moment_id      INTEGER REFERENCES moment(id) ON DELETE SET NULL,
    metric         TEXT NOT NULL CHECK (metric IN ('nps', 'csat', 'ces')),
    score          INTEGER NOT NULL,
    scale_min      INTEGER NOT NULL,
    scale_max      INTEGER NOT NULL,
    comment        TEXT NOT NULL DEFAULT '',
    responded_at   TEXT NOT NULL,
    respondent_ref TEXT NOT NULL DEFAULT '',
    feed_id        INTEGER REFERENCES feed(id) ON DELETE SET NULL,
    import_run_id  INTEGER REFERENCES import_run(id) ON DELETE SET NULL,
    source_file    TEXT NOT NULL DEFAULT '',
    source_line    INTEGER NOT NULL DEFAULT 0,
    external_id    TEXT NOT NULL DEFAULT '',
    source_key     TEXT UNIQUE,
    imported_at    TEXT NOT NULL,
    -- One definition per metric (DESIGN.md): NPS 0-10, CSAT 1-5, CES 1-7.
    CHECK ((metric = 'nps'  AND scale_min = 0 AND scale_max = 10) OR
           (metric = 'csat' AND scale_min = 1 AND scale_max = 5) OR
           (metric = 'ces'  AND scale_min = 1 AND scale_max = 7)),
    CHECK (score BETWEEN scale_min AND scale_max)
);

CREATE TABLE kpi (
    id                   INTEGER PRIMARY KEY,
    stage_id             INTEGER REFERENCES stage(id) ON DELETE SET NULL,
    moment_id            INTEGER REFERENCES moment(id) ON DELETE SET NULL,
    name                 TEXT NOT NULL UNIQUE,
    unit                 TEXT NOT NULL DEFAULT '',
    direction            TEXT NOT NULL CHECK (direction IN ('higher', 'lower')),
    target               REAL NOT NULL,
    amber_band           REAL NOT NULL DEFAULT 0 CHECK (amber_band >= 0),
    owner_department_id  INTEGER REFERENCES department(id) ON DELETE SET NULL,
    description          TEXT NOT NULL DEFAULT ''
);

CREATE TABLE kpi_value (
    id             INTEGER PRIMARY KEY,
    kpi_id         INTEGER NOT NULL REFERENCES kpi(id) ON DELETE CASCADE,
    period         TEXT NOT NULL,   -- first day of the month
    value          REAL NOT NULL,
    feed_id        INTEGER REFERENCES feed(id) ON DELETE SET NULL,
    import_run_id  INTEGER REFERENCES import_run(id) ON DELETE SET NULL,
    source_file    TEXT NOT NULL DEFAULT '',
    source_line    INTEGER NOT NULL DEFAULT 0,
    imported_at    TEXT NOT NULL,
    UNIQUE (kpi_id, period)
);

CREATE TABLE call (
    id                INTEGER PRIMARY KEY,
    stage_id          INTEGER REFERENCES stage(id) ON DELETE SET NULL,
    moment_id         INTEGER REFERENCES moment(id) ON DELETE SET NULL,
    title             TEXT NOT NULL DEFAULT '',
    started_at        TEXT NOT NULL,
    duration_seconds  REAL NOT NULL CHECK (duration_seconds >= 0),
    agent             TEXT NOT NULL DEFAULT '',
    customer_channel  TEXT NOT NULL DEFAULT 'phone',
    audio_sha256      TEXT REFERENCES media(sha256),
    transcript        TEXT NOT NULL DEFAULT '[]',  -- JSON [{start, end, speaker, text}]
    summary           TEXT NOT NULL DEFAULT '',
    feed_id           INTEGER REFERENCES feed(id) ON DELETE SET NULL,
    import_run_id     INTEGER REFERENCES import_run(id) ON DELETE SET NULL,
    source_file       TEXT NOT NULL DEFAULT '',
    source_line       INTEGER NOT NULL DEFAULT 0,
    external_id       TEXT NOT NULL DEFAULT '',
    source_key        TEXT UNIQUE,
    imported_at       TEXT NOT NULL
);

CREATE TABLE fix (
    id                   INTEGER PRIMARY KEY,
    stage_id             INTEGER REFERENCES stage(id) ON DELETE SET NULL,
    title                TEXT NOT NULL,
    description          TEXT NOT NULL DEFAULT '',
    owner_department_id  INTEGER NOT NULL REFERENCES department(id),
    status               TEXT NOT NULL DEFAULT 'proposed'
                         CHECK (status IN ('proposed', 'in_progress', 'done', 'verified')),
    due_on               TEXT,
    created_on           TEXT NOT NULL,
    verified_on          TEXT,
    metric               TEXT NOT NULL DEFAULT '',   -- 'nps', 'csat', 'ces' or 'kpi'
    kpi_id               INTEGER REFERENCES kpi(id) ON DELETE SET NULL,
    baseline             REAL,
    goal                 REAL,
    result               REAL
);

CREATE TABLE fix_department (
    fix_id         INTEGER NOT NULL REFERENCES fix(id) ON DELETE CASCADE,
    department_id  INTEGER NOT NULL REFERENCES department(id) ON DELETE CASCADE,
    PRIMARY KEY (fix_id, department_id)
);

CREATE TABLE fix_evidence (
    fix_id         INTEGER NOT NULL REFERENCES fix(id) ON DELETE CASCADE,
    evidence_kind  TEXT NOT NULL
                   CHECK (evidence_kind IN ('complaint', 'survey_response', 'call', 'artifact', 'kpi')),
    evidence_id    INTEGER NOT NULL,
    PRIMARY KEY (fix_id, evidence_kind, evidence_id)
);

CREATE TABLE review (
    id        INTEGER PRIMARY KEY,
    held_on   TEXT NOT NULL,
    title     TEXT NOT NULL DEFAULT '',
    notes     TEXT NOT NULL DEFAULT ''
);

CREATE TABLE review_attendee (
    review_id  INTEGER NOT NULL REFERENCES review(id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    PRIMARY KEY (review_id, name)
);

CREATE TABLE review_decision (
    id         INTEGER PRIMARY KEY,
    review_id  INTEGER NOT NULL REFERENCES review(id) ON DELETE CASCADE,
    text       TEXT NOT NULL,
    fix_id     INTEGER REFERENCES fix(id) ON DELETE SET NULL
);
