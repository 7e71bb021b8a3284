"""Normalisers: dates to ISO strings with precision kept, names and places to canonical keys.

Conventions (documented in the README):

* Dates: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` — precision is the number of parts. Years are
  zero-padded to four digits. BC years are written with a leading ``-`` and the *historical* year
  number (``44 BC`` -> ``-0044``; no astronomical year 0 shift, so the value reads as written).
  An approximate date ("c. 1500", "circa 1500", "about 1500") gets the suffix ``~``
  (``1500~``, the ISO 8601-2 / EDTF "approximate" qualifier), so it stays parseable and
  sorts next to the exact year.
* Names: Unicode NFKC, case-folded, Latin diacritics folded (``Beliën`` == ``Belien``: web text
  drops accents, and a split spelling would turn one repeated fact into two singletons), quoted
  nicknames and parenthesised parts removed, honorifics and post-nominals dropped, generational
  suffixes kept as ``jr``/``sr``/``ii``… (father and son are different people), punctuation
  and whitespace collapsed. HTML character references left in by a dump are read as the
  characters they stand for (``Sex &amp; Cigarettes``, ``Joseph &quot;Lucky&quot; Scott``), and
  a lone ``&`` is the word ``and`` (``Procter & Gamble`` == ``Procter and Gamble``). Non-Latin
  scripts keep their marks (dropping Indic vowel signs would change the name).
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

MONTHS: dict[str, int] = {}
for _i, _names in enumerate(
    [
        ("january", "jan"),
        ("february", "feb"),
        ("march", "mar"),
        ("april", "apr"),
        ("may",),
        ("june", "jun"),
        ("july", "jul"),
        ("august", "aug"),
        ("september", "sep", "sept"),
        ("october", "oct"),
        ("november", "nov"),
        ("december", "dec"),
    ],
    start=1,
):
    for _n in _names:
        MONTHS[_n] = _i

_MONTH_RX = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)

_CIRCA = re.compile(
    r"^\s*(?:c\s*\.|ca\s*\.|c(?=\s*\d)|circa|approx(?:imately|\.)?|about|around)\s*",
    re.IGNORECASE,
)
_ERA = re.compile(
    r"\s*(B\s*\.?\s*C\s*\.?\s*E?\s*\.?|A\s*\.?\s*D\s*\.?|C\s*\.?\s*E\s*\.?)\s*$",
    re.IGNORECASE,
)
_ERA_PREFIX = re.compile(r"^\s*A\s*\.?\s*D\s*\.?\s+", re.IGNORECASE)
_ORD = r"(?:st|nd|rd|th)?"
_D_M_Y = re.compile(
    rf"^(?P<d>\d{{1,2}})(?!\d){_ORD}\s*(?:of\s+)?(?P<m>[A-Za-z]+)\.?\s*,?\s*(?P<y>\d{{1,4}})$",
    re.IGNORECASE,
)
_M_D_Y = re.compile(
    rf"^(?P<m>[A-Za-z]+)\.?\s+(?P<d>\d{{1,2}})(?!\d){_ORD}\s*,?\s*(?P<y>\d{{1,4}})$", re.IGNORECASE
)
_M_Y = re.compile(r"^(?P<m>[A-Za-z]+)\.?\s*,?\s*(?P<y>\d{1,4})$", re.IGNORECASE)
_ISO = re.compile(r"^(?P<y>\d{4})\s*-\s*(?P<m>\d{1,2})(?:\s*-\s*(?P<d>\d{1,2}))?$")
_Y = re.compile(r"^(?P<y>\d{1,4})$")


@dataclass(frozen=True)
class ParsedDate:
    year: int  # negative for BC (historical numbering: 44 BC -> -44)
    month: int | None = None
    day: int | None = None
    approximate: bool = False

    @property
    def precision(self) -> int:
        """1 = year, 2 = month, 3 = day."""
        return 1 + (self.month is not None) + (self.day is not None)

    def iso(self) -> str:
        y = f"-{abs(self.year):04d}" if self.year < 0 else f"{self.year:04d}"
        s = y
        if self.month is not None:
            s += f"-{self.month:02d}"
            if self.day is not None:
                s += f"-{self.day:02d}"
        return s + ("~" if self.approximate else "")


# bounded memo for the pure normalisers below (the same names and dates recur in a corpus)
_CACHE_SIZE = 65536


def parse_date(text: str) -> ParsedDate | None:
    """Parse a date as written in prose; None when it is not a plausible single date."""
    if not isinstance(text, str):
        return None
    return _parse_date(text)


@lru_cache(maxsize=_CACHE_SIZE)
def _parse_date(text: str) -> ParsedDate | None:
    s = unicodedata.normalize("NFKC", text).strip().strip(",;")
    if not s or len(s) > 60:
        return None
    approximate = False
    m = _CIRCA.match(s)
    if m:
        approximate = True
        s = s[m.end() :]
    bc = False
    explicit_era = False
    m = _ERA.search(s)
    if m:
        era = re.sub(r"[\s.]", "", m.group(1)).upper()
        bc = era.startswith("BC")
        explicit_era = True
        s = s[: m.start()]
    else:
        m = _ERA_PREFIX.match(s)
        if m:
            explicit_era = True
            s = s[m.end() :]
    s = s.strip().rstrip(",")
    year = month = day = None
    for rx in (_ISO, _D_M_Y, _M_D_Y, _M_Y, _Y):
        m = rx.match(s)
        if not m:
            continue
        gd = m.groupdict()
        year = int(gd["y"])
        mo = gd.get("m")
        if mo is not None:
            if mo.isdigit():
                month = int(mo)
            else:
                month = MONTHS.get(mo.lower().rstrip("."))
                if month is None:
                    return None
        if gd.get("d") is not None:
            day = int(gd["d"])
        break
    else:
        return None
    if year is None:
        return None
    if bc:
        if year == 0:
            return None
        year = -year
    elif year == 0 or year > 2100:
        return None
    if year > 0 and year < 100 and not explicit_era and rx is _Y:
        # a bare one- or two-digit number is an age, a count or a day, not a year
        return None
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None and (month is None or not 1 <= day <= _DAYS_IN_MONTH[month - 1]):
        return None
    return ParsedDate(year, month, day, approximate)


def normalize_date(text: str) -> str | None:
    """ISO form of a date as written (see module docstring), or None."""
    if not isinstance(text, str):
        return None
    return _normalize_date(text)


@lru_cache(maxsize=_CACHE_SIZE)
def _normalize_date(text: str) -> str | None:
    p = _parse_date(text)
    return p.iso() if p else None


_ISO_VALUE = re.compile(r"^(-?)(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(~?)$")


def parse_iso(value: str) -> ParsedDate | None:
    """Inverse of :meth:`ParsedDate.iso`."""
    m = _ISO_VALUE.match(value or "")
    if not m:
        return None
    y = int(m.group(2)) * (-1 if m.group(1) else 1)
    mo = int(m.group(3)) if m.group(3) else None
    d = int(m.group(4)) if m.group(4) else None
    return ParsedDate(y, mo, d, bool(m.group(5)))


def truncate_iso(value: str, precision: int) -> str:
    """A canonical date value cut to ``precision`` parts (1 year, 2 month, 3 day), no circa."""
    p = parse_iso(value)
    if p is None:
        return value
    return ParsedDate(
        p.year, p.month if precision >= 2 else None, p.day if precision >= 3 else None
    ).iso()


# --- names -------------------------------------------------------------------------------

_LATIN_EXTRA = str.maketrans(
    {
        "ø": "o",
        "Ø": "o",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ł": "l",
        "Ł": "l",
        "đ": "d",
        "Đ": "d",
        "ð": "d",
        "Ð": "d",
        "þ": "th",
        "Þ": "th",
        "ı": "i",
        "ß": "ss",
        "ʻ": "",
        "ʼ": "'",
        "’": "'",
        "‘": "'",
        "`": "'",
        "´": "'",
    }
)
_QUOTED = re.compile(
    r"\s[\"“”„«»]\s*[^\"“”„«»]{1,40}?\s*[\"“”„«»](?=\s)|\s'\s*[^']{1,30}?\s*'(?=\s)"
)
_PARENS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_FORMS_OF_ADDRESS = frozenset(
    [
        # officers of a company written before a name: "by CEO Tim Ellis and CTO Jordan Noone"
        "ceo",
        "cto",
        "cfo",
        "coo",
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "dr",
        "prof",
        "professor",
        "sir",
        "dame",
        "lord",
        "lady",
        "rev",
        "reverend",
        "fr",
        "father",
        "hon",
        "honourable",
        "honorable",
        "sen",
        "senator",
        "rep",
        "gov",
        "governor",
        "gen",
        "general",
        "col",
        "colonel",
        "capt",
        "captain",
        "lt",
        "maj",
        "major",
        "sgt",
        "cmdr",
        "adm",
        "admiral",
        "president",
        "judge",
        "justice",
        "saint",
        "st",
        "mayor",
        "rabbi",
        "bishop",
        "archbishop",
        "cardinal",
        "commander",
        "quartermaster",
    ]
)
# a trade written as a title before a name: "Sculptor Dominique Fortuné Maggesi",
# "Poet-lyricist Sudhir Moghe", "Chef Yvon Garnier" (trades that are no given names)
TRADES = frozenset(
    [
        "sculptor",
        "painter",
        "architect",
        "engineer",
        "chef",
        "poet",
        "lyricist",
        "novelist",
        "composer",
        "dancer",
        "actor",
        "actress",
        "singer",
        "pianist",
        "violinist",
        "photographer",
        "journalist",
        "physician",
        "businessman",
        "businesswoman",
        "entrepreneur",
        "artist",
        "designer",
        "author",
        "writer",
    ]
)
# a nationality's (or a compatriot's) noun written before a name: "founded … by German former
# captain Klaus Vogel and Frenchwoman Sophie Beau"
_NATIONALITY_NOUNS = frozenset(
    f"{people}{sex}"
    for people in ("french", "english", "irish", "scots", "welsh", "dutch", "country")
    for sex in ("man", "woman")
)
# styles, trades and nationalities written before a name
HONORIFICS = _FORMS_OF_ADDRESS | TRADES | _NATIONALITY_NOUNS
# only stripped at the start when followed by at least two name tokens ("Sir Alex Ferguson"),
# so a short title that is itself a name ("Major", "Judge") survives.
# royal and religious styles go even before a single name ("King Ferdinand" = "Ferdinand")
ROYAL = frozenset(
    ["king", "queen", "emperor", "empress", "tsar", "czar", "tsarina", "sultan", "pope"]
)
# junior ranks that are never a name themselves: "Midshipman Israel" = "Israel"
RANKS = frozenset(
    ["midshipman", "lieutenant", "sergeant", "corporal", "ensign", "commodore", "brigadier"]
)
# a rank or an office written before a bare surname: "General Goff", "President Polk" (two
# words, so the key keeps the style: "General Motors", "Major League"; the resolver counts
# the mention under an earlier full name with that surname, when there is one). Not the
# styles of a given name or a peerage ("Sir John", "Lord Melville", "Saint Oswald"), nor
# "Mrs Smith", who may be the wife of the document's Smith
SURNAME_STYLES = frozenset(
    ["general", "gen", "captain", "capt", "colonel", "col", "major", "maj", "admiral", "adm",
     "lt", "sgt", "cmdr", "president", "senator", "sen", "governor", "gov", "justice", "judge",
     "professor", "prof", "dr", "rep", "mayor"]
)


def is_styled_surname(key: str) -> bool:
    """A key of a rank or an office and one more word (``SURNAME_STYLES``): "general goff"."""
    words = key.split()
    return len(words) == 2 and words[0] in SURNAME_STYLES


POST_NOMINALS = frozenset(
    [
        "phd",
        "md",
        "frcp",
        "frcpi",
        "frcs",
        "frse",
        "frsa",
        "fba",
        "fsa",
        "facs",
        "facp",
        "mrcp",
        "llb",
        "lld",
        "dsc",
        "msc",
        "bsc",
        "op",
        "sj",
        "ofm",
        "frcog",
        "frcvs",
        "frgs",
        "fras",
        "frsc",
        "freng",
        "fzs",
        "fls",
        "prcvs",
        "pcs",
        "cb",
        "kcb",
        "gcb",
        "cmg",
        "kcmg",
        "gcmg",
        "cvo",
        "kcvo",
        "gcvo",
        "lvo",
        "mvo",
        "dbe",
        "gbe",
        "dso",
        "mc",
        "qpm",
        "mp",
        "mep",
        "msp",
        "mla",
        "mpp",
        "dds",
        "esq",
        "obe",
        "mbe",
        "cbe",
        "kbe",
        "frs",
        "qc",
        "kc",
        "jd",
        "mba",
        "dphil",
        "ret",
        # a Deputy Lieutenant, a Justice of the Peace ("Henry Dunlop of Craigton FRSE DL")
        "dl",
        "jp",
    ]
)
GENERATIONAL = {"jr": "jr", "junior": "jr", "sr": "sr", "senior": "sr"}
_ROMAN = re.compile(r"^(?:ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)$")
_INNER_SPACE_HYPHEN = re.compile(r"\s*([-–‐])\s*")
# tokenised clitics ("Ca n't", "It 's") rejoin their word: the key of "Can't" and "Ca n't" agree
_CLITIC = re.compile(r"(?<=\w) (n['’]t|['’](?:s|re|ll|ve|d|m))(?!\w)", re.IGNORECASE)


def fold_latin(s: str) -> str:
    """Drop diacritics from Latin letters only (non-Latin scripts keep their marks)."""
    s = s.translate(_LATIN_EXTRA)
    if s.isascii():
        return s  # no marks to drop; NFKD and NFC leave ASCII as it is
    out: list[str] = []
    prev_latin = False
    for ch in unicodedata.normalize("NFKD", s):
        if unicodedata.combining(ch):
            if prev_latin:
                continue
        else:
            prev_latin = ch < "\u0250"
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def canonical_key(text: str, *, strip_titles: bool = True) -> str:
    """Canonical key of a name or place: what subjects and values are counted under."""
    if not isinstance(text, str):
        return ""
    return _canonical_key(text, strip_titles)


@lru_cache(maxsize=_CACHE_SIZE)
def _canonical_key(text: str, strip_titles: bool) -> str:
    toks = _key_tokens(text)
    if strip_titles:
        toks = _strip_titles(toks)
    return " ".join(toks)


@lru_cache(maxsize=_CACHE_SIZE)
def _key_tokens(text: str) -> tuple[str, ...]:
    """The key's words before titles are stripped (shared by both ``strip_titles`` keys)."""
    s = unicodedata.normalize("NFKC", text)
    if "&" in s:
        s = html.unescape(s)  # a dump's "&amp;" and "&quot;" are "&" and a quote
        s = _LONE_AMPERSAND.sub(" and ", s)
    if "  " in s or not s.isprintable():  # every space but " " is unprintable
        s = _SPACES.sub(" ", s)
    s = " " + s + " "
    # each rewrite only where its characters occur (most names have none of them)
    if not _QUOTE_CHARS.isdisjoint(s):
        s = _QUOTED.sub(" ", s)  # Wilfried " Willi " Schneider -> Wilfried Schneider
    if "(" in s or "[" in s:
        s = _PARENS.sub(" ", s)
    if "-" in s or "–" in s or "‐" in s:
        s = _INNER_SPACE_HYPHEN.sub("-", s)  # tokenised "Faure - Favier" -> faure-favier
    if "'" in s or "’" in s:
        s = _CLITIC.sub(r"\1", s)
    s = fold_latin(s.casefold())
    s = s.replace("-", " ")
    # the words between spaces and commas, edge punctuation cut, dots dropped
    toks = [t.replace(".", "") if "." in t else t for t in _KEY_WORD.findall(s)]
    toks = [t for t in toks if t]
    if len(toks) > 2 and len(toks[0]) == 1 and len(toks[1]) == 1 and toks[0].isalpha():
        # leading initials are one word however they are spaced: "J. R. R. Tolkien" is
        # "J.R.R. Tolkien" (as "U. S. Steel" is "U.S. Steel" and "US Steel")
        n = 0
        while n < len(toks) - 1 and len(toks[n]) == 1 and toks[n].isalpha():
            n += 1
        toks[:n] = ["".join(toks[:n])]
    return tuple(toks)


