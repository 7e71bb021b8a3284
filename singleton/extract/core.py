"""The extractor: prefilter -> candidate sentences -> patterns -> normalise -> resolve -> rows."""

from __future__ import annotations

import hashlib
import re
import threading
from collections.abc import Iterator, Sequence
from functools import cache
from pathlib import Path
from re import _parser as _sre_parser  # type: ignore[attr-defined]
from typing import TYPE_CHECKING, Any, NamedTuple

from singleton.categories import BASED_DASH, WORD_START, Category, load_categories
from singleton.errors import UserError
from singleton.extract import patterns as _patterns
from singleton.extract import regex_cache
from singleton.extract.normalize import (
    TITLE_STARTS,
    TRADES,
    canonical_key,
    entity_key,
    is_styled_surname,
    normalize_date,
    parse_date,
)
from singleton.extract.patterns import (
    _MONTH_WORD,
    _SLOT_GROUP,
    _TOKEN,
    MACROS,
    OPENERS,
    STYLES,
    anchor_plan,
    compile_pattern,
    strip_name_openers,
)
from singleton.extract.prefilter import Candidate, Prefilter
from singleton.extract.resolve import (
    BLOOD_RELATIVES,
    BODY_WORD,
    KIN_POSSESSIVE,
    PEERAGES,
    RELATIVE_ORDINALS,
    DocResolver,
    name_tokens,
)

if TYPE_CHECKING:
    import pyarrow as pa

# the next name of a list after a value: "A, B and C", "A and B", "A & B" (at most four more;
# compiled with the patterns, through the on-disk cache)
_NEXT_NAME = rf"\s?(?:,\s?(?:and\s|&\s)?|\s(?:and|&)\s)(?P<name>{_patterns.NAME})"
_MAX_LIST = 4
# the "and" that makes names after commas a list ("A, B and C", "A, B, and other partners")
_AND_SEPARATOR = re.compile(r",?\s?(?:and|und|&)\s")
_MAX_ITEMS = 12  # the list items read after one match (a filmography's sentence)
# a monarch's regnal name: a style, one given name and a numeral ("Emperor Michael III"; not
# "Pope Innocent X (1574-1655)" or "Samuel II (1852–1910)", whose years are lives)
_REGNAL = re.compile(
    r"(?:(?:Byzantine|Roman|Holy)\s)*(?:Emperor|Empress|King|Queen|Shah|Sultan|Tsar|Czar|Caliph|"
    r"Khan|Pharaoh)\s[A-Z][a-z]+\s(?:[IVX]{1,5})$"
)
_YEARS_ONLY = re.compile(r"\(\s?(\d{3,4})\s?[–—-]\s?(\d{3,4})$")
# offices both styled before a name and held "of" a place: "Governor Rick Perry", "Governor of
# Texas"
_HIGH_OFFICES = r"President|Prime\sMinister|Premier|Chancellor|Governor|Mayor|Bishop|Archbishop"
# an office's style before a name: its years are a term when too short for a life ("Senator
# Barbara Boxer (1992-2010)", "American President Franklin D. Roosevelt (1932–1945)", "ordained
# by Bishop John Armstrong (1727-1739)"; not "Pope Innocent X (1574-1655)")
_OFFICE_STYLE = re.compile(
    r"\b(?:" + _HIGH_OFFICES + r"|Senator|Congressman|Congresswoman|Pope|Speaker)"
    r"(?:\s[A-Z][\w.'’-]*){1,4}$"
)
_SHORTEST_LIFE_IN_OFFICE = 25  # years
# an office, a see or a body "of" a place right before a name: the name's first word is the
# place ("Prime Minister of Italy Benedetto Cairoli", "Archbishop of Canterbury William Temple",
# "the University of Copenhagen Poul Vinding"), and a name of two words is the place alone
# ("Bishop of San Miniato (1662–1680)", "the Cathedral of Burgo de Osma (1986-1998)")
_OFFICE_OF_BEFORE = re.compile(
    r"\b(?:" + _HIGH_OFFICES + r"|Minister|president|(?:Arch)?[Bb]ishop|Lord|Admiral|"
    r"[Ee]ditor(?:-in-[Cc]hief)?|University|Cathedral|Church)\sof\s(?:the\s)?$"
)
_OFFICE_OF_CHARS = len("Editor-in-Chief of the ")  # the longest text it matches
# a peerage after one given name makes it the holder's full name: "Francis, Duke of Guise
# (1519–1563)" is not the "Francis II of France" named earlier
_PEERAGE_AFTER = re.compile(
    r",\s(?:" + PEERAGES + r"|Cardinal)\sof\s[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2}"
)
_OFFICE = re.compile(
    r"\b(?:President|Vice|CEO|Chairman|Chairwoman|Director|Treasurer|Secretary|Manager|Editor|"
    r"Founder|Co-founder|Chief|Head|Member|Council|Ltd|Inc|Films|Records|Pictures|Group)\b"
)

# Bump whenever the rows extract() returns for the same input may change.
EXTRACTOR_VERSION = "1.233.0"

SNIPPET_CHARS = 200
_WS = re.compile(r"\s+")
# where a body is based, before its name: "London-based SCL Group"
_BASED_PREFIX = re.compile(r"^.*" + BASED_DASH + r"\s?based\s+(?=\S)")
# "in Pittsburgh, " right before a name: the name goes on with the place
_PLACE_GOES_ON = re.compile(
    WORD_START + r"(?:in|at|near|from)\s(?:the\s)?[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3},\s$"
)
# a body's part set off before the body's name: "the Faculty of Agriculture and Forestry,
# University of Melbourne was created in 1973" is the faculty's founding, not the university's
_PART_OF_BODY_BEFORE = re.compile(
    WORD_START + r"(?:Faculty|School|Department|Division|Institute|Centre|Center|College)\sof"
    r"(?:\s(?:(?:and|of|the|for|&)\s)?[A-Z][\w'’.-]*){1,6},\s$"
)
# "his"/"her" right before a statement that names no subject ("his degree at …"), or as its
# first word ("His wife, Catherine Coulson": whose wife, for the check of the subject's gender)
_POSSESSIVE_BEFORE = re.compile(WORD_START + r"([Hh]is|[Hh]er)\s$")
_POSSESSIVE_FIRST = re.compile(r"([Hh]is|[Hh]er)(?![\w'’-])")
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w.'’-]*\s$")
_HE_OR_SHE = re.compile(r"\b(?:he|she)\b")
_CAPITALISED_WORD = re.compile(r"(?<![\w'’-])[^\W\d_a-z][\w'’-]*")
# a sentence whose subject is a relative: "His first grandson, Dr. T. Nelson Baker, III, earned
# a Ph.D. in chemistry from Cornell University" is not about the document's person
_RELATIVE_OPENING = r"(?:His|Her|Their)\s(?:(?:" + RELATIVE_ORDINALS + r")\s)?"
_RELATIVE_FIRST = re.compile(
    _RELATIVE_OPENING + r"(?:" + BLOOD_RELATIVES
    + r"|children|sons|daughters|brothers|sisters|parents|grandchildren)\b[^;]*$"
)
# the one relative such a sentence opens with, and the name set off after the word for the kin
# ("His father, George Williams Kirkby, was migrating … with his second wife, …"): a later
# "his"/"her" of the relative's gender is the relative's
_RELATIVE_NAMED_FIRST = re.compile(
    _RELATIVE_OPENING + r"(?P<kin>" + BLOOD_RELATIVES
    + r")(?:,\s(?P<name>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){1,4}),\s)?"
)


def _names_main_person(text: str, resolver: DocResolver) -> bool:
    """Whether ``text`` names the document's person, as "he"/"she" or by the bare surname ("His
    father became Consul General in Rome, where Redden spent much of his youth"; not a
    relative's full name, "Her father, Robert Rhoads, is")."""
    main = resolver.main("person")
    if main is None:
        return False
    if _HE_OR_SHE.search(text) is not None:
        return True
    surname = _main_surname(resolver)
    return any(
        canonical_key(at.group()) == surname
        and not _CAPITALISED_BEFORE.search(text, 0, at.start())
        for at in _CAPITALISED_WORD.finditer(text)
    )


def _main_surname(resolver: DocResolver) -> str:
    """The last word of the document's person's name, past a generational suffix or a regnal
    number ("Thomas Nelson Baker Sr.": baker); "" when the document names no one."""
    key = resolver.main_key or ""
    return (name_tokens(key) or key.split() or [""])[-1]


def _about_a_relative(sentence: str, end: int, resolver: DocResolver) -> bool:
    """Whether ``sentence``, up to ``end``, opens with a relative (``_RELATIVE_FIRST``) and does
    not name the document's person again (``_names_main_person``)."""
    return _RELATIVE_FIRST.match(sentence, 0, end) is not None and not _names_main_person(
        sentence[:end], resolver
    )


