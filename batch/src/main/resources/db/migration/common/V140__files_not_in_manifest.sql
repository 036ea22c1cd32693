-- Files found in the export at the end of a run that its frozen manifest does not list (added or renamed after
-- the run started; checklist A11): they were not checked in that run, and the summary says so.
-- Numbered above V100 (already applied in existing stores): Flyway refuses a lower version added later.
-- IF NOT EXISTS: a kill after the DDL committed but before Flyway recorded it must not fail the next start.
ALTER TABLE cc_run ADD COLUMN IF NOT EXISTS files_not_in_manifest INTEGER;
