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
  ``PLACEP`` (the block or a pronoun, resolved to the document's main entity; a body's only
  "it", "they" or "she", not "he"; a work's only "it" or "they"), ``_`` (optional
  whitespace: tokenised text puts spaces around punctuation), ``DASH`` (a range dash or "to"),
  ``GLUED_FROM`` / ``GLUED_TO`` (the two dates of a lead range whose dash was lost, "15 October
  18934 April 1953"), ``LEADIN`` (the optional start of a Wikipedia lead parenthesis:
  pronunciations, native spellings, up to a ";" or ","; ``LEADIN_UNLABELLED`` when its last
  item may not be a label such as "pseudonym," or "Pinyin:"), ``GAP`` (a few words inside the
  sentence), ``WORK_PRON`` (a work's pronouns), ``ORGNOUN`` (a
  noun that makes the subject an organisation: company, club, university …), ``WORKNOUN``
  (novel, film, album …).

A pattern without ``SUBJ`` states a fact about the document's main entity ("Born in Vienna, …").
Patterns are matched against one candidate sentence at a time, case-sensitively (capitals are
what tells a name from a word). Literal words in patterns are easiest to write in lower case
with an optional capital, e.g. ``[Bb]orn``.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from singleton.extract.regex_cache import cached_compile, memo


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

# words that are capitalised but do not start a name (sentence openers, pronouns, months …);
# of them the function words, which are never a name's first word (a title, a month or a
# numeral may be: "Saint Oswald", "Jan Patočka")
_FUNCTION_LEAD = (
    r"The|A|An|In|On|At|By|Of|For|From|To|With|After|Before|During|Since|Until|Upon|"
    r"When|While|Where|Which|Whose|Whom|Although|Though|However|Then|Thus|Also|But|And|Or|As|If"
)
_DEMONSTRATIVES = r"This|That|These|Those|There|Here"
_QUANTIFIERS = r"Both|Some|Many|Most|All|Each"
_OPENER_WORDS = (
    _FUNCTION_LEAD + r"|His|Her|Its|"
    r"Their|Our|My|Your|He|She|It|They|We|You|I|" + _DEMONSTRATIVES + r"|Born|Died|"
    r"Married|Founded|Established|Educated|Released|Published|Following|According|Between|"
    + _QUANTIFIERS + r"|One|Two|Three|Early|Later|Late|Today|Currently|"
    r"Mr|Mrs|Ms|Dr|Sir|Lady|Lord|Saint|St|Prof"
)
# a month is also a given name ("Jan Smuts", "June Carter Cash", "Anna May Wong"): inside a name
# only before another capitalised word ("Boston May 5" is no place), and as a name's first word
# only where no date is written (see strip_name_openers)
_MONTHS = _MONTH_WORD[3:-1]
# a function word before a name: the name block's first word may be one (see _NTOK_HEAD)
FUNCTION_OPENER = re.compile(rf"(?:{_FUNCTION_LEAD}|{_DEMONSTRATIVES}|{_QUANTIFIERS})\s+")
# inside a name a capitalised "With" is a name word ("Marie With Bonnevie"): text in sentence
# case does not capitalise it otherwise
# (an opener joined by a hyphen is part of a word: "Saint-Augustin", "St-Pierre"; "He's" is
# still "He")
_OPENERS_IN_NAMES = _OPENER_WORDS.replace("With|", "")
_NOT_NAME = rf"(?!(?:{_OPENERS_IN_NAMES})(?![\w-]))(?!(?:{_MONTHS})(?![\w-])(?!\s{_UP}))"
# a title may also open with a contraction: "I'll Be Your Girl", "There's Something About a …"
_NOT_TITLE = rf"(?!(?:{_OPENERS_IN_NAMES}|{_MONTHS})(?![\w'’-]))"
_NOT_DASHED = (
    r"(?!(?:a|an|the|his|her|their|its|died|born|who|which|whose|and|or|but|now|then|also|of|"
    r"for|from|to|with|by|as|is|was|were|are|not|this|that|these|those)(?![\w'’-]))"
)
# the dashed parts of a word: "Gørvell-Dahll"; a spaced dash also joins tokenised parts,
# "Gørvell - Dahll", "Ko Joo - yeon", but no sentence's words: "William Bowell - a World War II
# decorated veteran"
# (an elided article after a hyphen: "Villeneuve-d'Ascq", "Saint-Jean-d'Angély")
_DASHED_PARTS = rf"(?:(?:-|\s-\s{_NOT_DASHED})(?:[dl]['’](?={_UP}))?{_UP}?{_LET}+)*"
_CAPWORD = rf"(?:Mc|Mac|O['’]|D['’]|d['’]|L['’]|de)?{_UP}{_LET}*(?:['’]{_LET}+)*{_DASHED_PARTS}"
_INITIALS = rf"{_UP}\.(?:\s?{_UP}\.)*"
_PARTICLE = (
    r"(?:de|da|do|dos|das|del|della|degli|di|du|van|von|der|den|ter|te|la|le|bin|ibn|bint|al|el|"
    r"y|e|i|og|zu|af|av|ben|dei|des|zum|zur)"
)
_NICK = r"(?:[\"“]\s?[^\"“”\s]+(?:\s[^\"“”\s]+)?\s?[\"”])"
# regnal numbers ("Carol I", "Gustav V"); "I" not when a verb follows (a quoted first person)
_SUFFIX = (
    r"(?:\s?,?\s(?:Jr|Sr)\.?|\s(?:II|III|IV|V|VI|VII|VIII)(?![\w'’-])"
    r"|\sI(?![\w'’-])(?!\s(?:am|was|have|had|will|would|do|did|think|know|can|could|love|"
    r"want|said|say|feel|felt|went|got|see|saw|met|never|also)\b))"
)
_NTOK = rf"(?:{_INITIALS}|{_CAPWORD})"
# The first token starts with a bare character class so that ``re`` can skip to capitals in C
# (a leading look-ahead would disable that and cost ~10x); capitalised sentence openers caught
# by it ("After Smith") are stripped afterwards (:func:`strip_name_openers`).
_NTOK_HEAD = rf"{_UP}(?:\.(?:\s?{_UP}\.)*|{_LET}*(?:['’]{_LET}+)*{_DASHED_PARTS})"
# a monarch's realm after one name and a regnal number is part of the name: "Philip V of
# Spain", "King George III of the United Kingdom" (the name of Wikipedia's article on them);
# not "Henry W. McGee III of New York", "Cornelius Vanderbilt III of the Vanderbilt family"
# (the styles are also what a title's words after a comma may start with and still name a
# person: resolve's place-title test)
STYLES = (
    "King", "Queen", "Prince", "Princess", "Emperor", "Empress", "Tsar", "Czar", "Tsarina",
    "Kaiser", "Pope", "Sultan", "Shah", "Duke", "Duchess", "Count", "Countess", "Archduke",
    "Archduchess", "Margrave", "Landgrave", "Elector",
)
_REGNAL_REALM = (
    # (a look-ahead first: the look-behinds for a style cost, and a realm is rare)
    r"(?=\s(?:\S+\s)?[IVX]{1,4}\sof\s)"
    "(?:(?:" + "|".join(f"(?<={s})" for s in STYLES) + rf")\s{_NOT_NAME}{_CAPWORD})?"
    r"\s(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI|XVII|XVIII|XIX)"
    rf"\sof\s(?:the\s)?{_NOT_NAME}{_CAPWORD}(?:\s{_NOT_NAME}{_CAPWORD}){{0,2}}"
)
# a name with a realm ("philip v of spain"): its last word is no surname
REALM = re.compile(r"\s[IVX]{1,4}\sof\s")
# a name, body, place or unquoted title starts a word: not "Dreams" of "eDreams", "100" of
# "DX100" (an optional space before it in a pattern may be absent)
_WORD_HEAD = r"(?<![^\W_])"
NAME = (
    rf"{_WORD_HEAD}{_NTOK_HEAD}(?:{_REGNAL_REALM}|"
    rf"(?:(?:\s{_PARTICLE}){{1,3}}\s{_NTOK}|\s(?:{_NICK}\s)?{_NOT_NAME}{_NTOK})"
    # it ends where a word does, or before a possessive: "Radwa Ashour's 2008 novel",
    # "Plautus' play", "Charles Dickens' 1880 novel" (a straight apostrophe before a
    # lower-case word or a number: "his ‘Ant Farm Series’ from 1990" is a quoted title)
    rf"{{0,6}}{_SUFFIX}?)(?:(?![\w'’])|(?=['’]s(?!\w))|(?<=s)(?='\s[a-z\d]))"
)
# a sentence adverb before a name, with no comma after it: "Coincidentally Dzmitry's wife, L"
_SENTENCE_ADVERBS = (
    "Coincidentally|Fortunately|Unfortunately|Interestingly|Additionally|Consequently|"
    "Subsequently|Eventually|Finally|Initially|Originally|Previously|Reportedly|Allegedly|"
    "Apparently|Ironically|Notably|Similarly|Tragically|Sadly|Ultimately|Incidentally|"
    "Surprisingly|Officially|Formerly|Meanwhile|Likewise|Nevertheless|However|Moreover|"
    "Furthermore|Instead|Indeed"
)
OPENERS = re.compile(rf"^(?:{_OPENER_WORDS}|{_SENTENCE_ADVERBS})\.?\s+")
_LEADING_MONTH = re.compile(rf"^(?:(?:{_MONTHS})\s+|(?:{_MONTHS})\.\s*)")
# what a date's month follows: a day ("on 5 May", "the 5th of May"), or a preposition or time
# word that seldom comes before a person ("In May", "in early June", "until May"; not "to",
# "of", "by" or "and": "born to Jan Philipp Reemtsma", "the son of May Smith")
_DATE_BEFORE = re.compile(
    r"(?:\d|\d\w*\s+of|\b(?:[Ii]n|[Oo]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Ee]arly|[Ll]ate|[Mm]id|"
    r"[Dd]uring|[Tt]hrough|[Ll]ast|[Nn]ext)),?\s*$"
)


