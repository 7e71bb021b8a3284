-- Singleton facts with their snippets: subjects stated exactly once in their category (the f1 of
-- the singleton rate), each with its value, document and the sentence that states it, so any
-- singleton can be checked by eye. Run: the one `singleton report` describes.
-- Narrow it with e.g. `AND m.category = 'birth_date'`; change the LIMIT.
WITH run AS (
    SELECT id FROM runs ORDER BY status = 'finished' DESC, id DESC LIMIT 1
)
SELECT m.category, m.subject_text AS subject, m.value_text AS value, m.doc_id, m.snippet
FROM mentions m
JOIN run ON m.run_id = run.id
JOIN subject_counts s ON s.run_id = m.run_id AND s.category = m.category AND s.subject = m.subject
WHERE s.n = 1
QUALIFY row_number() OVER (PARTITION BY m.category, m.subject ORDER BY m.doc_id, m.char_start) = 1
ORDER BY m.category, m.subject
LIMIT 50;
