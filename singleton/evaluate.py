"""Extraction quality against gold annotations: Re-DocRED (and a WikiBio helper).

Matching rules (also in the README):

* Re-DocRED documents are rebuilt by joining each sentence's tokens with spaces and the
  sentences with a space; the document title is passed to the extractor.
* Gold facts are the labels whose Wikidata property maps to a category (P569 birth_date, P570
  death_date, P19 birth_place, P20 death_place, P571 founding_date, P112 founder, P26 spouse,
  P50 author, P577 publication_date, P159 headquarters, P36 capital, P69 educated_at), one per
  (document, property, head entity, tail entity).
* Predictions are deduplicated per (document, category, subject, value).
* A prediction matches a gold fact of the same document and category when
  - its subject equals (after canonicalisation with the category's subject kind) the key of any
    mention of the gold head entity, or it is the resolved document title and some mention of
    the head entity refers to the title (see :func:`singleton.extract.resolve.compatible`);
  - its value equals the key of any mention of the gold tail entity (or, for a person value,
    the resolved title when a tail mention refers to the title, as for subjects); dates compare
    at the gold mention's precision: a gold "1963" is matched by a predicted 1963-03-13 (more
    precise is still correct), a gold 13 March 1963 is not matched by a predicted 1963; the
    circa mark is ignored.
* An entity's names are its mentions' names, and the name two mentions make that stand side
  by side in the text (the sentence splitter cuts "K.C. Constantine" after "K.C."); a place's
  names also include two of its mentions joined by a comma ("Washington" and "D.C." make
  "Washington, D.C.").
* Gold facts are deduplicated per (head, value): Re-DocRED sometimes splits one entity in
  two ("Manon" / "Manon Balletti"); two labels whose heads both refer to the document title
  (or have the same mention keys) and whose tails have the same value are one fact.
* Matching is one-to-one (maximum bipartite matching per document and category), so
  ``correct`` is both the number of correct predictions and of gold facts found:
  precision = correct / predicted, recall = correct / gold.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from singleton.categories import BUILTIN_CATEGORIES, Category, load_categories
from singleton.errors import UserError
from singleton.extract.core import Extractor
from singleton.extract.normalize import entity_key, parse_date, parse_iso, truncate_iso
from singleton.extract.resolve import compatible, strip_disambiguator

PROPERTIES: dict[str, str] = {
    "P569": "birth_date",
    "P570": "death_date",
    "P19": "birth_place",
    "P20": "death_place",
    "P571": "founding_date",
    "P112": "founder",
    "P26": "spouse",
    "P50": "author",
    "P577": "publication_date",
    "P159": "headquarters",
    "P36": "capital",
    "P69": "educated_at",
}


def _scores(gold: int, predicted: int, correct: int) -> dict[str, Any]:
    p = correct / predicted if predicted else 0.0
    r = correct / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "gold": gold,
        "predicted": predicted,
        "correct": correct,
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(f, 4),
    }


def _max_matching(n_pred: int, n_gold: int, ok: Callable[[int, int], bool]) -> int:
    """Size of a maximum bipartite matching (augmenting paths; the sets are tiny)."""
    adj = [[g for g in range(n_gold) if ok(p, g)] for p in range(n_pred)]
    match_g: dict[int, int] = {}

    def augment(p: int, seen: set[int]) -> bool:
        for g in adj[p]:
            if g in seen:
                continue
            seen.add(g)
            if g not in match_g or augment(match_g[g], seen):
                match_g[g] = p
                return True
        return False

    return sum(augment(p, set()) for p in range(n_pred))


def date_matches(pred_value: str, gold_text: str) -> bool:
    """A predicted ISO value matches a gold date as written, at the gold's precision.

    Gold mentions with stray punctuation ("February 23 , 1968 )", "1952-") are cleaned; a gold
    mention spanning a range ("1903–1952") matches either end.
    """
    p = parse_iso(pred_value)
    if p is None:
        return False
    cleaned = gold_text.strip().strip("()[],;. -–—")
    options = [cleaned] + [x for x in re.split(r"\s*[–—-]\s*", cleaned) if x != cleaned]
    for option in options:
        g = parse_date(option)
        if g is None or p.precision < g.precision:
            continue
        if truncate_iso(pred_value, g.precision) == truncate_iso(g.iso(), g.precision):
            return True
    return False


_REALM_KEY = re.compile(r"^(.*\s(?:[ivx]{1,4}))\sof\s.*$")


def without_realm(key: str) -> str:
    """A monarch's key without the realm: "gustav iii of sweden" -> "gustav iii". Re-DocRED
    writes the one person either way ("Gustav III" in one document, "Philip V of Spain" in
    another), as the text does; the extractor keeps the realm the text gives."""
    return _REALM_KEY.sub(r"\1", key)


def _unchanged(key: str) -> str:
    return key


class _Scorer:
    def __init__(self, categories: Sequence[Category]) -> None:
        self.cats = {c.name: c for c in categories}
        self.gold: dict[str, int] = defaultdict(int)
        self.pred: dict[str, int] = defaultdict(int)
        self.correct: dict[str, int] = defaultdict(int)

    def add(
        self,
        cat: str,
        preds: Sequence[tuple[str, str]],
        golds: Sequence[tuple[set[str], list[str]]],
    ) -> None:
        """preds: (subject key, value); golds: (subject keys, tail mention names)."""
        c = self.cats[cat]
        # person keys are compared without a monarch's realm (see without_realm); the gold's
        # keys are made once here, not in every test of the matching
        subject_form = without_realm if c.subject_kind == "person" else _unchanged
        value_form = without_realm if c.value_kind == "person" else _unchanged
        gold_subjects = [{subject_form(k) for k in keys} for keys, _ in golds]
        gold_values = [
            {value_form(entity_key(t, c.value_kind)) for t in tails}
            for _, tails in golds
            if c.value_kind != "date"
        ]
        pred_subjects = [subject_form(subj) for subj, _ in preds]

        def ok(pi: int, gi: int) -> bool:
            if pred_subjects[pi] not in gold_subjects[gi]:
                return False
            value = preds[pi][1]
            if c.value_kind == "date":
                return any(date_matches(value, t) for t in golds[gi][1])
            return value_form(value) in gold_values[gi]

        self.gold[cat] += len(golds)
        self.pred[cat] += len(preds)
        self.correct[cat] += _max_matching(len(preds), len(golds), ok)

    def result(self) -> dict[str, Any]:
        cats = {n: _scores(self.gold[n], self.pred[n], self.correct[n]) for n in self.cats}
        micro = _scores(
            sum(self.gold.values()), sum(self.pred.values()), sum(self.correct.values())
        )
        return {"categories": cats, "micro": micro}


def _eval_categories(categories: Sequence[Category] | Sequence[str] | None) -> list[Category]:
    if categories is None:
        return [BUILTIN_CATEGORIES[n] for n in PROPERTIES.values()]
    cats = list(categories)
    if all(isinstance(c, str) for c in cats):
        cats = load_categories(cats)  # type: ignore[arg-type]
    known = set(PROPERTIES.values())
    bad = [c.name for c in cats if c.name not in known]  # type: ignore[union-attr]
    if bad:
        raise UserError(
            f"no Re-DocRED gold for categor{'y' if len(bad) == 1 else 'ies'} {', '.join(bad)} "
            f"(evaluable: {', '.join(PROPERTIES.values())})"
        )
    return cats  # type: ignore[return-value]


def _load_redocred(path: str | Path) -> list[dict[str, Any]]:
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UserError(f"{p}: no such file") from None
    except (OSError, UnicodeDecodeError) as e:
        raise UserError(f"{p}: cannot read: {e}") from None
    except json.JSONDecodeError as e:
        raise UserError(f"{p}: not valid JSON ({e.msg} at line {e.lineno})") from None
    if not isinstance(data, list):
        raise UserError(f"{p}: expected a JSON list of Re-DocRED documents")
    for i, d in enumerate(data):
        if not isinstance(d, dict) or not all(k in d for k in ("sents", "vertexSet", "labels")):
            raise UserError(
                f"{p}: document {i + 1} is not in Re-DocRED format "
                "(needs 'sents', 'vertexSet' and 'labels')"
            )
    return data


_ENDS_SENTENCE = re.compile(r"(?:[.!?;:\"'”]|[.!?]\s?\))$")


def redocred_text(doc: dict[str, Any]) -> str:
    """Tokens joined with spaces; sentences with a space, or a newline after a sentence that
    does not end in punctuation (a list item or heading is a line of its own in real text). A
    closing parenthesis ends a sentence only after a full stop ("( … 2007 . )"): "Kerstin
    Thorborg ( May 19 , 1896 - April 12 , 1970 )" is a line of its own, before "Born in …"."""
    parts: list[str] = []
    for s in doc["sents"]:
        if parts:
            parts.append(" " if _ENDS_SENTENCE.search(parts[-1]) else "\n")
        parts.append(" ".join(s))
    return "".join(parts)