# what follows an owner's possessive, not a name's own "'s": its founder or headquarters, or a
# lower-case word that is no verb ("Biomin's first subsidiary")
_NO_OWNED_WORD = r"is|was|were|are|has|had|and|or"  # what a possessive's "s" does not own
_AFTER_POSSESSIVE = re.compile(
    r"\s(?:(?P<owned>(?:(?:co-?)?founders?|headquarters|head\s?office|main\s?office)\b)|"
    r"(?!(?:" + _NO_OWNED_WORD + r")\b)(?=[a-z]))"
)
# a lower-case word after a value's possessive that is no verb, conjunction or preposition:
# the value owns it ("Zambia's second largest city", "Halifax's north end")
_OWNED_NEXT = re.compile(
    r"\s(?!(?:" + _NO_OWNED_WORD + r"|at|in|on|of|from|to|with|by|for)\b)[a-z]"
)
# a country's capital named after it: "Born in UK capital London", "Born in Ghanaian capital
# city of Accra" (the place is the city)
_CAPITAL_NAMED_NEXT = re.compile(
    r"\s(?:state\s|national\s|provincial\s|regional\s)?capital(?:\scity)?(?:\sof)?\s"
    r"(?P<place>" + MACROS["PLACE"] + r")"
)
# a people's adjective before a common noun names no body or place: "the founder of Soviet
# military cybernetics", "she founded the Panamanian branch of TESOL", "the capital of the
# Spanish colonial government" ("Hibernian, a club", "founded Masan in the 1990s" are bodies,
# as is one right before its founder: "Xobni co-founder A")
_PEOPLE_ADJ = r"[A-Z][a-z]+(?:an|ish|ese|ic)"
_PEOPLES_ADJECTIVE = re.compile(rf"(?:{_PEOPLE_ADJ}|Soviet)\s?")
# one or more joined: "African-American"
_PEOPLES_ADJECTIVES = re.compile(rf"{_PEOPLE_ADJ}(?:-{_PEOPLE_ADJ})*")
# nouns for people, besides the trades: "a Bolivian woman", "African-American professionals"
_PEOPLE_NOUNS = TRADES | {
    "woman", "man", "women", "men", "people", "professional", "immigrant", "settler",
    "scientist", "scholar", "businessmen", "girl", "boy", "lady",
}  # fmt: skip
# a noun for people after (at most two describing words): "woman", "dancer", "professionals"
_PERSON_NOUN_NEXT = re.compile(
    r"\s(?:(?!(?:is|was|are|were|has|had|have|and|or|the|an?|his|her|who|as)\s)[a-z-]+\s){0,2}?"
    r"(?:" + "|".join(sorted(_PEOPLE_NOUNS)) + r")s?(?![\w-])"
)
# the person "in his"/"in her" refers to when the clause names one before it: "reached by Evelyn
# Juers in her 2012 book "The Recluse"", "Katō Naoki documented the massacre in his book …",
# "As Wiranto recounted in his memoir" are theirs, not the document's person's (a name of one
# word only after "As": "reporting from Afghanistan, which is chronicled in his book" names a
# place; quoted titles name no one)
_OWNER_BEFORE_IN = (
    r"(?P<owner>" + _patterns.NAME + r")"
    r"(?:\s?,)?(?:\s(?:[a-z][\w'’-]*|,)){0,8}?\s?,?\sin\s$"
)
_CLAUSE_START = re.compile(r"^(?:.*[;:]\s)?", re.DOTALL)
_QUOTED = re.compile(r"[\"“][^\"“”]{0,120}[\"”]")
# a lower-case word for someone's trade before a name: "art critic", "folklorist", "writer"
_TRADE_WORD = (
    r"[a-z]+(?:ist|ian|ic)|editor|explorer|professor|lecturer|researcher|reporter|"
    + "|".join(sorted(_PEOPLE_NOUNS))
)
# the person named right after the work in a sentence that opens "In his book …": "In his book
# "Wonderful Life", Stephen Jay Gould claims", "In his book, "On the Air: …", radio historian
# John Dunning described" are theirs, not the document's; the name is the clause's subject (a
# verb or a colon next), after at most a trade ("In his latest book, "…", published by Harvard
# University Press, Robin claims" names no press)
_IN_AT_START = re.compile(r"\s*In\s")
_OWNER_AFTER_WORK = (
    r"[\"”]?\s?,?\s(?:(?:the\s)?(?:[a-z][\w-]*\s){0,3}?(?:" + _TRADE_WORD + r")\s)?"
    r"(?P<owner>" + _patterns.NAME + r")(?=\s[a-z]|:)"
)
# where the owner of "in his"/"in her" stands as the clause's subject or agent: at its start,
# after a comma, "by", "According to", a relative word or a trade ("by Evelyn Juers", "art
# critic Morse Peckham"); not an object ("who advocated Polish Native Faith in his book", "to
# visit the tomb of Shaykh Awbube, in his book")
_OWNER_PLACE = re.compile(
    r"(?:^|^As|,|\bby|\b[Aa]ccording\sto|\b(?:that|who|which|until|when|while|and|but)|"
    r"\b(?:" + _TRADE_WORD + r"))\s*$"
)
# (a name's last word: "described by Romanian Historian in his book"; not by suffix, which
# surnames share: Petrović, Sebastian)
_TRADE_NOUNS = _PEOPLE_NOUNS | {
    "historian", "critic", "editor", "folklorist", "biographer", "botanist", "naturalist",
    "explorer", "theologian", "philosopher", "archaeologist", "anthropologist",
}  # fmt: skip
# the kinds whose names are never one letter (a work's title may be: Suzuki's book "S")
_NAMED_KINDS = ("organization", "place")
# a value of a trade and a people's adjectives, or of trades, is no one's name: "established …
# by Jewish-German Sinologist (1882–1964)" (the name is missing), "married Bavarian-immigrant
# and American diplomat Oscar Straus", "his" read as *The Sydney Morning Herald Best Young
# Australian Novelists* (a surname may be a trade's word: "Grace L. Painter")
_WORD_PARTS = re.compile(r"[\s-]+")
_SCHOLAR_END = re.compile(r"(?:olog|ograph)(?:ist|er)$")


def _without_main_name_after(text: str, sep: str, resolver: DocResolver) -> str:
    """``text`` without its last ``sep``-separated part when that part is (part of) the
    document's main name: the sentence's subject that a place ran on into."""
    head, found, last = text.rpartition(sep)
    return head if found and head and resolver.within_main_name(canonical_key(last)) else text


def _names_a_trade(text: str) -> bool:
    *before, last = _WORD_PARTS.split(text.strip().lower())
    if last.endswith("s") and last[:-1] in _TRADE_NOUNS:
        return True
    return (last in _TRADE_NOUNS or _SCHOLAR_END.search(last) is not None) and all(
        _PEOPLES_ADJECTIVES.fullmatch(w.capitalize()) for w in before
    )