def _strip_titles(toks: tuple[str, ...]) -> tuple[str, ...] | list[str]:
    if not toks or (
        toks[0] not in TITLE_STARTS
        and toks[-1] not in POST_NOMINALS
        and _REWRITTEN_GENERATIONAL.isdisjoint(toks)
        and not (len(toks) > 3 and toks[1] in _TITLED_BY_NATIONALITY)
        and not (len(toks) > 4 and (toks[1], toks[2]) in TWO_WORD_TITLES)
    ):
        return toks  # nothing to strip or rewrite (most names)
    toks = list(toks)
    if (
        len(toks) > 3
        and toks[0].endswith(DEMONYM_ENDINGS)
        and (
            toks[1] in _TITLED_BY_NATIONALITY
            and toks[2] != "of"  # "Stefan Bishop of Kujawy" is a name and a see
            or len(toks) > 4
            and (toks[1], toks[2]) in TWO_WORD_TITLES
        )
    ):
        # "French President Emmanuel Macron", "American Author Harold Bell Wright", "British
        # Cabinet Minister Alan Tindal Lennox-Boyd": the office's or the trade's nationality
        toks.pop(0)
    if len(toks) > 3 and (toks[0], toks[1]) in TWO_WORD_TITLES:
        del toks[:2]  # "Prime Minister Justin Trudeau"
    while (
        len(toks) > 2
        and toks[0] in HONORIFICS
        or len(toks) > 1
        and (toks[0] in ROYAL or toks[0] in RANKS)
    ):
        toks.pop(0)
    while len(toks) > 1 and toks[-1] in POST_NOMINALS:
        toks.pop()
    return [GENERATIONAL.get(t, t) for t in toks]