def evaluate_redocred(
    path: str | Path,
    categories: Sequence[Category] | Sequence[str] | None = None,
    spacy_model: str | None = None,
) -> dict[str, Any]:
    """Precision / recall / F1 per category on a Re-DocRED-format file (see module docstring)."""
    docs = _load_redocred(path)
    cats = _eval_categories(categories)
    by_name = {c.name: c for c in cats}
    extractor = Extractor(cats, spacy_model=spacy_model)
    scorer = _Scorer(cats)
    try:
        for d in docs:
            _score_doc(d, extractor, by_name, scorer)
    except (KeyError, TypeError, IndexError, AttributeError) as e:
        raise UserError(f"{path}: malformed Re-DocRED document ({type(e).__name__}: {e})") from None
    return scorer.result()


def _score_doc(
    d: dict[str, Any], extractor: Extractor, cats: dict[str, Category], scorer: _Scorer
) -> None:
    title = d.get("title") or None
    text = redocred_text(d)
    table = extractor.extract([text], ["doc"], [title])
    preds: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for cat, subj, value in zip(
        table.column("category").to_pylist(),
        table.column("subject").to_pylist(),
        table.column("value").to_pylist(),
        strict=True,
    ):
        preds[cat].add((subj, value))
    main = strip_disambiguator(title) if title else ""
    golds: dict[str, set[tuple[int, int]]] = defaultdict(set)
    for lab in d["labels"]:
        cat = PROPERTIES.get(lab["r"])
        if cat in cats:
            golds[cat].add((lab["h"], lab["t"]))
    vs = d["vertexSet"]
    for cat, c in cats.items():
        gl = []
        seen: set[tuple] = set()
        for h, t in sorted(golds.get(cat, ())):
            names = _mention_names(vs[h])
            if c.subject_kind == "work":
                names += _without_maker(names)
            keys = {entity_key(n, c.subject_kind) for n in names}
            is_main = bool(main) and any(
                entity_key(n, c.subject_kind) == entity_key(main, c.subject_kind)
                or (c.subject_kind == "person" and compatible(n, main))
                for n in names
            )
            if is_main:
                keys.add(entity_key(main, "person"))
                keys.add(entity_key(main, c.subject_kind))
            tails = _mention_names(vs[t])
            if (
                main
                and c.value_kind == "person"
                and any(
                    compatible(n, main) or entity_key(n, "person") == entity_key(main, "person")
                    for n in tails
                )
            ):
                # a person value that refers to the document's subject (spouse, founder) is
                # counted under the resolved title, as a subject is
                tails = [*tails, main]
            if c.value_kind == "place":
                # Re-DocRED marks "Washington , D.C." as two mentions of one place, "Washington"
                # and "D.C.": the name they make together is also that place's name
                tails = [*tails, *(f"{a}, {b}" for a in tails for b in tails if a != b)]
            # Re-DocRED sometimes splits one entity in two ("Manon" / "Manon Balletti"): the
            # same fact about the same subject is one gold fact, as it is one counted fact.
            head_id = ("main",) if is_main else tuple(sorted(keys))
            ident = (head_id, _value_identity(tails, c.value_kind))
            if ident in seen:
                continue
            seen.add(ident)
            gl.append((keys, tails))
        scorer.add(cat, sorted(preds.get(cat, ())), gl)