_DATE_CONTEXT_CHARS = 40  # how much text before a name-led month is looked at


def strip_name_openers(name: str, text: str = "", start: int = 0) -> str:
    """Drop capitalised non-name words a match may start with ("After Smith" -> "Smith").

    A month is dropped when it is part of a date: after another dropped word ("In May Smith
    was"), with an abbreviation's full stop ("Jan. Smith"), or when the ``text`` right before
    the name (which starts at ``start``) ends with a day or a preposition ("on 5 May Smith
    died"); otherwise it is a given name ("Jan Smuts", "married June Carter")."""
    prev = None
    stripped = False
    while prev != name:
        prev = name
        name = OPENERS.sub("", name, count=1)
        stripped = stripped or name != prev
        m = _LEADING_MONTH.match(name)
        if m is not None and (
            stripped
            or m.group().rstrip().endswith(".")
            or _DATE_BEFORE.search(text, max(0, start - _DATE_CONTEXT_CHARS), start)
        ):
            name = name[m.end() :]
            stripped = True
    return name


def _after_any(words: Iterable[str]) -> str:
    """Look-behinds for any of ``words`` right before: one per width (``re`` needs a fixed
    width in each)."""
    by_width: dict[int, list[str]] = {}
    for w in words:
        by_width.setdefault(len(w), []).append(re.escape(w))
    return "|".join(f"(?<={'|'.join(ws)})" for _, ws in sorted(by_width.items()))


