"""The ``singleton`` command line (also ``python -m singleton``).

Exit status: 0 success; 2 bad input or usage (one ``error:`` line on stderr, no traceback unless
``--debug``); 1 unexpected internal failure; 130 interrupted (work so far is kept, resumable).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from singleton import __version__
from singleton.errors import UserError

EXIT_OK, EXIT_INTERNAL, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
DEFAULT_DB = "singleton.duckdb"


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors as one ``error:`` line and exit 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UserError(f"{message} (see `{self.prog} --help`)")


def _common() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS, help=f"database file (default ./{DEFAULT_DB})")
    common.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                        help="show full tracebacks")
    return common


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, not {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a number of at least 1, not {value}")
    return value


def _confidence(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number like 0.99, not {text!r}") from None
    if not 0 < value < 1:
        raise argparse.ArgumentTypeError(f"confidence must be between 0 and 1, not {value}")
    return value


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = _Parser(
        prog="singleton",
        description="Measure how often each arbitrary fact is stated in a corpus and predict "
        "per-category hallucination floors (Good-Turing singleton rate, Kalai et al. 2025).",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"singleton {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    run = sub.add_parser("run", parents=[common], help="stream a corpus, extract facts, count them",
                         description="Stream SOURCE, extract facts per category, count them into the "
                         "database. SOURCE: a Hugging Face dataset name, a local dataset directory, a "
                         "file or glob (.jsonl[.gz], .json, .parquet, .txt[.gz]), or a pipeline "
                         "(pipelines/NAME.toml or NAME). No SOURCE: the bundled sample corpus. "
                         "Re-running an unfinished run resumes it.")
    run.add_argument("source", nargs="?", help="what to read (default: the bundled sample)")
    run.add_argument("--config", help="dataset configuration (e.g. 20231101.en)")
    run.add_argument("--split", help="dataset split (default train)")
    run.add_argument("--text-column", help="column holding the text (default: text, content, ...)")
    run.add_argument("--id-column", help="column holding a document id (default: id, else row index)")
    run.add_argument("--title-column", help="column holding a title (default: title if present)")
    run.add_argument("--categories", help="comma-separated category names (default: all)")
    run.add_argument("--categories-file", help="TOML/YAML file adding or overriding categories")
    run.add_argument("--spacy-model", help="optional trained spaCy pipeline for NER (e.g. en_core_web_sm)")
    run.add_argument("--limit-docs", type=_positive_int, help="stop after N documents")
    run.add_argument("--workers", type=_positive_int, help="extraction processes (default: cores)")
    run.add_argument("--batch-docs", type=_positive_int, help="documents per batch (default 256)")
    run.add_argument("--engine", choices=["local", "ray"], help="execution engine (default local)")
    run.add_argument("--ray-address", help="address of an existing Ray cluster (--engine ray)")
    run.add_argument("--restart", action="store_true", help="discard an unfinished run and start over")
    run.add_argument("--trust-remote-code", action="store_true",
                     help="allow a Hub dataset's own loading script to run (off by default)")
    run.add_argument("--quiet", action="store_true", help="print no summary")

    report = sub.add_parser("report", parents=[common], help="per-category singleton rates and floors")
    report.add_argument("--run", type=int, help="run id (default: the newest finished run)")
    report.add_argument("--format", choices=["table", "csv", "json", "markdown"], default="table")
    report.add_argument("--unit", choices=["document", "mention"], default="document",
                        help="what counts as one example (default: one statement per document)")
    report.add_argument("--dedup", choices=["none", "exact"], default="none",
                        help="exact: identical documents (same content hash) count once")
    report.add_argument("--confidence", type=_confidence, default=0.99)
    report.add_argument("--growth", action="store_true",
                        help="table of the singleton rate at 0.1x..4x the observed size")
    report.add_argument("--out", help="write to this file instead of standard output")
    report.add_argument("--charts", metavar="DIR",
                        help="markdown: link the charts in DIR (drawn there if missing); default: "
                        "charts found beside --out or in its charts/ folder")

    plot = sub.add_parser("plot", parents=[common], help="charts: floors, fingerprints, growth")
    plot.add_argument("--out", default="charts", help="directory for the charts (default ./charts)")
    plot.add_argument("--run", type=int)
    plot.add_argument("--format", choices=["png", "svg"], default="png")
    plot.add_argument("--unit", choices=["document", "mention"], default="document")
    plot.add_argument("--dedup", choices=["none", "exact"], default="none")
    plot.add_argument("--confidence", type=_confidence, default=0.99)

    sql = sub.add_parser("sql", parents=[common], help="run SQL on the database (read-only)")
    sql.add_argument("query", nargs="?", help="the SQL query")
    sql.add_argument("--file", help="read the query from a file (e.g. sql/examples/top_facts.sql; "
                     "a bare example name such as top_facts also works from an installed wheel)")
    sql.add_argument("--format", choices=["table", "csv", "json"], default="table")

    facts = sub.add_parser("facts", parents=[common], help="inspect facts with their provenance")
    facts.add_argument("--category", required=True)
    facts.add_argument("--run", type=int)
    which = facts.add_mutually_exclusive_group()
    which.add_argument("--singletons", action="store_true", help="only subjects stated once")
    which.add_argument("--min-count", type=_positive_int, metavar="K",
                       help="only facts stated at least K times")
    facts.add_argument("--subject", help="only subjects containing this text")
    facts.add_argument("--limit", type=_positive_int, default=20)
    facts.add_argument("--format", choices=["table", "csv", "json"], default="table")

    compare = sub.add_parser(
        "compare", parents=[common], help="two runs side by side: rates, floors, differences",
        description="Per-category singleton rates and floors of RUN_A and RUN_B side by side with "
        "their difference (B - A). Both runs are in --db unless --db-b names RUN_B's database.")
    compare.add_argument("run_a", type=_positive_int, metavar="RUN_A", help="run id (see `singleton runs`)")
    compare.add_argument("run_b", type=_positive_int, metavar="RUN_B", help="run id, in --db-b if given")
    compare.add_argument("--db-b", metavar="OTHER.duckdb", help="database holding RUN_B (default --db)")
    compare.add_argument("--format", choices=["table", "json", "markdown"], default="table")
    compare.add_argument("--out-dir", metavar="DIR", help="also draw compare.png into DIR")
    compare.add_argument("--chart-format", choices=["png", "svg"], default="png")
    compare.add_argument("--unit", choices=["document", "mention"], default="document")
    compare.add_argument("--dedup", choices=["none", "exact"], default="none")
    compare.add_argument("--confidence", type=_confidence, default=0.99)
    compare.add_argument("--out", help="write the table/JSON/markdown to this file")

    cats = sub.add_parser("categories", parents=[common], help="list the fact categories")
    cats.add_argument("--categories-file", help="also list the categories of this file")
    cats.add_argument("--format", choices=["table", "json"], default="table")

    runs = sub.add_parser("runs", parents=[common], help="list the runs in the database")
    runs.add_argument("--format", choices=["table", "json"], default="table")

    ev = sub.add_parser("eval", parents=[common], help="extraction precision/recall against gold data")
    ev.add_argument("dataset", choices=["redocred", "wikibio"], help="gold format")
    ev.add_argument("path", help="gold file (Re-DocRED JSON) or directory (WikiBio)")
    ev.add_argument("--spacy-model", help="optional trained spaCy pipeline for NER")
    ev.add_argument("--format", choices=["table", "json"], default="table")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in argv
    try:
        args = build_parser().parse_args(argv)
        if args.command is None:
            build_parser().print_help()
            return EXIT_USAGE
        from singleton import commands

        return getattr(commands, f"cmd_{args.command}")(args)
    except UserError as exc:
        if debug:
            traceback.print_exc()
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # an internal failure: say so, keep the traceback for --debug
        if debug:
            traceback.print_exc()
        print(f"internal error: {type(exc).__name__}: {exc} (rerun with --debug for the traceback)",
              file=sys.stderr)
        return EXIT_INTERNAL


def entry() -> None:
    """Console-script and ``python -m singleton`` entry point: :func:`main`, then exit.

    After an interrupt everything is committed and the database closed, so the process ends at
    once: interpreter shutdown would otherwise join the worker pool's manager thread, which can
    wait forever when Ctrl-C killed a worker in the middle of sending a result."""
    code = main()
    if code == EXIT_INTERRUPTED:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    raise SystemExit(code)


def db_path(args: Any) -> Path:
    return Path(getattr(args, "db", DEFAULT_DB))


def dump_json(value: Any) -> str:
    return json.dumps(value, indent=2, default=str)