_LEADING_TITLES = HONORIFICS | ROYAL | RANKS
# offices of two words before a name, stripped before at least two name words
TWO_WORD_TITLES = frozenset(
    [("prime", "minister"), ("chief", "minister"), ("vice", "president"), ("cabinet", "minister"),
     ("foreign", "minister"), ("finance", "minister"), ("deputy", "minister"),
     ("attorney", "general")]
)
TITLE_STARTS = _LEADING_TITLES | frozenset(a for a, _ in TWO_WORD_TITLES)
# a nationality before an office ("canadian", "french", "danish", "chinese", "pakistani"), and
# the offices it is dropped before (not "major", "general", "saint": "American Major League")
DEMONYM_ENDINGS = ("an", "ish", "ese", "ch", "ic", "i")
OFFICES = frozenset(
    ["president", "prime", "chief", "vice", "senator", "governor", "mayor", "captain", "admiral",
     "colonel", "bishop", "archbishop", "cardinal", "rabbi", "judge", "king", "queen",
     "emperor", "empress", "tsar", "czar", "sultan", "pope"]
)
# an office or a trade a nationality may come before: "French President", "American Author"
_TITLED_BY_NATIONALITY = OFFICES | TRADES
_REWRITTEN_GENERATIONAL = frozenset(k for k, v in GENERATIONAL.items() if k != v)
_SPACES = re.compile(r"\s+")
# "&" between spaces ("Procter & Gamble"), not inside a word ("AT&T")
_LONE_AMPERSAND = re.compile(r"(?<!\S)&(?!\S)")
_QUOTE_CHARS = frozenset("\"“”„«»'")
# a word of the key: from the first to the last word character of a run between spaces and
# commas (what splitting on ``[\s,]+`` and cutting ``^\W+|\W+$`` from each part leaves)
_KEY_WORD = re.compile(r"\w(?:[^\s,]*\w)?")


