"""The pattern language: regular expressions with named building blocks.

A category's patterns are data (strings in Python or in a user's TOML/YAML file), never code.
Each pattern is a regular expression in which ``{MACRO}`` stands for a building block and
``{SLOT:MACRO}`` captures one:

* slots: ``SUBJ`` (the fact's subject), ``VALUE`` (its value), ``START`` / ``END`` (the two
  ends of a life span "(1909 – 1971)": when both are present the span must be 10–120 years,
  which tells a lifetime from a tenure or a season).
* blocks: ``NAME`` (a person's name as written: capitalised words, initials, particles such as
  "von der", quoted nicknames, "Jr."), ``ORG``, ``PLACE``, ``WORK`` (a title, or a quoted
  one), ``DATE``, ``YEAR``, ``PRON`` (he/she/it/they …), ``NAMEP`` / ``ORGP`` / ``WORKP`` /
  ``PLACEP`` (the block or a pronoun, resolved to the document's main entity), ``_`` (optional
  whitespace: tokenised text puts spaces around punctuation), ``DASH`` (a range dash or "to"),
  ``LEADIN`` (the optional start of a Wikipedia lead parenthesis: pronunciations, native
  spellings, up to a ";" or ","), ``GAP`` (a few words inside the sentence), ``ORGNOUN`` (a
  noun that makes the subject an organisation: company, club, university …), ``WORKNOUN``
  (novel, film, album …).

A pattern without ``SUBJ`` states a fact about the document's main entity ("Born in Vienna, …").
Patterns are matched against one candidate sentence at a time, case-sensitively (capitals are
what tells a name from a word). Literal words in patterns are easiest to write in lower case
with an optional capital, e.g. ``[Bb]orn``.
"""

from __future__ import annotations

import re
from functools import lru_cache


def _char_class(pred) -> str:
    """A compact regex character class of all BMP characters satisfying ``pred``."""
    ranges: list[tuple[int, int]] = []
    start = prev = None
    for cp in range(0x41, 0x10000):
        ch = chr(cp)
        if pred(ch):
            if start is None:
                start = prev = cp
            elif cp == prev + 1:
                prev = cp
            else:
                ranges.append((start, prev))
                start = prev = cp
    if start is not None:
        ranges.append((start, prev))

    def esc(cp: int) -> str:
        return re.escape(chr(cp)) if cp < 0x80 else chr(cp)

    return "".join(esc(a) if a == b else f"{esc(a)}-{esc(b)}" for a, b in ranges)


_UP = "[" + _char_class(lambda c: c.isupper() or c.istitle()) + "]"
_LET = r"[^\W\d_]"
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_MONTH_WORD = _MONTH.replace(r"\.?", "")

# words that are capitalised but do not start a name (sentence openers, pronouns, months …)
_OPENER_WORDS = (
    r"The|A|An|In|On|At|By|Of|For|From|To|With|After|Before|During|Since|Until|Upon|"
    r"When|While|Where|Although|Though|However|Then|Thus|Also|But|And|Or|As|If|His|Her|Its|"
    r"Their|Our|My|Your|He|She|It|They|We|You|I|This|That|These|Those|There|Here|Born|Died|"
    r"Married|Founded|Established|Educated|Released|Published|Following|According|Between|"
    r"Both|Some|Many|Most|All|Each|One|Two|Three|Early|Later|Late|Today|Currently|"
    r"Mr|Mrs|Ms|Dr|Sir|Lady|Lord|Saint|St|Prof|" + _MONTH_WORD[3:-1]
)
_NOT_NAME = rf"(?!(?:{_OPENER_WORDS})\b)"
_CAPWORD = (
    rf"(?:Mc|Mac|O['’]|D['’]|d['’]|L['’]|de)?{_UP}{_LET}*(?:['’]{_LET}+)*"
    rf"(?:(?:-|\s-\s){_UP}?{_LET}+)*"
)
_INITIALS = rf"{_UP}\.(?:\s?{_UP}\.)*"
_PARTICLE = (
    r"(?:de|da|do|dos|das|del|della|degli|di|du|van|von|der|den|ter|te|la|le|bin|ibn|bint|al|el|"
    r"y|e|og|zu|af|av|ben|dei|des|zum|zur)"
)
_NICK = r"(?:[\"“]\s?[^\"“”\s]+(?:\s[^\"“”\s]+)?\s?[\"”])"
_SUFFIX = r"(?:\s?,?\s(?:Jr|Sr)\.?|\s(?:II|III|IV)\b)"
_NTOK = rf"(?:{_INITIALS}|{_CAPWORD})"
# The first token starts with a bare character class so that ``re`` can skip to capitals in C
# (a leading look-ahead would disable that and cost ~10x); capitalised sentence openers caught
# by it ("After Smith") are stripped afterwards (:func:`strip_name_openers`).
_NTOK_HEAD = rf"{_UP}(?:\.(?:\s?{_UP}\.)*|{_LET}*(?:['’]{_LET}+)*(?:(?:-|\s-\s){_UP}?{_LET}+)*)"
NAME = (
    rf"{_NTOK_HEAD}(?:(?:\s{_PARTICLE}){{1,3}}\s{_NTOK}|\s(?:{_NICK}\s)?{_NOT_NAME}{_NTOK})"
    rf"{{0,6}}{_SUFFIX}?(?![\w'’])"
)
_OPENERS = re.compile(rf"^(?:{_OPENER_WORDS})\.?\s+")


