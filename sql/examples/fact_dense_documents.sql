-- Documents that state the most facts: per document, the statements extracted and the categories
-- they fall in, with the document's first snippet (biographies and lists dominate).
-- Run: the one `singleton report` describes.
WITH run AS (
    SELECT id FROM runs ORDER BY status = 'finished' DESC, id DESC LIMIT 1
)
SELECT m.doc_id, count(*) AS mentions, count(DISTINCT m.category) AS categories,
       string_agg(DISTINCT m.category, ', ' ORDER BY m.category) AS which,
       arg_min(m.snippet, m.char_start) AS first_snippet
FROM mentions m JOIN run ON m.run_id = run.id
GROUP BY m.doc_id
ORDER BY mentions DESC, m.doc_id
LIMIT 25;