def place_key(text: str) -> str:
    """Canonical key of a place: its most specific part ("Mediaș, Transylvania" -> "medias").

    One statement gives one value, so "Paris" and "Paris, France" count as the same fact.
    """
    if not isinstance(text, str):
        return ""
    parts = _PLACE_SPLIT.split(text.strip(), maxsplit=1)
    first = _PLACE_THE.sub("", parts[0])
    if len(parts) == 2 and _DISTRICT_OF_COLUMBIA.match(parts[1]):
        first += " DC"  # "Washington, D.C." is "Washington D.C.", not the state
    return _canonical_key(spell_out_abbreviations(first), False)


# a place's or a body's abbreviated first words, spelled out so that both spellings are one key:
# "St. Louis" / "Saint Louis", "Ft. Benning" / "Fort Benning", "Mt. Hood" / "Mount Hood"
_ABBREVIATED_WORD = re.compile(r"(?<![\w.'’-])(St|Ste|Mt|Ft)\.?(?=\s+[A-Z])")
_SPELLED_OUT = {"St": "Saint", "Ste": "Sainte", "Mt": "Mount", "Ft": "Fort"}


def spell_out_abbreviations(text: str) -> str:
    """``text`` with "St.", "Ste.", "Mt." and "Ft." before a capitalised word written out
    ("St Albans" -> "Saint Albans"); a street's "St" ends a name and is left as it is."""
    return _ABBREVIATED_WORD.sub(lambda m: _SPELLED_OUT[m.group(1)], text)