def strip_name_openers(name: str) -> str:
    """Drop capitalised non-name words a match may start with ("After Smith" -> "Smith")."""
    prev = None
    while prev != name:
        prev = name
        name = _OPENERS.sub("", name, count=1)
    return name


_CONNECT = r"(?:of|the|and|for|&|de|du|des|la|le|di|del|für|upon|am|an|der|og|y|e)"
ORG = (
    rf"(?:The\s)?{_NOT_NAME}(?:{_CAPWORD}|\d+{_LET}*)"
    rf"(?:\s(?:{_CONNECT}\s){{0,2}}(?:{_CAPWORD}|\d+{_LET}+)){{0,8}}(?:\s?(?:Inc|Ltd|Co|Corp)\.)?"
    r"(?![\w'’])"
)
_PLACE1 = (
    rf"{_NOT_NAME}(?:St\.\s|Saint\s|Mount\s|Mt\.\s|Fort\s|Port\s)?{_CAPWORD}"
    rf"(?:\s(?:(?:de|del|da|do|dos|og|upon|am|an|der|sur|en|la|le|of|im|-)\s){{0,2}}"
    rf"{_NOT_NAME}{_CAPWORD}){{0,4}}(?:\s?D\.\s?C\.)?(?![\w'’])"
)
PLACE = rf"{_PLACE1}(?:\s?,\s(?:{_PLACE1}|D\.\s?C\.)){{0,3}}"
_WCONNECT = (
    r"(?:a|an|the|of|and|or|in|on|at|to|for|with|from|by|de|la|le|is|are|my|your|his|her|"
    r"our|their|not|no|as|into|over|under|up|out|vs\.?|&|-)"
)
WORK = (
    r"(?:[\"“]\s?[^\"“”]{1,80}?\s?[\"”]"
    rf"|{_NOT_NAME}(?:{_CAPWORD}|\d+)(?:\s(?:{_WCONNECT}\s){{0,3}}(?:{_CAPWORD}|\d+)){{0,9}}"
    rf"(?![\w'’]))"
)
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR_NUM = r"(?:[12]\d{3}|[1-9]\d{2})"
_ERA = r"(?:\s?(?:BCE|BC|B\.\s?C\.|AD|A\.\s?D\.|CE)(?![\w]))"
YEAR = rf"(?:(?:AD\s)?{_YEAR_NUM}(?!\d){_ERA}?|\d{{1,4}}{_ERA})"
_CIRCA = r"(?:(?:c\.|ca\.|circa|c|about|around|approximately|approx\.)\s?)"
DATE = (
    rf"(?<![\w.-]){_CIRCA}?(?:{_DAY}\s(?:of\s)?{_MONTH}\s?,?\s{YEAR}"
    rf"|{_MONTH}\s{_DAY}\s?,?\s{YEAR}"
    rf"|{_MONTH}\s?,?\s{YEAR}"
    rf"|[12]\d{{3}}-[01]\d-[0-3]\d"
    rf"|{YEAR})(?![\w-])"
)
PRON = r"(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)(?![\w'’])"
ORGNOUN = (
    r"(?:company|companies|corporation|firm|business|manufacturer|contractor|bank|retailer|"
    r"chain|brand|group|conglomerate|organi[sz]ation|association|federation|union|society|"
    r"institute|institution|agency|authority|university|college|school|academy|club|team|"
    r"league|band|orchestra|choir|ensemble|label|studio|publisher|newspaper|magazine|journal|"
    r"network|channel|station|broadcaster|airline|carrier|operator|charity|foundation|trust|"
    r"party|movement|council|committee|think tank|museum|library|hospital|church|order|"
    r"provider|developer|maker|producer|supplier|distributor|startup|start-up|enterprise|"
    r"cooperative|co-operative|consultancy|agency|holding|subsidiary|venture|"
    r"exchange|hub|centre|center|office|service|services|press|lab|laboratory|website|"
    r"restaurant|hotel|brewery|winery|theatre|theater|ministry|department|court|seminary)"
)
WORKNOUN = (
    r"(?:novel|novella|book|film|movie|album|EP|single|song|play|poem|opera|musical|series|"
    r"television series|TV series|sitcom|documentary|video game|game|short story|"
    r"story|collection|anthology|memoir|biography|autobiography|comic|graphic novel|manga|"
    r"anime|painting|symphony|concerto|mixtape|soundtrack|compilation|treatise|essay|"
    r"textbook|encyclopedia|magazine|newspaper|report|miniseries|short film|"
    r"telefilm|drama|comedy|thriller|ballet|sculpture|record|LP|work)"
)
# from a name to the opening parenthesis of its lead: "Name , OBE (", "Name , née X (",
# "Name ( or Other Name ) (", "Name , ( ) (" — but not across "… , the son of Y ("
_GAPWORD = (
    r"(?!(?:who|which|was|is|were|are|son|daughter|wife|husband|father|mother|brother|sister|"
    r"and|his|her|their|the|a|an|with|by|in|at|for|from|to)\b)[^\s(),;]+"
)
LP = (
    rf"(?:\s?,\s?{_GAPWORD}(?:\s{_GAPWORD}){{0,7}}?){{0,3}}\s?,?\s?"
    r"(?:\([^()]{0,160}\)\s?){0,2}\("
)
LEADIN = r"(?:\s?[^()0-9]{0,160}?[;,:]\s?)??\s?"
GAP = r"(?:[^.;()]{0,80}?)"
DASH = r"(?:\s?(?:[–—‐-]|--|to)\s?)"

