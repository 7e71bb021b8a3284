-- Facts shared between two runs: (subject, value) pairs found by both of the two newest runs,
-- with the documents stating each in either run (B = the newest run, A = the one before it).
-- With a single run there is nothing to share: the result is empty. To pick runs, replace the
-- two `run_a` / `run_b` lines with e.g. `SELECT 1 AS id`.
WITH newest AS (
    SELECT id, row_number() OVER (ORDER BY id DESC) AS k FROM runs
), run_b AS (SELECT id FROM newest WHERE k = 1
), run_a AS (SELECT id FROM newest WHERE k = 2
), a AS (
    SELECT f.category, f.subject, f.value, f.n FROM fact_counts f JOIN run_a ON f.run_id = run_a.id
), b AS (
    SELECT f.category, f.subject, f.value, f.n FROM fact_counts f JOIN run_b ON f.run_id = run_b.id
)
SELECT (SELECT id FROM run_a) AS run_a, (SELECT id FROM run_b) AS run_b,
       a.category, a.subject, a.value, a.n AS documents_a, b.n AS documents_b
FROM a JOIN b USING (category, subject, value)
ORDER BY a.category, a.n + b.n DESC, a.subject
LIMIT 100;