# "on" (or "to") joins a council's, a committee's or a campaign's subject to its name: "the
# National Council on Public History", "the International Coalition to Stop Crimes Against
# Humanity" (not a day's "on": "the Security Council on Monday"; months are no name's words)
_BODIES_ON = ("Council", "Committee", "Commission", "Conference", "Working Group", "Task Force",
               "Coalition", "Campaign")
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_ON_IN_NAME = (
    rf"(?:(?:{_after_any(f'{body} ' for body in _BODIES_ON)})on"
    rf"|(?:{_after_any(f'{body} ' for body in ('Committee', 'Coalition', 'Campaign'))})to)"
    rf"(?=\s(?!(?:{_WEEKDAYS}|{_MONTHS})(?![\w-])))"
)
# (Italian, French, Spanish and Portuguese links too: "Accademia delle Arti del Disegno", "Casa
# degli Artisti", "Chœur et Orchestre de Paris Sorbonne")
_CONNECT = (
    r"(?:of|the|and|for|&(?:amp;)?|de|du|des|la|le|di|del|della|delle|dello|degli|dei|et|los|las|"
    r"da|do|das|dos|für|upon|am|an|der|og|y|e)"
)
# "St. Patrick 's Academy", "Our Lady of the Lake University": openers that start a name here
# a plural possessive inside a body's name: "Gayaza Girls' School", "Workers' Party of Korea"
_PLURAL_POSSESSIVE = rf"(?:(?<=s)['’](?=\s{_UP}))?"
# initials before a word of a body's name: "B. Arunkumar & Co", "Richard J. Reynolds High School"
_ORG_INITIALS = rf"{_INITIALS}\s?(?={_UP}{_LET})"
# "St." inside a body's or a place's name, before the saint's: "University of St. Gallen"
_ST_INSIDE = rf"St\.\s(?={_UP})"
# a number after "No." is part of the word: "High School No. 2", "No. 95 Squadron RAF"
_NUMBERED = r"(?:(?<=\bNo)\.\s?\d{1,3}(?![\d–—-]))?"
# an ampersand between capitals is inside the word: "Texas A&M University", "AT&T", "P&amp;O"
# (a dump's "&amp;" as well)
_GLUED_AMP = r"(?:(?<=[A-Z])&(?:amp;)?[A-Z]{1,3}(?![\w'’]))?"
# a French, Spanish, Portuguese or Italian body's name in sentence case, after its head noun:
# "the Collège international de Tunis", "L'École des officiers de la gendarmerie nationale" (its
# lower-case words run until an English one: "the École normale supérieure in 1794")
_ROMANCE_BODY_HEAD = (
    r"(?:Collège|École|Ecole|Université|Institut|Instituto|Universidad|Universidade|Università|"
    r"Escuela|Escola|Colegio|Liceo|Lycée|Académie|Musée|Museo|Société|Sociedad|Sociedade|"
    r"Società|Compagnie|Compañía|Partido|Parti|Frente|Movimiento|Asociación|Associação|"
    r"Associazione|Fundación|Fundação|Fondation|Fondazione|Conservatoire|Conservatorio|Banco|"
    r"Banque)"
)
_ENGLISH_SMALL_WORD = (
    r"(?:in|on|at|and|the|by|with|for|from|to|where|which|who|whose|was|is|were|are|as|since|"
    r"until|after|before|during|of|under|over|into|its|his|her|their|a|an|that|this|while|when|"
    r"but|or|has|had|have|be|been|being|not|also|then|now|than|between|through|throughout|there|"
    r"here|later|earlier|both|each|because|although|though|upon|via|within|without|against|"
    r"among|around|about|near|across|along|towards?|till|so|thus)"
)
_ROMANCE_BODY = (
    rf"(?:(?:L['’]\s?)?{_ROMANCE_BODY_HEAD}(?=\s[a-zß-ÿ])"
    rf"(?:\s(?:(?!{_ENGLISH_SMALL_WORD}(?![\w'’-]))[a-zß-ÿ][\w'’-]*|{_CAPWORD})){{1,8}}"
    r"(?![\w'’]))"
)
ORG = (
    rf"{_WORD_HEAD}(?:{_ROMANCE_BODY}|(?:The\s)?(?:(?:St\.?|Saint)\s{_CAPWORD}(?:\s?['’]s(?![\w'’]))?|Our\sLady"
    # (initials may open a body's name: "B. Arunkumar & Co", "C.F. Hathaway Company")
    rf"|{_NOT_NAME}(?:{_ORG_INITIALS})?(?:{_CAPWORD}{_GLUED_AMP}\d*{_NUMBERED}{_PLURAL_POSSESSIVE}"
    rf"|\d+{_LET}*))"
    # numbers belong to names ("SGO48", "Fire 98 SC", "Studio 54"), years do not; initials
    # stand inside them ("Richard J. Reynolds High School", "C. Simonsen & P. Andersens
    # Stentrykkeri"), but not a letter that ends a sentence ("Before World War I. Stuart
    # Turner Ltd was", "she founded Parlour X. Parlour X offers")
    rf"(?:\s(?:(?:{_CONNECT}|{_ON_IN_NAME})\s){{0,2}}(?:(?![IX]\.){_ORG_INITIALS}|{_ST_INSIDE})?"
    rf"(?:{_CAPWORD}{_GLUED_AMP}\d*{_NUMBERED}{_PLURAL_POSSESSIVE}|\d+{_LET}+)"
    rf"|\s\d{{1,3}}(?![\d–—-]))"
    # (a web address's ending is part of the name: "SellAnyCar.com", "Defense.Net")
    rf"{{0,8}}(?:\.(?:com|net|org|io|tv|fm|Com|Net|COM|NET|Org)(?![\w'’]))?"
    # (a legal form after a comma is part of the name: "GWS USA, LLC", "Acme, Inc.")
    rf"(?:\s?(?:Inc|Ltd|Co|Corp)\.|\s?,\s(?:LLC|L\.L\.C\.|Inc\.|Ltd\.|LLP|PLC|plc)(?![\w.]))?"
    r"(?![\w'’]))"
)
# a place's initials: "D.C.", "U.S.", "U.S.S.R.", "N. H.", "B.C."
_PLACE_INITIALS = r"[A-Z]\.(?:\s?[A-Z]\.)+"
# a place's word starts here: no opener, and no lone capital before a full stop, which starts
# the place's initials ("Washington D.C.") or a name ("Born in Nazareth, Tamil Nadu,
# S.Gunapandian played …")
_PLACE_WORD_START = rf"(?![A-Z]\.){_NOT_NAME}"
_STATE_OF_THE = (
    r"(?:(?<=Republic\sof\s)|(?<=Kingdom\sof\s)|(?<=Commonwealth\sof\s))the(?=\s[A-Z])"
)
_PLACE1 = (
    # (tokenised, "Saint - Petersburg")
    rf"(?:(?:(?:St\.?|Saint|Mount|Mt\.|Fort|Ft\.|Port)(?:\s-)?\s(?={_UP})){{1,2}}"
    rf"|{_PLACE_WORD_START})"
    rf"{_CAPWORD}"
    # ("the" only in a state's name: "the Democratic Republic of the Congo", "Kingdom of the
    # Netherlands")
    rf"(?:\s(?:(?:de|del|da|do|dos|og|upon|am|an|der|sur|en|la|le|of|im|-|{_STATE_OF_THE})\s)"
    rf"{{0,2}}"
    rf"(?:{_ST_INSIDE})?{_PLACE_WORD_START}{_CAPWORD}){{0,4}}(?:\s?{_PLACE_INITIALS})?"
    r"(?![\w'’])"
)
PLACE = (
    rf"{_WORD_HEAD}{_PLACE1}(?:\s?,\s(?:{_PLACE_INITIALS}|{_PLACE1})){{0,3}}"
    # a family's name is no place, nor any of its first words: "born in the Aisin Gioro clan",
    # "born in Azhakathu family"
    rf"(?!(?:\s{_CAPWORD})*\s(?:famil(?:y|ies)|clan|household)\b)"
)
_WCONNECT_WORDS = (
    "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "from", "by",
    "de", "la", "le", "is", "are", "my", "your", "his", "her", "our", "their", "not", "no", "as",
    "into", "over", "under", "up", "out", r"vs\.?", "&(?:amp;)?", "-",
    "et", "los", "las", "les", "des", "du", "del", "della", "di", "da", "und", "die", "das",
    "der", "och", "el",
)
_WCONNECT = "(?:" + "|".join(_WCONNECT_WORDS) + ")"