_COMMON_NOUN_NEXT = re.compile(
    r"\s(?!(?:in|on|at|as|by|for|from|to|of|with|and|or|but|is|was|were|are|has|had|have|"
    r"which|that|who|since|until|when|where|after|before|(?:co-?)?founders?|headquarters|"
    # (a verb: "Kazakhstan became an independent country in 1991" is no Kazakh thing)
    r"based|became|gained|achieved|won|declared)\b)[a-z]"
)
# (a place's name may end as a people's adjective does: "the capital of Michigan state")
_KIND_OF_PLACE_NEXT = re.compile(
    r"\s(?:state|province|region|district|territory|county|city|prefecture|oblast)\b"
)
# a place's name or a period's right after these ("the churches at New Shoreham (c 1120-1150)";
# "during the rule of the Emperor Justinian (527-565)", a period named after a ruler)
_PLACE_OR_PERIOD_BEFORE = re.compile(
    WORD_START + r"(?:at|in|near|(?:rule|reign|era|period)\sof)\s(?:the\s)?$"
)
_PLACE_OR_PERIOD_CHARS = len("period of the ")  # the longest text it matches
# a name that the article "the" may stand before: styled ("the Reverend Jón Arason", "the
# Shunzhi Emperor", "the Abbé Victor Godefroy") or written with initials
_MORE_STYLES = (
    "abbé abbe imperial blessed venerable infante infanta earl marquess marquis baron baroness "
    "viscount viscountess baronet crown grand dalai lama khan emir caliph maharaja raja rajah "
    "nawab"
)
_STYLED_OR_INITIALLED = re.compile(
    r"\b(?:[A-Z]\.|(?i:"
    + "|".join(sorted(TITLE_STARTS | {s.lower() for s in STYLES} | set(_MORE_STYLES.split())))
    + r")\b)"
)
_NAME_OF_BEFORE = re.compile(r"[A-Z][\w.'’-]*\s(?:of|de)\s(?:the\s)?$")
# a law founds bodies but is no founder: "established in November 2013 by Public Law 2013-23",
# "established in 1965 by the Airports Authority Act 1965" ("Jude Law" is someone)
_LEGAL_INSTRUMENT = re.compile(
    r"\b(?:Act|Decree|Statute|Ordinance|Proclamation|Edict)\b|^(?:The\s)?(?:Public|Federal)\sLaw\b"
)
_INITIALS_ONLY = re.compile(r"(?:[A-Z]\.\s?)+")
_DIGIT = re.compile(r"\d")
# a bare number below 1000 is a count or an age where a plural noun, a unit or "were/are"
# follows it ("launched in 125 locations", "the first in 110 years", "100 m runner-up", "killed
# and 973 were injured", "(160-180 shots)" for both ends) or "at", "age (of)" precedes it ("died
# in Boston at 104", "died in Paris at age 101"); a broken day before a month ("born 118 June
# 1989"); and a name's number after a capitalised word or a title's quote ("Fever 333 released",
# "Highway 101's", "the "Billboard" 200"), but for a sentence's opening preposition ("In 349,
# Maximin died") and an era ("AD 379"); nor a year of one or two digits glued to its era ("4AD")
_SMALL_YEAR = re.compile(r"(?:(?:c\.|ca\.|circa|about|around)\s?)?\d{1,3}")
_COUNTED = re.compile(
    r"\s?(?:(?!(?:afterwards|towards|always|perhaps|besides|whereas|unless|across|thus)\b)"
    r"[a-z]{3,}s|people|men|women|children|m|km|cm|mm|kg|ft|mi|miles|were|are)(?![\w-])"
)
_AGE_BEFORE = re.compile(r"(?:" + WORD_START + r"at|age|age\sof|aged)\s$")
_MONTH_AFTER = re.compile(rf"\s{_MONTH_WORD}\b")
_NAME_BEFORE = re.compile(
    r"(?:(?<![\w'’.-])(?!(?:In|On|At|By|From|Since|Until|Till|After|Before|Around|About|Circa|"
    r"Ca|AD|CE|BC|BCE|Born|Died|Between|During|Of|And)\s)[A-Z][\w'’-]*|[\"”])\s?$"
)
_GLUED_SMALL_ERA = re.compile(r"\d{1,2}(?:AD|BC|CE)")

# spaCy entity labels that can be a subject or value of a kind (NER backend only)
_NER_LABELS: dict[str, frozenset[str]] = {
    "person": frozenset({"PERSON"}),
    "organization": frozenset({"ORG", "FAC", "GPE", "NORP"}),
    "place": frozenset({"GPE", "LOC", "FAC"}),
    "work": frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "ORG", "LAW"}),
    "date": frozenset({"DATE", "CARDINAL"}),
}


def _snippet(text: str, start: int, end: int, lo: int, hi: int) -> str:
    """At most SNIPPET_CHARS of context around [start, end), inside the sentence [lo, hi)."""
    if end - start >= SNIPPET_CHARS:
        s, e = start, start + SNIPPET_CHARS
    else:
        pad = (SNIPPET_CHARS - (end - start)) // 2
        s = max(lo, start - pad)
        e = min(hi, end + pad)
        if e - s > SNIPPET_CHARS:
            e = s + SNIPPET_CHARS
    return _WS.sub(" ", text[s:e]).strip()


_TWO_DIGITS = re.compile(r"\d\d")
_LIFE_YEARS = (10, 120)  # the shortest and the longest span read as a life
# … and the shortest with a two-digit end: written so, a span is more often a term than a life
# ("Scrap Metal (1983–95)", "the Center for Analysis of Developing Economies (1982–95)")
_SHORT_END_LIFE = 20
_GENERATION = 15  # years between two births that cannot be one person's


def _not_a_small_year(m: re.Match[str]) -> bool:
    """Whether the value of ``m``, a bare number below 1000, is a count, an age, a broken day
    or a name's number rather than a year (see ``_SMALL_YEAR``)."""
    text, start, end = m.string, m.start("value"), m.end("value")
    span_end = m.end("end") if "end" in m.re.groupindex and m.group("end") else end
    return bool(
        _COUNTED.match(text, end)
        or _COUNTED.match(text, span_end)
        or _AGE_BEFORE.search(text, max(0, start - 8), start)
        or _MONTH_AFTER.match(text, end)
        or _NAME_BEFORE.search(text, max(0, start - 40), start)
    )


def _life_years(start: str, end: str) -> tuple[int, int] | None:
    """The years of the dates ``start`` and ``end`` when they can be a life's (a tenure, a
    season or a reign cannot). None when either is no date, or the span is no life's. An end
    year of two digits is read in the start's century ("( 1820 – 88 )": 1820 to 1888)."""
    ps = parse_date(start)
    if ps is None:
        return None
    end = end.strip()
    shortest = _LIFE_YEARS[0]
    if _TWO_DIGITS.fullmatch(end):
        end_year = _full_end_year(ps.year, end)
        shortest = _SHORT_END_LIFE
    else:
        pe = parse_date(end)
        if pe is None:
            return None
        end_year = pe.year
    return (ps.year, end_year) if shortest <= end_year - ps.year <= _LIFE_YEARS[1] else None


def _full_end_year(start_year: int, end: str) -> int:
    """The year a range's two-digit end ``end`` stands for after ``start_year``: the first
    year from ``start_year`` on that ends in those digits ("1820 – 88": 1888, "1890 – 05":
    1905)."""
    year = start_year - start_year % 100 + int(end)
    return year if year >= start_year else year + 100


def _same_surname(name: str, resolver: DocResolver) -> bool:
    """Whether ``name`` ends with the document's person's surname (``_main_surname``: in
    *Thomas Nelson Baker Sr.* "T. N. Baker" does, and "Baker Sr." too)."""
    surname = _main_surname(resolver)
    return bool(surname) and (name_tokens(name) or [""])[-1] == surname


