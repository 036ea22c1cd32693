-- casecheck findings store. Plain SQL types only, so the same script runs on H2 and PostgreSQL.
-- IF NOT EXISTS everywhere: H2 commits DDL one statement at a time, so a process killed during the first
-- migration leaves some tables behind; the rerun of the migration must then complete instead of failing.
-- Every nightly run is identified by its business date (Asia/Shanghai); a restart continues the same run.

CREATE TABLE IF NOT EXISTS cc_run (
    business_date     DATE          NOT NULL PRIMARY KEY,
    export_dir        VARCHAR(2000) NOT NULL,
    manifest_sha256   VARCHAR(64),
    status            VARCHAR(20)   NOT NULL,
    started_at        TIMESTAMP     NOT NULL,
    finished_at       TIMESTAMP,
    attempts          INTEGER       NOT NULL,
    dossiers_total    INTEGER,
    dossiers_failed   INTEGER,
    docs_seen         INTEGER,
    docs_checked      INTEGER,
    docs_unreadable   INTEGER,
    docs_review       INTEGER,
    alerts_checked    BOOLEAN       NOT NULL,
    cache_hits        INTEGER
);

-- The export as it was when the run started (sorted paths, sizes, content hashes): restarts see the same input.
CREATE TABLE IF NOT EXISTS cc_manifest (
    business_date DATE          NOT NULL,
    path          VARCHAR(2000) NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    sha256        VARCHAR(64)   NOT NULL,
    PRIMARY KEY (business_date, path)
);

-- One row per dossier per run; status PENDING -> CHECKED | FAILED is the restart cursor (process indicator).
CREATE TABLE IF NOT EXISTS cc_dossier (
    business_date   DATE          NOT NULL,
    case_id         VARCHAR(200)  NOT NULL,
    rel_path        VARCHAR(2000) NOT NULL,
    content_sha256  VARCHAR(64)   NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    unit_code       VARCHAR(100),
    docs_seen       INTEGER,
    docs_checked    INTEGER,
    docs_unreadable INTEGER,
    docs_review     INTEGER,
    from_cache      BOOLEAN,
    detail          VARCHAR(4000),
    PRIMARY KEY (business_date, case_id)
);

-- Exactly one outcome per document per run. Paths and details are stored masked.
CREATE TABLE IF NOT EXISTS cc_document (
    business_date DATE          NOT NULL,
    case_id       VARCHAR(200)  NOT NULL,
    doc_id        VARCHAR(100)  NOT NULL,
    doc_path      VARCHAR(2000) NOT NULL,
    doc_type      VARCHAR(50),
    outcome       VARCHAR(20)   NOT NULL,
    reason        VARCHAR(50)   NOT NULL,
    detail        VARCHAR(4000),
    pages         INTEGER,
    characters    INTEGER,
    sha256        VARCHAR(64),
    unit_code     VARCHAR(100),
    PRIMARY KEY (business_date, case_id, doc_id)
);

-- What one run found (one row per finding per run): the input of reconciliation and of day-by-day trends.
-- transition is set by reconciliation: NEW, CARRIED, REOPENED or DISMISSED (still present, still dismissed).
CREATE TABLE IF NOT EXISTS cc_occurrence (
    business_date DATE          NOT NULL,
    fingerprint   VARCHAR(64)   NOT NULL,
    subject       VARCHAR(200)  NOT NULL,
    rule_id       VARCHAR(20)   NOT NULL,
    title         VARCHAR(400),
    family        VARCHAR(100),
    severity      VARCHAR(10)   NOT NULL,
    kind          VARCHAR(20)   NOT NULL,
    case_id       VARCHAR(200),
    unit_code     VARCHAR(100),
    officer       VARCHAR(200),
    document      VARCHAR(2000),
    page          INTEGER,
    line_no       INTEGER,
    excerpt       VARCHAR(4000),
    message       VARCHAR(4000),
    basis         VARCHAR(4000),
    evidence_hash VARCHAR(64)   NOT NULL,
    transition    VARCHAR(20),
    PRIMARY KEY (business_date, fingerprint)
);

-- A finding's life across runs. The excerpt is stored as extracted and masked when rendered.
CREATE TABLE IF NOT EXISTS cc_finding (
    fingerprint             VARCHAR(64)   NOT NULL PRIMARY KEY,
    subject                 VARCHAR(200)  NOT NULL,
    rule_id                 VARCHAR(20)   NOT NULL,
    title                   VARCHAR(400),
    family                  VARCHAR(100),
    severity                VARCHAR(10)   NOT NULL,
    kind                    VARCHAR(20)   NOT NULL,
    case_id                 VARCHAR(200),
    unit_code               VARCHAR(100),
    officer                 VARCHAR(200),
    document                VARCHAR(2000),
    page                    INTEGER,
    line_no                 INTEGER,
    excerpt                 VARCHAR(4000),
    message                 VARCHAR(4000),
    basis                   VARCHAR(4000),
    evidence_hash           VARCHAR(64)   NOT NULL,
    first_seen              DATE          NOT NULL,
    last_seen               DATE          NOT NULL,
    status                  VARCHAR(20)   NOT NULL,
    rectified_on            DATE,
    dismissed_by            VARCHAR(200),
    dismissed_at            TIMESTAMP,
    dismiss_reason          VARCHAR(2000),
    dismissed_evidence_hash VARCHAR(64)
);
CREATE INDEX IF NOT EXISTS cc_finding_status ON cc_finding (status, unit_code);

-- Findings closed by a run (gone while their case was checked): kept per date for trends, even if reopened later.
CREATE TABLE IF NOT EXISTS cc_rectified (
    business_date DATE        NOT NULL,
    fingerprint   VARCHAR(64) NOT NULL,
    PRIMARY KEY (business_date, fingerprint)
);

-- Rules that could not be evaluated (case_id '' = for the whole run) and what they lacked.
CREATE TABLE IF NOT EXISTS cc_not_evaluated (
    business_date DATE          NOT NULL,
    rule_id       VARCHAR(20)   NOT NULL,
    case_id       VARCHAR(200)  NOT NULL,
    lack_of       VARCHAR(1000) NOT NULL,
    PRIMARY KEY (business_date, rule_id, case_id)
);

-- The unit tree as last exported (the morning report resolves recipients and subtrees from it).
CREATE TABLE IF NOT EXISTS cc_unit (
    code                VARCHAR(100) NOT NULL PRIMARY KEY,
    name                VARCHAR(400),
    parent_code         VARCHAR(100),
    unit_level          VARCHAR(50),
    chief               VARCHAR(200),
    chief_email         VARCHAR(400),
    leader              VARCHAR(200),
    leader_email        VARCHAR(400),
    legal_officer       VARCHAR(200),
    legal_officer_email VARCHAR(400),
    updated_on          DATE         NOT NULL
);

-- Assembled facts of a dossier keyed by its content and table slice: unchanged dossiers are not extracted again.
CREATE TABLE IF NOT EXISTS cc_fact_cache (
    cache_key  VARCHAR(64)  NOT NULL PRIMARY KEY,
    case_id    VARCHAR(200) NOT NULL,
    created_on DATE         NOT NULL,
    used_on    DATE         NOT NULL,
    payload    TEXT         NOT NULL
);
