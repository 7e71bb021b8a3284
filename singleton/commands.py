"""The implementation of each ``singleton`` command (the parser lives in :mod:`singleton.cli`)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import duckdb

from singleton.cli import DEFAULT_DB, EXIT_INTERRUPTED, EXIT_OK, db_path, dump_json
from singleton.errors import UserError
from singleton.store import Run, Store, unit_name
from singleton.tables import render


def _write(text: str, out: str | None) -> None:
    if out:
        path = Path(out)
        if path.parent and not path.parent.exists():
            raise UserError(f"{out}: the directory {path.parent} does not exist")
        path.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
        print(f"wrote {out}", file=sys.stderr)
    else:
        print(text)


# ----------------------------------------------------------------------------------- run


def cmd_run(args: argparse.Namespace) -> int:
    from singleton import report
    from singleton.runner import RunRequest, execute, resolve, start_or_resume

    request = RunRequest(
        source=args.source,
        config=args.config,
        split=args.split,
        text_column=args.text_column,
        id_column=args.id_column,
        title_column=args.title_column,
        categories=[c.strip() for c in args.categories.split(",") if c.strip()] if args.categories else None,
        categories_file=args.categories_file,
        spacy_model=args.spacy_model,
        limit_docs=args.limit_docs,
        workers=args.workers,
        batch_docs=args.batch_docs,
        engine=args.engine,
        ray_address=args.ray_address,
        restart=args.restart,
        trust_remote_code=args.trust_remote_code,
    )
    resolved = resolve(request)
    with Store(db_path(args)) as store:
        run = start_or_resume(store, resolved, restart=args.restart, out=sys.stderr)
        outcome = execute(store, resolved, run, out=sys.stderr)
        if outcome.malformed:
            print(f"warning: skipped {outcome.malformed:,} malformed rows (invalid JSON or UTF-8); "
                  "they are counted in the run's skipped documents", file=sys.stderr)
        no_text = outcome.run.skipped - outcome.malformed
        if not outcome.interrupted and no_text > 0:
            print(f"warning: skipped {no_text:,} rows without text (missing, null, empty or not a "
                  "string); they are counted in the run's skipped documents", file=sys.stderr)
        if outcome.interrupted:
            print(f"interrupted: run {run.id} keeps {outcome.run.documents:,} documents; run the "
                  "same command again to resume", file=sys.stderr)
            return EXIT_INTERRUPTED
        if not args.quiet:
            rows = report.category_rows(store, outcome.run, categories=resolved.categories)
            print("\n".join(report.run_header(outcome.run)))
            print(report.format_table(rows))
            print()
            print(report.CAVEATS)
            db = "" if str(db_path(args)) == DEFAULT_DB else f" --db {db_path(args)}"
            print("\nnext:")
            print(f"  singleton report{db} --format json       # every figure, per category")
            print(f"  singleton plot{db} --out charts          # floors.png, fingerprints.png, growth.png")
            print(f"  singleton facts{db} --category birth_date --singletons   # check singletons by eye")
            print(f"  singleton sql{db} \"select * from category_stats\"")
    return EXIT_OK


# ----------------------------------------------------------------------------------- report


def cmd_report(args: argparse.Namespace) -> int:
    from singleton import report

    with Store(db_path(args), read_only=True) as store:
        run = store.report_run(args.run)
        unit = unit_name(args.unit, args.dedup)
        if args.growth:
            growth = report.growth_rows(store, run, unit=unit)
        else:
            rows = report.category_rows(store, run, unit=unit, confidence=args.confidence)
    if args.growth:
        if args.format == "json":
            text = dump_json(growth)
        elif args.format == "csv":
            text = render(list(growth[0]) if growth else ["category"], [list(g.values()) for g in growth], "csv")
        else:
            text = "\n".join([*report.run_header(run), report.format_growth(growth)])
        _write(text, args.out)
        return EXIT_OK
    if args.format == "json":
        text = report.format_json(rows)
    elif args.format == "csv":
        text = report.format_csv(rows)
    elif args.format == "markdown":
        text = report.format_markdown(rows, run, charts=_markdown_charts(args, run))
    else:
        text = "\n".join([*report.run_header(run), report.format_table(rows),
                          *report.table_notes(rows), "", report.CAVEATS])
    _write(text, args.out)
    return EXIT_OK


def _markdown_charts(args: argparse.Namespace, run: Run) -> list[str]:
    """Links (relative to the report) to the charts: those in ``--charts DIR`` (drawn there when
    missing), else those found beside ``--out`` or in its ``charts/`` folder."""
    import os

    from singleton import charts

    base = Path(args.out).resolve().parent if args.out else Path.cwd()

    def found(folder: Path) -> list[Path]:
        return [folder / f"{name}.{ext}" for name in charts.CHART_NAMES for ext in ("png", "svg")
                if (folder / f"{name}.{ext}").is_file()]

    if args.charts:
        folder = Path(args.charts)
        if folder.exists() and not folder.is_dir():
            raise UserError(f"{folder}: exists and is not a directory")
        paths = found(folder)
        if not paths:
            with Store(db_path(args), read_only=True) as store:
                paths = charts.write_charts(
                    store, store.run(run.id), folder, unit=unit_name(args.unit, args.dedup),
                    confidence=args.confidence)
            for path in paths:
                print(f"wrote {path}", file=sys.stderr)
    else:
        paths = found(base) or found(base / "charts")
    seen: set[str] = set()
    links = []
    for path in paths:
        if path.stem in seen:  # png and svg of the same chart: link the first
            continue
        seen.add(path.stem)
        links.append(Path(os.path.relpath(path.resolve(), base)).as_posix())
    return links


# ----------------------------------------------------------------------------------- plot


def cmd_plot(args: argparse.Namespace) -> int:
    from singleton import charts

    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise UserError(f"{out}: exists and is not a directory")
    with Store(db_path(args), read_only=True) as store:
        run = store.report_run(args.run)
        written = charts.write_charts(
            store, run, out, fmt=args.format, unit=unit_name(args.unit, args.dedup),
            confidence=args.confidence,
        )
    for path in written:
        print(f"wrote {path}")
    return EXIT_OK


# ----------------------------------------------------------------------------------- sql


def open_read_only_sql(path: Path) -> duckdb.DuckDBPyConnection:
    """A read-only connection that also cannot touch the file system (no COPY TO, no ATTACH)."""
    store = Store(path, read_only=True)
    con = store.con
    con.execute("SET enable_external_access = false")
    con.execute("SET lock_configuration = true")
    return con


def example_queries() -> dict[str, str]:
    """The example queries shipped with the package: ``{name: what it answers}`` (the opening
    comment up to its first colon)."""
    from importlib import resources

    folder = resources.files("singleton.sql").joinpath("examples")
    out = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".sql"):
            comment = []
            for line in entry.read_text(encoding="utf-8").splitlines():
                if not line.startswith("--"):
                    break
                comment.append(line.lstrip("- ").strip())
            out[entry.name[:-4]] = " ".join(comment).split(":")[0]
    return out


def read_query_file(name: str) -> str:
    """A query file's text: ``name`` as a path, else a bundled example (``top_facts``,
    ``sql/examples/top_facts.sql``), so the README's commands also work outside a checkout."""
    path = Path(name)
    if path.is_file():
        try:
            return path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise UserError(f"{name}: cannot read the query file: {exc}") from exc
    if path.is_dir():
        raise UserError(f"{name}: is a directory; give a .sql file")
    from singleton.store import sql_text

    stem = path.name[:-4] if path.name.endswith(".sql") else path.name
    examples = example_queries()
    if stem in examples:
        return sql_text(f"examples/{stem}.sql")
    raise UserError(f"{name}: no such file, nor a bundled example (examples: "
                    f"{', '.join(examples)}; e.g. `singleton sql --file top_facts`)")