MACROS: dict[str, str] = {
    "NAME": NAME,
    "ORG": ORG,
    "PLACE": PLACE,
    "WORK": WORK,
    "DATE": DATE,
    "YEAR": YEAR,
    "PRON": PRON,
    "NAMEP": rf"(?:{PRON}|{NAME})",
    "ORGP": rf"(?:{PRON}|{ORG})",
    "WORKP": rf"(?:{PRON}|{WORK})",
    "PLACEP": rf"(?:{PRON}|{PLACE})",
    "ORGNOUN": ORGNOUN,
    "WORKNOUN": WORKNOUN,
    "LEADIN": LEADIN,
    "LP": LP,
    "GAP": GAP,
    "DASH": DASH,
    "_": r"\s?",
}
SLOTS = ("SUBJ", "VALUE", "START", "END")
_SLOT_GROUP = {"SUBJ": "subj", "VALUE": "value", "START": "start", "END": "end"}
_TOKEN = re.compile(r"\{([A-Z_]+)(?::([A-Z_]+))?\}")


class PatternError(ValueError):
    """A pattern that does not compile or lacks its VALUE slot."""


def expand(pattern: str) -> str:
    """Replace ``{MACRO}`` and ``{SLOT:MACRO}`` by their regular expressions."""

    def sub(m: re.Match[str]) -> str:
        a, b = m.group(1), m.group(2)
        if b is None:
            if a in SLOTS:
                raise PatternError(f"slot {{{a}}} needs a block, e.g. {{{a}:NAME}}")
            if a not in MACROS:
                raise PatternError(f"unknown block {{{a}}}; known: {', '.join(sorted(MACROS))}")
            return f"(?:{MACROS[a]})"
        if a not in SLOTS:
            raise PatternError(f"unknown slot {{{a}:…}}; known: {', '.join(SLOTS)}")
        if b not in MACROS:
            raise PatternError(f"unknown block {{…:{b}}}; known: {', '.join(sorted(MACROS))}")
        return f"(?P<{_SLOT_GROUP[a]}>{MACROS[b]})"

    return _TOKEN.sub(sub, pattern)


@lru_cache(maxsize=4096)
def compile_pattern(pattern: str) -> re.Pattern[str]:
    """Compile one pattern; PatternError says what is wrong with it."""
    if "{VALUE:" not in pattern:
        raise PatternError("pattern has no {VALUE:…} slot")
    try:
        return re.compile(expand(pattern))
    except re.error as e:
        raise PatternError(f"not a valid regular expression: {e}") from None
