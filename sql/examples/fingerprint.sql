-- The fingerprint of one category: how many subjects (f_r) are stated exactly r times, with each
-- row's share of the examples; r = 1 gives the singletons, and f1/N is the singleton rate.
-- Change the category on the next line. Run: the one `singleton report` describes.
SET VARIABLE category = 'birth_date';
WITH run AS (
    SELECT id FROM runs ORDER BY status = 'finished' DESC, id DESC LIMIT 1
), fp AS (
    SELECT f.r, f.f_r
    FROM fingerprints f JOIN run ON f.run_id = run.id
    WHERE f.category = getvariable('category')
)
SELECT getvariable('category') AS category, r, f_r,
       r * f_r AS examples,
       round(r * f_r / sum(r * f_r) OVER (), 4) AS share_of_examples,
       round(sum(r * f_r) OVER (ORDER BY r) / sum(r * f_r) OVER (), 4) AS cumulative_share
FROM fp
ORDER BY r;
