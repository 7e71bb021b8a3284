-- Views from mentions to training examples, counts and fingerprints.
-- Every view exists in a unit-parameterised form (a table macro taking the unit) and as a plain
-- view for the default unit 'document':
--   document:      one example per (category, subject, value, document)  -- the paper's "example"
--   mention:       every extracted statement is an example
--   dedup:         like document, but identical documents (same content hash) count once
--   mention_dedup: like mention, but only the first of identical documents counts

CREATE OR REPLACE MACRO examples_by_unit(unit) AS TABLE
    SELECT run_id, category, subject, value, doc_id, count(*) AS mentions
    FROM mentions WHERE unit = 'document'
    GROUP BY run_id, category, subject, value, doc_id
    UNION ALL
    SELECT run_id, category, subject, value, doc_id, 1 AS mentions
    FROM mentions WHERE unit = 'mention'
    UNION ALL
    SELECT run_id, category, subject, value, min(doc_id) AS doc_id, count(*) AS mentions
    FROM mentions WHERE unit = 'dedup'
    GROUP BY run_id, category, subject, value, doc_hash
    UNION ALL
    SELECT run_id, category, subject, value, doc_id, 1 AS mentions
    FROM mentions WHERE unit = 'mention_dedup'
    QUALIFY doc_id = min(doc_id) OVER (PARTITION BY run_id, doc_hash);

-- X_s: number of examples about each subject
CREATE OR REPLACE MACRO subject_counts_by_unit(unit) AS TABLE
    SELECT run_id, category, subject, count(*) AS n, count(DISTINCT value) AS n_values
    FROM examples_by_unit(unit)
    GROUP BY run_id, category, subject;

-- number of examples stating each (subject, value) pair
CREATE OR REPLACE MACRO fact_counts_by_unit(unit) AS TABLE
    SELECT run_id, category, subject, value, count(*) AS n
    FROM examples_by_unit(unit)
    GROUP BY run_id, category, subject, value;

-- fingerprint f_r: how many subjects are stated exactly r times
CREATE OR REPLACE MACRO fingerprints_by_unit(unit) AS TABLE
    SELECT run_id, category, n AS r, count(*) AS f_r
    FROM subject_counts_by_unit(unit)
    GROUP BY run_id, category, n;

CREATE OR REPLACE MACRO pair_fingerprints_by_unit(unit) AS TABLE
    SELECT run_id, category, n AS r, count(*) AS f_r
    FROM fact_counts_by_unit(unit)
    GROUP BY run_id, category, n;

-- per-category counts; the statistics (intervals, floors) are computed in singleton.stats
CREATE OR REPLACE MACRO category_stats_by_unit(unit) AS TABLE
    WITH subjects AS (
        SELECT run_id, category,
               sum(n) AS examples,
               count(*) AS subjects,
               count(*) FILTER (WHERE n = 1) AS singletons,
               count(*) FILTER (WHERE n = 2) AS doubletons,
               count(*) FILTER (WHERE n_values > 1) AS conflicting_subjects
        FROM subject_counts_by_unit(unit)
        GROUP BY run_id, category
    ), pairs AS (
        SELECT run_id, category, count(*) AS pairs, count(*) FILTER (WHERE n = 1) AS pair_singletons
        FROM fact_counts_by_unit(unit)
        GROUP BY run_id, category
    )
    SELECT s.run_id, s.category, s.examples, s.subjects, s.singletons, s.doubletons,
           s.singletons / s.examples AS singleton_rate,
           p.pairs, p.pair_singletons,
           p.pair_singletons / s.examples AS pair_singleton_rate,
           s.conflicting_subjects,
           s.conflicting_subjects / s.subjects AS conflict_rate
    FROM subjects s JOIN pairs p USING (run_id, category);

-- everything the statistics need in ONE pass: the subject fingerprint (kind 'subject', with the
-- number of subjects stated with more than one value) and the (subject, value) pair fingerprint
CREATE OR REPLACE MACRO fingerprint_summary_by_unit(unit) AS TABLE
    WITH facts AS (
        SELECT run_id, category, subject, value, count(*) AS n
        FROM examples_by_unit(unit)
        GROUP BY run_id, category, subject, value
    ), subjects AS (
        SELECT run_id, category, sum(n) AS n, count(*) AS n_values
        FROM facts
        GROUP BY run_id, category, subject
    )
    SELECT run_id, category, 'subject' AS kind, n AS r, count(*) AS f_r,
           count(*) FILTER (WHERE n_values > 1) AS conflicting
    FROM subjects GROUP BY run_id, category, n
    UNION ALL
    SELECT run_id, category, 'pair' AS kind, n AS r, count(*) AS f_r, 0 AS conflicting
    FROM facts GROUP BY run_id, category, n;

CREATE OR REPLACE VIEW examples AS SELECT * FROM examples_by_unit('document');
CREATE OR REPLACE VIEW subject_counts AS SELECT * FROM subject_counts_by_unit('document');
CREATE OR REPLACE VIEW fact_counts AS SELECT * FROM fact_counts_by_unit('document');
CREATE OR REPLACE VIEW fingerprints AS SELECT * FROM fingerprints_by_unit('document');
CREATE OR REPLACE VIEW category_stats AS SELECT * FROM category_stats_by_unit('document');
