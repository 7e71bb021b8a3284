-- How much two runs agree, per category: distinct facts in each of the two newest runs (B = the
-- newest, A = the one before), how many both found, and their overlap (Jaccard). With a single
-- run, A is empty and every fact is B's alone.
WITH newest AS (
    SELECT id, row_number() OVER (ORDER BY id DESC) AS k FROM runs
), run_b AS (SELECT id FROM newest WHERE k = 1
), run_a AS (SELECT id FROM newest WHERE k = 2
), a AS (
    SELECT f.category, f.subject, f.value FROM fact_counts f JOIN run_a ON f.run_id = run_a.id
), b AS (
    SELECT f.category, f.subject, f.value FROM fact_counts f JOIN run_b ON f.run_id = run_b.id
), joined AS (
    SELECT coalesce(a.category, b.category) AS category,
           a.subject IS NOT NULL AS in_a, b.subject IS NOT NULL AS in_b
    FROM a FULL OUTER JOIN b USING (category, subject, value)
)
SELECT (SELECT id FROM run_a) AS run_a, (SELECT id FROM run_b) AS run_b, category,
       count(*) FILTER (WHERE in_a) AS facts_a,
       count(*) FILTER (WHERE in_b) AS facts_b,
       count(*) FILTER (WHERE in_a AND in_b) AS shared,
       round(count(*) FILTER (WHERE in_a AND in_b) / count(*), 3) AS jaccard
FROM joined
GROUP BY category
ORDER BY category;
