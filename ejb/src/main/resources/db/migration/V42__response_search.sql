-- Comment search in every script (issue 5): the comment folded like customer names
-- (customer.SearchText: Turkish I/İ/ı/i one letter, accents and Arabic vowel marks ignored, Arabic
-- and Persian yeh/kaf one letter). Written with each response; rows stored before this migration
-- are folded at start-up by closedloop.ResponseSearchBackfill.
ALTER TABLE survey_response ADD COLUMN search_comment VARCHAR(8000);