# right after a work noun a capitalised word starts the title even when it is a word that
# starts sentences: "her 2004 debut album Where I Belong", "the 2004 film , Born to Fight",
# "the film In the Line of Fire" (not a sentence adverb or a date)
_TITLE_NOUNS = (
    "novel", "novella", "book", "film", "movie", "album", "EP", "LP", "single", "song", "track",
    "play", "poem", "opera", "musical", "series", "sitcom", "documentary", "game", "story",
    "memoir", "collection", "anthology", "soundtrack", "mixtape", "compilation", "comic", "manga",
    "record", "episode", "telenovela", "drama", "miniseries", "painting", "biography",
    "autobiography", "essay", "ballet", "symphony",
)
_AFTER_TITLE_NOUN = (
    "(?:"
    + _after_any(f"{n}{sep}" for n in _TITLE_NOUNS for sep in (" ", " , ", ", ", " : ", ": "))
    + r")(?!(?:However|Also|Thus|Currently|According|Although|Though|Today)(?![\w'’-]))"
    rf"(?!(?:{_MONTHS})\s?\d)"
    # (such a word alone is no title: "his book On a tile", "the film It was …")
    rf"(?!(?:{_OPENERS_IN_NAMES})(?![\w'’-])(?!\s(?:{_WCONNECT}\s){{0,3}}(?:{_UP}|\d)))"
)
# a title's word may hold full stops between capitals, "TY.O", "Daleks' Invasion Earth 2150
# A.D.", but does not end inside such a word ("… MMORPG by J.C.Staff premiered")
_GLUED_DOTS = rf"(?:\.(?:{_UP}|\d)+)*(?!\.?[^\W_])"


def _work(connect: str) -> str:
    """A work's title (quoted, or capitalised words and the small words in ``connect``)."""
    return (
        r"(?:[\"“]\s?[^\"“”]{1,80}?\s?[\"”]"
        # (a title does not run on into a year: "the 1990 film X and the 1992 film Y")
        rf"|{_WORD_HEAD}"
        rf"(?:{_NOT_TITLE}|(?=(?:{_OPENERS_IN_NAMES}|{_MONTHS})(?![\w'’-])){_AFTER_TITLE_NOUN})"
        rf"(?:{_CAPWORD}{_GLUED_DOTS}|\d+)(?:(?!\s(?:and|or)\s(?:the\s)?\d{{4}}(?!\d))"
        # (nor into the next work's "YEAR 's": "1979 's Off the Wall to 2001 's Invincible")
        rf"(?!\s(?:{connect}\s){{0,3}}\d{{4}}\s?['’]s(?![\w'’]))"
        # (a plural possessive goes on to its noun: "the 1966 film Daleks' Invasion Earth")
        rf"\s(?:{connect}\s){{0,3}}(?:{_CAPWORD}{_GLUED_DOTS}|\d+)|\s['’]s(?=\s{_UP})"
        rf"|(?<=s)\s?['’](?=\s{_UP})){{0,9}}"
        rf"(?![\w'’]))"
    )


WORK = _work(_WCONNECT)
# a screen work's title before its role: "appeared in the film Epitaph as Asako" ("as" is no
# small word of the title there)
WORK_BEFORE_ROLE = _work("(?:" + "|".join(w for w in _WCONNECT_WORDS if w != "as") + ")")

