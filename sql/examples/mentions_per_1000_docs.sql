-- Mentions per 1,000 documents per category, for every run: how densely the corpus states each
-- kind of fact (statements, training examples and distinct subjects per 1,000 documents read).
-- Runs with no documents read show NULL rates.
SELECT r.id AS run_id, r.name, c.category, r.documents,
       coalesce(m.mentions, 0) AS mentions,
       coalesce(e.examples, 0) AS examples,
       coalesce(e.subjects, 0) AS subjects,
       round(1000.0 * coalesce(m.mentions, 0) / nullif(r.documents, 0), 2) AS mentions_per_1000_docs,
       round(1000.0 * coalesce(e.examples, 0) / nullif(r.documents, 0), 2) AS examples_per_1000_docs
FROM runs r
CROSS JOIN LATERAL (SELECT unnest(r.categories) AS category) c
LEFT JOIN (
    SELECT run_id, category, count(*) AS mentions FROM mentions GROUP BY run_id, category
) m ON m.run_id = r.id AND m.category = c.category
LEFT JOIN (
    SELECT run_id, category, count(*) AS examples, count(DISTINCT subject) AS subjects
    FROM examples GROUP BY run_id, category
) e ON e.run_id = r.id AND e.category = c.category
ORDER BY r.id, mentions_per_1000_docs DESC NULLS LAST, c.category;