def _mention_names(entity: Sequence[dict[str, Any]]) -> list[str]:
    """The names of an entity's mentions, and the name two of them make where they stand side
    by side: Re-DocRED's sentence splitter cuts "the American writer K.C. Constantine" after
    "K.C." and marks "K.C." and "Constantine" as two mentions of one person."""
    names = [m["name"] for m in entity]
    for a in entity:
        for b in entity:
            ga, gb = a.get("global_pos"), b.get("global_pos")
            if ga and gb and a is not b and ga[1] + 1 == gb[0]:
                names.append(f"{a['name']} {b['name']}")
    return names


# a work's maker in the possessive before its title: "Alfred Hitchcock 's Frenzy", "E. L.
# Doctorow 's Ragtime"
_MAKER_POSSESSIVE = re.compile(r"^(?:[A-Z][\w.-]*\s){0,3}[A-Z][\w.-]*\s?['’]s?\s(?=[A-Z\d])")


def _without_maker(names: Sequence[str]) -> list[str]:
    """The titles of work mentions written with their maker: Re-DocRED marks "Alfred Hitchcock
    's Frenzy ( 1972 )" as one mention of the film, whose title (and the extractor's subject) is
    "Frenzy"."""
    return [name[m.end() :] for name in names if (m := _MAKER_POSSESSIVE.match(name))]


def _value_identity(tails: Sequence[str], kind: str) -> tuple:
    if kind == "date":
        parsed = [parse_date(t.strip().strip("()[],;. -–—")) for t in tails]
        best = max((p for p in parsed if p), key=lambda p: p.precision, default=None)
        if best is not None:
            return ("date", best.iso().rstrip("~"))
    return tuple(sorted({entity_key(t, kind) for t in tails}))