_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR_NUM = r"(?:[12]\d{3}|[1-9]\d{2})"
_ERA = r"(?:\s?(?:BCE|BC|B\.\s?C\.|AD|A\.\s?D\.|CE)(?![\w]))"
# (?:AD\s)?(?:[12]\d{3}|[1-9]\d{2})(?!\d)ERA? | \d{1,4}ERA, written to start with one character
# class: a pattern (or anchor check) that starts with a year then lets ``re`` skip in C to the
# characters a year can start with, where an optional "AD " first made it try every position
YEAR = (
    rf"(?:[\dA](?:(?<=A)D\s{_YEAR_NUM}(?!\d){_ERA}?|(?<=[12])\d{{3}}(?!\d){_ERA}?"
    rf"|(?<=[1-9])\d{{2}}(?!\d){_ERA}?|(?<=\d)\d{{0,3}}{_ERA}))"
)
_CIRCA = r"(?:(?:c\.|ca\.|circa|c|about|around|approximately|approx\.)\s?)"
DATE = (
    rf"(?<![\w.-]){_CIRCA}?(?:{_DAY}\s(?:of\s)?{_MONTH}\s?,?\s{YEAR}"
    rf"|{_MONTH}\s{_DAY}\s?,?\s{YEAR}"
    rf"|{_MONTH}\s?,?\s{YEAR}"
    rf"|[12]\d{{3}}-[01]\d-[0-3]\d"
    rf"|{YEAR})(?![\w-])"
)
# the dates of a range may touch its hyphen: "(1883-1968)", "(c. 1500-3 May 1550)" (a lone
# DATE does not: "the 1990-91 season" holds no year of its own)
DATE_FROM = DATE[: -len("(?![\\w-])")] + r"(?!\w)(?!-(?!\s?\d))"
DATE_TO = r"(?<![\w.])" + DATE[len("(?<![\\w.-])") :]  # … and the second from one
# a glued lead range, the dash lost in extraction: "( 15 October 18934 April 1953 )" is
# 1893 and 4 April 1953. GLUED_FROM is a day-month-year whose year runs straight into the day of
# the next date; GLUED_TO is that next date, right after a four-digit year
_DAY_NUM = r"(?:[1-9]|[12]\d|3[01])"
GLUED_FROM = (
    rf"(?<![\w.-]){_DAY}\s(?:of\s)?{_MONTH}\s?,?\s[12]\d{{3}}(?={_DAY_NUM}\s(?:of\s)?{_MONTH}\s)"
)
GLUED_TO = rf"(?<=(?<!\d)[12]\d{{3}}){_DAY_NUM}\s(?:of\s)?{_MONTH}\s?,?\s{YEAR}(?![\w-])"
# a range's end year cut to its last two digits: "( 1820 – 88 )" (the extractor reads it in the
# start's century)
SHORT_YEAR_TO = r"(?<![\w.])\d\d(?![\w-])"


def _pronouns(*words: str) -> str:
    """Any of ``words`` as a whole word, capitalised or not."""
    either = "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in words)
    return rf"(?<![\w'’-])(?:{either})(?![\w'’])"


PRON = _pronouns("he", "she", "it", "they", "his", "her", "its", "their")
# the pronouns a body may be (a ship is "she": "She was launched on 24 February 1928"): "He is
# the owner of the service provider "Coaching Zone", which was founded by Thomas Dooley" says
# nothing of a body called "He"
ORG_PRON = _pronouns("it", "they", "its", "their", "she", "her")
# and a work's: "He was released from prison in October 1946" in a film's article is not the
# film's release
WORK_PRON = _pronouns("it", "they", "its", "their")
ORGNOUN = (
    # a whole word at both ends: a "filmmaker" is no "maker", a "journalist" no "journal"
    r"(?<!\w)(?:company|companies|corporation|firm|business|manufacturer|contractor|bank|retailer|"
    r"chain|brand|group|conglomerate|organi[sz]ation|association|federation|union|society|"
    r"institute|institution|agency|authority|university|college|school|academy|club|team|"
    r"league|band|orchestra|choir|ensemble|label|studio|publisher|newspaper|magazine|journal|"
    r"network|channel|station|broadcaster|airline|carrier|operator|charity|foundation|trust|"
    r"party|movement|council|committee|think tank|museum|library|hospital|church|order|"
    r"provider|developer|maker|producer|supplier|distributor|startup|start-up|enterprise|"
    r"cooperative|co-operative|consultancy|agency|holding|subsidiary|venture|"
    r"exchange|hub|centre|center|office|service|services|press|lab|laboratory|website|"
    r"restaurant|hotel|brewery|winery|theatre|theater|ministry|department|court|seminary|casino)"
    r"(?:e?s)?(?![\w-])"
)
WORKNOUN = (
    r"(?:novel|novella|book|film|movie|album|EP|single|song|play|poem|opera|musical|series|"
    r"television series|TV series|sitcom|documentary|video game|game|short story|"
    r"story|collection|anthology|memoir|biography|autobiography|comic|graphic novel|manga|"
    r"anime|painting|symphony|concerto|mixtape|soundtrack|compilation|treatise|essay|"
    r"textbook|encyclopedia|magazine|newspaper|report|miniseries|short film|"
    r"telefilm|drama|comedy|thriller|ballet|sculpture|record|LP|work|screenplay|teleplay)"
)
# from a name to the opening parenthesis of its lead: "Name , OBE (", "Name , née X (",
# "Name ( or Other Name ) (", "Name , ( ) (" — but not across "… , the son of Y ("
_GAPWORD = (
    r"(?!(?:who|which|was|is|were|are|son|daughter|wife|husband|father|mother|brother|sister|"
    r"and|his|her|their|the|a|an|with|by|in|at|for|from|to)\b)[^\s(),;]+"
)
LP = (
    rf"(?:\s?,\s?{_GAPWORD}(?:\s{_GAPWORD}){{0,7}}?){{0,3}}(?:\s?,){{0,2}}\s?"
    r"(?:\([^()]{0,160}\)\s?){0,2}\("
)


def _lead_in(before_separator: str = "") -> str:
    """The optional start of a lead parenthesis, up to a ";", "," or ":" (``before_separator``
    guards what may end it)."""
    return rf"(?:\s?[^()0-9]{{0,160}}?{before_separator}[;,:]\s?)??\s?"


LEADIN = _lead_in()
# … whose last item no label names: a place after it is no other name ("(also known under the
# pseudonym, Lisa de Andráfueda, …", "(Chinese: 楊儒, Pinyin: Yáng Rú, 1840 – …")
LEADIN_UNLABELLED = _lead_in(r"(?<!pseudonym)(?<!inyin)(?<!called)(?<!named)")
GAP = r"(?:[^.;()]{0,80}?)"
DASH = r"(?:\s?(?:[–—‐-]|--|to)\s?)"