def cmd_sql(args: argparse.Namespace) -> int:
    if args.file:
        query = read_query_file(args.file)
    elif args.query:
        query = args.query
    else:
        raise UserError("give a query (singleton sql \"select ...\") or --file FILE")
    con = open_read_only_sql(db_path(args))
    try:
        relation = con.sql(query)
        if relation is None:
            return EXIT_OK
        columns = relation.columns
        rows = relation.fetchall()
    except duckdb.Error as exc:
        first = str(exc).strip().splitlines()[0]
        if "read-only" in first.lower() or "read only" in first.lower():
            raise UserError(f"the database is opened read-only by `singleton sql`: {first}") from exc
        raise UserError(f"SQL: {first}") from exc
    finally:
        con.close()
    print(render(columns, rows, args.format))
    return EXIT_OK


# ----------------------------------------------------------------------------------- facts


FACTS_QUERY = """
WITH subjects AS (
    SELECT subject, n AS subject_count FROM subject_counts WHERE run_id = $run AND category = $category
), facts AS (
    SELECT subject, value, n AS count FROM fact_counts WHERE run_id = $run AND category = $category
), provenance AS (
    SELECT subject, value,
           arg_min(subject_text, doc_id || ':' || lpad(char_start::VARCHAR, 12, '0')) AS subject_text,
           arg_min(snippet, doc_id || ':' || lpad(char_start::VARCHAR, 12, '0')) AS snippet,
           arg_min(doc_id, doc_id || ':' || lpad(char_start::VARCHAR, 12, '0')) AS doc_id
    FROM mentions WHERE run_id = $run AND category = $category
    GROUP BY subject, value
)
SELECT p.subject_text AS subject, f.value, f.count, s.subject_count, p.doc_id, p.snippet
FROM facts f JOIN subjects s USING (subject) JOIN provenance p USING (subject, value)
WHERE ($singletons = false OR s.subject_count = 1)
  AND f.count >= $min_count
  AND ($subject IS NULL OR contains(lower(p.subject_text), lower($subject)) OR contains(f.subject, lower($subject)))
ORDER BY f.count DESC, s.subject_count DESC, f.subject, f.value
LIMIT $limit
"""