class Extractor:
    """Extracts fact mentions for a fixed set of categories. Build once, call many times."""

    def __init__(
        self,
        categories: Sequence[Category] | Sequence[str] | None = None,
        spacy_model: str | None = None,
    ) -> None:
        self.categories: list[Category] = _as_categories(categories)
        self.prefilter = Prefilter(self.categories)
        self.compiled: list[list[re.Pattern[str]]] = [
            [compile_pattern(p) for p in c.patterns] for c in self.categories
        ]
        # per category: (pattern, needs "(", needs a digit, any-of literal sets, anchor checks,
        # lead width)
        self.plans: list[list[tuple[re.Pattern[str], bool, bool, tuple, Any, Any]]] = [
            [(rx, *_pattern_needs(p), *_plan(p)) for rx, p in zip(comp, c.patterns)]
            for c, comp in zip(self.categories, self.compiled, strict=True)
        ]
        self._flat: dict[tuple, tuple[tuple, ...]] = {}
        # each category's value cues, value stops and subject-not-after regexes, one regex each
        self.value_cues = [_any_of(c.value_cues) for c in self.categories]
        self.joined_values = [_JoinedValues(c.value_cues) if c.value_cues else None
                              for c in self.categories]  # fmt: skip
        self.value_stop = [_any_of(c.value_stop, "^(?:", r")\b") for c in self.categories]
        self.subject_not_after = [_any_of(c.subject_not_after) for c in self.categories]
        self.next_name = regex_cache.cached_compile(_NEXT_NAME)
        self.owner_before_in = regex_cache.cached_compile(_OWNER_BEFORE_IN)
        self.owner_after_work = regex_cache.cached_compile(_OWNER_AFTER_WORK)
        self.list_item = [
            compile_pattern(c.list_item) if c.list_item else None for c in self.categories
        ]
        self.spacy_model = spacy_model
        self.nlp: Any = _load_spacy(spacy_model) if spacy_model else None
        regex_cache.save()  # the next process skips the parse (see regex_cache)
        regex_cache.release()

    # --- public -------------------------------------------------------------------------
    def extract(
        self,
        texts: Sequence[str],
        doc_ids: Sequence[str],
        titles: Sequence[str | None] | None = None,
    ) -> pa.Table:
        """:meth:`extract_rows` as an Arrow table with ``MENTION_SCHEMA``."""
        from singleton.mentions import MENTION_SCHEMA, mentions_table  # see extract_rows

        return mentions_table(self.extract_rows(texts, doc_ids, titles), MENTION_SCHEMA)

    def extract_rows(
        self,
        texts: Sequence[str],
        doc_ids: Sequence[str],
        titles: Sequence[str | None] | None = None,
    ) -> list[tuple]:
        """Mention rows (``MENTION_SCHEMA`` column order) of a batch of documents, in order.

        Plain tuples: a worker process that only extracts never imports pyarrow (nor the
        pandas pyarrow imports on its first ``pa.array``)."""
        if len(texts) != len(doc_ids):
            raise ValueError("texts and doc_ids must have the same length")
        if titles is not None and len(titles) != len(texts):
            raise ValueError("titles must have the same length as texts")
        rows: list[tuple] = []
        for i, text in enumerate(texts):
            if not text or not isinstance(text, str):
                continue
            title = titles[i] if titles is not None else None
            rows.extend(self.extract_doc(text, str(doc_ids[i]), title))
        return rows

    def extract_doc(self, text: str, doc_id: str, title: str | None = None) -> list[tuple]:
        """Mention rows (in MENTION_SCHEMA column order) for one document."""
        resolver: DocResolver | None = None
        rows: list[tuple] = []
        seen: set[tuple] = set()
        dedup_keys: list[tuple] = []  # each row's (category, subject, value, sentence)
        ner_doc = None
        ner_idx = -1
        # value spans stated of a named (and resolved) subject, and the rows that read the
        # same value as stated of a pronoun or of no written subject (the main entity):
        # "Angus continued … until his murder in 1490" is Angus's, "Johan Angell and his
        # wife Marie" Johan's
        named_values: dict[tuple[int, int, int], set[str]] = {}
        pronoun_rows: list[tuple[int, tuple[int, int, int], str]] = []
        spans: dict[tuple, _Span] = {}  # a life span's rows: see _namesakes
        for ci_idx, cand, sent, ci, m in self.matches(text):
            if resolver is None:  # built on the first match: most documents never need one
                resolver = DocResolver(title if isinstance(title, str) else None, text)
            cat = self.categories[ci]
            cs = cand.start
            found = self._mention(cat, ci, m, resolver, cs)
            if found is None:
                # a lone word the resolver cannot place may only stand before the name: "in
                # Cambridge, Lucinda Suzanne Wright (born 1965)" is tried again after it
                retry = self._past_lone_subject(m, sent, resolver)
                if retry is not None:
                    m = retry
                    found = self._mention(cat, ci, m, resolver, cs)
            subj_group = m.group("subj") if "subj" in m.re.groupindex else None
            value_span = (ci, cs + m.start("value"), cs + m.end("value"))
            by_pronoun = subj_group is None or resolver.is_pronoun(subj_group)
            if not by_pronoun:
                if found is not None:
                    named_values.setdefault(value_span, set()).add(found[0][1])
                elif m.start("subj") > 0 and not _INITIALS_ONLY.fullmatch(subj_group.strip()):
                    # a name that cannot be counted still says whose the value is, and it is
                    # not the main entity's: "John Morden of Suffield and his wife J", "the
                    # Royal Swedish Opera, and his wife F" (a sentence's first word is no name:
                    # "Coincidentally, his wife, C"; nor are bare initials: "Henry Ball, D.D.")
                    named_values.setdefault(value_span, set())
            if found is None:
                continue
            if self.nlp is not None:  # the optional NER backend: matched candidates only
                if ner_idx != ci_idx:
                    ner_doc, ner_idx = self.nlp(sent), ci_idx
                if not self._ner_ok(ner_doc, cat, m):
                    continue
            span = _life_span_of(m, cs) if subj_group is not None else None  # see _namesakes
            for subj_text, subj_key, value, value_text in found:
                # (one row a fact and sentence; a row the pronoun rule below drops does not
                # stand in for the same fact read at another span: "studied … at the
                # University of Rostock and University of Tübingen" after "in Rostock")
                dedup = (cat.name, subj_key, value, ci_idx)
                if (dedup, value_span) in seen:
                    continue
                seen.add((dedup, value_span))
                dedup_keys.append(dedup)
                if by_pronoun:
                    pronoun_rows.append((len(rows), value_span, found[0][1]))
                s = cs + m.start()
                e = cs + m.end()
                row = (
                    cat.name,
                    subj_key,
                    subj_text,
                    value,
                    value_text,
                    doc_id,
                    s,
                    e,
                    _snippet(text, s, e, cs, cand.end),
                )
                rows.append(row)
                if span is not None:
                    spans[row] = span
        if pronoun_rows:
            # dropped only when the named subject is someone else: "Wenger and his wife Susan"
            # in *Albert Wenger* is read both ways, and both are Albert Wenger's
            drop = {
                i
                for i, span, subject in pronoun_rows
                if span in named_values and subject not in named_values[span]
            }
            if drop:
                rows = [r for i, r in enumerate(rows) if i not in drop]
                dedup_keys = [k for i, k in enumerate(dedup_keys) if i not in drop]
        if len(rows) > len(set(dedup_keys)):
            kept: set[tuple] = set()
            rows = [r for r, k in zip(rows, dedup_keys) if not (k in kept or kept.add(k))]
        # (two births under one key may be a parent's and a child's, with no life span)
        if spans or sum(r[0] == "birth_date" for r in rows) > 1:
            rows = _namesakes(rows, spans)
        return _drop_imprecise(rows)

    @staticmethod
    def _past_lone_subject(
        m: re.Match[str], sent: str, resolver: DocResolver
    ) -> re.Match[str] | None:
        """The pattern's next match after ``m``'s subject when that subject is one written word
        (no pronoun): the match to try when the word could not be placed."""
        subj = m.group("subj") if "subj" in m.re.groupindex else None
        if not subj or resolver.is_pronoun(subj) or " " in subj.strip():
            return None
        return m.re.search(sent, m.end("subj"))

    def matches(
        self, text: str, cands: list[Candidate] | None = None
    ) -> Iterator[tuple[int, Candidate, str, int, re.Match[str]]]:
        """(candidate index, candidate, its sentence, category index, match) for every match
        of every pattern on the document's candidate sentences, in the order rows are made.

        Each pattern runs only where cheap tests pass: the sentence has a "(" if the pattern
        needs one and a digit if it needs one (a date: 46 % of candidate sentences have no
        three-digit number), one of its required literals, and its anchor (the pattern from
        its first literal-led mandatory part on) matches somewhere; the full regex then starts
        no earlier than the anchor allows (see :func:`.patterns.anchor_plan`).
        """
        if cands is None:
            cands = self.prefilter.candidates(text)
        flat = self._flat
        has_digit = _DIGIT.search
        for ci_idx, cand in enumerate(cands):
            sent = text[cand.start : cand.end]
            # the patterns to try depend on the categories and on these two features only,
            # so each combination's list is built once
            key = (cand.categories, cand.word_categories, "(" in sent, has_digit(sent) is not None)
            steps = flat.get(key)
            if steps is None:
                steps = flat[key] = self._steps(*key)
            for ci, rx, word_sets, checks, lead in steps:
                missing = False
                for words in word_sets:  # one literal of each set must occur
                    for w in words:
                        if w in sent:
                            break
                    else:
                        missing = True
                        break
                if missing:
                    continue
                pos = 0
                if checks:
                    am = None
                    for check in checks:  # the first anchor's test comes last
                        am = check.search(sent)
                        if am is None:
                            break
                    if am is None:
                        continue  # a part every match needs is absent: no match
                    if lead is not None:  # no match starts before the anchor's lead
                        pos = max(0, am.start() - lead)
                for m in rx.finditer(sent, pos):
                    yield ci_idx, cand, sent, ci, m

    def _steps(
        self,
        cats: frozenset[int],
        word_cats: frozenset[int] | None = None,
        has_paren: bool = True,
        has_digit: bool = True,
    ) -> tuple[tuple, ...]:
        """The patterns to try on a candidate of these categories, in category order: of a
        category with no trigger word in the candidate (only "(" + year), those that need a
        "(" (``word_cats`` None: every category has a trigger word); none that needs a "(" or
        a digit the candidate lacks."""
        return tuple(
            (ci, rx, word_sets, checks, lead)
            for ci in sorted(cats)
            for rx, paren, digit, word_sets, checks, lead in self.plans[ci]
            if (paren or word_cats is None or ci in word_cats)
            and (has_paren or not paren)
            and (has_digit or not digit)
        )

    # --- internals ----------------------------------------------------------------------
    def _mention(
        self, cat: Category, ci: int, m: re.Match[str], resolver: DocResolver, offset: int
    ) -> list[tuple[str, str, str, str]] | None:
        gd = m.groupdict()
        value_text = gd.get("value")
        if not value_text:
            return None
        value_text = value_text.strip()
        kind = cat.value_kind
        if kind == "date":
            value = self._date_value(value_text, gd.get("start"), gd.get("end"), m)
            if value is None:
                return None
        elif self.value_stop[ci] is not None and self.value_stop[ci].match(value_text):
            return None
        elif gd.get("start") and gd.get("end") and _life_years(gd["start"], gd["end"]) is None:
            return None  # a place in a span's parenthesis: the span must be a life's
        elif kind == "person":
            if _PEOPLES_ADJECTIVES.fullmatch(value_text) and _PERSON_NOUN_NEXT.match(
                m.string, m.end("value")
            ):
                # a people's adjective before a common noun is nobody's name: "formed by
                # African-American professionals", "married a Bolivian woman"
                return None
            if value_text.lower() in ("his", "her"):
                clause = _CLAUSE_START.match(m.string, 0, m.start("value")).end()
                owner = self._owner_named_before(m.string[clause : m.start("value")], resolver)
                if (
                    owner is None
                    and gd.get("subj")
                    and _IN_AT_START.fullmatch(m.string, clause, m.start("value"))
                ):
                    after = self.owner_after_work.match(m.string, m.end("subj"))
                    # (the document's person by initials: "A.I. Kitov" in *Anatoly Kitov*)
                    if after is not None and not _same_surname(after.group("owner"), resolver):
                        owner = after.group("owner")
                if owner is not None:
                    value_text = owner  # "… reached by Evelyn Juers in her 2012 book"
            person = self._person_value(
                value_text, resolver, offset + m.start("value"), cat.subject_kind == "person"
            )
            if person is None:
                return None
            value_text, value = person
        more_values: list[str] = []
        if kind not in ("date", "person"):
            if value_text.endswith(("'s", "’s")) and _OWNED_NEXT.match(m.string, m.end("value")):
                # the value owns what follows, and is keyed without the possessive: "born in
                # Zambia's second largest city", "a graduate of the University of Madrid's
                # medical school" ("St. Andrew's." and "Cabela's, would" keep theirs)
                value_text = value_text[:-2]
            cues = self.value_cues[ci]
            if cues is not None:
                if not cues.search(value_text):
                    return None
                value_text, *more_values = self.joined_values[ci].split(value_text)
            capital = _CAPITAL_NAMED_NEXT.match(m.string, m.end("value")) if kind == "place" else None
            if capital is not None:
                # (and the subject's name after it: "… capital city of Accra Mensah grew up")
                value_text = _without_main_name_after(capital.group("place"), " ", resolver)
            if kind == "place" and cat.subject_kind == "person":
                # the sentence's subject after a leading place is no part of it: "Born in
                # Chicago, Illinois, Loehle received …" (the key, the first part, is the same)
                value_text = _without_main_name_after(value_text, ", ", resolver)
            value = entity_key(value_text, kind)
        if not value:
            return None
        subj = gd.get("subj")
        if subj and cat.subject_kind == "person":
            subj = strip_name_openers(subj.strip(), m.string, m.start("subj"))
            if subj.endswith(("'s", "’s")):
                subj = subj[:-2]  # "After Oscar Wilde's death on 30 November 1900": his
        elif subj and cat.subject_kind == "organization" and "based" in subj:
            # where a body is based is no part of its name: "London-based SCL Group"
            subj = _BASED_PREFIX.sub("", subj)
        subj_pos = offset + m.start("subj") if subj else -1
        not_after = self.subject_not_after[ci]
        if (
            subj
            and not_after is not None
            and not_after.match(resolver.text, subj_pos)
            and not resolver.continues_title(subj.strip(), subj_pos)
        ):
            return None  # "the monument to Karl Marx was opened": not Karl Marx's opening
        after_office = bool(
            subj
            and cat.subject_kind == "person"
            and _OFFICE_OF_BEFORE.search(
                m.string, max(0, m.start("subj") - _OFFICE_OF_CHARS), m.start("subj")
            )
        )
        if after_office:
            place, _, subj = subj.partition(" ")
            if " " not in subj or not subj[:1].isupper():
                return None
            subj_pos += len(place) + 1
        elif subj and cat.subject_kind == "person" and " " not in subj.strip():
            peerage = _PEERAGE_AFTER.match(m.string, m.end("subj"))
            if peerage is not None:
                subj = subj.strip() + peerage.group()
        if (
            subj
            and cat.subject_kind == "organization"
            and _PLACE_GOES_ON.search(m.string, max(0, m.start("subj") - 60), m.start("subj"))
        ):
            # the rest of a place is no body: "a … band based in Sacramento, California,
            # formed in 2017" tells of what is based there, read as "it" (the document's body)
            subj, subj_pos = "it", -1
        if (
            subj
            and cat.subject_kind == "organization"
            and _PART_OF_BODY_BEFORE.search(
                m.string, max(0, m.start("subj") - 80), m.start("subj")
            )
        ):
            return None
        if (
            subj
            and cat.subject_kind in ("organization", "place")
            and " " not in subj.strip()
            and _PEOPLES_ADJECTIVE.fullmatch(subj)
            and _COMMON_NOUN_NEXT.match(m.string, m.end("subj"))
            and not (
                cat.subject_kind == "place" and _KIND_OF_PLACE_NEXT.match(m.string, m.end("subj"))
            )
        ):
            return None
        if subj and cat.subject_kind != "person" and subj.rstrip().endswith(("'s", "’s")):
            # a possessive names an owner: "Estonia's capital" is Estonia's, "Vero's founder A"
            # Vero's founder, "Acme's headquarters" Acme's; "she founded Henan's first girls'
            # school" is the school's founding; a name that ends in "'s" is followed by its verb
            # or a stop ("Hodmedod's is", "Cabela's, would")
            after = _AFTER_POSSESSIVE.match(m.string, m.end("subj"))
            if cat.subject_kind == "place" or (after is not None and after.group("owned")):
                subj = subj.rstrip()[:-2]
            elif after is not None:
                return None
        if not subj and cat.subject_kind == "person":
            # "so he could finish his degree at …" in a woman's article: the possessive right
            # before a statement with no subject says whose it is
            owner = _POSSESSIVE_BEFORE.search(
                m.string, max(0, m.start() - 4), m.start()
            ) or _POSSESSIVE_FIRST.match(m.string, m.start())
            if owner is not None:
                subj = owner.group(1)
                kin = _RELATIVE_NAMED_FIRST.match(m.string)
                if (
                    kin is not None
                    and KIN_POSSESSIVE.get(kin.group("kin"), subj) == subj
                    and _about_a_relative(m.string, owner.start(), resolver)
                ):
                    if kin.group("name") is None:
                        return None  # "His father … with his second wife": nobody named
                    subj, subj_pos = kin.group("name"), offset + kin.start("name")
            elif _about_a_relative(m.string, m.start(), resolver):
                return None
        r = resolver.resolve(subj.strip() if subj else None, cat.subject_kind, subj_pos)
        if r is None:
            return None
        subj_text, subj_key = r
        if (
            cat.subject_kind == "person"
            and gd.get("subj")
            and resolver.styled_as_other_gender(gd["subj"], subj_key)
        ):
            return None  # "Lady Fell died on 2 March 2015" in *Michael Fell*: his wife's
        if "main" in m.re.groupindex:
            # a pattern whose subject is any words at the start of a sentence: only the
            # document's own title counts
            main = resolver.main(cat.subject_kind)
            if main is None or subj_key != main[1]:
                return None
        if subj_key == value and subj and cat.subject_kind == "person":
            # "President Polk's wife Sarah Childress Polk": the surname alone named her, so
            # the styled name stands as written
            as_written = canonical_key(subj.strip())
            if is_styled_surname(as_written):
                subj_text, subj_key = subj.strip(), as_written
        if not subj_key or subj_key == value:
            return None
        if (len(subj_key) == 1 and cat.subject_kind in _NAMED_KINDS) or (
            len(value) == 1 and kind in _NAMED_KINDS
        ):
            # a lone letter is a longer name cut short: "born in the U.K.", "Congress
            # established the D.C.", "co-founder of J&L Books", "Galatasaray S.K. B is"
            return None
        if kind == "date" and cat.subject_kind == "person" and subj:
            # a body's span is no life, in its own article too: "The Woman's Literary Club of
            # Baltimore (1890-1941)" ("Joan Bou Company (born 16 January 1997)" is a cyclist)
            if BODY_WORD.search(subj_text) and not (
                subj_key == resolver.main_key and resolver.may_be_person()
            ):
                return None
            # nor is a place's or a period's: "the churches at New Shoreham (c 1120-1150)",
            # "Slavery in the United States (1776 - 1886)", "the rule of the Emperor Justinian"
            named_at = m.start("subj") if gd.get("subj") else -1
            if named_at >= 0 and _PLACE_OR_PERIOD_BEFORE.search(
                m.string, max(0, named_at - _PLACE_OR_PERIOD_CHARS), named_at
            ):
                return None
            # nor is a thing's that "the" names: "it subsumed the Kimba Dispatch (2 September
            # 1927 - 9 May 1941)", "the Royal York Crescent (1791–1820)"; a person after "the"
            # is styled or written with initials ("the Reverend Wells Bushnell (1799–1863)",
            # "the E. F. Sanguinetti (1867–1945) House")
            if (
                named_at >= 4
                and m.string[named_at - 4 : named_at] in ("the ", "The ")
                and not _STYLED_OR_INITIALLED.search(gd["subj"])
            ):
                return None
        if (
            kind == "date"
            and subj
            and (gd.get("start") or gd.get("end"))
            and subj_key != resolver.main_key
            and (years := _YEARS_ONLY.search(m.group(0))) is not None
        ):
            # "the son of Byzantine Emperor Basil I ( 867–886)", "the reign of Safavid king Abbas
            # I (1588–1629)": past its own article, a regnal name's years are its reign, and an
            # office holder's short span is a term
            named = (max(0, m.start("subj") - 30), m.end("subj"))
            if _REGNAL.search(m.string, *named) or (
                int(years.group(2)) - int(years.group(1)) < _SHORTEST_LIFE_IN_OFFICE
                and (after_office or _OFFICE_STYLE.search(m.string, *named))
            ):
                return None
        out = [(subj_text, subj_key, value, value_text)]
        out += [(subj_text, subj_key, entity_key(v, kind), v) for v in more_values]
        if cat.value_list and kind == "person":
            # "founded by A, B and C": each name of the list is a value
            # (full names only, and no office or institution: "BeLeave Treasurer Shahmir Sanni")
            stop = self.value_stop[ci]
            run = list(_run_of(self.next_name, m.string, m.end("value"), _MAX_LIST))
            if run and not (
                any(_AND_SEPARATOR.match(more.group(0)) for more in run)
                or _AND_SEPARATOR.match(m.string, run[-1].end())
            ):
                # names after commas and no "and" are no list: "the play "Little is my grave" by
                # Biljana Srbljanović, Danilo Ilić in the play …" (a role); but "by A, B, and
                # other partners" is
                run = []
            for more in run:
                name = strip_name_openers(more.group("name"), m.string, more.start("name"))
                key = canonical_key(name)
                if (
                    len(key.split()) >= 2
                    and key != subj_key
                    and not _OFFICE.search(name)
                    and not (stop is not None and stop.match(name))
                ):
                    out.append((subj_text, subj_key, key, name))
        if self.list_item[ci] is not None:
            out += self._list_items(cat, self.list_item[ci], m, resolver, offset, out[0])
        if cat.symmetric and kind == cat.subject_kind:
            out.append((value_text, value, subj_key, subj_text))
        return out

    def _list_items(
        self,
        cat: Category,
        item: re.Pattern[str],
        m: re.Match[str],
        resolver: DocResolver,
        offset: int,
        first: tuple[str, str, str, str],
    ) -> list[tuple[str, str, str, str]]:
        """The facts of the list items right after ``m`` (the category's ``list_item``); an
        item whose value is empty (``{VALUE:SAME}``, or an optional value group that took no
        part: an item without its own maker) has the value of ``first``, the match's, and one
        whose subject is empty (``{SUBJ:SAME}``: "married twice, first to A and then to B")
        the match's subject. A person value is read as the match's is (a pronoun resolved, a
        lone name by the full name it ends), and a symmetric category's item gives its
        reverse too."""
        out = []
        for more in _run_of(item, m.string, m.end(), _MAX_ITEMS):
            value_text = (more.group("value") or "").strip()
            if not value_text:
                value, value_text = first[2], first[3]
            elif cat.value_kind == "date":
                value = self._date_value(value_text, None, None, more)
            elif cat.value_kind == "person" and cat.subject_kind == "person":
                person = self._person_value(
                    value_text, resolver, offset + more.start("value"), person_only=True
                )
                if person is None:
                    continue
                value_text, value = person
            else:
                value = entity_key(value_text, cat.value_kind)
            subj = more.group("subj").strip()
            if subj:
                r = resolver.resolve(subj, cat.subject_kind, offset + more.start("subj"))
            else:
                r = first[0], first[1]
            if value and r is not None and r[1] and r[1] != value:
                out.append((r[0], r[1], value, value_text))
                if cat.symmetric and cat.value_kind == cat.subject_kind:
                    out.append((value_text, value, r[1], r[0]))
        return out

    def _owner_named_before(self, clause: str, resolver: DocResolver) -> str | None:
        """The person other than the document's that ``clause`` (the words before a
        mid-sentence "his"/"her") names in "X … in": the possessive is X's."""
        bare = _QUOTED.sub(" x ", clause)
        found = self.owner_before_in.search(bare)
        if found is None:
            return None
        name = strip_name_openers(found.group("owner"), bare, found.start("owner"))
        key = canonical_key(name) if name else ""
        if not key or resolver.within_main_name(key):
            return None
        # (one word is as often a noun or a pronoun, "Infidelity played a role in her fifth
        # novel", "She argued in her 2014 book": a name only after "As")
        before = bare[: found.end("owner") - len(name)].rstrip()
        if not _OWNER_PLACE.search(before) or key.rsplit(" ", 1)[-1] in _TRADE_NOUNS:
            return None  # an object, or a trade: "described by Romanian Historian in his book"
        if " " in key or (before == "As" and not OPENERS.fullmatch(name + " ")):
            return name
        return None

    @staticmethod
    def _person_value(
        text: str, resolver: DocResolver, pos: int, person_only: bool = False
    ) -> tuple[str, str] | None:
        """(value_text, key) of a person named as a value: a pronoun is the one it refers to,
        a lone name the earlier full name it ends (else None: ambiguous), and a trade is
        nobody ("founded by journalists"). ``person_only``: a name with a body's word is none
        (a spouse is a person; a founder may be a body)."""
        person = Extractor._person_named(text, resolver, pos, person_only)
        return None if person is None or _names_a_trade(person[0]) else person

    @staticmethod
    def _person_named(
        text: str, resolver: DocResolver, pos: int, person_only: bool
    ) -> tuple[str, str] | None:
        written, text = text, strip_name_openers(text, resolver.text or "", pos)
        if resolver.is_pronoun(text):
            return resolver.resolve(text, "person")
        if pos > 0 and _NAME_OF_BEFORE.search(resolver.text or "", max(0, pos - 40), pos):
            # the end of a longer name: "the Communist Party of Western Ukraine formed …",
            # "the former Commander of the Sri Lankan Navy was the founder of …"
            return None
        if person_only and BODY_WORD.search(text):
            return None  # "an executive officer of the US Geological Survey, whom she married"
        if _LEGAL_INSTRUMENT.search(text):
            return None
        if text.endswith(("'s", "’s")):
            return None  # "his wife, Jianqing's father": a possessive's owner is not the value
        key = canonical_key(text)
        if len(key.split()) < 2:
            found = resolver.resolve(text, "person", pos, given_names=False)
            if found is not None and resolver.styled_as_other_gender(written, found[1]):
                return None  # "Lady Bomanji founded …" in *Dhunjibhoy Bomanji*: his wife
            return found
        return text, key

    @staticmethod
    def _date_value(
        value_text: str, start: str | None, end: str | None, m: re.Match[str]
    ) -> str | None:
        if end is not None and start is None:
            start = value_text
        elif start is not None and end is None:
            end = value_text
        if start is not None and end is not None:
            years = _life_years(start, end)
            if years is None:
                return None
            if _TWO_DIGITS.fullmatch(value_text):
                value_text = str(years[1])  # the death year of "( 1820 – 88 )": 1888
        if _GLUED_SMALL_ERA.fullmatch(value_text) or (
            _SMALL_YEAR.fullmatch(value_text) and _not_a_small_year(m)
        ):
            return None
        return normalize_date(value_text)

    def _ner_ok(self, doc: Any, cat: Category, m: re.Match[str]) -> bool:
        """Reject a match whose subject or value the statistical NER types as something else."""
        for group, kind in (("subj", cat.subject_kind), ("value", cat.value_kind)):
            # dates are typed reliably by the date block; the model only vetoes names
            if m.groupdict().get(group) is None or kind not in _NER_LABELS or kind == "date":
                continue
            s, e = m.span(group)
            text = m.group(group).strip().lower()
            if text in ("he", "she", "it", "they", "his", "her", "its", "their"):
                continue
            labels = {ent.label_ for ent in doc.ents if ent.start_char < e and ent.end_char > s}
            if labels and not labels & _NER_LABELS[kind]:
                return False
        return True