# a state university's campus is part of its name: "the University of Texas at Austin", "State
# University of New York at Buffalo", "University of Illinois at Urbana–Champaign", after an en
# dash too: "University of Wisconsin–River Falls" (not another body after "at": "the University
# of Cambridge at Trinity College")
_CAMPUS = (
    rf"{_WORD_HEAD}(?:The\s)?(?:State\s)?University\sof\s(?:{_UP}[\w'’.-]*\s){{0,2}}"
    rf"{_UP}[\w'’.-]*(?:\sat\s|[–—](?={_UP}))"
    r"(?!(?:\S+\s){0,2}(?:University|College|Institute|School|Center|Centre|Hospital|Church|"
    r"Hall|Laboratory|Museum)(?![\w'’]))"
    rf"{_UP}[\w'’-]*(?:[\s–—]{_UP}[\w'’-]*)?(?![\w'’])"
)
SCHOOL = rf"(?:{_CAMPUS}|{ORG})"

MACROS: dict[str, str] = {
    "NAME": NAME,
    "ORG": ORG,
    "PLACE": PLACE,
    "WORK": WORK,
    "WORK_BEFORE_ROLE": WORK_BEFORE_ROLE,
    "DATE": DATE,
    "DATE_FROM": DATE_FROM,
    "DATE_TO": DATE_TO,
    "YEAR": YEAR,
    "PRON": PRON,
    "NAMEP": rf"(?:{PRON}|{NAME})",
    "ORGP": rf"(?:{ORG_PRON}|{ORG})",
    "WORKP": rf"(?:{WORK_PRON}|{WORK})",
    "PLACEP": rf"(?:{PRON}|{PLACE})",
    "ORGNOUN": ORGNOUN,
    "WORKNOUN": WORKNOUN,
    "LEADIN": LEADIN,
    "LEADIN_UNLABELLED": LEADIN_UNLABELLED,
    "LP": LP,
    "GAP": GAP,
    "DASH": DASH,
    "UP": _UP,  # an upper-case letter of any script: É, Ł, Ж
    "GLUED_FROM": GLUED_FROM,
    "GLUED_TO": GLUED_TO,
    "SHORT_YEAR_TO": SHORT_YEAR_TO,
    "_": r"\s?",
    "WORK_PRON": WORK_PRON,
    "SCHOOL": SCHOOL,
    # nothing: ``{VALUE:SAME}`` in a category's list_item gives each item the value of the
    # match that starts the list ("His books include "A" (1945) and "B" (1951)": both his),
    # ``{SUBJ:SAME}`` its subject ("married twice, first to A and then to B": both his)
    "SAME": "",
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
    try:
        rx = cached_compile(expand(pattern))
    except re.error as e:
        raise PatternError(f"not a valid regular expression: {e}") from None
    if "value" not in rx.groupindex:  # a {VALUE:…} slot or a raw (?P<value>…) group
        raise PatternError("pattern has no {VALUE:…} slot")
    return rx


# --- anchoring: a cheap necessary condition for a pattern --------------------------------------
#
# A pattern is a sequence of items (after inlining groups that are neither quantified nor
# alternations). If it matches at s, its items from any index k on match from some position
# a >= s: so when the suffix "items[k:]" matches nowhere in a sentence, the pattern cannot match
# there either. Patterns open with a {SUBJ:NAME} block that the regex engine tries at every
# capital letter; a suffix that opens with a literal ("born", "(", "founded") is found by the
# engine's fast literal/charset scan instead, so testing it first skips almost every sentence a
# pattern cannot match, at a fraction of the cost, and changes no result.

MAX_ANCHOR_CHARS = 12  # an anchor item may start with at most this many different characters
_QUANT = re.compile(r"(?:[*+?]|\{\d*(?:,\d*)?\})[?+]?")


class _NoSplit(Exception):
    pass


def _group_end(rx: str, i: int) -> int:
    """Index just past the group opened at rx[i] == "("."""
    depth = 0
    n = len(rx)
    while i < n:
        c = rx[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _class_end(rx, i)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise _NoSplit


def _class_end(rx: str, i: int) -> int:
    """Index just past the character class opened at rx[i] == "["."""
    j = i + 1
    if j < len(rx) and rx[j] == "^":
        j += 1
    if j < len(rx) and rx[j] == "]":
        j += 1
    while j < len(rx):
        c = rx[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":  # a nested set is a FutureWarning in re; keep it simple
            raise _NoSplit
        if c == "]":
            return j + 1
        j += 1
    raise _NoSplit


def _has_top_alternation(rx: str) -> bool:
    i = 0
    while i < len(rx):
        c = rx[i]
        if c == "\\":
            i += 2
        elif c == "[":
            i = _class_end(rx, i)
        elif c == "(":
            i = _group_end(rx, i)
        elif c == "|":
            return True
        else:
            i += 1
    return False


def _items(rx: str) -> list[tuple[str, bool]]:
    """Top-level items of ``rx`` as (regex, mandatory), unquantified groups inlined."""
    out: list[tuple[str, bool]] = []
    i = 0
    n = len(rx)
    while i < n:
        c = rx[i]
        inner: str | None = None
        if c == "\\":
            if i + 1 >= n or rx[i + 1] in "xuUN0123456789g":
                raise _NoSplit  # numeric escapes and back-references: not worth handling
            j = i + 2
        elif c == "[":
            j = _class_end(rx, i)
        elif c == "(":
            j = _group_end(rx, i)
            body = rx[i + 1 : j - 1]
            if body.startswith("?:"):
                inner = body[2:]
            elif body.startswith("?P<"):
                inner = body[body.index(">") + 1 :]
            elif body.startswith(("?=", "?!", "?<=", "?<!", "?>")):
                inner = None
            elif body.startswith("?"):
                raise _NoSplit  # flags, conditionals, back-references
            else:
                inner = body
        elif c in "|)":
            raise _NoSplit
        elif c in "*+?{" and not (c == "{" and not _QUANT.match(rx, i)):
            raise _NoSplit  # a quantifier without an item
        else:
            j = i + 1
        q = _QUANT.match(rx, j)
        if q is not None:
            quant = q.group(0)
            k = q.end()
            mandatory = quant[0] == "+" or (
                quant[0] == "{" and (quant[1:].split(",")[0].rstrip("}") or "0") != "0"
            )
            out.append((rx[i:k], mandatory))
            i = k
            continue
        if inner is not None and not _has_top_alternation(inner):
            out.extend(_items(inner))
        elif _is_literal(rx[i:j]) and out and out[-1][1] and _is_literal(out[-1][0]):
            out[-1] = (out[-1][0] + rx[i:j], True)  # a run of literal characters: one item
        else:
            out.append((rx[i:j], True))
        i = j
    return out


def _is_literal(item: str) -> bool:
    """Whether ``item`` is a run of plain or escaped punctuation characters."""
    i = 0
    while i < len(item):
        c = item[i]
        if c == "\\":
            if i + 1 >= len(item) or item[i + 1].isalnum():
                return False
            i += 2
        elif c in ".^$*+?{}[]()|":
            return False
        else:
            i += 1
    return True


@lru_cache(maxsize=4096)
def _first_chars(rx: str) -> frozenset[str] | None:
    """Roughly the characters a match of ``rx`` can start with (None: many or unknown).

    Only used to choose an anchor, never to decide a match: ``\\d`` counts as ten digits.
    """
    from re import _constants as sc  # type: ignore[attr-defined]
    from re import _parser as sp  # type: ignore[attr-defined]

    def seq(items: list) -> tuple[set[str], bool] | None:
        """(first characters, whether the sequence can match the empty string)."""
        out: set[str] = set()
        for op, av in items:
            r = one(op, av)
            if r is None:
                return None
            chars, nullable = r
            out |= chars
            if not nullable:
                return out, False
        return out, True

    def one(op, av) -> tuple[set[str], bool] | None:
        if op is sc.LITERAL:
            return {chr(av)}, False
        if op is sc.IN:
            chars: set[str] = set()
            for iop, iav in av:
                if iop is sc.LITERAL:
                    chars.add(chr(iav))
                elif iop is sc.RANGE and iav[1] - iav[0] < 16:
                    chars.update(chr(x) for x in range(iav[0], iav[1] + 1))
                elif iop is sc.CATEGORY and iav is sc.CATEGORY_DIGIT:
                    chars.update("0123456789")
                else:
                    return None
            return chars, False
        if op in (sc.ASSERT, sc.ASSERT_NOT, sc.AT):
            return set(), True
        if op is sc.SUBPATTERN:
            return seq(list(av[3]))
        if op is sc.BRANCH:
            out: set[str] = set()
            nullable = False
            for alt in av[1]:
                r = seq(list(alt))
                if r is None:
                    return None
                out |= r[0]
                nullable = nullable or r[1]
            return out, nullable
        if op in (sc.MAX_REPEAT, sc.MIN_REPEAT, sc.POSSESSIVE_REPEAT):
            r = seq(list(av[2]))
            if r is None:
                return None
            return r[0], r[1] or av[0] == 0
        if op is sc.ATOMIC_GROUP:
            return seq(list(av))
        return None

    try:
        r = seq(list(sp.parse(rx)))
    except (re.error, RecursionError):
        return None
    if r is None or r[1] or not r[0]:
        return None
    return frozenset(r[0])


# "(?:[\w'’-]+\s?){0,3}?" (optionally "-" between words, optionally each word behind a
# negative look-ahead: "(?:(?!of\s)[\w'’-]+\s?){0,5}?"): a few words, each of which the engine
# can split at every letter (every split retried against what follows), the costliest part of
# some anchors ("is a one-and-a-half-story house" took 14 ms)
_WORD_RUN = re.compile(
    r"(?<!\\)\(\?:(?:\(\?!(?:[^()\\]|\\.|\((?:[^()\\]|\\.)*\))*\))?"
    r"(\[[^\]\[]*\])\+(?:\(\?:\\s\?\)|\\s\?)(\(\?:-\(\?:\\s\?\)\)\?)?\)"
    r"\{\d*,(\d+)\}\??"
)


def _loosen(rx: str) -> str:
    """A regex that matches wherever ``rx`` does, cheaper to search: each run of up to n
    words "(?:C+\\s?){m,n}" becomes "C*(?:\\sC*){0,n}" (with a "-" between words allowed:
    "C*(?:[\\s-]{1,3}C*){0,n}"; a look-ahead before each word is dropped), which matches
    every string the run matches (and a few more) without splitting a word in all possible
    ways. Only used for the anchor test, which may accept more sentences than the pattern,
    never fewer."""

    def sub(m: re.Match[str]) -> str:
        sep = r"[\s-]{1,3}" if m[2] else r"\s"
        return f"(?:{m[1]}*(?:{sep}{m[1]}*){{0,{m[3]}}})"

    loose = _WORD_RUN.sub(sub, rx)
    try:
        return _tries(loose)
    except _NoSplit:
        return loose


_MAX_TRIE_WORDS = 400


def _tries(rx: str) -> str:
    """``rx`` with each non-capturing group that is an alternation of finitely many plain
    strings ("(?:novel|novella|book|…)", "(?:Jan\\.?|organi[sz]ed|…)") written as one trie
    ("(?:b(?:ook|…)|novel(?:la)?|…)"). The engine tries the words of an alternation one after
    another at every position it reaches; a trie rules a position out with one character test.
    It matches the same strings; only the order in which they are tried changes, which a check
    (does it match, and where does the first match start) ignores. Scanned with the same
    escape- and class-aware steps as :func:`_items`, so only real groups are rewritten."""
    out: list[str] = []
    i = 0
    n = len(rx)
    while i < n:
        c = rx[i]
        if c == "\\":
            out.append(rx[i : i + 2])
            i += 2
        elif c == "[":
            j = _class_end(rx, i)
            out.append(rx[i:j])
            i = j
        elif rx.startswith("(?:", i):
            j = _group_end(rx, i)
            words = _finite_words(rx[i:j])
            inner = trie_regex(words) if words else _tries(rx[i + 3 : j - 1])
            out.append(f"(?:{inner})")
            i = j
        elif c == "(":
            # other groups (named, lookaround): keep the opener, rewrite inside
            k = i + 1
            if rx.startswith("?P<", k):
                k = rx.index(">", k) + 1
            elif rx.startswith(("?<=", "?<!"), k):
                k += 3
            elif rx.startswith(("?=", "?!", "?>"), k):
                k += 2
            elif rx.startswith("?", k):
                raise _NoSplit  # flags, conditionals: leave the whole regex as it is
            j = _group_end(rx, i)
            out.append(rx[i:k] + _tries(rx[k : j - 1]) + ")")
            i = j
        else:
            out.append(c)
            i += 1
    return "".join(out)


def _finite_words(group: str) -> list[str] | None:
    """The strings a group "(?:a|b…)" matches when they are few and it is built of literals,
    small literal classes, optional characters and alternations of those, with at least one
    alternation (else there is nothing to gain); else None."""
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser as sp  # type: ignore[attr-defined]

    branches = [0]

    def enum(seq: list) -> list[str] | None:
        options = [""]
        for op, av in seq:
            if op is c.LITERAL:
                choices: list[str] | None = [chr(av)]
            elif op is c.IN and len(av) <= 4 and all(o is c.LITERAL for o, _ in av):
                choices = [chr(v) for _, v in av]
            elif op is c.MAX_REPEAT and (av[0], av[1]) == (0, 1):
                inner = enum(list(av[2]))
                choices = None if inner is None else ["", *inner]
            elif op is c.SUBPATTERN and not av[1] and not av[2]:
                choices = enum(list(av[3]))
            elif op is c.BRANCH:
                branches[0] += 1
                choices = []
                for alt in av[1]:
                    sub = enum(list(alt))
                    if sub is None:
                        return None
                    choices += sub
            else:
                return None
            if choices is None:
                return None
            options = [o + ch for o in options for ch in choices]
            if len(options) > _MAX_TRIE_WORDS:
                return None
        return options

    try:
        words = enum(list(sp.parse(group)))
    except (re.error, RecursionError):
        return None
    if not words or not branches[0] or "" in words:
        return None
    return words


def trie_regex(words: Iterable[str]) -> str:
    """A regex matching exactly ``words``, written as a trie ("b(?:ook|iography)|novel(?:la)?"):
    at a position where no word starts, the engine fails after one character test. Where two
    words start at the same position the longer one is tried first."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(node[ch]) for ch in sorted(node) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


@lru_cache(maxsize=4096)
def _max_width(rx: str) -> int:
    from re import _parser as sp  # type: ignore[attr-defined]

    return sp.parse(rx).getwidth()[1]


@dataclass(frozen=True)
class AnchorPlan:
    """Necessary conditions for a pattern to match a sentence, cheapest first.

    ``checks``: suffix regexes that must each match somewhere (today one: the pattern from its
    first literal-led mandatory item past the first item on). ``lead``: the longest text the items before the first anchor can match (None:
    unbounded); a match cannot start more than ``lead`` characters before the first anchor's
    leftmost match, so the full regex is run from there instead of from every position.
    """

    checks: tuple[re.Pattern[str], ...]
    lead: int | None


_NO_PLAN = AnchorPlan((), None)


@lru_cache(maxsize=4096)
def anchor_plan(pattern: str) -> AnchorPlan:
    """The anchoring plan of a pattern (see above); no checks when nothing is literal-led."""
    # deriving a plan parses the whole expanded pattern: kept on disk with the compiled code
    checks, lead = memo(f"anchor_plan/{_PLAN_VERSION}", pattern, lambda: _plan_parts(pattern))
    try:
        return AnchorPlan(tuple(cached_compile(c) for c in checks), lead)
    except (re.error, RecursionError):
        return _NO_PLAN


def _plan_parts(pattern: str) -> tuple[tuple[str, ...], int | None]:
    """(check regexes, lead) of :func:`anchor_plan`, as text."""
    try:
        items = _items(expand(pattern))
    except _NoSplit:
        return (), None
    ks = []
    for k in range(1, len(items)):
        item, mandatory = items[k]
        if not mandatory:
            continue
        chars = _first_chars(item)
        if chars is None or len(chars) > MAX_ANCHOR_CHARS or any(ch.isspace() for ch in chars):
            continue
        ks.append(k)
    if not ks:
        return (), None
    try:
        # the longest such suffix is the strongest test, and its match gives the lead
        check = _loosen("".join(x for x, _ in items[ks[0] :]))
        cached_compile(check)  # a check that does not compile means no plan
        width = _max_width("".join(x for x, _ in items[: ks[0]]))
        checks = [check]
        # When the first anchor is a frequent word or a number ("is|was", a year), searching
        # its suffix is tried, and fails late, in most sentences; a later anchor that is a
        # long word is first ruled out far more cheaply. (Testing a later anchor first for
        # every pattern measured slower: only where the first one is weak.)
        rare = max(ks[1:], key=lambda k: _min_word(items[k][0]), default=None)
        if rare is not None and _min_word(items[rare][0]) >= 4 > _min_word(items[ks[0]][0]):
            pre = _loosen("".join(x for x, _ in items[rare:]))
            cached_compile(pre)
            checks.insert(0, pre)  # the first anchor's test comes last: its match is used
    except (re.error, RecursionError):
        return (), None
    return tuple(checks), (width if width < 100_000 else None)


# plans are kept on disk under the pattern text (regex_cache): keyed by this module's source
# too, so that any change to how plans are derived discards the plans derived before it
_PLAN_VERSION = hashlib.blake2b(Path(__file__).read_bytes(), digest_size=8).hexdigest()


@lru_cache(maxsize=4096)
def _min_word(item: str) -> int:
    """The length of the shortest literal ``item`` can start with when it is a literal or an
    alternation of literals ("(?:founded|formed)" -> 6), else 0: how rare it is as text."""
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser as sp  # type: ignore[attr-defined]

    def lead(seq: list) -> int:
        n = 0
        for op, av in seq:
            if op is c.LITERAL:
                n += 1
            elif op is c.SUBPATTERN and n == 0:
                return lead(list(av[3]))
            elif op is c.BRANCH and n == 0:
                return min(lead(list(alt)) for alt in av[1])
            else:
                break
        return n

    try:
        return lead(list(sp.parse(item)))
    except (re.error, RecursionError):
        return 0