def cmd_facts(args: argparse.Namespace) -> int:
    with Store(db_path(args), read_only=True) as store:
        run = store.report_run(args.run)
        if args.category not in run.categories:
            raise UserError(
                f"run {run.id} has no category {args.category!r}; its categories: "
                f"{', '.join(run.categories)}"
            )
        relation = store.con.execute(
            FACTS_QUERY,
            {
                "run": run.id,
                "category": args.category,
                "singletons": bool(args.singletons),
                "min_count": args.min_count or 1,
                "subject": args.subject,
                "limit": args.limit,
            },
        )
        columns = [d[0] for d in relation.description]
        rows = relation.fetchall()
    print(render(columns, rows, args.format))
    return EXIT_OK


# ----------------------------------------------------------------------------------- compare


def cmd_compare(args: argparse.Namespace) -> int:
    from singleton import charts, compare, report

    unit = unit_name(args.unit, args.dedup)
    db_a = db_path(args)
    db_b = Path(args.db_b) if args.db_b else None
    with Store(db_a, read_only=True) as store:
        run_a = store.run(args.run_a)
        rows_a = report.category_rows(store, run_a, unit=unit, confidence=args.confidence)
        if db_b is None:
            run_b = store.run(args.run_b)
            rows_b = report.category_rows(store, run_b, unit=unit, confidence=args.confidence)
    if db_b is not None:
        with Store(db_b, read_only=True) as store:
            run_b = store.run(args.run_b)
            rows_b = report.category_rows(store, run_b, unit=unit, confidence=args.confidence)
    rows = compare.compare_rows(rows_a, rows_b)
    chart = None
    if args.out_dir:
        folder = Path(args.out_dir)
        if folder.exists() and not folder.is_dir():
            raise UserError(f"{folder}: exists and is not a directory")
        folder.mkdir(parents=True, exist_ok=True)
        chart = charts.plot_compare(rows, run_a, run_b, folder / f"compare.{args.chart_format}")
        print(f"wrote {chart}", file=sys.stderr)
    names = {"db_a": db_a, "db_b": db_b}
    if args.format == "json":
        text = compare.format_json(rows, run_a, run_b, **names)
    elif args.format == "markdown":
        link = None
        if chart is not None:
            import os

            base = Path(args.out).resolve().parent if args.out else Path.cwd()
            link = Path(os.path.relpath(chart.resolve(), base)).as_posix()
        text = compare.format_markdown(rows, run_a, run_b, chart=link, **names)
    else:
        text = compare.format_table(rows, run_a, run_b, **names)
    _write(text, args.out)
    return EXIT_OK


# ----------------------------------------------------------------------------------- listings


def cmd_categories(args: argparse.Namespace) -> int:
    from singleton.categories import describe_categories, load_categories

    rows = describe_categories(load_categories(None, args.categories_file))
    if args.format == "json":
        print(dump_json(rows))
        return EXIT_OK
    columns = ["name", "subject_kind", "value_kind", "answer_space", "description"]
    print(render(columns, [[r[c] for c in columns] for r in rows], "table"))
    return EXIT_OK


def cmd_runs(args: argparse.Namespace) -> int:
    with Store(db_path(args), read_only=True) as store:
        runs = store.runs()
    columns = ["id", "name", "status", "documents", "MB", "skipped", "mentions", "source"]
    rows = [
        [r.id, r.name, r.status + (" (partial)" if r.partial else ""), r.documents,
         round(r.bytes / 1e6, 1), r.skipped, r.mentions,
         r.source.get("path") or ", ".join(r.source.get("paths") or []) or r.source.get("kind")]
        for r in runs
    ]
    if args.format == "json":
        print(dump_json([{**r.__dict__} for r in runs]))
    else:
        print(render(columns, rows, "table"))
    return EXIT_OK


def cmd_eval(args: argparse.Namespace) -> int:
    from singleton import evaluate

    if args.dataset == "redocred":
        result = evaluate.evaluate_redocred(args.path, spacy_model=args.spacy_model)
    else:
        result = evaluate.evaluate_wikibio(args.path, spacy_model=args.spacy_model)
    if args.format == "json":
        print(dump_json(result))
        return EXIT_OK
    columns = ["category", "gold", "predicted", "correct", "precision", "recall", "f1"]
    rows = [[name, *(m[c] for c in columns[1:])] for name, m in result["categories"].items()]
    rows.append(["micro", *(result["micro"][c] for c in columns[1:])])
    print(render(columns, rows, "table"))
    return EXIT_OK