# Building blocks expand to very large regular expressions, and parsing each pattern in full
# again cost ~2 CPU-seconds per process. Every block is a group, and a group's contribution to
# the mandatory literals depends only on the group itself; so the pattern is parsed with each
# block replaced by a one-character marker group, and each block is parsed once.
_MARK_BASE = 0xF0000  # plane-15 private-use characters: never in a real pattern
_MACRO_NAMES = tuple(MACROS)


def _run_of(rx: re.Pattern[str], text: str, pos: int, most: int) -> Iterator[re.Match[str]]:
    """Up to ``most`` matches of ``rx``, the first at ``pos`` and each where the last ended: the
    next items of a list ("A, B and C")."""
    for _ in range(most):
        m = rx.match(text, pos)
        if m is None:
            return
        pos = m.end()
        yield m


_FIELDS = (
    r"(?:Design|Technology|Sciences?|Arts?|Music|Drama|Dance|Engineering|Research|Economics|"
    r"Commerce|Industry|Crafts?|Management|Mathematics|Medicine|Law|Business|Theat(?:re|er)|"
    r"Film|Media|Agriculture|Health|Humanities|Letters|Philosophy|Education|Training|Applied|"
    r"Performing|Fine|Technical|Industrial|Mechanical|Graduate|Secondary|Junior|Senior|Higher)"
)


