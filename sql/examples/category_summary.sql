-- Per-category counts of every run: examples N, subjects, singletons f1, doubletons f2 and the
-- singleton rate f1/N straight from the views (the statistics with intervals and floors are in
-- `singleton report`). Categories a run found nothing for are listed with zeros.
SELECT r.id AS run_id, r.name, c.category,
       coalesce(s.examples, 0) AS examples, coalesce(s.subjects, 0) AS subjects,
       coalesce(s.singletons, 0) AS f1, coalesce(s.doubletons, 0) AS f2,
       round(s.singleton_rate, 4) AS singleton_rate,
       round(s.pair_singleton_rate, 4) AS pair_singleton_rate,
       round(s.conflict_rate, 4) AS conflict_rate
FROM runs r
CROSS JOIN LATERAL (SELECT unnest(r.categories) AS category) c
LEFT JOIN category_stats s ON s.run_id = r.id AND s.category = c.category
ORDER BY r.id, c.category;
