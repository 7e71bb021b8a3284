-- Top facts per category: the (subject, value) pairs stated in the most documents, five per
-- category, with the subject as written and one document that states it.
-- Run: the one `singleton report` describes (newest finished, else newest). Change `rank <= 5`.
WITH run AS (
    SELECT id FROM runs ORDER BY status = 'finished' DESC, id DESC LIMIT 1
), ranked AS (
    SELECT f.run_id, f.category, f.subject, f.value, f.n AS documents,
           row_number() OVER (PARTITION BY f.category ORDER BY f.n DESC, f.subject, f.value) AS rank
    FROM fact_counts f JOIN run ON f.run_id = run.id
)
SELECT r.category, r.rank, min(m.subject_text) AS subject, r.value, r.documents,
       min(m.doc_id) AS example_doc
FROM ranked r
JOIN mentions m ON m.run_id = r.run_id AND m.category = r.category
               AND m.subject = r.subject AND m.value = r.value
WHERE r.rank <= 5
GROUP BY r.category, r.rank, r.subject, r.value, r.documents
ORDER BY r.category, r.rank;