# --- WikiBio -----------------------------------------------------------------------------

_WB_FIELD = re.compile(r"^([a-z_]+?)(?:_(\d+))?:(.*)$")
_LOWER_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "and",
        "or",
        "but",
        "is",
        "was",
        "are",
        "were",
        "be",
        "been",
        "being",
        "as",
        "who",
        "which",
        "that",
        "this",
        "these",
        "those",
        "he",
        "she",
        "it",
        "they",
        "his",
        "her",
        "its",
        "their",
        "him",
        "them",
        "born",
        "died",
        "known",
        "best",
        "also",
        "former",
        "professional",
        "player",
        "politician",
        "actor",
        "actress",
        "singer",
        "writer",
        "footballer",
        "american",
        "english",
        "british",
        "french",
        "german",
        "canadian",
        "australian",
        "is",
        "an",
        "was",
        "who",
        "served",
        "played",
        "plays",
        "currently",
        "retired",
        "her",
        "his",
        "from",
        "until",
        "since",
        "during",
        "after",
        "before",
        ",",
        ".",
        "(",
        ")",
        ";",
        ":",
        "-",
        "--",
        "'",
        "''",
        "``",
        "&",
        "age",
        "aged",
        "c.",
        "ca.",
        "circa",
        "approx",
        "about",
        "around",
        "near",
    ]
)


def _truecase(tokens: Iterable[str]) -> str:
    """Restore capitals in WikiBio's lower-cased text well enough for the name/place blocks."""
    out = []
    for t in tokens:
        t = {"-lrb-": "(", "-rrb-": ")", "``": '"', "''": '"'}.get(t, t)
        if t in _LOWER_WORDS or not t[:1].isalpha():
            out.append(t)
        else:
            out.append(t[:1].upper() + t[1:])
    return " ".join(out)


def _wikibio_box(line: str) -> dict[str, str]:
    fields: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for item in line.rstrip("\n").split("\t"):
        m = _WB_FIELD.match(item)
        if not m or m.group(3) == "<none>":
            continue
        fields[m.group(1)].append((int(m.group(2) or 1), m.group(3)))
    return {
        k: " ".join({"-lrb-": "(", "-rrb-": ")"}.get(t, t) for _, t in sorted(v))
        for k, v in fields.items()
    }


def evaluate_wikibio(directory: str | Path, spacy_model: str | None = None) -> dict[str, Any]:
    """Birth date and birthplace from each ``*.summary`` sentence against its ``*.box``.

    WikiBio text is lower-cased and tokenised; capitals are restored heuristically
    (:func:`_truecase`) and the article title is the subject. Gold values that do not parse as
    a date are skipped. Same dict shape as :func:`evaluate_redocred`.
    """
    from singleton.extract.patterns import DATE

    d = Path(directory)
    boxes = sorted(d.glob("*.box"))
    if not boxes:
        raise UserError(f"{d}: no *.box files (expected a WikiBio directory)")
    cats = [BUILTIN_CATEGORIES["birth_date"], BUILTIN_CATEGORIES["birth_place"]]
    extractor = Extractor(cats, spacy_model=spacy_model)
    scorer = _Scorer(cats)
    date_rx = re.compile(DATE)
    for box_path in boxes:
        summ_path = box_path.with_suffix(".summary")
        try:
            box_lines = box_path.read_text(encoding="utf-8").splitlines()
            summ_lines = summ_path.read_text(encoding="utf-8").splitlines()
        except OSError as e:
            raise UserError(f"{summ_path}: cannot read: {e}") from None
        if len(box_lines) != len(summ_lines):
            raise UserError(
                f"{box_path}: {len(box_lines)} records but {summ_path.name} has {len(summ_lines)}"
            )
        for box_line, summ in zip(box_lines, summ_lines, strict=True):
            box = _wikibio_box(box_line)
            title = box.get("article_title") or box.get("name") or ""
            title = _truecase(title.split())
            text = _truecase(summ.split())
            table = extractor.extract([text], ["doc"], [title])
            main_key = entity_key(title, "person")
            for cat in cats:
                preds = {
                    (s, v)
                    for c, s, v in zip(
                        table.column("category").to_pylist(),
                        table.column("subject").to_pylist(),
                        table.column("value").to_pylist(),
                        strict=True,
                    )
                    if c == cat.name
                }
                golds = []
                raw = box.get(cat.name)
                if raw:
                    if cat.value_kind == "date":
                        m = date_rx.search(_truecase(raw.split()))
                        if m is not None and parse_date(m.group(0)):
                            golds.append(({main_key}, [m.group(0)]))
                    else:
                        golds.append(({main_key}, [_truecase(raw.split())]))
                scorer.add(cat.name, sorted(preds), golds)
    return scorer.result()
