-- Column mappings remembered per source by the portal's import wizard (issue 3).
-- Numbered 30 so it never collides with migrations of other branches; portable between
-- PostgreSQL and H2 2.x.

-- A source is where files come from, e.g. "IBM Telco – status"; its mapping is replaced whole on
-- every successful import from it.
CREATE TABLE import_source (
    name      VARCHAR(100) PRIMARY KEY,
    saved_by  VARCHAR(64)  NOT NULL,
    saved_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One row per field the source's files feed: field (external_id, name, ...) <- file column.
-- A column may feed several fields (a file without names maps its id column to both).
CREATE TABLE import_mapping (
    source_name VARCHAR(100) NOT NULL REFERENCES import_source (name) ON DELETE CASCADE,
    field       VARCHAR(32)  NOT NULL,
    column_name VARCHAR(300) NOT NULL,
    PRIMARY KEY (source_name, field)
);
