-- Subjects with conflicting values: subjects stated with more than one value in a category (two
-- birth dates for one person), each value with the number of documents stating it. Real
-- disagreement between sources, or extraction noise: the conflict_rate of the report.
-- Run: the one `singleton report` describes.
WITH run AS (
    SELECT id FROM runs ORDER BY status = 'finished' DESC, id DESC LIMIT 1
), conflicted AS (
    SELECT s.run_id, s.category, s.subject, s.n AS documents, s.n_values
    FROM subject_counts s JOIN run ON s.run_id = run.id
    WHERE s.n_values > 1
)
SELECT c.category, c.subject, c.n_values, c.documents,
       string_agg(f.value || ' (' || f.n || ')', '; ' ORDER BY f.n DESC, f.value) AS values_stated
FROM conflicted c
JOIN fact_counts f ON f.run_id = c.run_id AND f.category = c.category AND f.subject = c.subject
GROUP BY c.category, c.subject, c.n_values, c.documents
ORDER BY c.category, c.n_values DESC, c.documents DESC, c.subject
LIMIT 100;