class _JoinedValues:
    """Splits a value that joins two institutions with "and" ("Eton College and Trinity
    College", "University of Missouri and Princeton University", "Oxford and Keble College"):
    the first part ends with a cue word or is a "CUE of Place" name, and one of the second
    part's first five capitalised words is a cue word. A name with an "and" of its own stays
    whole ("Franklin and Marshall College", "University of Science and Technology", "Institute
    of Architecture and Art of …"). A degree after the "and" is dropped ("Johns Hopkins
    University and PhD", "Yale University and an MFA")."""

    _AND = re.compile(r"\s(?:and|&)\s")
    _DEGREE = re.compile(
        r"(?:an?\s|(?:M|B|MA|MFA|MBA|MSc|BSc|BA|BS|MS|PhD|Ph\.?\s?D|LLB|LLM|Bachelor|Master|"
        r"Graduated|Diploma)(?![\w'’]))"
    )

    def __init__(self, cues: Sequence[str]) -> None:
        cue = f"(?:{_any_of(cues).pattern})(?![\\w'’])"
        word = r"(?:[A-Z][\w'’.-]*|\d{1,3})"
        self._left = re.compile(
            rf"(?:.*\s)?{cue}(?:\sNo\.\s?\d{{1,3}})?"
            rf"|(?:The\s)?(?:{word}\s){{0,3}}{cue}\sof\s(?:the\s)?{word}(?:\s{word}){{0,2}}"
        )
        # (not a field of study that continues the name: "Ontario College of Art and Design
        # University", "Wageningen University and Research Centre"; a saint's name starts
        # another: "Tonbridge School and St. Mary Hall")
        self._right = re.compile(
            rf"(?:[Tt]he\s)?(?!{_FIELDS}\b)(?:{word}\s){{0,4}}{cue}|St\.\s(?=[A-Z])"
        )

    def split(self, text: str) -> list[str]:
        """The institutions ``text`` names, in order (``[text]`` when it names one)."""
        for m in self._AND.finditer(text):
            left, right = text[: m.start()].strip(), text[m.end() :].strip()
            if not self._left.fullmatch(left):
                continue
            if self._DEGREE.match(right):
                return [left]
            if self._right.match(right):
                right = right[4:] if right[:4] in ("the ", "The ") else right
                return [left, *self.split(right)]
        return [text]