_PLACE_SPLIT = re.compile(r"\s*,\s*")
# (a sentence split may leave "Washington, D" of "Washington, D.C.")
_DISTRICT_OF_COLUMBIA = re.compile(r"D\.?(?:\s?C\.?)?$")
_PLACE_THE = re.compile(r"^(?:the|The)\s+")


def generational_or_roman(token: str) -> bool:
    return token in GENERATIONAL.values() or bool(_ROMAN.match(token))


_ARTICLE = re.compile(r"^the\s+", re.IGNORECASE)
# a company's legal form is no part of its identity: "GWS USA, LLC" is "GWS USA", "Rylo, Inc."
# "Rylo", and "Limited" and "Incorporated" written out as well ("Holden New Zealand Limited";
# "Ford Motor Company" keeps its "Company", which may name the kind of body; and "& Co." is
# part of a partnership's name: "Finlay Muir & Co" is not "Finlay Muir &")
_LEGAL_FORM = re.compile(
    r"(?<=\S)(?<!&)(?<!&amp;)(?<!\sand)"
    r"\s?,?\s(?:Inc|Ltd|Corp|Co|L\.L\.C|S\.A|N\.V|B\.V|S\.p\.A)\.?$"
    r"|(?<=\S)\s?,?\s(?:LLC|LLP|PLC|plc|GmbH|AG|Limited|Incorporated)$"
)
# a school's name that ends with its noun, then "and" and another school's whole name:
# "Northampton School for Boys and Moulton College", "Bank Street College and Lewis and Clark
# University" (not "Ontario College of Art and Design University", one body)
_SCHOOL_NOUNS = ("School", "College", "University", "Institute", "Academy")
_SCHOOL_AND_SCHOOL = (
    "(?:" + "|".join(f"(?<={w})" for w in (*_SCHOOL_NOUNS, "for Boys", "for Girls")) + ")"
    r"\s(?:and|&)\s(?=(?:[A-Z][\w'’.-]*\s(?:(?:and|of|for)\s)?)+"
    "(?:" + "|".join(_SCHOOL_NOUNS) + ")$)"
)
_ORG_LIST = re.compile(
    r"\s(?:and|&)\s(?:of\s|at\s)?the\s|\sand\sof\s|\sand\san?\s|" + _SCHOOL_AND_SCHOOL
)


