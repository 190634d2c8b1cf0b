-- A charter version still being agreed (DRAFT or PARTLY_SIGNED) can be abandoned when the two
-- executives do not agree on it, so a new draft can start; who, when and why are kept.
-- status gains ABANDONED (the column has no check constraint). Portable between PostgreSQL and H2.
ALTER TABLE charter_version ADD COLUMN abandoned_by VARCHAR(64);
ALTER TABLE charter_version ADD COLUMN abandoned_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE charter_version ADD COLUMN abandon_reason VARCHAR(1000);