def _any_of(patterns: Sequence[str], before: str = "", after: str = "") -> re.Pattern[str] | None:
    """One regex matching any of ``patterns`` (between ``before`` and ``after``); None for none."""
    if not patterns:
        return None
    return re.compile(before + "|".join(f"(?:{p})" for p in patterns) + after)


def _marked(pattern: str) -> str:
    """``pattern`` with each ``{BLOCK}`` / ``{SLOT:BLOCK}`` replaced by a marker group."""

    def sub(m: re.Match[str]) -> str:
        slot, block = (m.group(1), m.group(2)) if m.group(2) else (None, m.group(1))
        mark = chr(_MARK_BASE + _MACRO_NAMES.index(block))
        return f"(?P<{_SLOT_GROUP[slot]}>{mark})" if slot else f"(?:{mark})"

    compile_pattern(pattern)  # validates blocks and slots first, with clear errors
    return _TOKEN.sub(sub, pattern)


@cache
def _block_mandatory(index: int) -> tuple[bool, list[set[str]]]:
    return _mandatory(list(_sre_parser.parse(f"(?:{MACROS[_MACRO_NAMES[index]]})")))


def _required_literal_sets(pattern: str) -> tuple[bool, tuple[tuple[str, ...], ...]]:
    """(needs "(", every any-of literal set) of ``pattern``, the longest literals first: a
    sentence must contain one literal of each set."""
    return _literal_sets(_parse_marked(pattern))


def _parse_marked(pattern: str) -> list:
    """The parse tree of ``pattern`` with each block a marker (see :func:`_marked`)."""
    return list(_sre_parser.parse(_marked(pattern)))


def _literal_sets(items: list) -> tuple[bool, tuple[tuple[str, ...], ...]]:
    needs_paren, sets = _mandatory(items)
    uniq = {tuple(sorted(st)) for st in sets}
    return needs_paren, tuple(sorted(uniq, key=lambda st: (-min(len(x) for x in st), st)))


# what a pattern's matches need is derived from its parse tree, kept on disk with the compiled
# code (parsing every pattern and block again cost ~0.35 CPU-s per process, which every worker
# pays at start-up); keyed by the sources of the derivation and of the blocks
_NEEDS_VERSION = (
    hashlib.blake2b(Path(__file__).read_bytes(), digest_size=8).hexdigest()
    + _patterns._PLAN_VERSION  # the blocks' source, already hashed for the anchor plans
)


def _pattern_needs(pattern: str) -> tuple[bool, bool, tuple[tuple[str, ...], ...]]:
    """(needs "(", needs a digit, any-of literal sets) of ``pattern``: see
    :func:`_required_literal_sets` and :func:`needs_digit`."""

    def derive() -> tuple[bool, bool, tuple[tuple[str, ...], ...]]:
        items = _parse_marked(pattern)  # one parse for both analyses
        paren, sets = _literal_sets(items)
        return paren, _items_need_digit(items), sets

    paren, digit, sets = regex_cache.memo(f"pattern_needs/{_NEEDS_VERSION}", pattern, derive)
    return paren, digit, tuple(tuple(words) for words in sets)


@cache
def _block_needs_digit(index: int) -> bool:
    return _items_need_digit(list(_sre_parser.parse(f"(?:{MACROS[_MACRO_NAMES[index]]})")))


def needs_digit(pattern: str) -> bool:
    """Whether every match of ``pattern`` consumes or asserts a digit (a date or year
    value does): then a sentence without a digit (``\\d``) cannot match it."""
    return _items_need_digit(_parse_marked(pattern))


def _items_need_digit(items: list) -> bool:
    """Whether the parsed sequence ``items`` can only match where a digit is: one of its
    mandatory items is a digit, a digit-only class, a group or repeat (at least once) that
    needs one, a branch whose every alternative needs one, or a positive lookaround on one."""
    return any(_item_needs_digit(op, av) for op, av in items)


def _item_needs_digit(op: Any, av: Any) -> bool:
    from re import _constants as c  # type: ignore[attr-defined]

    if op is c.LITERAL and _MARK_BASE <= av < _MARK_BASE + len(_MACRO_NAMES):
        return _block_needs_digit(av - _MARK_BASE)
    if op is c.LITERAL:
        return chr(av).isdigit()
    if op is c.IN:
        return bool(av) and all(_digit_only(o, a) for o, a in av)
    if op is c.SUBPATTERN:
        if _is_marker(av[3]):
            return _block_needs_digit(av[3][0][1] - _MARK_BASE)
        return _items_need_digit(list(av[3]))
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        return av[0] >= 1 and _items_need_digit(list(av[2]))
    if op is c.BRANCH:
        return all(_items_need_digit(list(alt)) for alt in av[1])
    if op is c.ASSERT:  # (?=…) / (?<=…): the digit is in the searched sentence too
        return _items_need_digit(list(av[1]))
    return False


def _digit_only(op: Any, av: Any) -> bool:
    """Whether one member of a character class matches digits only."""
    from re import _constants as c  # type: ignore[attr-defined]

    if op is c.LITERAL:
        return chr(av).isdigit()
    if op is c.RANGE:
        return ord("0") <= av[0] <= av[1] <= ord("9")
    return op is c.CATEGORY and av is c.CATEGORY_DIGIT