def entity_key(text: str, kind: str) -> str:
    """Canonical key of a subject or value of the given kind (person, place, organization …)."""
    if isinstance(text, str) and isinstance(kind, str):
        return _entity_key(text, kind)
    return _entity_key_uncached(text, kind)


@lru_cache(maxsize=_CACHE_SIZE)
def _entity_key(text: str, kind: str) -> str:
    return _entity_key_uncached(text, kind)


def _entity_key_uncached(text: str, kind: str) -> str:
    if kind == "person":
        return canonical_key(text)
    if kind == "place":
        return place_key(text)
    if not isinstance(text, str):
        return ""
    if kind == "organization":
        # "the Moore College of Art and the University of Pennsylvania" is two institutions
        return organization_name_key(_ORG_LIST.split(text, maxsplit=1)[0])
    return _whole_name_key(text)


def organization_name_key(text: str) -> str:
    """Key of one body's name, read whole: a document titled "Mike and the Moonpies" names
    one band, where the same words in running text are split as a list of two bodies."""
    # (two forms may close a name: "Grand Wing Servo-Tech Co., Ltd." is "Grand Wing Servo-Tech")
    return _whole_name_key(_LEGAL_FORM.sub("", _LEGAL_FORM.sub("", text.strip())))


def _whole_name_key(text: str) -> str:
    text = spell_out_abbreviations(text.strip().strip("\"“”'"))
    return _canonical_key(_ARTICLE.sub("", text), False)
