-- The survey definitions editor (issue 5, portal page surveys.xhtml): a survey can be switched off
-- without losing its texts, and can keep its own contact-frequency window. Portable (H2, PostgreSQL).

-- FALSE: no new invitations for this touchpoint (links already sent keep working).
ALTER TABLE survey_definition ADD COLUMN active BOOLEAN DEFAULT TRUE NOT NULL;
-- Days between two surveys of one customer for this touchpoint; NULL follows
-- TIERWISE_SURVEY_CONTACT_WINDOW_DAYS (default 30), 0 turns the rule off.
ALTER TABLE survey_definition ADD COLUMN contact_window_days INTEGER;
ALTER TABLE survey_definition ADD CONSTRAINT ck_survey_definition_window
    CHECK (contact_window_days IS NULL OR contact_window_days BETWEEN 0 AND 365);