def _mandatory(items: list) -> tuple[bool, list[set[str]]]:
    from re import _constants as c  # type: ignore[attr-defined]

    paren = False
    sets: list[set[str]] = []
    run: list[str] = []

    def flush() -> None:
        if len(run) >= 3:
            sets.append({"".join(run)})
        run.clear()

    for op, av in items:
        if op is c.LITERAL and _MARK_BASE <= av < _MARK_BASE + len(_MACRO_NAMES):
            flush()  # a block's marker: the parser inlines "(?:marker)" to a bare literal
            p, s = _block_mandatory(av - _MARK_BASE)
            paren, sets = paren or p, sets + s
            continue
        if op is c.LITERAL:
            ch = chr(av)
            paren = paren or ch == "("
            run.append(ch)
            continue
        flush()
        if op is c.SUBPATTERN and _is_marker(av[3]):
            p, s = _block_mandatory(av[3][0][1] - _MARK_BASE)
            paren, sets = paren or p, sets + s
        elif op is c.SUBPATTERN:
            p, s = _mandatory(list(av[3]))
            paren, sets = paren or p, sets + s
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
            p, s = _mandatory(list(av[2]))
            paren, sets = paren or p, sets + s
        elif op is c.BRANCH:
            alts = []
            for alt in av[1]:
                _, s = _mandatory(list(alt))
                if not s:
                    alts = []
                    break
                alts.append(max(s, key=lambda st: min(len(x) for x in st)))
            if alts and all(len(a) == 1 for a in alts):
                sets.append({next(iter(a)) for a in alts})
    flush()
    return paren, sets


def _is_marker(items: Any) -> bool:
    from re import _constants as c  # type: ignore[attr-defined]

    return (
        len(items) == 1
        and items[0][0] is c.LITERAL
        and _MARK_BASE <= items[0][1] < _MARK_BASE + len(_MACRO_NAMES)
    )


def _plan(pattern: str) -> tuple[tuple[re.Pattern[str], ...], int | None]:
    p = anchor_plan(pattern)
    return p.checks, p.lead


def _drop_imprecise(rows: list[tuple]) -> list[tuple]:
    """Within one statement, drop a date that is a less precise reading of another one.

    "( born March 28 , 1973 , Youngstown )" can also be read as "1973" by a looser pattern;
    the same subject cannot have both, and the precise reading is the one meant.
    """
    if len(rows) < 2:
        return rows
    by_stmt: dict[tuple, list[str]] = {}
    for r in rows:
        by_stmt.setdefault((r[0], r[1], r[6]), []).append(r[3])
    out = []
    for r in rows:
        values = by_stmt[(r[0], r[1], r[6])]
        v = r[3].rstrip("~")
        if (
            len(values) > 1
            and _ISO_LIKE.match(v)
            and any(o != r[3] and o.rstrip("~").startswith(v + "-") for o in values)
        ):
            continue
        out.append(r)
    return out


_ISO_LIKE = re.compile(r"^-?\d{4}(?:-\d{2})?$")


class _Span(NamedTuple):
    """A life span in parentheses after a name: where it starts, its two years, the name."""

    start: int
    from_year: int
    to_year: int
    written: str


def _life_span_of(m: re.Match[str], offset: int) -> _Span | None:
    """The life span a birth or death match reads ("Georg Jacob Decker (1732–1799)"), if any:
    the birth patterns' value and ``end``, the death patterns' ``start`` and value."""
    groups = m.re.groupindex
    if "end" in groups and m.group("end"):
        first, last = "value", "end"
    elif "start" in groups and m.group("start"):
        first, last = "start", "value"
    else:
        return None
    years = _life_years(m.group(first), m.group(last))
    if years is None:
        return None
    return _Span(offset + m.start(first), *years, m.group("subj"))


def _namesakes(rows: list[tuple], spans: dict[tuple, _Span]) -> list[tuple]:
    """A later life span under the same subject that agrees in neither year with the first one
    stated is a namesake's: "His father was Joseph Desmazes (1746–1842)" in *Joseph Desmazes*
    (1806–1882), "a grand-uncle, also named Giorgio (1708-1759)". Its rows go under the name as
    written when that is a full name of its own ("Georg Jacob Decker (1732–1799)" in *Georg
    Decker*, 1596–1661), and are dropped when it is the same name or a part of it ("also called
    Oliver Le Neve (c.1600 - 1678)", read as "Le Neve"): one key cannot hold both lives. (One
    year that differs is a source's doubt, not another person.) A birth or death date stated
    alone is dropped when it cannot be of that first life, or a birth of the person whose birth
    was stated first under the subject (``_outside_life``)."""
    first: dict[str, _Span] = {}
    for row, span in sorted(spans.items(), key=lambda item: item[1].start):
        first.setdefault(row[1], span)
    first_birth: dict[str, int] = {}  # the year of the first birth stated under each subject
    for row in rows:
        year = _row_year(row)
        if row[0] == "birth_date" and year is not None:
            first_birth.setdefault(row[1], year)
    out = []
    for row in rows:
        span = spans.get(row)
        if span is None:
            if not _outside_life(row, first.get(row[1]), first_birth.get(row[1])):
                out.append(row)
            continue
        known = first.get(row[1])
        if (
            known is None
            or span.start == known.start
            or span.from_year == known.from_year
            or span.to_year == known.to_year
        ):
            out.append(row)
            continue
        written = strip_name_openers(span.written.strip())
        key = canonical_key(written)
        if len(key.split()) >= 2 and not set(key.split()) <= set(row[1].split()):
            out.append((row[0], key, written, *row[3:]))
    return out


def _outside_life(row: tuple, known: _Span | None, first_birth: int | None = None) -> bool:
    """Whether a birth or death date stated alone cannot be of the life ``known``, the first
    span stated under the same subject, or of the person whose birth was stated first
    (``first_birth``, the year):

    * a birth fifteen years or more from that first birth (a child's or a parent's: "they have
      three children, Sam (b. 1975)" after "Salvatore "Sam" Tarascio (born 22 June 1944)"), or
      after the life's end ("They had two sons, Claude (born 1936) and John (born 1938)" after
      "John Wade Anthony (1862–1907)");
    * a death more than a year from the life's end (a wife's, a parent's: "She died in 1980"
      in *Sargent Kahanamoku*, 1910–1993; "Her brother … upon his death in 1879" in *Thomas
      Russell Gerry*, 1794–1848).

    A nearer birth is a source's doubt ("analysts estimated he was born in 1977" of a man born
    in 1979), as is a death a year off. Without a life span a lone death has nothing to be
    measured by: the first death stated may be a parent's."""
    y = _row_year(row) if row[0] in ("birth_date", "death_date") else None
    if y is None:
        return False
    if row[0] == "death_date":
        return known is not None and abs(y - known.to_year) > 1
    born = known.from_year if known is not None else first_birth
    return born is not None and (
        abs(y - born) >= _GENERATION or known is not None and y > known.to_year
    )


def _row_year(row: tuple) -> int | None:
    """The year of a date row's value (its ISO form's first four digits), if it has one."""
    year = row[3][:4]
    return int(year) if year.isdigit() else None


def _as_categories(categories: Sequence[Category] | Sequence[str] | None) -> list[Category]:
    if categories is None:
        return load_categories()
    cats = list(categories)
    if all(isinstance(c, Category) for c in cats):
        return cats  # type: ignore[return-value]
    if all(isinstance(c, str) for c in cats):
        return load_categories(cats)  # type: ignore[arg-type]
    raise TypeError("categories must be Category objects or category names")


def _load_spacy(name: str) -> Any:
    import spacy

    try:
        return spacy.load(name, disable=["lemmatizer", "parser", "tagger", "attribute_ruler"])
    except OSError:
        raise UserError(
            f"spaCy model '{name}' is not installed: run `python -m spacy download {name}` "
            "(e.g. en_core_web_sm) or `pip install singleton[ner]`"
        ) from None


_CACHE: dict[tuple, Extractor] = {}
_LOCK = threading.Lock()


def get_extractor(
    categories: Sequence[Category] | Sequence[str] | None = None, spacy_model: str | None = None
) -> Extractor:
    """The process-wide Extractor for a category set (built once per process)."""
    cats = tuple(_as_categories(categories))
    key = (cats, spacy_model)
    ex = _CACHE.get(key)
    if ex is None:
        with _LOCK:
            ex = _CACHE.get(key)
            if ex is None:
                ex = Extractor(list(cats), spacy_model=spacy_model)
                _CACHE[key] = ex
    return ex


def extract(
    texts: Sequence[str],
    doc_ids: Sequence[str],
    categories: Sequence[Category] | Sequence[str] | None = None,
    titles: Sequence[str | None] | None = None,
) -> pa.Table:
    """Mentions of facts in a batch of documents, as an Arrow table with MENTION_SCHEMA.

    A pure function of its inputs: same documents, same rows in the same order.
    """
    return get_extractor(categories).extract(texts, doc_ids, titles)
