"""Cut the bundled sample corpus from the shared enwiki-2021 file (reproducible, documented).

Usage: python scripts/make_sample.py [--shared ../shared/data] [--out singleton/data/enwiki_sample.jsonl.gz]

Takes, in file order, non-empty articles whose lead states a fact singleton extracts (biographies
and organisations first), topped up with other non-empty articles, so the sample is
biography-rich but still looks like a real slice of Wikipedia (most documents state nothing).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from pathlib import Path

FACTUAL_LEAD = re.compile(r"\((?:born|née?|c\.)|\b(?:was born|founded|established)\b|\(\d{3,4}\s*[–-]")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    here = Path(__file__).resolve().parent.parent
    parser.add_argument("--shared", type=Path, default=here.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=here / "singleton" / "data" / "enwiki_sample.jsonl.gz")
    parser.add_argument("--factual", type=int, default=2400)
    parser.add_argument("--other", type=int, default=600)
    args = parser.parse_args()

    source = args.shared / "enwiki-2021" / "enwiki_new_docs.jsonl.gz"
    factual: list[dict] = []
    other: list[dict] = []
    with gzip.open(source, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if not record["text"]:
                continue
            keep = {"id": record["id"], "title": record["title"], "url": record["url"], "text": record["text"]}
            if FACTUAL_LEAD.search(record["text"][:400]):
                if len(factual) < args.factual:
                    factual.append(keep)
            elif len(other) < args.other:
                other.append(keep)
            if len(factual) >= args.factual and len(other) >= args.other:
                break
    records = sorted(factual + other, key=lambda r: int(r["id"]))
    with gzip.open(args.out, "wt", encoding="utf-8", compresslevel=9) as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} articles to {args.out} ({args.out.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
