"""Fact categories: declarative definitions (triggers, patterns, kinds, |E_c|, question).

A category is pure data. Its ``triggers`` are literal words the prefilter looks for in the raw
text (case-insensitively, all categories in one pass); its ``patterns`` are regular expressions
with named building blocks (see :mod:`singleton.extract.patterns`) matched on the candidate
sentences only. Users add or override categories with a TOML or YAML file::

    [categories.nickname]
    description = "Nickname of a person"
    subject_kind = "person"
    value_kind = "person"
    answer_space = 1000
    question = "What is {subject}'s nickname?"
    triggers = ["nicknamed"]
    patterns = ['{SUBJ:NAMEP}{_},?{_}nicknamed{_}[\\"“]?{VALUE:NAME}']

``answer_space`` is |E_c|, the number of plausible *wrong* answers in Theorem 2 of Kalai et al.
(2025); the built-in values are deliberately conservative lower bounds (see the README).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from singleton.errors import UserError

SUBJECT_KINDS = ("person", "organization", "work", "place", "entity")
VALUE_KINDS = ("date", "place", "person", "organization", "work", "entity")
PAREN_TRIGGER = "(#"  # structural trigger: "(" followed by a year, e.g. "X (1909 – 1971)"


@dataclass(frozen=True)
class Category:
    name: str
    description: str
    subject_kind: str
    value_kind: str
    answer_space: int
    question: str
    triggers: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    # the relation holds both ways (spouse): each statement also yields the reverse fact
    symmetric: bool = False
    # regex words one of which the value must contain (an educational institution …)
    value_cues: tuple[str, ...] = ()
    # regex words the value must not start with ("World War" is not a place of death)
    value_stop: tuple[str, ...] = ()
    # regexes tried at the subject's first character (their look-behinds see the text before
    # it): where one matches, the name is another word's object ("the monument to Karl Marx",
    # "tourism in Iceland"), and the statement is not about it
    subject_not_after: tuple[str, ...] = ()
    # a person value may be the first of a list: "founded by A, B and C" gives each of them
    value_list: bool = False
    # a pattern (with SUBJ and VALUE) tried again and again right after a match, for the next
    # items of a list the match starts: "films such as Blue Swallow (2005) and The Fox Family
    # (2006)" gives The Fox Family's year too ("": none)
    list_item: str = ""

    def to_row(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "description": self.description,
            "subject_kind": self.subject_kind,
            "value_kind": self.value_kind,
            "answer_space": self.answer_space,
            "question": self.question,
        }


# Shared pattern pieces (plain strings, concatenated into data below).
_MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
_BORN = r"(?:[Bb]orn|b\.)"
_DIED = r"(?:[Dd]ied|d\.|[Dd]eath)"
# (a word: not the end of "Great Sampford", "Ghulam Mohiuddin Wani", "Thin Zar Oo" after a
# run of any characters and an optional space; the extractor's own checks use it too)
WORD_START = r"(?<![\w'’-])"
_IN = WORD_START + r"(?:in|at)"
_ON_IN = WORD_START + r"(?:on|in)"  # (a word, as _IN: before a date)
# a year alone: not a season "1990-91", a decade "the 1960s sitcom" nor an ordinal "the 1298th
# Sri Lankan film"
_A_YEAR_ALONE = r"(?![-‐]\w|[^\W\d_])"
# words before a sentence-opening "born" or "died" set off by a comma ("Born in P , X …"), not
# another person's: "His father, born in Paris, was …", "two children: Christopher, born in 1950"
_LEAD_IN = r"(?:(?!" + WORD_START + r"(?:[Hh]is|[Hh]er|[Tt]heir)\s|:\s?[A-Z])[^.;]){0,40}?"
# the name a person was born with, after a sentence-opening "Born": "Born Annot Erskine Wilkie
# on 8 June 1874 in Montrose", "Born as Anne Lester"
_BIRTH_NAME = r"(?:(?:as{_})?{NAME}{_}(?=(?:on|in)\s))??"
_NODIED = r"(?:(?!died|d\.)[^()])"
# the words of a lead before its verb: no full stop but an initial's before a name or a title's
# ("Archibald R. Murray (…) was an American lawyer born in Barbados", "Dr. Frank Ephraim Welles
# (…) was"; not "… California, U.S. to Olaf and Rose Kreutz Her mother is a Filipino")
_LEAD_WORDS = (
    r"^(?:[^.;()]|\([^()]{0,200}\)|\b[A-Z]\.(?=\s?[A-Z])|\b(?:Dr|Mr|Mrs|Ms|Prof|Rev|Fr|Sr|Jr|St)\.)"
    r"{0,200}?"
)
# a lead up to "is"/"was": "X ( … ) is", "X, better known as Y, is" (the words "is" and "a"
# are whole words: not inside "Louisa" or "also")
_LEAD_IS = _LEAD_WORDS + r"(?:(?<=\))|(?<=[a-z,]))\s(?:is|was)\s"
# … and right after a parenthesis too ("X (1909–1971)was")
_LEAD_IS_LOOSE = _LEAD_WORDS + r"(?:(?<=\))\s?|(?<=[a-z,])\s)(?:is|was)\s"
# a graduate, with a year and a describing word: "a 2007 graduate", "a '93 alumnus", "a law
# graduate"
_A_GRADUATE = (
    r"[Aa]n?\s(?:(?:[12]\d{3}|['’]\d\d){_})?(?:[a-z]+{_})??(?:graduate|alumnus|alumna|alum)"
)
# relatives: a word of these in the clause of a named subject brings in another person, whom a
# later "his"/"her" may mean ("… and his wife … until her death")
_KIN = r"wife|husband|son|daughter|father|mother|brother|sister"


# a sentence's own subject, its clause (no clause of its own in between), then "and"/"but"
# [later …]: "Morphy never returned to the game, and died in 1884", "She worked in a shirt
# factory and married Harry Baldock"
def _subject_and_then(most: int, chars: str = r"[^.;(),]", more_stops: str = "") -> str:
    return (
        r"^(?:[^.;]{0,60}?,{_})??{SUBJ:NAMEP}\s(?=[a-z])(?:(?!\b(?:who|whom|whose|which|that|"
        r"he|she|they|" + more_stops + r"and|but|" + _KIN + r")\b)" + chars
        + r"){0," + str(most) + r"}?(?:,{_})?(?:and|but){_}(?:later{_}|eventually{_}|then{_})??"
    )


def _not_right_after(words: Iterable[str]) -> str:
    """Look-behinds that refuse a match right after any of ``words`` and a space."""
    return "".join(rf"(?<!{w}\s)" for w in words)


# "on Friday, March 9, 2018": a weekday before a date
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day{_},?{_})?"
# "her second marriage to", "his marriage with"
_NTH_MARRIAGE = r"(?:first{_}|second{_}|third{_})??marriage{_}"
# when a marriage was: "in 1826 ", "on 9 July 1872, "
_WED_WHEN = r"(?:in{_}\d{4}|on{_}{DATE}){_}(?:,{_})?"
# "firstly", "secondly" (or "first"): which of several marriages
_NTH_LY = r"(?:first|second|third|fourth)(?:ly)?"
# how many times someone married, before the list of spouses: "married three times: firstly
# to …", "was married twice, first to …"
_MARRIED_TIMES = r"(?:(?:twice|thrice|(?:three|four|five|several){_}times){_}[,:]{_})?"
# adverbs of a marriage: "had previously been married", "was originally married to"
_WED_ADV = (
    r"(?:later|first|then|also|previously|originally|subsequently|eventually|secretly|"
    r"happily|briefly|once|twice|since)"
)
# a lowercase word that is a describing word, not a function word ("married Cork poet X",
# not "married Jane in New York")
_NOT_FUNCTION = (
    r"(?!(?:in|at|on|and|or|of|from|with|to|the|a|an|after|before|for|who|whom|but|as|by|"
    r"until|when|while|since|during|he|she|they|was|were|is|are|had|has|that|which|"
    r"shortly|soon|later|along|alongside|together|also|then|where|whose|"
    # name particles: "married Isabelle de Bouthillier"
    r"de|des|du|da|di|do|dos|das|del|della|von|van|der|den|ter|zu|la|le|y|bin|ibn|al|el|dit)\b)"
)
# capitalised words that describe the name after them are not the name: "a book by Tony Award
# winner Bob Martin", "married fellow Belarusian Paralympic Nordic skier, Lidziya Hrafeyeva"
_NOT_DESCRIBED = r"(?!(?:[A-Z][\w'’-]*\s){1,3}" + _NOT_FUNCTION + r"[a-z][a-z-]*,?\s[A-Z])"
# what may stand before a spouse's name: "married to former CBS correspondent Bob Evans", "her
# husband, the architect Eliel Saarinen", "his wife, the former Catherine Knyvett"
_SPOUSE_DESCRIBED = (
    # (whole words, each with its space: not "an" of "and", nor "the" of "then"; and the
    # checks below start at the next word)
    r"(?:(?:(?:the|an?|fellow|his|her)\s)?(?:(?:former|late|then|future)(?:\s|{_}-{_}))?"
    r"(?:[A-Z][\w-]+\s(?=[a-z]))?"
    r"(?:" + _NOT_FUNCTION + r"[a-z][a-z-]*\s(?:(?:and\s)?" + _NOT_FUNCTION
    + r"[a-z][a-z-]*\s){0,3}?)?)??"
    # "married Cork poet Ralph Varian": "Cork" is not the name (a lone word is dropped later,
    # and the match would end there)
    r"(?![A-Z][\w'’-]*\s" + _NOT_FUNCTION + r"[a-z][a-z-]*\s(?:[a-z][a-z-]*\s){0,2}{UP})"
    # nor "Belarusian Paralympic Nordic" in "married fellow Belarusian Paralympic Nordic skier,
    # Lidziya Hrafeyeva"
    + _NOT_DESCRIBED
)
# the name after "wife"/"husband", or after a comma and a description: "and his second wife,
# the former Catherine Knyvett"
_SPOUSE_NAMED = r"(?:,{_}" + _SPOUSE_DESCRIBED + r")?{VALUE:NAME}"
# A child's parents are a couple: "the son of Alexis Mousseau and Sophie Duteau", "born in
# Windham to the Reverend Joseph Brewster and Sarah Brewster", "his parents were A (1784–1848)
# and B". Both names are whole and of two words or more (a lone "Joseph" would be read as
# another Joseph of the text; "George R. and Sarah Parkinson (Shaw) Russell" and "Nelle Vesta
# (Hayes) and R" share a surname the names do not show). Grandparents are a couple too. A trade
# may stand before the first name ("the daughter of actors Raf Vallone and Elena Varzi") and,
# only then, before the second ("of actress Camryn Manheim and former model Jeffrey Brezovar";
# not "the son of Invertebrate Biologist and author Ralph Buchsbaum", nor "the son of Philip
# Lehman and the grandson of E").
_TRADE_WORD = r"(?!(?:and|of)\b)[a-z]+\s"
# a nationality's word: "Australian", "Danish", "Chinese", "Icelandic", "Pakistani", "French"
_DEMONYM_WORD = r"[A-Z][a-z]+(?:an|ish|ese|ic|i|ch)"
# a nationality before a lower-case trade: "Australian expatriate James Hunt", "Mexican singer
# and actress X" (not a first name before a particle: "Abdulrahman bin Nasser")
_NATIONALITY_BEFORE_TRADE = (
    r"(?:" + _DEMONYM_WORD + r"\s(?=[a-z])(?!(?:bin|ibn|bint|al|el|de|da|di|del|der|"
    r"van|von|la|le|y)\b))?"
)
# "Mexican singer and actress": a nationality, then one or two trades, each maybe two joined
_TRADES = (
    _NATIONALITY_BEFORE_TRADE + r"(?:" + _TRADE_WORD + r"(?:and\s(?!the\b)[a-z]+\s)?){1,2}?"
)
# "the son of", "a stepdaughter of", "children of": a child's parents follow
_CHILD_OF = r"(?<![\w-])(?:grand|step)?(?:son|daughter|child|children){_}of"
_PARENTS = tuple(
    r"(?:" + _CHILD_OF + r"|(?<![\w-])[Bb]orn{_}"
    r"(?:[^.;()]{0,100}?{_})??(?:,{_})?(?<![\w-])to|(?<![\w-])parents{_}(?:are|were)){_}"
    r"(?:(?:the|parents|his|her){_})?"
    + trade_first
    + r"(?=[^\s,.]+\s(?!and\b)(?:[a-z]{1,5}\s)?[\"“]?[A-Z]){SUBJ:NAME}(?<![\s.][A-Z]\.)"
    r"{_}(?:\((?!(?:[A-Z][\w'’-]*\s?){1,2}\))[^()]{0,40}\){_})??(?:,{_})?and{_}(?:the\s)?"
    + trade_second
    + r"(?=[^\s,.]+\s[A-Z]){VALUE:NAME}(?![\w'’-]|{_}[A-Z]|{_}\([^()]*\){_}[A-Z])"
    r"(?!{_}(?:,{_})?and{_}[A-Z])(?!\s(?!n[ée]e\b)" + _NOT_FUNCTION + r"[a-z]+\s[A-Z])"
    for trade_first, trade_second in (
        (f"(?:{_TRADE_WORD}){{0,2}}?", ""),
        (_TRADES, _TRADES),
    )
)

# a preposition right before a name makes it another word's object, not the statement's
# subject: "The Faculty of veterinary medicine at LUANAR was established", "the monument to Karl
# Marx was opened", "tourism in Iceland , founded in 2012", "the section between A and B was
# opened", "by Simon Rouen in 1853" (a whole word, lower-case, right before the name)
def _after(words: str, then: str = "") -> str:
    return "|".join(rf"(?<={WORD_START}{w}\s){then}" for w in words.split("|"))


_LOCATIVE = "in|at|near|between|within|inside|outside|across|among|throughout|behind|beside"
_NOT_AFTER_LOCATIVE = "".join(rf"(?<!{WORD_START}{w}\s)" for w in ("in", "at", "near"))
_PREPOSITION = _LOCATIVE + "|to|for|from|with|by|into|onto|on|via|against|toward|towards|under"
# a body named as the whole of another's part: "Royal Ladies Ministries International, the
# women's wing of the Royalhouse Chapel International, which she founded in 1994", "the joint
# venture of Shinjin Motors and American Motor Corporation (AMC), established in 1974"
_PART_OF_ANOTHER = _after(
    "wing of|wing of the|joint venture of|joint venture between|arm of|arm of the"
)
# a body: after any preposition ("founded by", "a subsidiary of" keep theirs: "of" is not one),
# or after "in the" unless a comma sets off what follows ("The first station in the Duchy of
# Brunswick was established in Kreiensen", but "she served in the Wilmette Institute, a …
# institution founded in 1995"), nor after a part of a place ("Fire station 5 of Ramersdorf in
# the east of Munich was inaugurated", "the service in the districts of Munich was founded")
_ORG_NOT_AFTER = (
    _after(_PREPOSITION),
    _after(
        "|".join(f"{w} the" for w in _LOCATIVE.split("|")),
        r"(?!(?:(?:[A-Z][\w'’.&-]*|of|the|and|for|de|du|la)\s){0,8}?[A-Z][\w'’.&-]*\s?,)",
    ),
    _after(
        "east of|west of|north of|south of|centre of|center of|heart of|outskirts of|"
        "suburbs of|districts of|parts of"
    ),
    _PART_OF_ANOTHER,
)
# a founder's body: "by Wikipedia co-founder Jimmy Wales" is the body's founder, "one of the
# founders of the chess club in Smíchov" not Smíchov's
_FOUNDED_NOT_AFTER = (_after(_LOCATIVE), _PART_OF_ANOTHER)
# a spouse: an office's body is no one's husband ("pastor of Steeple Church, Dundee, and his
# wife", "Knight of the Order of the Golden Fleece and his wife"), while "son of X" is X's
_SPOUSE_NOT_AFTER = (
    _after(
        "pastor of|minister of|rector of|vicar of|priest of|chaplain of|Knight of the|Order of|"
        "Order of the|member of|[Pp]resident of|founder of|co-founder of|head of|director of|"
        "chairman of|CEO of|owner of|[Mm]ayor of|[Gg]overnor of"
    ),
)
# a work: "a music video for "Heavy"", "a book by Bill Forsyth", "in Urdu"; but a quoted title
# after "in" or "on" is the work itself ("starred in "Nafrathuvumun" (2019)"), and so is the
# next work of a list ("followed by Rani Saheba ( 1930 )")
_WORK_NOT_AFTER = (
    # (and an artist after "featuring": "a remix featuring rapper 21 Savage was released")
    # (and a cast member after "starring": "His first film, "No Vacancy", starring Christina
    # Ricci was released in 1999")
    _after("with|for|to|from|about|via|featuring|feat\\.|ft\\.|starring|co-starring"),
    _after(
        "featuring rapper|featuring singer|featuring vocalist|featuring guitarist|"
        "featuring producer|featuring DJ"
    ),
    r"(?<=" + WORD_START + r"(?<!followed\s)by\s)",
    # (a year is no title after its month: "In March 2002, the first novel by Antonio Canales")
    _after(_MONTH_NAMES, r"(?=\d)"),
    # (a role's work is the work: "starred in Cycle (2008)", "her roles in Blue Swallow (2005)")
    _after(
        "in|at|on",
        r"(?![\"“])(?<!starred\sin\s)(?<!appeared\sin\s)(?<!role\sin\s)(?<!roles\sin\s)"
        r"(?<!debut\sin\s)(?<!starring\sin\s)",
    ),
)


# "the capital of the Brazilian state of Bahia" is Bahia's: a demonym and "state (province …)
# of" before the place
_DEMONYM_UNIT_OF = (
    r"(?:[A-Z][a-z]+(?:an|ese|ish)\s(?:state|province|region|territory|department|county|"
    r"district|prefecture|oblast|governorate)\sof\s)?"
)
# a word before "capital" that leaves it the seat of government: not "the industrial capital of
# India", "the cultural capital", "the summer capital" (but "the political and financial capital")
_SEAT_WORD = (
    r"(?:(?:political|administrative)\s(?:and|&)\s[a-z]+|(?!(?:industrial|cultural|financial|"
    r"economic|commercial|business|entertainment|music|fashion|tourist|tourism|spiritual|"
    r"religious|artistic|intellectual|literary|sporting|sports|culinary|gastronomic|shopping|"
    r"design|technology|tech|film|publishing|media|summer|winter|unofficial|"
    # ("Paris was the musical capital of Europe")
    r"musical|educational|academic|scientific|medical|banking|trade|trading|manufacturing|"
    r"nightlife|gambling|creative|world|global|wine|beer|coffee|"
    r"cultural-historical)\b)[a-z]+)"
)
# the words before "capital" that the appositions below allow (a closed list: not "Jingdezhen
# (the porcelain capital of China)")
_CAPITAL_WORDS = (
    r"(?:(?:former|provisional|administrative|political|national|federal|state|provincial|"
    r"regional|historic(?:al)?|ancient|old|royal|imperial|new|first){_}){0,2}"
)
# "Paris is the capital and largest city of France"
_LARGEST_CITY = (
    r"and{_}(?:the{_})?(?:largest|biggest|most{_}populous|main|chief|principal){_}"
    r"(?:city|town|port|settlement)"
)
_AND_LARGEST = r"(?:" + _LARGEST_CITY + r"{_})?"
# "married Chao Yuezhi's niece": a possessive name before a relative is not the spouse
_NOT_RELATIVE_OF = (
    r"(?!(?:['’]s|(?<=['’]s))\s(?:[a-z]+\s)?(?:niece|nephew|daughter|son|sister|brother|father|mother|"
    r"widow|cousin|granddaughter|grandson|aunt|uncle|stepdaughter|stepson)s?\b)"
)
# the full stop of an abbreviation inside a gap that stops at a sentence's end ("developed
# and published by Atari , Inc. , released on …")
_ABBREV_DOT = r"(?<=\bInc)\.|(?<=\bLtd)\.|(?<=\bCorp)\.|(?<=\bCo)\.|(?<=\bBros)\.|(?<=\bJr)\."
# a spouse is no name with a possessive: "married Chao Yuezhi's niece", "remarried Năm Phỉ's
# younger sister Bảy Nam" (her relative; up to four words)
_NOT_ANOTHERS = r"(?!(?:{UP}[^\s'’,;()]*\s){0,3}[^\s'’,;()]+{_}['’]s\b)"
# after "married": not "married a daughter of Inayatullah Khan" (her father is no spouse), nor
# "married his daughter Anna to King Charles" (she is the bride)
_NOT_THE_BRIDES_KIN = (
    r"(?!(?:an?|the|his|her){_}(?:[a-z]+{_})?(?:daughter|son|sister|brother|niece|"
    r"nephew|granddaughter|grandson|cousin|widow|child)s?{_}of\b)"
    r"(?!(?:his|her){_}(?:daughter|son|child|children)s?\b)"
)
# "his first wife", "his thirteenth wife"
_ORDINAL = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"[a-z]+teenth|twentieth|last|only)"
)
# up to four describing words: no preposition, article or "and" that would start another phrase
_DESCRIBING = (
    r"(?:(?!(?:of|from|at|by|for|in|on|with|to|the|an?|and|or|who|which|that)\b)"
    r"[\w'’,-]+\s){0,4}?"
)
# died [at the age of 78] [of a heart attack , …] [, on / during DATE ,] in P / at his home [near
# …] in P / at the home of his daughter in P / [, due to …] at a hospital in P; … died on 27
# February 2015 in his hometown in Pune; died after a stroke in his house in East London; died
# at the Maina Soko Medical Centre in Lusaka
# a building, then its town: "born at Charity Hospital in New Orleans", "died at Channing House
# in Palo Alto", "in LabAid Cardiac Hospital, Dhaka": the town is the place (a building named
# alone stays the place: "He died at Carstairs House in December 1848")
# ("Medical Center", not a town's "Rockville Centre"; after a comma only for a death, whose
# sentence goes on with the date: "Born in 1805 at Kilronan Castle, King Tenison was …")
_BUILDING = (
    r"(?:Hospitals?|Clinic|(?:Medical|Health|Care|Cancer|Heart|Rehabilitation){_}Cent(?:re|er)|"
    r"Infirmary|Sanatorium|Sanitarium|Hospice|Hotel|Prison|Nursing{_}Home|House|Hall|Castle|"
    r"Manor|Palace)"
)
_BUILDING_NAME = r"(?:[A-Z][\w'’.-]*{_}){1,5}?" + _BUILDING + r"{_}"
_BUILDING_IN_TOWN = r"(?:" + _BUILDING_NAME + _IN + r"{_}(?=[A-Z]))?"
_BUILDING_THEN_TOWN = r"(?:" + _BUILDING_NAME + r"(?:,?{_}" + _IN + r"{_}|,{_})(?=[A-Z]))"
# "the city of X", "the Duchy of X" before a place; a time is none: "died in the reign of Louis
# XIV"
_THE_OF_PLACE = (
    r"the\s(?!(?:reign|rule|time|days|era|age|period|course|midst|wake|presence|service)\s)"
    # a family or a home is no place: "born in the merchant family of Eugen Laubmann", "died at
    # the home of Mortimer L. Schiff"
    r"(?![a-z ]{0,30}?\b(?:famil(?:y|ies)|clan|household|home|house|residence)\s)"
    r"[a-z ]{0,30}?of\s"
    # "the Soviet city of Leningrad", "the Suffolk town of Aldeburgh", "the Himalayan hill
    # station town of Naini Tal", "the Parisian suburb of Neuilly": the place a settlement's
    # noun names. (A suburb's is either: "the Sydney suburb of Liverpool", "the Kabulonga
    # suburb of Lusaka"; the first place, true either way, is kept but for a people's word.)
    r"|the\s(?:(?:[A-Z][\w'’.-]*\s){1,3}(?:[a-z-]+\s){0,3}?(?:city|town|village|hamlet|port|"
    r"capital|resort)|" + _DEMONYM_WORD + r"\s(?:[a-z-]+\s){0,3}?(?:suburb|neighbou?rhood|"
    r"borough|quarter))\sof\s(?=[A-Z])"
)
# an age at death: "aged 80 years", "at the age of 80 years old", "age 68"
_AGED_N = r"(?:at{_}the{_}age{_}of|aged?){_}\d{1,3}(?:{_}years(?:{_}old)?)?"
_DIED_PLACE = (
    # ("died suddenly in Mexico", "died in office in Maniwaki", "died age 83 on …")
    r"(?:died|passed away){_}(?:(?:suddenly|peacefully|unexpectedly){_})?"
    r"(?:in{_}(?:office|post|exile){_},?{_})?"
    # ("died, age 68, in Christchurch")
    r"(?:,?{_}" + _AGED_N + r"{_},?{_})??"
    r"(?:(?:of|from|after){_}[^.;()0-9]{0,100}?{_})??"
    # ("died on the 11 April 2015 in Rio Claro", "died in June 1990 at the age of 83 in
    # Plantation, Florida", "died 29 December 1968 in Dundee", "died in 1949, aged 69 years, in
    # Washington", "died on 10 April 1988 (aged 91) in High Wycombe")
    r"(?:(?:,{_})?(?:(?:on|in|during){_})?(?:the{_})?{DATE}{_},?{_}"
    r"(?:" + _AGED_N + r"{_},?{_}|\({_}aged{_}\d{1,3}{_}\){_})?)??"
    r"(?:at{_}(?:(?:(?:his|her|their){_}home|the{_}home{_}of{_}(?:his|her|their){_}[a-z-]+){_}"
    r"(?:near{_}[^.;()0-9]{0,40}?{_})??)??" + WORD_START + r"in"
    r"|" + _IN + r"{_}(?:his|her|their){_}(?:home|hometown|house|residence|apartment|flat"
    r"|native{_}[a-z]+){_}" + _IN
    + r"|at{_}the{_}[A-Z][^.;()0-9,]{0,60}?{_}" + _IN
    # (its town after "in" or a comma: "at St Stephen's Hospital, Delhi")
    + r"|" + _IN + r"{_}" + _BUILDING_THEN_TOWN + r"|" + _IN
    + r"|(?:[^.;()0-9]{0,60}?{_})??" + _IN + r"{_}(?:an?|the)\shospital{_}" + _IN + r"){_}"
    # ("died in The Hague"; not "in the Adelaide Hospital", "in the Kot massacre", nor a house:
    # "at The Glebe")
    r"(?:" + _THE_OF_PLACE + r"|(?<=in\s)The\s(?=[A-Z]))?{VALUE:PLACE}"
)
# "died at the age of 81 on 26 March 2018", "died age 83 on March 1 , 1971", "died of natural
# causes at age 85 on …": an age (and words after it) before the date
_AGE = (
    r"(?:" + WORD_START + r"(?:at{_}(?:the{_})?age{_}(?:of{_})?|aged?{_}|at{_})\d{1,3}{_},?{_}"
    r"(?:[^.;,()0-9]{0,40}?{_})??)?"
)  # a gap inside "( born … )" that does not run into "died"
# "died at the age of 44 at the University Teaching Hospital (UTH) in Lusaka, on …", "died at an
# early age of 40 in 1855": an age right after "died"
_DIED_AGE = (
    r"(?:at{_}(?:the{_}|an?{_}(?:early|young|advanced|old){_})?age{_}of{_}\d{1,3}{_},?{_}|"
    r"aged{_}\d{1,3}{_},?{_})?"
)
# "but died just four months later in February 1869"
_LATER = (
    r"(?:(?:(?:just|only|some|about|nearly|almost|barely){_})?(?:an?|one|two|three|four|five|"
    r"six|seven|eight|nine|ten|eleven|twelve|a{_}few|several|\d{1,2}){_}"
    r"(?:days?|weeks?|months?|years?){_}later{_},?{_})?"
)
# "born in the Duchy of Parma", "born in the Bronx", "born in The Hague": the article is not the place
_THE = r"(?:" + _THE_OF_PLACE + r"|[Tt]he\s(?=[A-Z]))?" + _BUILDING_IN_TOWN
_PLACE_STOP = (
    _MONTH_NAMES + r"|World|Battle\s(?:of|for)|War|Office|Hospital|Army|Navy|Service|School|University|College|"
    r"Congress|Parliament|Senate|The|Catholic|Jewish|Christian|Muslim|English|French|German|"
    r"American|British|Irish|Spanish|Italian|Russian|Polish|Dutch|Swedish|Norwegian|Danish|"
    r"Greek|Turkish|Japanese|Chinese|Indian|Canadian|Australian|Mexican|Brazilian|Korean|"
    r"Roman|Royal|National|State|Prison|Camp|Concentration|Holocaust|Auschwitz|Season|League|"
    r"Championship|Cup|Olympics|Olympic|Games|Division|Regiment|Squadron|Street|Avenue|"
    r"Road|Family|Church|House|Palace|Castle|Cathedral|Infirmary|Home|Mother|Father|God|Christ|"
    # an era after a year is no place: "Yu Xi (虞喜; 307–345 AD)", "the Zhou Dynasty (1046 BC–256 BC)"
    r"BCE|BC|AD|CE"
)
# A definite description of the document's subject: "The company was founded in 1998",
# "The album was released on …". The resolver maps it to the main entity only when the lead
# introduced the entity with that noun (or a near synonym), else drops the statement.
_ORG_DEF_NOUNS = (
    r"company|corporation|firm|business|manufacturer|bank|retailer|airline|brand|label|studio|"
    r"publisher|band|group|ensemble|club|team|school|college|university|academy|institute|"
    r"newspaper|paper|magazine|journal|organi[sz]ation|association|society|agency|party|"
    r"foundation|museum|library|hospital|church|station|network|channel|league|festival|"
    r"orchestra|choir|chain|restaurant|hotel|project|programme|program|seminary|"
    r"brewery|distillery|winery|"
    # (bodies and areas with an inception too: "The constituency was created in 1918", "The
    # municipality was established on 1 July 1913")
    r"constituency|diocese|parish|municipality|district|subdistrict|town|village|squadron|"
    r"regiment|battalion|brigade|unit|union|trust|institution|federation|fund|award|prize|"
    r"council|committee|commission|"
    # (and what the lead calls a movement, a campaign, a venue or a work of engineering:
    # "The movement was founded in May 2014 by eight students", "The bridge was opened in 1974")
    r"movement|coalition|alliance|campaign|initiative|charity|casino|cinema|theatre|theater|"
    r"centre|center|venue|stadium|arena|airport|park|zoo|bridge|railway|"
    # (a dynasty or a house of worship: "This temple was founded in 1696 during the Qing
    # dynasty", "The mosque was opened in 1966"; not "house", "The house was opened to the
    # public", nor "order")
    r"dynasty|monastery|abbey|convent|priory|temple|mosque|cathedral"
)
_WORK_DEF_NOUNS = (
    r"album|film|movie|song|single|track|novel|book|play|poem|series|show|game|opera|musical|"
    r"record|EP|documentary|sitcom|episode|story|novella|memoir|comic|manga|painting|work|"
    r"collection|anthology|soundtrack|compilation|mixtape|picture|serial"
)
_DEF = r"(?:[Tt]he|[Tt]his)\s(?:[a-z-]+\s){0,2}?"
# subject slots: the block, a pronoun, or a definite description; works may start with "The"
_ORG_S = r"(?P<subj>{ORGP}|" + _DEF + r"(?:" + _ORG_DEF_NOUNS + r")(?![\w-]))"
# the nouns of a writer's trade ("by the American writer X")
_WRITER_NOUNS = r"writer|author|novelist|poet|journalist|playwright|historian|scholar"
# a writer's trade before an author's name, maybe with a second one: "by author Francesco
# Pacifico", "by American author and law professor Stephen L. Carter"
_WRITING_TRADE = (
    r"(?:" + _WRITER_NOUNS + r"|critic|essayist)"
    r"(?:\s(?:and|&)\s(?:[a-z-]+\s)?[a-z-]+)?\s(?=[A-Z])"
)
# given names shaped as a nationality's word, before a name: "by Jean Hanff Korelitz", "by
# Norman C. Hutchinson" (not "by American John Updike")
_GIVEN_LIKE_DEMONYM = (
    r"(?:Jean|Joan|Norman|Ivan|Brian|Bryan|Ryan|Evan|Alan|Allan|Dean|Sean|Juan|Susan|Christian|"
    r"Adrian|Julian|Vivian|Jonathan|Nathan|Stefan|Stephan|Dan|Megan|Morgan|Logan|Duncan|Eric|"
    r"Dominic|Frederic|Ludovic|Heinrich|Dietrich|Ulrich|Friedrich|Levi|Ravi|Naomi|Heidi|Luigi)"
)
# "a novel by Jamaican Roger Mais", "by American writer X": a nationality (and a profession)
# before an author's name is not part of it
_DEMONYM = (
    # (with no trade after it, only before a name of two words or a trade of its own: "by
    # Pertti Jarla" is a name, "by American YouTuber, entrepreneur, and author X" is not)
    r"(?:(?!" + _GIVEN_LIKE_DEMONYM + r"\s)" + _DEMONYM_WORD + r"\s(?:" + _WRITING_TRADE
    + r"|(?=[A-Z][\w'’.-]*(?:\s[A-Z]|,)))|" + _WRITING_TRADE + r")?"
)
# a character of a gap before "by" that names no other role than writing: "a TV series directed
# by K and written by L" is not K's, "a story anthology edited by E" not E's
_NOT_OTHER_ROLE = (
    r"(?:(?!directed|produced|illustrated|edited|translated|published|developed|hosted|presented|"
    r"narrated|performed|composed|designed|drawn|animated)[^.;()])"
)
# a release that has not happened yet: "is scheduled to be released in 2021"
_NOT_YET = r"scheduled|planned|set\sto|due\sto|expected|intended"
# a later season or edition is not the work: "the series was renewed for a 10 episode second
# season, which premiered on 6 July 2017" dates the season (a first season's premiere is the
# work's own)
_LATER_PART = (
    r"(?<![\w-])(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|"
    r"next|new|final|last|another)\s(?:[\w-]+\s){0,2}?(?:season|series|edition|volume)s?\s?,?\s"
    r"(?:which|that)\s"
)
# where the gap between a work and its release verb stops: either of the two above
_NOT_THE_WORKS_RELEASE = _NOT_YET + "|" + _LATER_PART
# … or a quoted title right before "that/which", the subject of its own clause: "X was the
# dedicatee of a collection, "Z", that was published in 1850"
_RELEASE_GAP_STOP = _NOT_THE_WORKS_RELEASE + r"|[\"”]{_},?{_}(?:that|which)\s"
# a release in print or on screen
_RELEASE_VERB = r"(?:published|released|premiered|issued)"
# the end of a name in the possessive: tokenised "Acme 's", or untokenised "Acme's", where the
# name block has taken the "'s" itself
_POSSESSIVE_END = r"(?:{_}['’]s?|(?<=['’]s))"


def _work_subject(block: str = "WORK") -> str:
    """A work's title block as the subject slot, with its article."""
    return r"(?P<subj>(?:The\s|An?\s(?=[A-Z]))?{" + block + "})"


_WORK_T = _work_subject()
# a work's maker of two or more words in the possessive, before its title: "William Kennedy 's
# Legs ( 1975 )" is Legs (one word may be the title's own: "Midnight 's Children")
# ("The French Lieutenant 's Woman" is a title)
_POSSESSOR = r"(?:(?!(?:The|An?)\s)(?:[A-Z][\w.'’-]*\s){1,3}[A-Z][\w.-]*{_}['’]s?{_}(?=[A-Z\"“]))?"
# the last words of an unquoted name before a year in parentheses that make it no work (a quoted
# title ends with its quote): an award or a contest ("the Society's Marshall Medal (2015)"), a
# building or an institution ("Salvisberg's First Church (1936)", "the Kazakh State Women's
# Pedagogical Institute (1963)"; not "Hall", "House", "Park" or "Company", which end titles too:
# "Bleak House", "South Park", "Bad Company")
_NOT_A_WORK_END = (
    "Medal", "Award", "Awards", "Prize", "Championship", "Championships", "Cup", "Trophy",
    "Games", "Open", "Election", "Church", "Chapel", "Cathedral", "Building", "Institute",
    "University", "College", "Fellowship", "Scholarship", "Exhibition", "Hospital", "Museum",
    "Stadium", "Station",
)
# a title before its year in parentheses
_TITLE_BEFORE_YEAR = (
    # (a species and its authority is no work: ""E. amerinae" (Linnaeus, 1758)")
    r"(?![\"“]\s?[A-Z][a-z]*\.?(?:\s[a-z]\.)?\s[a-z]{2,}(?:\s[a-z]{2,})?\s?[\"”]{_}\([^()\d]{1,60},)"
    + _WORK_T
    + "".join(f"(?<!{word})" for word in _NOT_A_WORK_END)
    # (or after its publisher, or its title in another language: "( Dva boitsa , 1943 )",
    # "(Springer, 2009)"; words only: not "Portugal ($2,132)", "the UK (1997, 1999)", nor a
    # person's work: "Kirsten Tan ("Pop Aye", 2017)")
    + r"{_}\({_}(?:[^()\d\"“”]{1,60}?{_},{_})??{VALUE:YEAR}"
)
# what may follow a title's year inside its parentheses: words of its own ("The Devil 's
# Daughter ( Meredith Press , 1969 , based on the legal troubles of William Sharon )"), or
# the end of a series' years, whose first is its release ("May to December ( 1989 – 94 )")
_YEAR_REMARK = r"{_},{_}[a-z][^()\d]{0,80}?"
_YEARS_END = r"{_}[–—-]{_}(?:\d{4}|\d{2})"
# a title and its year in parentheses, "Lotus ( 2012 )"
_TITLE_YEAR = _TITLE_BEFORE_YEAR + r"(?:" + _YEAR_REMARK + r")?{_}\)"
# a span is read only after a series' noun or in a list of works, as a person's life or a term
# of office has one too: "his son Aage Bang (1891-1955)", "editor of the "Sunday Express"
# (1934–1939)"
_TITLE_SPAN = _TITLE_BEFORE_YEAR + _YEARS_END + r"{_}\)"
_TITLE_YEAR_OR_SPAN = _TITLE_BEFORE_YEAR + r"(?:" + _YEARS_END + "|" + _YEAR_REMARK + r")?{_}\)"
# works named in the plural: "Other novels include …"
_PLURAL_WORKS = (
    r"films|movies|novels|books|albums|songs|singles|plays|poems|operas|musicals|works|scores|"
    r"roles|appearances|credits|publications|collections|recordings|compositions|paintings|"
    r"writings|stories|releases|games|series"
)
# the nouns a list of works may follow ("several successful dramas including Nijaat ( 1993 )")
_LISTED_WORKS = (
    _PLURAL_WORKS + r"|dramas|pieces|serials|programmes|sitcoms|documentaries|telenovelas"
)
# the quoted title a sentence names before "based on … of the same name": the title that name is
# (""Scumbag" (Slovak: "Sviňa") is a 2020 thriller directed by …, based on the novel of the same
# name"); without one, the document's own
_SAME_NAME_AS = (
    r"(?:(?P<subj>[\"“]\s?[^\"“”]{1,80}?\s?[\"”]){_},?{_}"
    r"(?:(?:[^.;()\"“”]|\([^()]{0,40}\)){0,120}?{_})??)?"
)
# "his 1973 collection", "her first novel": a work of the pronoun's person
# "his"/"her": the value is the pronoun's person
_HIS_HER = r"(?<![\w'’])(?=[Hh]is\b|[Hh]er\b){VALUE:PRON}{_}"
_HIS_WORK = (
    _HIS_HER + r"(?:\d{4}{_})??(?:[a-z-]+{_}){0,2}?"
    r"(?:novel|book|novella|collection|memoir|(?<!extended\s)play|poem|autobiography)"
)
# a written work's noun, before its quoted title: "the 1907 novel "The Brass Bowl"", "and the
# biography "Alice Walker: A Life"" (an "extended play" is a record)
_WRITTEN_WORK_NOUN = (
    r"(?:novel|novella|book|poem|(?<!extended\s)play|memoir|story|collection|biography|"
    r"autobiography|essay|treatise)s?"
)
# a quoted title (capitalised: not a quoted phrase, "the "only textbook on social work in
# Singapore"") that is not one the person edited or translated, nor another's: "The Cambridge
# Companion to Chaucer" (edited with Piero Boitani), ""Dracula" by Bram Stoker"
_QUOTED_TITLE = r"[\"“]\s?(?:{UP}|\d)[^\"“”]{0,120}?[\"”]"
_NOT_EDITED_OR_OTHERS = (
    r"(?!{_}\({_}(?:co{_}-?{_})?(?:edited|ed\.|translated|trans\.))"
    r"(?!{_}(?:\([^()]{0,120}\){_})?,?{_}by\s)"
)
# the words between a list's items: ", ", ", and ", "and " (below, also after an item's
# parentheses)
_AND_SEP = r"(?:,{_}(?:and{_})?|and{_})"
_LIST_SEP = r"(?:{_}\([^()]{0,120}\))?{_}" + _AND_SEP
_OWN_QUOTED_TITLE = r"(?P<subj>" + _QUOTED_TITLE + r")" + _NOT_EDITED_OR_OTHERS
# a maker of two or more words in the possessive, named as the value: "E. L. Doctorow 's", "John
# Fowles '", "Joyce's" (a lone apostrophe after an "s" and before a space: not "Cory O’Brien")
_MAKER_WORDS = r"(?!(?:The|An?)\s)(?:{UP}[\w.'’-]*\s){1,3}{UP}[\w.-]*"
_POSSESSIVE_S = r"(?:{_}['’]s|(?<=s){_}['’])\s"
_MAKERS = _MAKER_WORDS + _POSSESSIVE_S
_MAKER_S = r"(?P<value>" + _MAKER_WORDS + r")" + _POSSESSIVE_S
# an unquoted title in a list of makers' works, as short as the list allows: it ends before a
# year in parentheses, a punctuation mark, or "and" and the next maker ("Jean Genet 's The
# Balcony and James Joyce 's Ulysses"; its own "'s", "-" or "&": "Midnight 's Children",
# "Slaughterhouse - Five", "Mason & Dixon")
_TITLE_WORD = r"(?:{UP}|\d)(?:[\w&'’-]|\.(?=\w))*"
_TITLE_WORDS = (
    r"(?:The\s|An?\s)?" + _TITLE_WORD + r"(?:\s(?:(?:of|the|and|in|on|to|a|an|for|with|from|at|"
    r"&|[-–]|['’]s)\s){0,2}" + _TITLE_WORD + r"){0,8}?"
)
_LISTED_TITLE = (
    # (with its subtitle before its year: "Pericles , Prince of Tyre ( c.1608 )")
    _TITLE_WORDS + r"(?:{_},{_}" + _TITLE_WORDS + r"(?={_}\())?"
    + "".join(f"(?<!{word})" for word in _NOT_A_WORK_END)
    + r"(?={_}(?:[(,.;:!?]|$)|\sand\s(?:{UP}[\w.-]*\s){0,3}{UP}[\w.-]*{_}['’])"
)
# a list of written works, each after its maker in the possessive, that a word for literature
# opens: "adapted other works of literature - Jean Genet 's The Balcony and James Joyce 's
# Ulysses", "examples of historiographical metafiction include : William Kennedy 's Legs (
# 1975 ) , Salman Rushdie 's Midnight 's Children ( 1981 )" (the later items: ``list_item``)
_LITERATURE_LIST = (
    r"(?<![\w-])(?:literature|(?:meta)?fiction(?:al)?|novels|novellas|poems|books|"
    r"(?:literary|written){_}works|writings)(?![\w-])[^.;()\"“”]{0,60}?"
    r"(?:(?<![\w-])(?:include[sd]?|including|such{_}as)|:|\s[-–—])(?![\w-]){_}(?::{_})?"
    + _MAKER_S + r"(?P<subj>" + _LISTED_TITLE + r")"
)
# "His books include "A" (1945) and "B" (1951)", "Her novels are "A" (2012) and "B" (2017)",
# "Her books include the collection "A" and the biography "B"": written works only ("Her works
# include" may be paintings)
_HIS_WORKS_INCLUDE = (
    _HIS_HER + r"(?:[a-z-]+{_}){0,2}?(?:books|novels|"
    r"novellas|publications|plays|poems|memoirs|writings|(?:written|literary){_}works|"
    r"(?:poetry|story|essay){_}collections|collections{_}of{_}(?:poems|poetry|stories|short{_}"
    r"stories|essays)){_}(?:include[sd]?|are|were)(?:{_}[,:])?{_}(?:the{_}(?:[\w'’-]+{_}){0,2}?)?"
    + _OWN_QUOTED_TITLE
)
# "… is a 1998 novel", "… was a 1936 British film": the year before the work noun (a word
# tokenised at its hyphen is one: "a 1969 American depression - era melodrama film")
_A_YEAR_WORK = (
    r"(?:an?|the)\s{VALUE:YEAR}" + _A_YEAR_ALONE
    + r"{_}(?:[\w'’-]+(?:\s-\s[\w'’]+)?{_}){0,4}?{WORKNOUN}(?![\w-])"
)
# any words at a sentence's start, a subtitle, a gloss, then "is": a lead's subject that counts
# only when it resolves to the document's own title (the empty group "main" says so)
_MAIN_TITLE_IS = (
    r"^(?P<main>)(?P<subj>[^\s.;:()\"“”][^.;:()\"“”\n]{0,100}?)"
    r"(?::{_}[^.;()\n]{1,150}?)??{_}(?:\([^()]{0,80}\){_})??(?:is|was){_}"
)
# "… is a 2018 play by Martin McDonagh": the work noun, then its author
_A_WORK_BY = (
    # ("an extended play" is a record)
    # (the noun is the subject's own: "the 30th overall episode of the series and
    # is written by" is an episode's, "the title of a 1909 novel by" the novel's)
    # (a television series' writer is no author, nor is a collector: "a four-part British
    # television crime drama series, written by", "a collection of drawings gathered … by")
    r"(?:an?|the)\s(?:(?!(?<!title\s)of\s|(?:television|TV|film|anime)\b)[\w'’-]+{_}){0,5}?"
    r"(?:novel|novella|book|poem|(?<!extended\s)play|story|"
    r"memoir|essay|collection|biography|autobiography|comic|manga|short{_}-?{_}story|"
    r"treatise|textbook|series|trilogy|volume|tale|fable|epic|saga|pamphlet|novelette|"
    r"libretto)(?!{_}of{_}(?:films|movies|drawings|paintings|photographs|art|songs)\b)"
    r"{_}(?:" + _NOT_OTHER_ROLE + r"{0,40}?{_})??"
    r"(?:(?:illustrated{_}and{_})?written{_}(?:and{_}(?:illustrated|drawn){_})?|authored{_})??"
    r"by{_}"
    r"(?:the{_}(?:[\w'’-]+{_}){0,3}(?:" + _WRITER_NOUNS + r"){_})??" + _DEMONYM
    # (a compound demonym before a trade is no name: "by Canadian-American cognitive scientist")
    + r"(?![A-Z]\w*-[A-Z][\w-]*\s[a-z])"
    r"{VALUE:NAME}"
)
# (a part of the work is not it: "The trailer of the film was released on February 19, 2018")
_WORK_S = (
    r"(?P<subj>{WORK_PRON}|(?:The\s)?{WORK}|(?<!\sof\s)" + _DEF + r"(?:" + _WORK_DEF_NOUNS
    + r")(?![\w-]))"
)
# two works' shared release: "…" and "…", both released in D; unquoted titles only after a
# plural noun of released works (narrower than _PLURAL_WORKS: no "roles", "credits" or
# "appearances", whose items need not be titles)
_BOTH_WORKS = r"(?<![\w-])(?:albums|singles|films|movies|novels|books|songs|EPs|games|plays){_}(?:,{_})?"
_BOTH_RELEASED = (
    r"{_}(?:[^.;()\"“”,]{0,40}?{_})??(?:,{_}|(?:were|are){_})both{_}(?:released|published|"
    r"issued){_}" + _ON_IN + r"{_}{VALUE:DATE}"
)
# a law, named with its year: "the Jones Act of 1916", "the Mauritius Independence Act 1968",
# "the revised Norwegian constitution of 4 November 1814", "the 1787 Northwest Ordinance".
# Wikidata, and Re-DocRED after it, give legislation a publication date and name it without the
# year. (Its words do not open with a preposition or a section's noun, "Under the Smith Act",
# "Section 5 of the Banking Act 1959", nor run on past another law's "Act": "the National
# Industrial Recovery Act in the Bituminous Coal Conservation Act of 1935", nor name a kind of
# law: "a Local Act of 14 August 1890"; "Title VII of the Civil Rights Act"; nor an award's
# category: "the 2017 MTV Europe Music Awards for Best Spanish Act".)
_LAW_WORD = (
    r"(?!(?:The|A|An|In|On|At|By|Under|Of|For|From|To|After|Before|During|Since|Until|With|"
    r"Through|Following|According|Prior|Due|Pursuant|When|While|Its|His|Her|Their|This|That|"
    r"Both|Section|Article|Title|Chapter|Part|Schedule|Act|Awards?|Prize)\s){UP}[\w'’.–-]*\s"
    r"(?:(?:of|and|for|on|the|in|to|with)\s){0,2}(?<!and\sthe\s)"
)
_LAW = (
    r"(?P<subj>(?<![\w'’.–-])(?<!Title\s)(?<!Part\s)(?<!Section\s)(?<!Article\s)"
    r"(?<!Chapter\s)(?!(?:Local|Private|Public|Amendment|Enabling)\sAct\b)(?:" + _LAW_WORD
    + r"){1,6}(?:Act|Ordinance|Proclamation|[Cc]onstitution))(?![\w'’-])"
)
# a date that opens with its month or its day, right after a verb with no preposition:
# "released January 25 , 2011", "was officially established 26 January 1931"
_MONTH_OR_DAY_AHEAD = r"(?=[A-Z][a-z]{2,8}\.?{_}\d|\d{1,2}(?:st|nd|rd|th)?{_}[A-Z])"
# the date of a release verb: "released in the U.S. on 16 September 2008"; "released January
# 25 , 2011" (a date right after the verb: not "released during March 2018")
_RELEASE_DATE = (
    r"(?:(?:(?:(?!(?:after|before|until|following|since)\s(?!on\b|in\b))"
    r"(?:U\.\s?[SK]\.|[^.;()0-9])){0,60}?{_})??(?:,{_})??" + _ON_IN + r"{_}"
    r"|" + _MONTH_OR_DAY_AHEAD + r"){VALUE:DATE}"
)
# "X [also, then, …] released"
_RELEASE_ADV = (
    r"(?:also{_}|then{_}|later{_}|officially{_}|independently{_}|digitally{_})??"
)
# a work noun of a release sentence ("her debut album", "a sequel")
_RELEASE_NOUNS = (
    r"album|albums|single|singles|song|songs|EP|LP|mixtape|record|film|movie|novel|book|"
    r"sequel|prequel|video|game|series|episode|documentary|soundtrack|compilation|track|"
    r"play|musical|opera|comic|collection|autobiography|memoir|biography|poem|story|essay|"
    r"paper|article|report|monograph|textbook"
)
# words right before "the film X in D" that make the date another act's: "began shooting",
# "recorded their debut EP", "adapted the novel", a single's "from her album", an award "for
# the short film"
_NOT_RELEASED_BY = (
    "began", "started", "read", "adapted", "remade", "reissued", "translated", "revived", "from",
    "for", "shooting", "filming", "recorded", "recording", r"worked\son",
)
# a screen work's noun: "the horror film", "telenovela", "the TVB drama", "the short film"
_SCREEN_WORK = (
    r"(?<![\w-])(?:film|movie|feature|short|telefilm|telenovela|miniseries|mini{_}-?{_}series|"
    r"drama)(?:{_}film)?"
)
# up to three words before a screen work's noun, none that names something made of it or about
# it, "a remake of the film", "a documentary about the film" (its own date is not the work's),
# nor a work to come: "starred in the upcoming film "Sobre Girassóis""
_SCREEN_WORK_WORDS = (
    r"(?:(?!(?:of|about|on|to|for|from|remake|adaptation|version|revival|production|staging|"
    r"parody|upcoming|forthcoming|unreleased|planned|proposed)(?![\w'’-]))[\w'’-]+{_}){0,3}?"
)
# a releaser named by a noun: "the band released …"
_RELEASER = r"[Tt]he{_}(?:band|group|duo|trio|singer|rapper|label|company|studio|publisher){_}"
# what "X released" names: "her first solo album , " Harkin "" or a quoted title ("its self -
# titled debut album": four tokens); a noun's "of …" before a comma ("its final album of
# original material , The Battle of Los Angeles")
_RELEASED_WORK = (
    r"(?:(?:(?:his|her|their|its|the|a|an){_})?(?:[\w'’-]+{_}){0,4}?(?:" + _RELEASE_NOUNS
    + r"){_}(?:of{_}(?:[a-z][\w'’-]*{_}){1,3}?(?=,))?(?:,{_})?(?:(?:titled|entitled|called){_})?"
    r"|(?=[\"“]))" + _WORK_T
)
# nouns that make a lead's subject something with an inception date
_ORGNOUN2 = (
    r"(?:{ORGNOUN}|project|festival|tour|programme|program|initiative|campaign|competition|"
    r"tournament|event|award|prize|command|unit|division|regiment|squadron|fleet|force|"
    r"formation|battalion|brigade|"
    r"dynasty|empire|kingdom|state|province|county|municipality|city|town|village|district|"
    r"governorate|alliance|caucus|commission|agreement|treaty|group|band|duo|trio|outfit|"
    # ("an advisory body", not "a body of water")
    r"collective|airport|park|stadium|arena|bod(?:y|ies)(?!{_}of\b))(?:e?s)?(?![\w-])"
)
_FOUNDED = (
    r"(?:co{_}-?{_})??(?:founded|established|formed|incorporated|inaugurated|set up|created|"
    r"launched|opened|organi[sz]ed|started|chartered)"
)

# a founder is a person: "established by the United States government" names none
_ORG_VALUE_STOP = (
    r"United|National|Government|Royal|Republic|Kingdom|Church|Ministry|Department|"
    r"University|Council|Congress|Parliament|Federal|State|Imperial|Soviet|British|American|"
    r"French|German|Japanese|Chinese|Indian|Spanish|Italian|Russian|Dutch"
)
# not a later name of a list of names, whose first part is cut off: "Kaiser and Hagen" of
# "Harms, Kaiser and Hagen", "Twisters and Drawers" of "Beamers, Twisters and Drawers" (a
# capitalised word and a comma, or "and", right before)
_NOT_IN_A_LIST_OF_NAMES = r"(?<!\sand\s)" + "".join(
    rf"(?<!\b[A-Z][a-z]{{{n}}},\s)" for n in range(1, 16)
)
# the last word of a publisher's name: "Prentice-Hall published his book" names no author
_PUBLISHER_WORDS = ("Press", "Books", "Hall", "House", "Publishing", "Publishers", "Company")
# a body's main office, and "has its …" before it
_HQ_NOUNS = r"headquarters|head{_}office|main{_}office"
_HAS_ITS = r"(?:has|had){_}(?:its|their){_}"
# before a headquarters' place: "the central … province of P", or a country's or a region's
# "the": "based in the United Kingdom", "based in the UAE", "based in the Greater Cleveland,
# Ohio region" (not any name: "based in the Gustmeyer House" is a building)
_THE_PLACE = (
    r"(?:the\s(?:(?!and\b)[\w ]){0,40}?(?:of|in)\s|the\s(?=(?:United\s(?:States|Kingdom|Arab)|"
    r"UK|US|USA|UAE|Netherlands|Philippines|Czech\sRepublic|Bahamas|Gambia|Maldives|"
    r"(?:Democratic|Dominican)\sRepublic|Republic\sof|Greater\s[A-Z]\w*|Bay\sArea)\b))?"
)
# an acronym in parentheses inside a description: "a Leeds-based internet exchange point (IXP)"
_ACRONYM_PAREN = r"\([A-Z][A-Za-z]{1,6}\)"
# one character of a description's gap, or such an acronym
_DESCRIPTION_CHAR = r"(?:[^.;()]|" + _ACRONYM_PAREN + r")"


def _is_then_and(stops: str) -> str:
    """ "is|was", up to 120 characters with none of the words ``stops``, then "and": "was
    founded in 2014 and [is] headquartered in …"."""
    return (
        r"(?:is|was){_}(?:(?!\b(?:" + stops + r")\b)(?:[^.;()]|\([^()]{0,60}\))){0,120}?{_}and{_}"
    )


# a founder named after "by": lower-case describing words may come first ("by the guitarist
# X"), but not a preposition ("started by biking enthusiasts in South Africa") and not an
# institution or a country ("established by the United States government")
_FOUNDER_V = (
    _NATIONALITY_BEFORE_TRADE
    # (not the bodies of a merger: "formed in 2011 by a merger between Bunda College of …")
    + r"(?:(?!(?:in|at|of|from|for|with|and|on|to|as|merger|amalgamation|merging|union)\b)"
    r"[a-z]+{_}){0,3}?(?!(?:"
    + _ORG_VALUE_STOP
    + r"|South|North|East|West|New)\b)"
    # (nor a government or a ministry named by its place: "by Andhra Pradesh Government", "by
    # the Toulouse Chamber of Commerce and Industry")
    + r"(?!(?:[A-Z][\w'’.-]*\s){1,3}(?:Government|Ministry|Council|Department|Committee|"
    r"Chamber|Board)\b)"
    # (nor a band or a body that describes the founder: "by Bang Tango guitarist Drew Fortier")
    + _NOT_DESCRIBED
    # (nor someone named by another's possessive: "formed by MacArthur's Chief Intelligence
    # Officer, Brigadier-General Charles A. Willoughby")
    + r"(?!(?:[A-Z][\w.-]*\s){0,3}[A-Z][\w.-]*['’]s\s)"
    + r"{VALUE:NAME}"
)
# the dashes that join "based" to a place: "Denver-based", "New York–based"
BASED_DASH = r"[-‐–—]"
# prepositions and "and": no body's kind
_LINK_WORDS = r"in|at|of|for|with|from|to|by|on|and"
# where a body is based or its nationality, and its kind, before its name: "co-founded New
# York-based production company Plum Pictures", "founded the Berlin-based independent theatre
# company Nico and the Navigators", "co-founded the Mexican restaurant Dos Caminos", "formed the
# Hawaiian music group, Waipuna" (the place or the nationality is no body's name; nor is the
# body one of its parts: "the Hessian branch of Labour and Social Justice")
_BODY_ORIGIN = (
    r"(?:(?:[A-Z][\w'’.]*\s){0,3}[A-Z][\w'’.]*{_}[-–—]{_}based\b|" + _DEMONYM_WORD + r"\s"
    r"(?!(?:" + _LINK_WORDS + r"|or|as|which|that|who|was|is)\b)(?=[a-z]))"
)
# parts of a body: "co-founder of the Madeiran branch of …" is not of the body
# (and its local units, one or many: "the Hyderabad unit of Indian National Congress", "the 1
# Million Cups chapters in North Dakota")
_PART_NOUNS = r"(?:branch|wing|chapter|section|division|arm|office|unit)(?:e?s)?"
_ORIGIN_AND_KIND = (
    r"(?:" + _BODY_ORIGIN + r"\s?(?:(?!(?:" + _LINK_WORDS + r"|" + _PART_NOUNS + r")\b)[a-z-]+\s)"
    r"{0,4}?,?{_}(?=[A-Z]))?(?!" + _BODY_ORIGIN + r")"
)
# (nor a shorter name before the rest of it: "1 Million" of "the 1 Million Cups chapters")
_NOT_PART = r"(?!(?:{_}[A-Z][\w'’.-]*)*{_}(?:" + _PART_NOUNS + r")\b)"
# capitalised words and a body's noun that describe the name after them: "Independent Film and
# Media company " (Steelyard Pictures)
_BODY_DESCRIPTION = (
    r"(?:(?:[A-Z][\w'’.&-]*|and|of|&)\s){1,6}(?:[a-z][\w-]*\s){0,2}{ORGNOUN}\s"
)
# a founded body's name as its subject, past the words that describe it (and not one of its
# parts): "founder of Independent Film and Media company Steelyard Pictures", "co-founded DDOS
# prevention firm Defense.Net", "co-founded the Mexican restaurant Dos Caminos"
_FOUNDED_BODY = (
    r"(?:" + _BODY_DESCRIPTION + r"(?=[A-Z])|(?!" + _BODY_DESCRIPTION + r"[A-Z]))"
    + _ORIGIN_AND_KIND + r"{SUBJ:ORG}" + _NOT_PART
)
# a parenthesis of a lone year, a comma and a name, with no "born" and no span: a work's year
# and its label or place ("• Nāpili (2013, Waipuna)" in a discography), not a birth
_NO_BARE_YEAR_AND_NAME = r"(?!(?:c\.{_})?\d{3,4}{_},{_}[^()\d–—‐-]*\))"
# "Reign of Henry I (1100–1135)": a reign, not a lifespan (nor the "I" of it a name)
_NOT_REIGN = r"(?<![Rr]eign\sof\s)(?!(?:I|II|III|IV|V|VI|VII|VIII)\b)"
# a school as a value: not where a dash runs on ("Texas State University – San Marcos" is a
# campus name that runs past the dash, and half of it would be a wrong value), nor before "of"
# (a name cut short: "University" of "University of Wisconsin – …")
_SCHOOL = r"{VALUE:SCHOOL}(?!{_}[–—]{_}[A-Z]|{_}of\s)"
_EDU_CUES = (
    r"University|Universit[äéày]|Universidad|Universidade|Università|College|School|Institute|"
    r"Institut|Academy|Akademie|Académie|Conservatory|Conservatoire|Polytechnic|Politecnico|"
    r"Seminary|Gymnasium|Lycée|Hochschule|Technion|Yeshiva|Madrasa|Sorbonne|MIT|UCLA|INSEAD|"
    r"Escuela|Escola|École|Ecole|Scuola|Colegio|Liceo|Schule|Universitat|"
    # ("graduated from the Szent László Gimnázium")
    r"Gimn[aá]zium|Gimnazjum|Gimnazija|Gimnasio|Lyceum|Liceum|Collegium|Istituto|Instituto|"
    r"Universiti|Universitas|Universiteit|Högskola|Hogeschool|"
    r"ETH|Juilliard|Eton|Harrow|Oxford|Cambridge|Harvard|Yale|Princeton|Stanford|Berkeley|"
    # (a state's college of agriculture and mechanics: "West Texas A&M", "Florida A&amp;M")
    r"A&(?:amp;)?M"
)
# "appointed a Professor of Medicine at X", "carried out research at X", "a lecturer position
# at X", "a post-doctorate post at Yale": work at a university, not study there; nor is an
# honorary degree ("an Honorary Doctorate from the University of West England")
_NOT_STUDY = (
    r"\s(?:appointed|[Pp]rofessor(?!\s[A-Z])|[Ll]ecturer|position|[Rr]esearcher|[Pp]ost-?doctora(?:l|te)|"
    r"postdoc|[Hh]onorary|taught|teach|employed|hired|worked|working|job|staff|post(?![\w-]))\b"
)


def _school_word_within(stops: str) -> str:
    """A school's word (``_EDU_CUES``) within the next words of a name, none of them one of
    ``stops`` (where another phrase starts), after an optional "the"."""
    return r"(?:the\s)?(?:(?!" + stops + r"\s)[\w'’.&-]+\s){0,6}?(?:" + _EDU_CUES + r")\b"


# a school's department, faculty, division or programme, then "of": the school
_UNIT_OF = (
    r"(?:(?<=[Dd]epartment\s)|(?<=[Ff]aculty\s)|(?<=[Dd]ivision\s)|(?<=[Pp]rogram\s)|"
    r"(?<=[Pp]rogramme\s)|(?<=[Gg]raduate\sschool\s))of"
    # (a school's name follows, not a subject's: "studied in the faculty of Geography and Land
    # Sciences at the University of Latvia" goes on to "at")
    r"(?=\s" + _school_word_within(r"(?:and|at|in|of)") + r")"
)
_EDU_BARE = (
    r"(?:(?:The|La|El|Le|Il|L['’])\s?)?(?:University|College|School|Institute|Academy|Escuela|"
    r"Escola|École|Ecole|Scuola|Colegio|Liceo|Schule|Universitat|Universidad|Université)$"
)

BUILTIN_CATEGORIES: dict[str, Category] = {
    c.name: c
    for c in [
        Category(
            name="birth_date",
            description="Date of birth of a person",
            subject_kind="person",
            value_kind="date",
            # Kalai et al.'s birthday example: 365 days, one right, 364 wrong
            answer_space=364,
            question="When was {subject} born?",
            triggers=("born", "date of birth", PAREN_TRIGGER),
            patterns=(
                # a web page's label line: "Born: March 3, 1950 in Chicago", "Date of birth: …"
                r"^(?:Born|Date{_}of{_}birth){_}:{_}(?:on{_})?{VALUE:DATE}",
                # Wilfried " Willi " Schneider ( born 13 March 1963 in Mediaș , Transylvania );
                # Alecu Russo ( born in March 17 , 1819 , … ); ( né X on 3 June 1977 in … )
                r"{SUBJ:NAME}{LP}{LEADIN}(?:was{_})?" + _BORN + r"{_}(?:" + _ON_IN + r"{_})??"
                r"(?:" + _NODIED + r"{0,100}?\s"
                + _ON_IN + r"{_}|(?:(?!died|d\.)[^()0-9]){1,60}?,{_})??"
                r"{VALUE:DATE}",
                # Ross Alger ( August 20 , 1920 – January 16 , 1992 ); ( c. 1500 – 3 May 1550 );
                # ( Nîmes , 2 June 1663 — Voorburg , May 1719 )
                _NOT_REIGN + r"{SUBJ:NAME}{LP}{LEADIN}{VALUE:DATE_FROM}(?:[^()–—]{0,60}?)??{DASH}"
                r"(?:[Dd]ied{_}|d\.{_})??(?:[^()–—0-9]{0,40}?)??{END:DATE_TO}",
                # Johan Mølmann Anderson Lysholm Angell ( 1820 – 88 ): the end year cut short
                _NOT_REIGN
                + r"{SUBJ:NAME}{LP}{LEADIN}{VALUE:DATE_FROM}{DASH}{END:SHORT_YEAR_TO}{_}\)",
                # Lajos Puskás ( 1944- ), Florence Schust (1917– ): a life not yet ended (a
                # recent year opens a term: "Susan Rivera (2020- )", "West Coast Eagles (2020-)")
                _NOT_REIGN
                + r"{SUBJ:NAME}{LP}{LEADIN}(?P<value>1[1-9]\d\d|200[0-5]){_}[–—‐-]{_}\)",
                # Carol II ( 15 October 18934 April 1953 ): a range glued when its dash was lost
                r"{SUBJ:NAME}{LP}{LEADIN}(?:born{_})?{VALUE:GLUED_FROM}",
                # ( Александр Алексеевич Боровков , 6 March 1931 , Moscow ) (not a lone year:
                # "• E Mau Ke Aloha (2014, Waipuna)" is an album's year and label)
                r"{SUBJ:NAME}{LP}{LEADIN}" + _NO_BARE_YEAR_AND_NAME
                + r"{VALUE:DATE}{_}(?:,|in){_}{PLACE}{_}\)",
                # Leandro Mbomio Nsue , born 5 January 1938 ( Río Muni , Bata ) , died …
                r"{SUBJ:NAME}{_},{_}" + _BORN + r"{_}(?:on{_}|in{_})??{VALUE:DATE}",
                # He was born on 27 December 1841 in Buttenhausen; Smith was born in 1963
                # Giuda was born Michelle Mai Selesky in San Juan Capistrano , California , on
                # February 18 , 1985; Anderson was born to George and Jane Anderson on March 9 ,
                # 1822; Chua was born at Byrne 's Maternity Clinic in Singapore on May 3 , 1949;
                # Rothwell was born May 1 , 1836
                r"{SUBJ:NAMEP}{_}(?:,[^,()]{0,80},{_})??(?:,{_}who{_})??(?:was|is){_}(?:originally{_})?born{_}"
                r"(?:(?:and|&){_}(?:raised|brought up){_})??"
                r"(?:(?:as{_})?{NAME}{_}(?=(?:on|in|at|near)\s|,))??"
                r"(?:to{_}[^.;()0-9]{0,60}?{_}(?=" + WORD_START + r"(?:on|in|at)\s))??"
                r"(?:(?:in|at|near){_}(?:the{_})?{PLACE}{_},?{_}){0,2}?"
                r"(?:,{_})??(?:"
                + _ON_IN + r"{_}(?:the{_}(?=\d))?)?(?:about{_}|around{_})??{VALUE:DATE}",
                # Rachel Kerina Chikwamba is a Zimbabwean plant geneticist born in 1967
                _LEAD_IS
                + r"an?\s(?:(?!\b(?:who|whose|whom|of|and)\b)[^.;()]){0,120}?\sborn{_}"
                r"(?:on{_}|in{_})?{VALUE:DATE}",
                # … is a professional Swiss snowboarder and musician who was born in Lausanne on
                # 1 June 1994
                _LEAD_IS
                + r"an?\s(?:(?!\b(?:who|whose|whom|of|his|her|their)\b)[^.;()]){0,120}?\swho{_}"
                r"(?:was|is){_}born{_}(?:" + _IN + r"{_}(?:the{_})?{PLACE}{_},?{_}){0,2}?"
                r"(?:on{_}|in{_})?{VALUE:DATE}",
                # Born on 3 May 1920 in Paris, Smith ... (subject: the document's main entity);
                # with the birth name: "Born Harriet Rogers on February 23, 1812 in …"; with a
                # bare date: "Born March 2, 1834 in Nuku Hiva, …"
                r"^(?:" + _LEAD_IN + r",{_})??[Bb]orn{_}" + _BIRTH_NAME + r"(?:" + _IN
                + r"{_}{PLACE}{_},?{_})??(?:" + _ON_IN + r"{_})?{VALUE:DATE}",
            ),
        ),
        Category(
            name="death_date",
            description="Date of death of a person",
            subject_kind="person",
            value_kind="date",
            answer_space=364,
            question="When did {subject} die?",
            triggers=(
                "died",
                "death",
                PAREN_TRIGGER,
                "passed away",
                "suicide",
                "murder",
                "assassinat",
                "killed",
                "found dead",
                "own life",
            ),
            patterns=(
                r"^(?:Died|Date{_}of{_}death){_}:{_}(?:on{_})?{VALUE:DATE}",
                _NOT_REIGN + r"{SUBJ:NAME}{LP}{LEADIN}(?:born{_})?{START:DATE_FROM}(?:[^()–—]{0,60}?)??"
                r"{DASH}(?:[Dd]ied{_}|d\.{_})??(?:[^()–—0-9]{0,40}?)??{VALUE:DATE_TO}",
                _NOT_REIGN + r"{SUBJ:NAME}{LP}{LEADIN}(?:born{_})?{START:DATE_FROM}{DASH}"
                r"{VALUE:SHORT_YEAR_TO}{_}\)",
                r"{SUBJ:NAME}{LP}{LEADIN}(?:[^()]{0,80}?[;,]{_})??"
                + _DIED
                + r"{_}(?:" + _ON_IN + r"{_})??(?:[^()]{0,100}?\s" + _ON_IN + r"{_})??{VALUE:DATE}",
                r"{SUBJ:NAME}{_},{_}(?:born(?:[^()]|\([^()]{0,40}\)){0,80}?,{_})?(?:died|d\.){_}"
                r"(?:on{_}|in{_})??{VALUE:DATE}",
                # ( died between 1296 and 1300 ): either end
                r"{SUBJ:NAME}{LP}{LEADIN}(?:[Dd]ied|d\.){_}between{_}{VALUE:YEAR}{_}and{_}{YEAR}"
                r"{_}\)",
                r"{SUBJ:NAME}{LP}{LEADIN}(?:[Dd]ied|d\.){_}between{_}{YEAR}{_}and{_}{VALUE:YEAR}"
                r"{_}\)",
                # Edmund Burke (; 12 January [ NS ] 17309 July 1797 ): a glued range's end
                r"{SUBJ:NAME}{LP}{LEADIN}(?:[^()–—]{0,40}?)??{VALUE:GLUED_TO}{_}\)",
                r"{SUBJ:NAMEP}{_}(?:,[^,()]{0,80},{_})??(?:later{_}|eventually{_})??"
                r"(?:died|passed away|was killed|was executed|was assassinated|was murdered|"
                r"committed suicide|took (?:his|her) own life|was found dead){_}"
                r"(?:[^.;,()0-9]{0,40}?{_})??" + _AGE + r"(?:,{_})??(?:"
                + _ON_IN + r"{_})?{VALUE:DATE}",
                # Li Jiancheng was murdered by his younger brother , Li Shimin , … in 626: a
                # longer gap, commas allowed, but no clause of its own (who, had, after …)
                r"{SUBJ:NAMEP}{_}(?:was{_})?(?:killed|executed|assassinated|murdered|died){_}"
                + _DIED_AGE
                + r"(?:(?!\b(?:who|whom|which|where|had|has|have|having|been|after|before|since|"
                r"when|while|until|and|but|born)\b)(?:[^.;()0-9]|\([^()0-9]{1,30}\))){0,100}?\s"
                # "died of an attack of apoplexy (stroke) in Paris on …", "on Friday, March 9,
                # 2018 in Cortlandt", "…, on January 16, 1986 at the age of 70"
                + _ON_IN + r"{_}" + _WEEKDAY + r"{VALUE:DATE}(?={_}(?:[,.;]|$|" + _IN + r"\s))",
                # Morris 's death in 1896; after his death in 1990; Frise 's sudden death from a
                # heart attack in 1948 (not into another clause: "after Presley's death, Newton
                # bought Presley's note in June 1991"; but "Constantine's death, in 879")
                r"{SUBJ:NAMEP}{_}(?:['’]s?{_})?(?:(?:sudden|untimely|early|premature|tragic|"
                r"accidental|unexpected){_})?(?:death|murder|assassination|execution){_}"
                r"(?:[^.,;()0-9]{0,30}?{_})??(?:,{_}(?:late{_}|early{_})?)?" + _ON_IN
                + r"{_}{VALUE:DATE}",
                # Angus continued to dominate … up until his murder in 1490: "his" in the clause
                # of a named subject is that subject
                r"(?:^|;{_}(?:and{_}|but{_})?)(?:[^.;]{0,60}?,{_})??{SUBJ:NAME}\s(?=[a-z])"
                r"(?:(?!\b(?:who|whom|whose|which|that|and|but|he|she|him|them|widow|widower|"
                r"married|marriage|" + _KIN + r")\b)"
                r"[^.;(),]){0,100}?\s(?:until|till|after|before|at|upon|on){_}(?:his|her){_}"
                r"(?:death|murder|assassination|execution){_}" + _ON_IN + r"{_}{VALUE:DATE}",
                # Gustav V 's cigar room , which has remained largely untouched since his death
                # in 1950: "his" after a thing of a named person's is that person
                r"{SUBJ:NAME}{_}['’]s?\s(?=[a-z])(?:(?!\b(?:who|whom|whose|he|she|him|married|"
                r"widow|widower|friend|successor|predecessor|heir|and|but|" + _KIN + r")\b)"
                r"[^.;()]){0,100}?\s(?:since|after|until|till|upon|"
                r"following){_}(?:his|her){_}(?:death|murder|assassination|execution){_}"
                + _ON_IN + r"{_}{VALUE:DATE}",
                # the death of X in 1898; upon the death of his grand - uncle , King Carol I in 1914
                r"(?<!attempted\s)(?:death|murder|assassination|execution){_}of{_}(?:(?:his|her|their){_}"
                r"(?:[a-z-]+{_}){1,4}?,{_})?{SUBJ:NAME}{_}" + _ON_IN + r"{_}{VALUE:DATE}",
                # On 18 May 1980 , the eve of the band 's first American tour , Curtis was found dead
                r"^(?:On|In){_}{VALUE:DATE}{_},{_}(?:[^.;()]{0,80}?,{_})??{SUBJ:NAMEP}{_}"
                r"(?:died|passed away|was killed|was executed|was assassinated|was murdered|"
                r"committed suicide|was found dead)\b",
                # Morphy never returned to the game , and died in 1884 (the sentence's subject)
                _subject_and_then(most=120)
                + r"(?:died|passed away){_}(?:there{_})?" + _LATER + r"(?:"
                + _IN + r"{_}(?:the{_})?{PLACE}{_})??"
                + _AGE
                + _ON_IN + r"{_}{VALUE:DATE}",
                r"{SUBJ:NAME}{_},{_}who{_}(?:had{_})?(?:died|was killed){_}" + _ON_IN + r"{_}"
                r"{VALUE:DATE}",
                r"^(?:" + _LEAD_IN + r",{_})??(?:[Hh]e|[Ss]he)?{_}[Dd]ied{_}"
                + _ON_IN + r"{_}{VALUE:DATE}"
                r"(?={_}(?:,|in|at|\.|$))",
            ),
        ),
        Category(
            name="birth_place",
            description="Place of birth of a person",
            subject_kind="person",
            value_kind="place",
            # plausible birthplaces of a person are at least a thousand towns
            answer_space=1000,
            question="Where was {subject} born?",
            triggers=("born", "native of", "place of birth", PAREN_TRIGGER),
            patterns=(
                r"^(?:Born{_}:{_}(?:(?:on{_})?{DATE}{_},?{_}(?:in{_})?)?|Place{_}of{_}birth{_}:{_})"
                r"{VALUE:PLACE}",
                r"{SUBJ:NAME}{LP}{LEADIN}"
                + _BORN
                + r"{_}(?:"
                + _NODIED
                + r"{0,100}?{_})??"
                + _IN
                + r"{_}"
                + _THE
                + r"{VALUE:PLACE}",
                r"{SUBJ:NAME}{LP}{LEADIN}"
                + _BORN
                + r"{_}(?:in{_}|on{_})??{DATE}{_},{_}(?:near{_})?"
                r"{VALUE:PLACE}",
                # Raymond Hermantier ( … ) was a French actor , born in Lyon , France
                # … was a novelist and playwright born in the Bronx (no "who" or "of X" between)
                _LEAD_IS_LOOSE
                + r"an?\s(?:(?!\b(?:who|whose|whom|of)\b)[^.;()])"
                r"{0,120}?(?:,{_}|\s)born{_}(?:[^.;()]{0,40}?{_})??"
                + _IN
                + r"{_}"
                + _THE
                + r"{VALUE:PLACE}",
                # … is an American ceramic artist and teacher who was born in Pottstown (the
                # words between name no one else: none capitalised but a nationality, "Swiss")
                _LEAD_IS_LOOSE
                + r"an?\s(?:(?!\b(?:whose|whom|of|with|to|for|by|and\s(?:his|her))\b)[^.;()A-Z]|"
                r"(?:" + _DEMONYM_WORD + r"|[A-Z][a-z]+ss)\b){0,120}?,?{_}who{_}(?:was|is){_}"
                r"born{_}"
                + _IN
                + r"{_}"
                + _THE
                + r"{VALUE:PLACE}",
                # Conrad Theodore Knowles (1810 – 19 May 1844), born in England, was …; Lettice
                # Cautley Baker (later Ramsey), born in Guildford
                r"{SUBJ:NAME}{_}\([^()]{1,120}\){_},?{_}born{_}" + _IN + r"{_}" + _THE
                + r"{VALUE:PLACE}",
                # A native of Syracuse , New York , Wallace attended …
                r"[Aa]{_}native{_}of{_}{VALUE:PLACE}{_},{_}(?:[^,.;()]{0,40}?,{_})??{SUBJ:NAMEP}"
                r"{_}[a-z]{2,}\b",
                r"{SUBJ:NAMEP}{_}(?:is|was){_}a{_}native{_}of{_}(?:the{_}[\w ]{0,30}?of{_})?"
                r"{VALUE:PLACE}",
                # ( 18 December 1931 in Mladá Boleslav – … ); ( 1782 Havana , Cuba – … ) (a
                # whole year before a bare space: not a unit's number, "Wing (323 FTW)"; nor a
                # year and a name alone, "(2014, Waipuna)")
                r"{SUBJ:NAME}{LP}{LEADIN}" + _NO_BARE_YEAR_AND_NAME
                + r"{DATE}(?:{_}(?:(?:,{_})?" + _IN + r"|,){_}"
                r"|(?<=\d{4})\s(?=[A-Z]))"
                r"{VALUE:PLACE}{_}(?:{DASH}|\))",
                # (Nantes, 1902 – Aulnay-sous-Bois, 1970); not a bare span of years after a name
                # that is no place ("Andrews Norton (Librarian, 1813–21)", "(USC, 1999–2000)"),
                # nor a name that a label puts first (LEADIN_UNLABELLED)
                r"{SUBJ:NAME}{LP}{LEADIN_UNLABELLED}{VALUE:PLACE}{_},{_}{DATE}{_}{DASH}"
                r"(?!{_}\d{2,4}{_}\))",
                r"{SUBJ:NAME}{_},{_}"
                + _BORN
                + r"{_}(?:on{_}|in{_})??{DATE}{_}(?:"
                + _IN
                + r"{_}|\({_}|,{_}){VALUE:PLACE}",
                # (Robins ( nee Gerrish ) was born in …)
                # (not into another clause: "was born in 1917 and educated at King's College",
                # "was born on 2 May 1993 and grew up in Créteil", but "was born and educated in
                # Bristol")
                r"{SUBJ:NAMEP}{_}(?:\([^()]{0,60}\){_})?(?:,[^,()]{0,80},{_})??(?:,{_}who{_})??(?:was|is){_}born{_}"
                r"(?:(?:and|&){_}(?:raised|brought{_}up|grew{_}up|lived|"
                r"spent(?:{_}[a-z]+){1,3}){_})??"
                r"(?:(?:(?!(?<![\w-])(?:(?:educated|studied|attended|started|trained)\s(?:at|from|"
                r"with)|did|received|rowed|worked|fellowshipped)\b|\band\s(?:\d|(?:grew|moved|"
                r"lived|spent|settled|emigrated|relocated|went|later|then)\b))[^.;()]){0,60}?{_})??"
                + _IN
                + r"{_}"
                + _THE
                + r"{VALUE:PLACE}",
                # Born in P , X …; Although born in Denmark , Hwass did …; Despite having been
                # born in Novi Sad, Serbia, he decided …
                # "Born Regina Hirsch in Brooklyn", "Born to a poor family in Vilna", "Born
                # March 2, 1834 in Nuku Hiva"
                r"^(?:" + _LEAD_IN + r",{_}|(?:Although|Though|While|Despite{_}having{_}been|"
                r"Despite{_}being){_})??[Bb]orn{_}"
                r"(?:(?:and|&){_}(?:raised|brought up){_})??" + _BIRTH_NAME
                + r"(?:(?:to|into){_}[^.;,()0-9]{1,60}?{_}(?=" + WORD_START + r"in\s))??"
                r"(?:(?:" + _ON_IN + r"{_})?{DATE}{_},?{_})??" + _IN + r"{_}" + _THE
                + r"{VALUE:PLACE}",
                # Viktor Jakab , born in Miskolc , Hungary , had played …; "The poet Charles
                # Baudelaire, born in Paris, published …"; "Her parents were Raúl Lugo Montero,
                # born in La Vela de Coro". Not a name after "and", "of", "by", … (a list's or a
                # relation's: "a disciple of Jitendra Abhisheki and C. R. Vyas, born in Goa" is
                # the disciple's), nor after another capitalised word ("the son of Judge Arthur
                # Mowlem, born in Melbourne" is the father's)
                r"(?:^|[,:]\s|(?<![\w'’-])(?!(?:and|of|by|or|to|for|from)\s)[a-z]+\s)"
                r"{SUBJ:NAME}{_},{_}born{_}"
                r"(?:(?:and|&){_}(?:raised|brought{_}up){_})?" + _IN + r"{_}" + _THE
                + r"{VALUE:PLACE}",
            ),
            value_stop=(_PLACE_STOP,),
        ),
        Category(
            name="death_place",
            description="Place of death of a person",
            subject_kind="person",
            value_kind="place",
            answer_space=1000,
            question="Where did {subject} die?",
            triggers=("died", "death", PAREN_TRIGGER),
            patterns=(
                r"^(?:Died{_}:{_}(?:(?:on{_})?{DATE}{_},?{_}(?:in{_})?)?|Place{_}of{_}death{_}:{_})"
                r"{VALUE:PLACE}",
                # (the dates are kept: a span too short for a life is a term, "the Very Large
                # Telescope (1991–1993, ESO)")
                r"{SUBJ:NAME}{LP}{LEADIN}{START:DATE}[^()–—]{0,60}?{DASH}{END:DATE}{_}(?:(?:,{_})?"
                + _IN
                + r"{_}|,{_})?{VALUE:PLACE}{_}\)",
                r"{SUBJ:NAME}{LP}{LEADIN}{START:DATE}[^()–—]{0,60}?{DASH}{VALUE:PLACE}{_},{_}"
                r"{END:DATE}{_}\)",
                r"{SUBJ:NAME}{LP}{LEADIN}(?:[^()]{0,80}?[;,]{_})??[Dd]ied{_}"
                r"(?:[^()]{0,60}?{_})??" + _IN + r"{_}{VALUE:PLACE}",
                # X , born 5 January 1938 ( Río Muni , Bata ) , died 12 November 2012 ( Malabo )
                r"{SUBJ:NAME}{_},{_}(?:born(?:[^()]|\([^()]{0,40}\)){0,80}?,{_})?died{_}"
                r"(?:on{_}|in{_})??{DATE}{_}(?:" + _IN + r"{_}|\({_}|,{_}){VALUE:PLACE}",
                # (see _DIED_PLACE)
                # (no place before: "born … in Královské Vinohrady, now a district of Prague,
                # died 11 August 1970 in Halle")
                r"(?<!\bin\s){SUBJ:NAMEP}{_}(?:,[^,()]{0,80},{_})??(?:later{_}|eventually{_})??"
                + _DIED_PLACE,
                # Welles became a farmer in Schenectady , NY and died on April 13 , 1927 in Great
                # Neck (the sentence's subject, as for death_date)
                _subject_and_then(most=120, chars=r"[^.;()]") + _DIED_PLACE,
                # He died at his home near Friends Lake in Chestertown
                r"{SUBJ:NAMEP}{_}(?:later{_}|eventually{_})??(?:died|passed away){_}at{_}"
                r"(?:his|her|their){_}home{_}near{_}{VALUE:PLACE}",
                # … returned to private practice in Syracuse until his death; lived in P until her death
                r"\b(?:lived|remained|stayed|resided|returned|retired|settled|practi[cs]ed){_}"
                r"(?:[^.;()0-9]{0,40}?{_})??" + _IN + r"{_}{VALUE:PLACE}{_},?{_}until{_}"
                r"(?:his|her){_}death\b",
                # He moved to Wilmington , Delaware , where he died in 1919
                r"(?:moved|retired|returned|settled|relocated){_}(?:back{_})?(?:to|in){_}"
                r"{VALUE:PLACE}{_},{_}where{_}{SUBJ:NAMEP}{_}(?:later{_}|eventually{_})?"
                r"(?:died|passed away)\b",
            ),
            value_stop=(_PLACE_STOP,),
        ),
        Category(
            name="founding_date",
            description="Date an organisation was founded (inception)",
            subject_kind="organization",
            value_kind="date",
            # a plausible founding year within a century: 99 wrong years
            answer_space=99,
            question="When was {subject} founded?",
            triggers=(
                "founded",
                "established",
                "formed",
                "incorporated",
                "inaugurated",
                "set up",
                "opened",
                "launched",
                "created",
                "founding",
                "cofound",
                "originated",
                # "the creation of the Bundesliga in 1963"
                "foundation of",
                "establishment of",
                "formation of",
                "creation of",
                "began broadcasting",
                "began operations",
                "started operations",
                "started broadcasting",
                "chartered",
                "started by",
                "active from",
                "existed from",
                # "… was an annual music tour that … began in 2011"
                "that began",
                "which began",
                "that started",
                "which started",
                # a state's independence: "South Sudan became an independent state on D"
                "became independent",
                "became an independent",
                "became a fully independent",
                "gained independence",
                "gained its independence",
                "gained full independence",
                "achieved independence",
                "achieved its independence",
                "won independence",
                "won its independence",
                "declared independence",
                "declared its independence",
                "declaration of independence",
                "proclamation of independence",
            ),
            patterns=(
                _ORG_S + r"{_}(?:\([^()]{0,60}\){_})??(?:,[^,()]{0,80},{_})??"
                r"(?:was|were|is|has been){_}(?:originally{_}|officially{_}|first{_}|formally{_})??"
                + _FOUNDED
                # (… in 1999; … in the year 1999; "was founded 1999", "was first formed 1 August
                # 1914": a date right after the verb; not past a relative clause on the founder:
                # "founded by Captain William Bowell, who retired in 2002", nor into a clause of
                # its own or past a death: "founded in Cowell by Charles Wallace, and after his
                # death in 1912", "was established, and in 1908 a police …"; nor into examples:
                # "Tabernacles were set up along the route …, such as the 'Tabernacolo delle
                # Stinche' painted in 1616"; nor past another body set off before its own
                # founding: "was created by Conservacion Patagonica, a nonprofit incorporated in
                # California and founded in 2000")
                + r"(?!{_}(?:into|with)\b){_}(?:(?:(?:(?!,{_}(?:who|and{_}(?:after|before|in|"
                r"later|then|until|following))\b|\s(?:his|her|their){_}death\b|"
                r"\b(?:such{_}as|including)\b|,{_}an?\s[^.;()]{0,60}?" + _FOUNDED + r"\b)"
                r"[^.;()0-9])"
                r"{0,100}?{_})??"
                r"(?:,{_})??"
                + _ON_IN + r"{_}"
                r"(?:the{_}year{_})?|(?=[12]\d{3}\b)|" + _MONTH_OR_DAY_AHEAD + r")"
                r"{VALUE:DATE}",
                # Founded in 1754 , it is …; Established in 1999 and operated by …, ELAM …
                r"^(?:Originally{_}|Officially{_}|First{_})??(?:Founded|Established|Formed|"
                r"Incorporated|Created|Launched|Started){_}(?:as{_}[^,.;]{0,60}?{_})??"
                r"(?:" + _ON_IN + r"{_})??{VALUE:DATE}{_}(?:(?:by|and|as|at{_}the{_}(?:request|"
                r"initiative|behest|suggestion){_}of|on{_}the{_}initiative{_}of|under)[^,]{0,160}?)?,{_}"
                r"(?:the{_})??" + _ORG_S,
                r"{SUBJ:ORG}{_}\({_}(?:founded|established|est\.|formed){_}(?:in{_})??"
                r"{VALUE:DATE}",
                # (not a founder before what it founded: "his daughter, Lillian, established the
                # Scanlan Foundation upon her death in 1947")
                # (after the body's abbreviation, or its founder's pronoun: "the Children's
                # Literature Association (ChLA), founded in 1973", "Smilegate Holdings, which he
                # founded in 2002")
                r"{SUBJ:ORG}{_}(?:\({_}[A-Z][\w&-]{1,8}{_}\){_})?,{_}"
                r"(?:which{_}was{_}|that{_}was{_}|which{_}(?:he|she|they){_}(?:had{_})?"
                r"(?:co{_}-?{_})?)?(?:founded|established|formed|incorporated)(?!{_}the{_}[A-Z]){_}"
                r"(?:(?:[^,.;()0-9]{0,40}?{_})??" + _ON_IN + r"{_}|(?=[12]\d{3}\b)){VALUE:DATE}",
                # Refuse Fascism , an organization founded in 2016; the Beijing Olympians , a
                # different club , which was founded in 1955 (the describing words name no other
                # body: not "X , a member of the club founded in …")
                r"{SUBJ:ORG}{_},{_}(?:an?|the)\s(?:(?!of\b|by\b|for\b|at\b|in\b)[\w'’-]+{_}){0,3}?"
                + _ORGNOUN2
                + r"{_},?{_}(?:which{_}was{_}|that{_}was{_})?(?:founded|established|formed|created|"
                r"incorporated){_}" + _ON_IN + r"{_}{VALUE:DATE}",
                # X is a … company / vocal group … formed in 1962; … created by … in 1921 (an
                # acronym in the description: "a Leeds-based internet exchange point (IXP)
                # founded in 2008")
                r"{SUBJ:ORG}{_}(?:\([^()]{0,80}\){_})??(?:,[^,()]{0,80},{_})??(?:is|was|are|were)"
                r"{_}(?:an?|the)\s(?:(?!,\s?an?\s)" + _DESCRIPTION_CHAR + r"){0,80}?"
                + _ORGNOUN2
                + r"{_}(?:" + _DESCRIPTION_CHAR + r"{0,80}?)"
                + _FOUNDED
                + r"{_}(?:[^.;()0-9]{0,60}?{_})??" + _ON_IN + r"{_}{VALUE:DATE}",
                # until the creation of the Bundesliga in 1963; the establishment of Zimbabwe
                # Rhodesia on 1 June 1979 (a noun for the founding: not "the inauguration of
                # President X", "the incorporation of Skopje in 1912 in Serbia"; nor a
                # later year, "the 250th anniversary of the founding of the United States in 2026")
                r"(?<![\w-])(?<!anniversary\sof\s)(?<!anniversary\sof\sthe\s)(?:founding|"
                r"foundation|establishment|formation|creation){_}of{_}(?:the{_})?{SUBJ:ORG}{_}"
                r"(?:\([^()]{0,40}\){_})??" + _ON_IN + r"{_}{VALUE:DATE}",
                # Since its founding in 1857 , The Bee …
                r"(?:[Ss]ince|[Aa]fter|[Ff]ollowing|[Uu]pon){_}(?:its|their){_}(?:founding|"
                r"foundation|establishment|formation|creation|inception){_}" + _ON_IN + r"{_}"
                r"{VALUE:DATE}{_},{_}" + _ORG_S,
                # Shantaram had formed Prabhat Film Company in 1929 (the words before the body
                # describe it: not "established the first inn at the Notch in 1803")
                r"(?:{NAMEP}|who){_}(?:had{_}|also{_}|later{_})??(?:co{_}-?{_})??(?:founded|formed|"
                r"established|set up){_}(?:the{_})??"
                r"(?:(?!(?:at|in|on|near|by|from|with)\b)[a-z]+{_}(?:-{_})?){0,4}?{SUBJ:ORG}{_}"
                r"(?:\([^()]{0,40}\){_})??"
                + _ON_IN + r"{_}{VALUE:DATE}",
                # The station originally began broadcasting June 20 , 1962; … itself originated in
                _ORG_S + r"{_}(?:itself{_}|originally{_}|first{_})??(?:(?:began|started|commenced)"
                r"{_}(?:broadcasting|operations|operating|trading|publication|service)|"
                r"originated){_}(?:on{_}|in{_})??{VALUE:DATE}",
                # … was an annual music tour that … began in 2011; a command … , active from 1944
                r"{SUBJ:ORG}{_}(?:\([^()]{0,60}\){_})??(?:is|was|are|were){_}(?:an?|the)\s"
                r"(?:[^.;()]{0,100}?)"
                + _ORGNOUN2
                + r"(?:\s[^.;]{0,120}?)??(?:,{_})?(?:(?:that|which)"
                r"{_}(?:was{_})?(?:began|started|originated|existed)|(?<=,\s)active){_}"
                r"(?:in|on|from|since){_}{VALUE:DATE}",
                # The band formed in 2013; Sauna Youth formed in 2009; They formed in 2011 (no
                # "was": at a sentence's start only, not "a real police unit in New York City
                # formed in 1971"; nor the adverb of "Originally formed in 2008 as …, the
                # Toulouse Hawks")
                r"^(?!(?:Originally|First|Officially|Initially|Later|Also)\b)"
                + _ORG_S + r"{_}(?:originally{_}|first{_}|officially{_}|initially{_})??"
                r"formed{_}" + _ON_IN + r"{_}{VALUE:DATE}",
                # a state's independence is its inception: "South Sudan became an independent
                # state on 9 July 2011", "Mozambique gained independence in 1975", "Finland 's
                # declaration of independence in 1917" (a name: "until it became independent in
                # 1960" may be another's than the document's)
                r"{SUBJ:ORG}{_}(?:(?:became{_}(?:an?{_})?(?:fully{_})?independent"
                r"(?:{_}(?:state|country|nation|republic))?|(?:gained|achieved|won|declared){_}"
                r"(?:its{_}|full{_})?independence)|['’]s?{_}(?:declaration|proclamation){_}of{_}"
                r"independence)(?:{_}from{_}(?:the{_})?[A-Z][^.;(),]{0,40}?)??{_},?{_}"
                + _ON_IN + r"{_}{VALUE:DATE}",
                # the body under the name it was founded as: "The museum was founded as the
                # Provincial Museum of Antiquities and Fine Arts in 1846", "On 10 August 1954 , it
                # was established as the Bessang Pass National Shrine" (a name right before the
                # date, or a sentence's opening date; not after "It was": that founding is
                # already read as the main entity's, which a named subject would take away)
                r"(?<![\w-])(?<![Ii]t\swas\s)(?<![Ii]t\swas\soriginally\s)(?<![Ii]t\swas\sinitially\s)"
                r"(?:founded|established|formed|created|incorporated){_}as{_}"
                r"(?:the{_})?{SUBJ:ORG}{_}(?:,{_})?" + _ON_IN + r"{_}{VALUE:DATE}",
                r"^(?:On|In){_}{VALUE:DATE}{_},?{_}(?:it|(?:[Tt]he|[Ii]ts){_}[a-z]+){_}was{_}"
                r"(?:[a-z]+ly{_})?(?:founded|established|formed|created|incorporated){_}as{_}"
                r"(?:the{_})?{SUBJ:ORG}",
                # In 1998 , she founded the Collège international de Tunis
                r"^In{_}{VALUE:DATE}{_},?{_}{NAMEP}{_}(?:co{_}-?{_})??(?:founded|formed|established|"
                r"set up){_}(?:the{_})??"
                # not "the Mexican restaurant Dos Caminos", "New York-based production company
                # Plum Pictures": words that describe the name that follows
                r"(?!(?:[A-Z][\w'’.-]*\s?){1,3}(?:" + BASED_DASH
                + r"based)?(?:\s[a-z][\w-]*){0,3}?\s{ORGNOUN}"
                r"\s[A-Z])"
                r"{SUBJ:ORG}",
            ),
            subject_not_after=_ORG_NOT_AFTER,
        ),
        Category(
            name="founder",
            description="Founder of an organisation",
            subject_kind="organization",
            value_kind="person",
            answer_space=1000,
            question="Who founded {subject}?",
            triggers=(
                "founded",
                "founder",
                "founding",
                "co-founded",
                "cofound",  # triggers start a word: "cofounded" needs its own
                "established",
                "formed",
                "started by",
            ),
            patterns=(
                # (or the body named by its noun: "The brewery was founded by Aud Melås")
                # (after its abbreviation, or as a relative clause: "The Provincial Medical and
                # Surgical Association (PMSA) was founded by", "NY On Air (NYONair), which was
                # founded by")
                _ORG_S + r"{_}(?:\([^()]{0,60}\){_})??(?:,[^,()]{0,80},{_}|,{_}which{_})??"
                r"(?:was|were|is){_}(?:originally{_})??"
                r"(?:co{_}-?{_})??(?:founded|established|formed|started|created){_}"
                # (the "by" of another verb is not the founder's: "founded in 2017 and is run
                # by the Football South Coast"; but "established in 2017 and co-founded by")
                r"(?:(?:(?!\band\s)[^.;()]){0,40}?{_})??(?:and{_}(?:co{_}-?{_})??founded{_})??"
                r"by{_}(?:the{_})??" + _FOUNDER_V,
                # Sappy Records is an independent record label …, started by Julie Doiron in 1990
                # (not a member's body: "Yost was an honorary member in Cap and Gown, an honor
                # society … founded by Edith R. Mirrielees")
                _ORG_S + r"{_}(?:\([^()]{0,60}\){_})??(?:is|was|are|were){_}(?:an?|the)\s"
                r"(?:(?!\b(?:member|part|one|student|graduate|alumn\w*|president|chair\w*|"
                r"director|head|leader|owner|founder)\b)" + _DESCRIPTION_CHAR + r"){0,120}?"
                + _ORGNOUN2
                + r"(?:" + _DESCRIPTION_CHAR + r"{0,80}?),?{_}(?:co{_}-?{_})??"
                r"(?:founded|established|formed|started|created){_}(?:[^.;()]{0,40}?{_})??by{_}"
                r"(?:the{_})??" + _FOUNDER_V,
                # the founder of the Sikh Empire , Maharaja Ranjit Singh (not a list of bodies:
                # "the co-founder of Impact Partners, Gamechanger Films, and Story Syndicate")
                r"(?:co{_}-?{_})??founder{_}of{_}(?:the{_})??{SUBJ:ORG}" + _NOT_PART + r"{_},{_}"
                r"{VALUE:NAME}(?!(?:\s[A-Z][\w'’.-]*)*{_},?{_}(?:and|&)\s)",
                r"{VALUE:NAMEP}{_}(?:,[^,()]{0,80},{_})??(?:had{_}|also{_}|later{_})??(?:co{_}-?{_})??"
                r"(?<![Tt]he\s)(?:founded|established|formed){_}(?:the{_})??"
                # (the name after describing words: "co-founded DDOS prevention firm Defense.Net")
                + _FOUNDED_BODY,
                # (no place: "an educator in South Australia, the founder of Stanley Grammar
                # School")
                _NOT_AFTER_LOCATIVE
                + r"{VALUE:NAME}{_},{_}(?:the{_}|a{_})??(?:co{_}-?{_})??founder{_}"
                r"(?:and{_}[a-z ]+{_})??of{_}(?:the{_})??{SUBJ:ORG}" + _NOT_PART,
                # X ( … ) was an Italian Roman Catholic priest and the founder of …; X is the CEO
                # and co-founder of the fashion label Superdry; He is co-founder of the software
                # companies Consideo
                r"{VALUE:NAMEP}{_}(?:\([^()]{0,200}\){_})?(?:is|was){_}(?:also{_})?"
                # (no relative in between: "… a granddaughter of Homer Stryker, the founder of")
                r"(?:(?:an?|the)\s(?:(?!\b(?:who|whose|which|that|" + _KIN + r"|granddaughter|"
                r"grandson|grandfather|grandmother|descendant|widow|nephew|niece|cousin|uncle|"
                r"aunt|great)\b)[^.;()]){0,80}?"
                r"(?:{_},{_}and|{_},|\sand){_}(?:also{_})?)??"
                r"(?:the{_}|a{_}|one{_}of{_}the{_})??(?:[a-z]+{_}and{_})?(?:co{_}-?{_})??"
                r"founders?{_}(?:and{_}(?:[a-z]+|[A-Z]{2,4}){_}(?:[a-z]+{_})?)??of{_}(?:the{_})??"
                # (not "the founder of modern Chinese literature": a nationality is no body)
                r"(?:(?!the\b)[a-z][a-z-]*\s){0,3}?(?![A-Z][a-z]+(?:an|ish|ese|ic)\s[a-z])"
                # nor "Independent Film and Media company Steelyard Pictures": words describing
                # the name after them are passed over to that name
                + _FOUNDED_BODY,
                # WhatsApp co-founder Brian Acton; Bhim Army founder Chandrashekar Azad Ravan
                # (not "Moxie Marlinspike and WhatsApp" as one name)
                r"(?!(?:\S+\s){1,5}?and\s)(?<![Tt]he\s)(?!\d){SUBJ:ORG}{_}(?:co{_}-?{_})?founder{_}"
                + _NOT_DESCRIBED + r"{VALUE:NAME}",
                r"^(?:Founded|Established){_}(?:in{_}{DATE}{_})??by{_}{VALUE:NAME}{_}"
                # (the list of founders goes on: "Founded by Mariusz Klamra, Wojciech
                # Antonowicz and Rafał Swaczyna, the group has grown")
                r"(?:in{_}{DATE}{_})??,{_}(?:the{_})??(?![^,]*,{_}the{_}[a-z]){SUBJ:ORG}",
                # "He owns 100% of Smilegate Holdings, which he founded in 2002", "the owner of
                # Frey Farms, which she founded" (the pronoun's person; a body after "of": not
                # "a group consisting of the poets Droog and Tjitse Hofman and the musician Jan
                # Klug, which he co-founded")
                r"(?<=\sof\s)(?:the\s)?{SUBJ:ORG}{_},{_}which{_}(?=[Hh]e\b|[Ss]he\b){VALUE:PRON}"
                r"{_}(?:had{_})?"
                r"(?:co{_}-?{_})?(?:founded|established|formed)\b",
                # the venture capital firm he founded , VenCatalyst
                r"{ORGNOUN}{_}(?:that{_}|which{_})?{VALUE:NAMEP}{_}(?:had{_}|later{_})??"
                r"(?:co{_}-?{_})?founded{_},{_}{SUBJ:ORG}",
                # Prior to founding VenCatalyst , Bohigian was …
                r"(?:^|,{_})(?:[Pp]rior{_}to|[Aa]fter|[Bb]efore){_}(?:co{_}-?{_})?founding{_}"
                r"(?:the{_})??{SUBJ:ORG}{_}(?:in{_}{DATE}{_})??,{_}{VALUE:NAMEP}"
                r"(?={_}(?:was|had|has|is|worked|served|spent)\b)",
            ),
            value_stop=(_ORG_VALUE_STOP,),
            subject_not_after=_FOUNDED_NOT_AFTER,
            value_list=True,
        ),
        Category(
            name="spouse",
            description="Spouse of a person (both directions)",
            subject_kind="person",
            value_kind="person",
            answer_space=1000,
            question="Who is {subject} married to?",
            triggers=(
                "married",
                "remarried",
                "marriage",
                "wife",
                "husband",
                "spouse",
                "widow",
                "son of",
                "daughter of",
                "child of",
                "children of",
                "grandson of",
                "granddaughter of",
                "stepson of",
                "stepdaughter of",
                "born",
                "parents",
                # a royal couple: "King Gustaf V and Queen Victoria"
                "and queen",
                "and empress",
                "and tsarina",
                "and czarina",
            ),
            patterns=(
                # (the subject's life or birth name may stand before the verb: "George Needham
                # (c. 1804 – 19 March 1894) married Catherine Elizabeth Montfort", "the barrister
                # Benjamin Keene (1753–1837), married Mary Ruck"; a maiden name is not the
                # subject: "Rosalie Gräfin von Hohenau, née von Rauch († 1879) married Prince
                # Albert of Prussia" in *Leopold von Rauch*, read from "Rauch")
                r"(?<!n[ée]e\s)(?<![\s(]von\s)(?<![\s(]van\s)(?<![\s(]de\s)"
                r"{SUBJ:NAMEP}{_}(?:\([^()]{0,60}\){_}(?:,{_})?)??"
                r"(?:,[^,()]{0,80},{_})??"
                r"(?:was{_}|is{_}|had{_}|has{_})??"
                r"(?:" + _WED_ADV + r"{_})??(?:been{_}(?:" + _WED_ADV + r"{_})??)??"
                # "married in 1895 to Y", "married in 1873 Jessie Frances", "married, in 1906, Y",
                # "married on 20 February 1780, Y", "married, secondly, Y", "married thirdly Y",
                # "remarried in 1781 to Y"; the first of several: "married three times: firstly
                # in 1877 to Y; …" (the later ones: ``list_item``)
                # ("her married name became Nicolette Powell" is her own name)
                r"(?:met{_}and{_})??(?:re)?married{_}(?!names?\b)" + _MARRIED_TIMES
                + r"(?:,{_})?(?:(?:" + _NTH_LY + r"{_}(?:,{_})?)?(?:in{_}\d{4}|on{_}{DATE})"
                r"{_}(?:,{_})?(?=to\b|[A-Z])|" + _NTH_LY + r"{_}(?:,{_})?(?=to\b|[A-Z]))??"
                r"(?:again{_}|(?:a|for{_}the){_}(?:second|third){_}time{_})??(?:to{_}|with{_})??"
                + _NOT_THE_BRIDES_KIN
                + _SPOUSE_DESCRIBED
                # (nor "Sonia 's French mother": someone's relative)
                + _NOT_ANOTHERS
                + r"{VALUE:NAME}"
                + _NOT_RELATIVE_OF,
                # a description, a comma, then the name: "married a Danish sailor, Carl Niklas
                # Samuelsen", "married his first cousin, Mary Ellwood Brockbank", "married
                # actor and playwright, John Augustus Stone", "is married to Kansas City
                # artist, Shea Gordon" (the subject stands right before the verb: not "an
                # affair with a married man, Charles Kutz"; and the words are no clause: not
                # "the duo were married and had a baby girl, Ida Maeve")
                r"{SUBJ:NAMEP}{_}(?:,[^,()]{0,80},{_})??(?:was{_}|is{_}|had{_}|has{_})??"
                r"(?:" + _WED_ADV + r"{_})??(?:been{_}(?:" + _WED_ADV + r"{_})??)??(?:re)?married{_}"
                r"(?!names?\b)(?:to{_})?" + _NOT_THE_BRIDES_KIN
                + r"(?:(?:an?|the|his|her|their|one{_}of{_}(?:his|her|their)){_})?"
                # (describing words in any order: "fellow Russian visually impaired Paralympic
                # Nordic skier"; "and" only between lower-case ones, "actor and playwright")
                r"(?:[A-Z][\w-]+\s|" + _NOT_FUNCTION + r"[a-z]+(?:{_}-{_}[a-z]+)*\s"
                r"(?:and\s(?=[a-z]))?){0,6}?" + _NOT_FUNCTION + r"[a-z]+(?:{_}-{_}[a-z]+)*{_},{_}"
                r"{VALUE:NAME}" + _NOT_RELATIVE_OF,
                r"(?:{SUBJ:NAME}{_}['’]s|[Hh]is|[Hh]er){_}" + _NTH_MARRIAGE
                + r"to{_}(?:(?:the|an?)\s(?:[a-z-]+{_}){0,3})?{VALUE:NAME}",
                # a parent's marriage, not the document's person's: "a daughter of William
                # Ingham Whitaker by his marriage to Hilda Guilhermina Dundas", "a son of his
                # sister Katherine Grey by her marriage to Richard Neville"
                _CHILD_OF + r"{_}(?:(?:his|her){_}[a-z]+{_})?{SUBJ:NAME}{_}"
                r"(?:,[^,()]{0,60}?{_},{_})??by{_}(?:his|her){_}" + _NTH_MARRIAGE
                + r"(?:to|with){_}{VALUE:NAME}",
                # and a parent's wife: "daughter of John Williams Hope by his wife Ann Goddard",
                # "the son of Indian Army officer (later Field Marshal) Sir Charles Egerton
                # (1848–1921) by his wife Anna Wellwood" (the words before the name are his)
                # (or "and of his wife": "the son of Jorge Furtado de Mendonça, Commander of the
                # Entries, …, and of his wife D. Mécia Henriques")
                _CHILD_OF + r"{_}(?:[^.;()]|\([^()]{0,40}\)){0,80}?(?<![\w'’-]){SUBJ:NAME}{_}"
                r"(?:\([^()]{0,40}\){_})??(?:,[^.;()]{0,100}?,{_}|,{_})??(?:by|and{_}of){_}"
                r"(?:his|her){_}(?:" + _ORDINAL
                + r"{_})??(?:wife|husband){_}" + _SPOUSE_NAMED,
                # his wife , X — but not "… Angell ( 1820 – 88 ) and his wife X" (the father's)
                r"(?:{SUBJ:NAME}{_}['’]s|(?<!\)\sand\s)(?<!\),\sand\s)(?<!\)and\s)[Hh]is|[Hh]er)"
                r"{_},?{_}(?:" + _ORDINAL + r"{_}|late{_}|beloved{_})??(?:wife|husband|spouse)"
                # "survived by his wife of 50 years, Mary Smith" (an obituary's form)
                r"(?:{_}of{_}(?:\d{1,2}|[a-z]+(?:[{_}-][a-z]+)?){_}years)?"
                # "His first wife was Jane Rant", "Her second husband was the painter Jacob
                # Cannon Nicholson" (a trade, not a kin's "of": "was the daughter of X")
                r"(?:{_}(?:was|is){_}(?:the{_}(?:(?!of\b)[a-z-]+{_}){1,2})?)?"
                # (or a comma and a description: "her husband, astronomer George Wallerstein";
                # not a name and a verb: "With her husband, Keri established Australian …")
                r"(?:{_},{_}(?![A-Z][\w'’-]*\s[a-z]+ed\s)" + _SPOUSE_DESCRIBED
                + r")?{_},?{_}{VALUE:NAME}",
                # Meier Bernheimer ( 1801 - 1870 ) and his wife Sarah; Philip V , his wife , X
                # (what the commas hold names no relative: not "… Lisle, the daughter of William
                # Clapcote-Lisle and his wife")
                r"(?![Tt]he\s){SUBJ:NAME}{_}"
                r"(?:,(?:(?!(?<!\w)(?:" + _KIN + r")\b)[^,()]){0,40}?{_})??"
                r"(?:\([^()]{0,40}\){_})??"
                + _AND_SEP + r"(?:his|her){_}(?:" + _ORDINAL + r"{_}|late{_})??(?:wife|husband){_}"
                + _SPOUSE_NAMED,
                # the son of Alexis Mousseau and Sophie Duteau: a child's parents are a couple
                *_PARENTS,
                # King Gustaf V and Queen Victoria; Emperor Franz Joseph and Empress Elisabeth (the
                # styles stay with the names: "Queen Victoria" is a whole name, "Victoria" is not)
                r"(?<![\w-])(?P<subj>(?:King|Emperor|Tsar|Czar|Kaiser)\s{NAME})"
                r"{_}(?:\([^()]{0,40}\){_})??(?:,{_})?and{_}(?:his{_}(?:wife{_},?{_})?)?"
                # (a queen with a regnal number reigns herself: "King George VI and Queen
                # Elizabeth II", father and daughter)
                r"(?P<value>(?:Queen|Empress|Tsarina|Czarina)\s{NAME})(?![\w'’-]|{_}of\b)"
                r"(?!\s[IVX]{1,4}\b)(?<!\s[IVX])(?<!\s[IVX]{2})(?<!\s[IVX]{3})(?<!\s[IVX]{4})",
                r"{SUBJ:NAMEP}{_}(?:and|&){_}(?:(?:his|her){_}(?:wife|husband){_},?{_})??"
                r"{VALUE:NAME}{_}(?:were{_})??married",
                # Louisa Stanhope , Countess Stanhope ( … ) , formerly Louisa Grenville , was the
                # second wife of Charles Stanhope; Leslie Wolfhard , wife of storyboard artist
                # Steve Wolfhard
                r"{SUBJ:NAMEP}(?:(?:{_},[^,()]{1,80}?|\s?\([^()]{0,200}\)){0,4}?{_},?{_}"
                r"(?:was|is|became){_}|(?:\s?\([^()]{0,200}\)|{_},{_}née{_}[^,()]{1,40}?){0,2}{_},{_})"
                r"(?:the{_})?(?:first{_}|second{_}|third{_}|"
                r"fourth{_}|last{_}|future{_}|later{_})?(?:wife|husband|widow|widower|consort|"
                r"spouse){_}of{_}(?:the{_})?(?:" + _NOT_FUNCTION + r"[a-z][a-z-]*\s){0,3}?"
                + _NOT_DESCRIBED
                + r"{VALUE:NAME}",
                # a relative clause on a name: "Frederick Frelinghuysen, who married Estelle B.
                # Kinney", "…; and Eva Lorillard, who married Lawrence Kip" (no word before the
                # name but "and": not a parent's, "the daughter of X, who married Y" may be hers,
                # nor the end of a name, "Dame de La Ferté-Imbault, who married …")
                r"(?:(?<![^\W\d_]\s)|" + _after("and|were|included") + r")"
                r"{SUBJ:NAME}{_},{_}who{_}"
                r"(?:later{_}|then{_})?married{_}"
                + _NOT_THE_BRIDES_KIN
                + _NOT_DESCRIBED
                + _NOT_ANOTHERS
                + r"{VALUE:NAME}"
                + _NOT_RELATIVE_OF,
                # "… met Maud Bates, whom he married in 1893": the one met is the spouse
                r"{VALUE:NAME}{_}(?:\([^()]{0,60}\){_})??,?{_}whom{_}{SUBJ:NAMEP}{_}"
                r"(?:later{_}|eventually{_}|subsequently{_}|then{_})??married\b",
                # "She worked in a shirt factory and married Harry Baldock in 1888": the
                # sentence's subject (no clause of its own in between)
                _subject_and_then(most=100, more_stops="his|her|their|")
                + r"(?:re)?married{_}"
                r"(?![a-z])" + _NOT_ANOTHERS + r"{VALUE:NAME}" + _NOT_RELATIVE_OF,
            ),
            # the later spouses of a list the first match starts, each the match's subject's:
            # "married three times: firstly in 1877 to Margaret Jane Adam; secondly in 1887 to
            # Joanna (Anna) Wylie; thirdly in 1915 to Muriel Pilling", "was married twice,
            # first to Sebryn Myers and then to James McCoy", "in 1788 to Christian Cameron
            # and in 1826 to Sarah Fullerton" (an order word or a date: not "… and returned,
            # to Boston"), "to coworker Robert Grasselli (1957-1985) and to coworker Glenn
            # Brown" (a bare "and to" right after the name)
            list_item=r"(?:(?:{_}\([^()]{0,60}\))?(?:{_},)?{_}and{_}|(?:[^.;()]|\([^()]{0,60}\))"
            r"{0,120}?(?:[;,]{_}(?:and{_})?|{_}and{_})(?:(?:then|later|lastly|finally|"
            + _NTH_LY
            + r"){_}(?:,{_})?(?:" + _WED_WHEN + r")?|" + _WED_WHEN + r"))to{_}{SUBJ:SAME}"
            + _NOT_THE_BRIDES_KIN
            + _SPOUSE_DESCRIBED
            + _NOT_ANOTHERS
            + r"{VALUE:NAME}"
            + _NOT_RELATIVE_OF,
            subject_not_after=_SPOUSE_NOT_AFTER,
            symmetric=True,
        ),
        Category(
            name="author",
            description="Author of a written work",
            subject_kind="work",
            value_kind="person",
            answer_space=1000,
            question="Who wrote {subject}?",
            triggers=(
                "novel",
                "book",
                "written",
                "writer",
                "author",
                "poem",
                "memoir",
                "story",
                "play by",
                # a possessor's play, life or collection: "Plautus ' play Rudens", "Sousa 's
                # autobiography Marching Along", "Divetia's second poetry collection"
                "'s play",
                "’s play",
                "' play",
                "’ play",
                # a quoted title after "play": "Christopher Marlowe's 1594 play "Edward II"",
                # "Stephen Spender's first play, "Trial of a Judge""
                'play "',
                'play, "',
                "play “",
                "play, “",
                "autobiography",
                # (a bare "collection" may be of clothes or art: "Her second collection, "Collection
                # II", was released"; with another trigger in the sentence it is still read)
                "poetry collection",
                "story collection",
                "essay collection",
                # "His publications included "Aerodrome Construction" (1945) and …"
                "publications",
                "writings",
                "plays include",
                "plays are",
                "plays were",
                # a list of makers' works (see _LITERATURE_LIST)
                "literature",
                "fiction",
                "metafiction",
                "literary works",
            ),
            patterns=(
                r"^" + _WORK_S + r"{_}(?:\([^()]{0,60}\){_})??(?:,[^,()]{0,60},{_})??(?:is|was){_}"
                + _A_WORK_BY,
                # the document's own title as written at the start of its lead, whatever its
                # words: "A Very Very Very Dark Matter is a 2018 play by", "Born Free is a book
                # by", "Étude de femme (English "Study of a Woman") is a short story by",
                # "Political Tribes: Group Instinct and the Fate of Nations is a book by" (the
                # empty group "main": counted only when the subject is the title)
                _MAIN_TITLE_IS + _A_WORK_BY,
                # (a film's writer is its screenwriter, not its author)
                _WORK_T + r"{_}(?:,{_})??(?:is|was){_}(?:a{_}(?:(?!film|movie|series|show|episode|"
                r"documentary|drama|comedy|thriller|sitcom|telenovela)[\w'’ -]){0,40}?{_})??"
                r"(?:co{_}-?{_})?written{_}by{_}(?:the{_}(?:[\w'’-]+{_}){0,3})?" + _NOT_DESCRIBED
                + r"{VALUE:NAME}",
                # (after a comma a quoted title: "Liu Gang's memoir, Chen pretended …")
                # (the title ends before another possessor: "Jean Genet 's play The Balcony and
                # James Joyce 's novel Ulysses")
                r"{VALUE:NAME}{_}['’]s?{_}(?:\d{4}{_})??(?:[a-z'’-]+{_}){0,3}?(?:novel|book|"
                # (X's biography is about X; a collection may be of clothes or art)
                r"poem|(?<!extended\s)play|memoir|novella|story|essay|treatise|autobiography|"
                r"trilogy|(?:poetry|poems|story|stories|essay|essays|verse){_}collection)"
                r"(?:{_},{_}(?=[\"“])|{_})" + _WORK_T
                + r"(?<!['’]s)(?![\w.-]*(?:\s[A-Z][\w.-]*)*{_}['’])",
                # ("Stars and Bars, the third novel by Scottish author William Boyd", ""Maker of
                # Gargoyles" (1932), a short pulp fiction story by Clark Ashton Smith")
                r"{SUBJ:WORK}{_}(?:\([^()]{0,40}\){_})?,{_}(?:an?|the)\s(?:[\w'’-]+{_}){0,4}?"
                r"(?:novel|book|poem|(?<!extended\s)play|memoir|story){_}by{_}" + _DEMONYM
                + _NOT_DESCRIBED + r"{VALUE:NAME}",
                # a quoted title after its work's noun, then "by": "based on the 1907 novel "The
                # Brass Bowl" by Louis Joseph Vance", "the poem "The Snake-eater" by
                # Vazha-Pshavela", "the Australian novel "Murder In The Telephone Exchange" by
                # June Wright"
                WORD_START + r"(?:[Tt]he|[Aa]n?|his|her|their)\s(?:\d{4}{_})?(?:" + _DEMONYM_WORD
                + r"\s)?(?:[a-z'’-]+{_}){0,3}?" + _WRITTEN_WORK_NOUN + r"{_},?{_}"
                r"(?P<subj>[\"“][^\"“”]{1,80}?[\"”]){_},?{_}(?:\({_}\d{4}{_}\){_})?"
                # ("the 1844 French novella "The Corsican Brothers", written by Alexandre Dumas")
                r"(?:(?:co{_}-?{_})?(?:written|authored|penned){_})?by{_}"
                + _DEMONYM + _NOT_DESCRIBED + r"{VALUE:NAME}",
                # (a film) based on Tom Clancy 's novel of the same name: the author of the
                # document's title, or of the quoted title the sentence names first (""Fortress
                # Besieged", a television series adaptation based on the novel of the same name
                # by Qian Zhongshu")
                _SAME_NAME_AS + r"(?:based{_}on|adapted{_}from){_}{VALUE:NAME}{_}['’]s?{_}"
                r"(?:\d{4}{_})??(?:[a-z-]+{_}){0,2}?"
                r"(?:novel|book|novella|play|story|short{_}-?{_}story|memoir|comic|manga){_}of{_}"
                r"the{_}same{_}(?:name|title)",
                _SAME_NAME_AS + r"(?:based{_}on|adapted{_}from){_}(?:the|an?)\s(?:\d{4}{_})??"
                r"(?:[a-z-]+{_}){0,2}?(?:novel|book|"
                r"novella|play|story|short{_}-?{_}story|memoir|comic|manga){_}of{_}the{_}same{_}"
                r"(?:name|title){_},?{_}by{_}(?:the{_})??(?:[a-z]+{_}){0,3}?{VALUE:NAME}",
                # collected in his 1973 collection South of No North; after a comma a quoted
                # title or one set off ("his first book, The Company and the Union, which"), not
                # the clause's subject ("In his autobiography, Scondras said")
                _HIS_WORK + r"{_}" + _WORK_T,
                _HIS_WORK + r"{_},{_}" + _WORK_T + r"(?:(?<=[\"”])|(?={_}(?:[,.;:(]|$)))",
                # X is the author of "Z" / of the novel Z; X wrote the novel Z (a work noun or a
                # quoted title: "wrote a letter to Congress" is no work)
                r"{VALUE:NAMEP}{_}(?:,[^,()]{0,80},{_})??(?:is|was){_}(?:also{_})?(?:the{_})?"
                r"(?:co{_}-?{_})?author{_}of{_}(?:(?:the|her|his|a){_}(?:[a-z]+{_}){0,2}?"
                r"(?:novel|book|novella|memoir|poem|play|collection|biography){_},?{_}|(?=[\"“]))"
                + _WORK_T,
                # ("wrote an autobiography titled "Dark, Depressing, and Hilarious"", "wrote a
                # poem, "The Women of Mumbles Head"", "published her debut novel, "Finding Mrs.
                # Ford"": a publisher publishes "the novel", an author "her novel"; not
                # "Prentice-Hall published his book")
                r"{VALUE:NAMEP}{_}(?:also{_}|later{_}|then{_})??(?:(?:co{_}-?{_})?(?:wrote|"
                r"authored|penned){_}|" + _not_right_after(_PUBLISHER_WORDS)
                + r"published{_}(?=(?:his|her|their){_}|an{_}autobiography|a{_}memoir))"
                r"(?:(?:the|her|his|their|a|an){_}(?:[a-z]+{_}){0,2}?(?:novel|book|novella|memoir|"
                r"collection|biography|autobiography|poem|play|essay|treatise|textbook|"
                r"novelization)(?:{_}of{_}(?:poems|poetry|stories|short{_}stories|essays|verse))?"
                r"{_},?{_}(?:(?:titled|entitled|called|named){_},?{_})?|(?=[\"“]))" + _WORK_T,
                _HIS_WORKS_INCLUDE,
                _LITERATURE_LIST,
            ),
            subject_not_after=_WORK_NOT_AFTER,
            value_list=True,
            # the next quoted titles of a list a quoted title starts, each with the match's
            # author: "… include "A" (1945), "B" (1951) and "C"" (after a title's parentheses:
            # its year, publisher or co-authors)
            # (a written work's noun may come first, "and the biography "Alice Walker: A Life"",
            # not another's: "He wrote the stage play "Battery" and the HBO films "First Time
            # Felon"")
            # (or, in a list of makers' works, each item's own maker: "… Kennedy 's Legs ( 1975 )
            # , Salman Rushdie 's Midnight 's Children ( 1981 )")
            list_item=r"(?:(?<=[\"”])|(?=" + _LIST_SEP + _MAKERS + r"))" + _LIST_SEP
            + r"(?:the{_}(?:[\w'’-]+{_}){0,2}?" + _WRITTEN_WORK_NOUN + r"{_}|" + _MAKER_S + r")?"
            r"(?P<subj>(?(value)(?:" + _LISTED_TITLE + "|" + _QUOTED_TITLE + r")|"
            + _QUOTED_TITLE + r"))" + _NOT_EDITED_OR_OTHERS,
        ),
        Category(
            name="publication_date",
            description="Publication or release date of a work",
            subject_kind="work",
            value_kind="date",
            answer_space=99,
            question="When was {subject} published?",
            triggers=(
                "published",
                "released",
                "premiered",
                "aired",
                "issued",
                "novel",
                "film",
                "album",
                "single",
                "book",
                "song",
                "movie",
                "sitcom",
                "episode",
                "documentary",
                # (a screen work's nouns that no other trigger covers: "starred in telenovela X")
                "telenovela",
                "miniseries",
                # (each measured: "game" and "series" cost about 1.2 % more candidate text each;
                # a whole word where a bare one is inside common words: "opera" in "operated",
                # "ep" in "step", "story" in "two-story")
                "game",
                "series",
                "opera ",
                "operas",
                "musical",
                "poem",
                "painting",
                "mixtape",
                "manga",
                "comic",
                " ep ",
                "play ",
                "short story",
                "stories",
                # a law's year: "the Jones Act of 1916", "the Banking Act 1959", "the 1934
                # Railroad Retirement Act,", "the Norwegian constitution of 4 November 1814", "the
                # 1787 Northwest Ordinance" (the word "act", not "actor" or "action")
                "act ",
                "act,",
                "act.",
                "constitution",
                "ordinance",
                "proclamation",
                PAREN_TRIGGER,
            ),
            patterns=(
                # Song of Freedom is a 1936 British film; Z is a 1998 novel by W (a lead sentence:
                # anchored at the sentence start, which also keeps the scan cheap)
                r"^" + _WORK_S + r"{_}(?:\([^()]{0,80}\){_})??(?:,[^,()]{0,60},{_})??(?:is|was){_}"
                + _A_YEAR_WORK,
                # (the document's own title, whatever its words: see the author's lead pattern)
                _MAIN_TITLE_IS + _A_YEAR_WORK,
                # … and the release that follows its description: "How Could Hell Be Any Worse ?
                # is the first full - length album by American punk rock band Bad Religion ,
                # released on January 19 , 1982" (a title no other pattern reads; not a person's,
                # "He is the second most cited researcher …, according to the … ranking published
                # in 2015", nor another work's: "It is an English language adaptation of the
                # Italian language song "Melodia", which was originally released by …")
                r"(?!(?:He|She|They)\s)" + _MAIN_TITLE_IS + r"(?:an?|the)\s(?:(?!"
                + _RELEASE_GAP_STOP + r"|(?:adaptation|"
                r"version|cover|remake|translation|recalled|reissue)\s)(?:[^.;()]|"
                + _ABBREV_DOT + r")){0,120}?{_}(?:first{_}|originally{_})??"
                r"(?<![\w-])" + _RELEASE_VERB + r"{_}" + _RELEASE_DATE,
                # Le Ventre de Paris ( 1873 ) is the third novel in …
                r"^" + _WORK_S + r"{_}\({_}{VALUE:YEAR}{_}\){_}(?:is|was){_}(?:an?|the){_}"
                r"(?:[\w'’-]+{_}){0,4}?{WORKNOUN}(?![\w-])",
                _WORK_S + r"{_}(?:\([^()]{0,80}\){_})??(?:,[^,()]{0,80},{_})??"
                # (not past a quoted title right before "that/which", see _RELEASE_GAP_STOP, but
                # past a series' title after an episode: "X is the 12th episode of "Y", which
                # aired on D"; and the date is the release's, not a later event's: "released
                # after revealing in 2016"; a film's cast may come first: "It stars Ona Munson ,
                # Stuart Erwin , and Peggy Moran , and was released on July 17 , 1942")
                r"(?:stars{_}[^.;()]{1,150}?{_}and{_})??"
                r"(?:is|was|were|has been){_}(?:(?!(?:[^.;()]{0,80}?\bepisode\b))(?:(?!"
                + _RELEASE_GAP_STOP + r")(?:[^.;()]|" + _ABBREV_DOT
                # (an aside in Latin letters: "is the first ( and to date only ) solo album from
                # …, and was released on 2 April 2001"; not right before the verb, where it names
                # what was released: "the Common European Framework of Reference (CEFR) published
                # in draft form in 1997"; nor a gloss in another script: "the magazine "Muay
                # Siam" (มวยสยาม), the first issue was published in September 1986")
                + r"|\([A-Za-zÀ-ÿ\s,.'’&-]{1,40}\)(?!{_}" + _RELEASE_VERB + r"\b)))"
                r"{0,120}?{_}|(?:[^.;()]{0,80}?\bepisode\b)(?:(?!" + _NOT_THE_WORKS_RELEASE
                + r")[^.;()]){0,120}?{_})??"
                r"(?:first{_}|"
                r"originally{_}|officially{_}|later{_}|digitally{_}|commercially{_})??(?<![\w-])"
                r"(?:published|released|premiered|issued|broadcast|(?<!off\s)(?<!off-)aired){_}"
                + _RELEASE_DATE,
                # It premiered on 24 August 2020 on Star Plus; the series aired in 2019 (those
                # two verbs need no "was"; not "premiered its music video", "aired their final
                # episode"; nor a title inside what premiered: "The third season of " Better
                # Call Saul " premiered", "A music video for the song " The Pact "", "A Korean
                # adaptation … starring Jin Goo and Seo Eun-soo aired", "a music video directed
                # by Hannah Lux Davis premiered", "produced by three media companies:
                # MediaWeaver, …", "by J.C.Staff": no word right before the subject; nor "Season
                # 4", "The second series": a season)
                r"(?<![^\W\d_]\s)(?<!\.)(?<!:\s)"
                r"(?!(?:Season|Series|Cycle|Part|Volume|Chapter)\s\w+\s|[Tt]he\s(?:first|second|"
                r"third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|last|new|next)\s)"
                + _WORK_S + r"{_}(?:\([^()]{0,80}\){_})??(?:,[^,()]{0,80},{_})??"
                r"(?:first{_}|originally{_}|officially{_}|later{_})??(?:premiered|(?<!off\s)aired)"
                # (nor a network premiering a show: "Comedy Central premiered " The President
                # Show "")
                r"\b(?!{_}(?:(?:its|their|his|her|the|a|an)\b|[\"“])){_}" + _RELEASE_DATE,
                # Released as a single in January 1991 , " Cry for Help " reached …
                r"^(?:First{_}|Originally{_})??(?:[Pp]ublished|[Rr]eleased|[Ii]ssued){_}"
                r"(?:as{_}[^,.;()]{0,40}?{_})??(?:(?:by|through|via){_}[^,.;()]{0,40}?{_})??"
                + _ON_IN + r"{_}{VALUE:DATE}{_},{_}" + _WORK_S,
                # the album Duty ( 2000 ); Rushdie 's Midnight 's Children ( 1981 ); such as …
                # (after a work noun a comma or colon too: "her fourth studio album , Red
                # ( 2012 )", "three films : X ( 2010 )", "his later works , Y ( 2010 )")
                r"(?:(?<![\w])(?:(?:novel|book|film|movie|album|EP|single|song|play(?!ed|er|ing)|"
                r"poem|opera|musical|sitcom|documentary|game|LP|mixtape|painting|sequel|prequel|"
                # (a director's film: "his second directorial venture Thattathin Marayathu (
                # 2012 )", "His most recent directorial was Jacobinte Swargarajyam ( 2016 )")
                r"directorial(?:{_}(?:debut|venture|outing|effort|project))?|"
                + _LISTED_WORKS
                + r")(?:{_}[,:])?"
                # ("British war films of the 1950s such as The Wooden Horse ( 1950 )"; after any
                # other noun a list's title is quoted: not "honorary degrees from various
                # institutions including Ohio University ( 1978 )", "tournaments, including Bela
                # Crkva ( 1958 )", "authorities such as Anne Applebaum ( 2018 )")
                r"|(?:" + _LISTED_WORKS + r")\s[^.;()\"“]{0,40}?(?:such as|including|like)"
                r"|(?:such as|including|like)(?={_}(?:[a-z'’]+{_}){0,2}?[\"“])"
                r"|starred in|appeared in|roles? in|debut in|"
                r"followed by|"
                # a director's or writer's works: "received acclaim for writing Sully (2015)",
                # "Boschman directed Drawing the Line (1992), True Inversions (1992)" (not
                # "directed the Center for Research on Families (2001–11)": a body)
                r"(?:direct(?:ed|ing)|wr(?:ote|iting))(?={_}(?:the{_})?[A-Z\"“])"
                r"(?![^()]{0,60}?(?:Cent(?:er|re)|Institute|Program|Department|Laborator|Office|"
                r"School|Museum|Festival)\b)|"
                # "Other novels include X ( 1953 )", "include " X " ( 2005 )" (not "Recipients
                # include Colin Sauer ( 1945 )")
                r"(?:" + _PLURAL_WORKS + r"){_}include[sd]?|include[sd]?(?={_}:?{_}[\"“]))"
                # (a people's honour is no work: "People 's Artist of the USSR ( 1983 )")
                r"|(?<!People)\s['’]s?|(?<=\w\w)(?<!People)['’]s){_}(?:[a-z'’]+{_}){0,2}?"
                + _POSSESSOR
                + _TITLE_YEAR,
                # a series and its years: "The CW series "Supergirl" (2015–2017)", "the soap
                # opera Eldorado ( 1992 – 93 )", "shows like "Newsbeat" (1964–71)" (not "the
                # show's host John Smith (1920–1990)")
                # (a programme on the air: not "the scientific programme "Histoire de
                # l'Environnement" (1987–1991)")
                r"(?<![\w-])(?:series|serials?|sitcoms?|shows?|soap{_}operas?|telenovelas?|"
                r"(?:television|TV|radio)\sprogram(?:me)?s?)(?:{_}[,:])?"
                r"\s(?:(?:like|such{_}as|including|called|titled|entitled|named){_})?(?:the{_})?"
                + _TITLE_SPAN,
                # On 24 April 2020 she released her first solo album , " Harkin "; In April
                # 2019 , Bazzi released " Caught in the Fire " (a quoted title, or one named by
                # a work noun: "the Appeal Court released Pashynskyi" is no release)
                r"^(?:On|In){_}{VALUE:DATE}{_},?{_}(?:(?:[A-Z][\w'’.&-]*{_}){1,5}?|(?:he|she|they|"
                r"it){_}|" + _RELEASER + r")"
                + _RELEASE_ADV
                + r"(?:released|published){_}" + _RELEASED_WORK,
                # In 2007 she appeared in the horror film Epitaph; In 1997 starred in telenovela
                # El alma no tiene color (a screen work's noun: a play's or a series' year need
                # not be its first; not what is made of the work: "appeared in a remake of the
                # film X")
                r"^In{_}{VALUE:YEAR}{_},?{_}(?:(?:[A-Z][\w'’.-]*{_}){1,3}?|(?:he|she|they){_})??"
                r"(?:also{_}|then{_}|later{_})??(?:starred|co{_}-?{_}starred|appeared|played|"
                r"acted|was{_}cast|made{_}(?:his|her|their){_}(?:[a-z]+{_})?debut)\b"
                r"(?:[^.;()\"“]{0,60}?{_})??" + WORD_START + r"in\s(?:the{_}|an?{_})?"
                + _SCREEN_WORK_WORDS + _SCREEN_WORK + r"{_},?{_}"
                # (a Romance or German title in sentence case is not read: "El alma no tiene
                # color" would be "El")
                r"(?!(?:El|La|Le|Les|Los|Las|Il|Lo|Der|Die|Das)\s[a-z])"
                + _work_subject("WORK_BEFORE_ROLE"),
                # Rohey released their debut album " A Million Things " in 2017; the band released
                # its second studio album Evil Empire in 1996; … and released its self - titled
                # debut album Rage Against the Machine in 1992 (who released it does not matter)
                r"(?:^|,{_}|(?<![\w-])(?:and|then){_})(?:(?:[A-Z][\w'’.&-]*{_}){1,5}?|(?:he|she|"
                r"they){_}|" + _RELEASER + r")??"
                + _RELEASE_ADV
                + r"(?:released|published){_}" + _RELEASED_WORK + r"{_}(?:\([^()]{0,40}\){_})??(?:,{_})??"
                r"(?:(?:through|via|on|by|for|with|as){_}[^.;()0-9\"“”]{0,40}?{_})??"
                + _ON_IN + r"{_}{VALUE:DATE}",
                # two works released together: ""Halbblut" and "Der Herr der Liebe", both released
                # in 1919", "her previous two albums Bionic and Burlesque , both released in 2010"
                # (quoted titles, or unquoted after a plural work noun); the first …
                r"(?:(?<![\w\"“”])(?=[\"“])|" + _BOTH_WORKS + r")"
                + _WORK_T + r"{_}(?:by{_}[^.;()\"“”]{1,40}?{_})??(?:and|&){_}"
                r"(?:[^.;()\"“”]{0,60}?{_})??(?:[\"“][^\"“”]{1,80}?[\"”]|[A-Z][^.;()\"“”,]{0,60}?)"
                + _BOTH_RELEASED,
                # … and the second
                r"(?:" + _BOTH_WORKS + r"[A-Z][^.;()\"“”,]{0,60}?{_}|"
                r"[\"”]{_}(?:[^.;()\"“”]{0,40}?{_})??)(?:and|&){_}(?:[^.;()\"“”]{0,60}?{_})??"
                + _WORK_T + _BOTH_RELEASED,
                # the wedding favorite " Pigeon House " , released in 1967; " Suffer the Children "
                # , which had originally been released in 1981 (a quoted title)
                r"(?<![\w\"“”])(?=[\"“])" + _WORK_T + r"{_},{_}(?:(?:which|that){_}(?:was|had|has)"
                r"(?:{_}(?:first|originally|later))?(?:{_}been)?{_})?(?:first{_}|originally{_}|"
                r"later{_})??(?:released|published|"
                r"premiered){_}(?:(?:as{_}[^.;()0-9\"“”]{0,40}?{_}))??"
                + _ON_IN + r"{_}{VALUE:DATE}",
                # A sequel , " Reign of the Supermen " , was released on January 15 , 2019; his
                # first film , " Allahyar " , which was released in Pakistan on 2 February 2018;
                # His third studio album , Summer At Eureka , was released in May 2008; Walden 's
                # debut graphic novel , " The End of Summer " , was published … in June 2015
                WORD_START
                + r"(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w-]+{_}['’]s){_}"
                r"(?:[\w'’-]+{_}){0,3}?"
                r"(?:" + _RELEASE_NOUNS + r")(?:\s(?:about|on|of)\s[^,.;()\"“”]{1,40}?)?{_},{_}"
                r"(?=[\"“A-Z0-9])"
                # (its maker or its guest after the title: "The first single, "ILYSM"
                # featuring Famous Dex, was released on November 30, 2017")
                r"{SUBJ:WORK}(?:{_}(?:by|featuring|feat\.|ft\.){_}[^,.;()\"“”]{1,60}?)?{_},?{_}"
                r"(?:which{_})??(?:was|is){_}"
                r"(?:first{_}|originally{_}|later{_}|"
                r"officially{_}|digitally{_})??(?:released|published|premiered|aired|issued){_}"
                r"(?:[^.;()0-9]{0,60}?{_})??" + _ON_IN + r"{_}{VALUE:DATE}",
                # a work noun, its title and the date: "directed the film Thira in 2013", "had
                # been issued on the compilation High Step in 1975" (not another act on the work
                # or in it: "began shooting the film X on D", "recorded their debut EP X in
                # 2013", "adapted the novel X in 1962", an award "for the short film X in 2006";
                # nor a single's date: "released as a single from her album X on D")
                WORD_START
                + _not_right_after(_NOT_RELEASED_BY)
                + r"(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s(?:[a-z-]+{_}){0,2}?"
                r"(?:film|movie|album|EP|compilation|soundtrack|documentary|novel|telenovela|"
                # ("his first feature film , The Hungry Ghosts , in 2008", "the film Dough Boys ,
                # released in 2008")
                r"mixtape){_}(?:,{_}(?=[\"“A-Z0-9]))?" + _WORK_T + r"{_}(?:,{_}(?:(?:first|"
                r"originally){_})?(?:released|published|premiered){_}|,{_})?" + _ON_IN + r"{_}"
                r"{VALUE:DATE}",
                # a quoted title and its year: "the documentary film " Heaven Is a Traffic Jam
                # on the 405 " ( 2016 )", "success with " Ai n't No Mountain High Enough "
                # ( 1981 )" (quotes mark a work's title; a nickname is followed by its name) —
                # not a paper someone worked at ("an intern at the "Miami Herald" ( 2005 )",
                # "the newspaper "Mmegi" ( 2008 )") nor a phrase in lower case ("listed as
                # "mining promoter" ( 1900 )")
                r"(?=[\"“]\s?(?:{UP}|\d))(?<![\w\"“”])(?<!\sat\s)(?<!\sat\sthe\s)"
                r"(?<!newspaper\s)(?<!magazine\s)(?<!journal\s)(?<!daily\s)(?<!weekly\s)"
                r"(?![\"“][^\"“”]{0,60}?(?:Times|Post|Herald|Gazette|Tribune|"
                r"Journal|Chronicle|Telegraph|Courier|Inquirer|Dispatch)\s?[\"”])" + _TITLE_YEAR,
                # 1987 's Let It Loose; her 1993 album , Mi Tierra; the 2012 film The Power of Few;
                # their 2009 release Set in Stone (not "a 150-episode drama series", "a 110-minute
                # movie"; nor another event's year: "won the … Award in 2012 for his essay "A
                # Reparative Act,"")
                # (a year of four digits; a noun, not a verb's "to play", "to record", nor
                # "two-story" (but "comedy-drama", "double-album"); after a series' or a game's
                # noun a comma only before a quoted title or "The": not "the 2017 JGP series,
                # Popova"; no score or count, "won the game 29–21", "20+ rebounds", no lone
                # letter but "A" or "I", "closes series B round", and no "TV" of "the musical TV
                # show")
                r"(?<![\w,.-])(?=\d{4}(?!\d)){VALUE:YEAR}" + _A_YEAR_ALONE
                + r"{_}(?:['’]s{_}|(?!for\s)(?:[\w'’-]+{_}){0,3}?"
                r"(?<!\w)(?<!\sto\s)(?!(?<=-)story)(?:{WORKNOUN}|release|sequel|prequel)(?![\w-])"
                r"(?:(?<!series)(?<!game){_},|{_},(?={_}(?:[\"“]|The\s)))?{_})"
                r"(?!\d+\s?[–+-]|[B-HJ-Z]\s|(?:TV|Radio)\s)"
                + _WORK_T,
                # a law and its year (see _LAW): "the Jones Act of 1916", "the Banking Act 1959"
                # (a year of four digits: not "Act 1, Scene 2"), "the 1787 Northwest Ordinance"
                _LAW + r"{_}(?:of{_}(?=\d)|(?=[12]\d{3}(?![\d–—-])))(?P<value>{DATE})",
                r"(?<=the\s){VALUE:YEAR}(?![\d–—-]){_}" + _LAW,
            ),
            subject_not_after=_WORK_NOT_AFTER,
            # … Lotus ( 2012 ), Taste of Cherry ( 1997 ) and The Wind Will Carry Us ( 1999 )
            # (past an item that lost its title, "Edge of Sanity ( 1989 ) , ( 1990 ) , Robot
            # Jox ( 1990 )", and an aside in dashes: "Taste of Cherry ( 1997 ) – which was
            # awarded the Palme d'Or … – and The Wind Will Carry Us ( 1999 )")
            list_item=r"(?:{_},{_}\({_}\d{4}{_}\))?(?:{_}[–—][^–—()]{1,120}?[–—])?"
            r"{_}" + _AND_SEP + _POSSESSOR + r"(?!(?:Order|Hero)\sof\s)"
            + _TITLE_YEAR_OR_SPAN,
        ),
        Category(
            name="headquarters",
            description="Headquarters location of an organisation",
            subject_kind="organization",
            value_kind="place",
            answer_space=1000,
            question="Where is {subject} headquartered?",
            triggers=(
                "headquarter",
                "based in",
                "based at",
                # "a Denver-based software company"
                "-based",
                "–based",  # (an en dash: "a New York–based firm")
                "- based",  # tokenised
                "head office",
                "head-office",
                "club from",
                "team from",
            ),
            patterns=(
                # X is a Denver-based software company (a nationality before the place is not
                # part of it: "an American New York-based firm")
                # (describing words only, on either side: not "the founder of the New Jersey-based
                # drama group", "an album from the Seattle-based band", "specialized in AI-based")
                r"{SUBJ:ORGP}{_}(?:\([^()]{0,60}\){_})??(?:,[^,()]{0,80},{_})??(?:is|was){_}"
                r"(?:an?|the)\s" + _DESCRIBING + r"(?:[A-Z][a-z]+(?:an|ese|ish|ian)\s)?"
                r"{VALUE:PLACE}{_}" + BASED_DASH + r"{_}based\s" + _DESCRIBING + r"{ORGNOUN}",
                # X has its headquarters (head office) in P
                r"{SUBJ:ORGP}{_}(?:\([^()]{0,60}\){_})??(?:,[^,()]{0,80},{_})??" + _HAS_ITS
                + r"(?:" + _HQ_NOUNS + r"|seat){_}(?:located{_})?" + _IN + r"{_}{VALUE:PLACE}",
                r"{SUBJ:ORGP}{_}(?:\([^()]{0,60}\){_})??(?:,[^,()]{0,80},{_})??(?:is|was){_}"
                # (an acronym in parentheses is part of the description: "a non-governmental
                # organisation (NGO) based in …", "a real estate investment trust (REIT)
                # specializing in casino properties, based in …")
                # (not a rivalry "between the two Major League Soccer (MLS) clubs based in …")
                r"(?:an?|the)\s(?:(?!\b(?:by|between)\s|,\s?(?:an?|the)\s)" + _DESCRIPTION_CHAR
                + r"){0,100}?{ORGNOUN}{_}(?:" + _ACRONYM_PAREN + r"{_})?(?:[^.;()]{0,60}?)"
                # ("a … magazine, published in Karnataka, India, which has its headquarters in
                # Manipal")
                r"(?:(?:based|headquartered){_}" + _IN + r"|(?:which|that){_}" + _HAS_ITS
                + r"(?:" + _HQ_NOUNS + r"){_}(?:located{_})?" + _IN + r"){_}"
                + _THE_PLACE
                + r"{VALUE:PLACE}",
                # The company is headquartered in …; X was founded in 1986 and is headquartered in
                _ORG_S + r"{_}(?:\([^()]{0,60}\){_})??(?:,[^,()]{0,80},{_})??"
                # ("is a lifestyle brand founded by … Kygo (Kyrre Gørvell-Dahll) and … in 2016 and
                # is headquartered in Oslo")
                # (no relative clause in between, whose verb the "and" may continue: "is named
                # after the company that manages …, and is based in Osaka")
                # (the second verb may go unsaid: "It was founded in 2014 and headquartered in
                # Hangzhou", "It is organized in Maryland and headquartered in Los Angeles"; not
                # after an owner, "She is now owned by Trad Sail Charters and based in Maldon":
                # a ship's home port)
                r"(?:" + _is_then_and("that|which|who") + r"(?:is|was|are|were){_}|"
                + _is_then_and("that|which|who|by")
                + r"|(?:is|was|are|were){_})"
                r"(?:currently{_}|now{_}|also{_})??(?:headquartered|based){_}" + _IN + r"{_}"
                + _THE_PLACE
                + r"{VALUE:PLACE}",
                # Acme's headquarters are in P
                # ("The brand's main headquarters are in Manchester")
                # ("Its headquarters are located in Beverly Hills", "The company's international
                # headquarters is located in Tel Aviv"; not a former, a first or a regional one)
                _ORG_S + r"(?:" + _POSSESSIVE_END + r"|(?<=(?<![\w'’-])[Ii]ts)|"
                r"(?<=(?<![\w'’-])[Tt]heir))"
                r"{_}(?:(?!(?:former|old|previous|original|temporary|interim|first|second|early|"
                r"earlier|regional|local|district|divisional|branch|field)\b)[a-z]+{_}){0,2}"
                r"(?:" + _HQ_NOUNS + r"){_}"
                r"(?:is|are|was|were){_}(?:located{_}|situated{_})??" + _IN + r"{_}"
                # (a building before the town: "are in the Technology Park in Villach, Austria",
                # "at the Arctic Circle in Rovaniemi"; not an address's floor or number, "at the
                # 17th Floor, Strata 200 Bldg.")
                r"(?:[^.;()0-9]{0,40}?(?:,|\sin){_})??{VALUE:PLACE}",
                # the International Council for the Exploration of the Sea (ICES), based in
                # Copenhagen; HSIDC, headquartered at Panchkula; OGC Nice, a French association
                # football club based in Nice
                # (a whole name: not "B" of "Esbjerg fB", nor the end of a name that lists
                # names, "Harms, Kaiser and Hagen"; "based at" is a unit's base or a depot: "the
                # 41st Escort Group, based at Devonport")
                WORD_START
                + _NOT_IN_A_LIST_OF_NAMES
                + r"{SUBJ:ORG}{_}(?:\([^()]{0,60}\){_})??,{_}(?:(?:an?|the)\s"
                + _DESCRIBING
                + r"{ORGNOUN}{_})?(?:headquartered{_}" + _IN + r"|based{_}in){_}{VALUE:PLACE}",
                # ENPHE was set up in February 1995, with headquarters in Utrecht (not "On 17
                # July 1880 the Società …": a date is no part of the name)
                WORD_START
                + r"(?![12]\d{3}\s)"
                + _ORG_S
                # (or no comma: "The organization was founded in the early 1970s with
                # headquarters in Kaduna"; after other things it has: "… store chain for young
                # women's clothing with shops all across Europe and headquarters in
                # Villeneuve-d'Ascq"; not another's: "was formed … by a banking group with
                # headquarters in Rome", "placed under the charge of a Junior Political Officer
                # with headquarters at Asalu")
                + r"{_}(?:is|was|were){_}(?:[^.;()]{0,80}?,|(?:(?!\b(?:by|under)\s)[^.;()])"
                r"{0,80}?){_}with{_}"
                r"(?:(?:(?!\b(?:by|under)\s)[^.;()]){0,60}?{_}and{_})?(?:its{_}|their{_})?"
                r"(?:headquarters|head{_}office){_}" + _IN + r"{_}{VALUE:PLACE}",
                # Fyllingen Fotball was a Norwegian association football club from Fyllingsdalen
                r"{SUBJ:ORGP}{_}(?:\([^()]{0,60}\){_})??(?:is|was){_}an?\s(?:[^.;()]{0,60}?)"
                r"(?:football|soccer|hockey|basketball|baseball|rugby|cricket|sports|handball|"
                r"volleyball){_}(?:club|team){_}(?:from|in){_}{VALUE:PLACE}",
                r"(?:[Hh]eadquartered|[Bb]ased){_}in{_}{VALUE:PLACE}{_},{_}(?:the{_})??{SUBJ:ORG}"
                r"{_}(?:is|was){_}(?:an?|the|one)\s(?:[^.;()]{0,80}?){ORGNOUN}",
            ),
            value_stop=(_PLACE_STOP,),
            subject_not_after=_ORG_NOT_AFTER,
        ),
        Category(
            name="capital",
            description="Capital of a country or region (control: capitals repeat)",
            subject_kind="place",
            value_kind="place",
            # a country or region has a few dozen plausible cities
            answer_space=49,
            question="What is the capital of {subject}?",
            triggers=("capital", "administrative centre", "administrative center"),
            patterns=(
                # (not "Anfao, outside the capital of Gao")
                r"{VALUE:PLACE}{_}(?:\([^()]{0,60}\){_})??(?:,{_}|(?:is|was|became){_})"
                r"(?:also{_}|now{_})??(?:the{_})??(?:(?!(?:outside|near|beyond|from|off|to|in|at|"
                r"of|by)\b)" + _SEAT_WORD + r"{_}){0,2}?capital{_}(?:city{_})??" + _AND_LARGEST + r"of{_}(?:the{_})??"
                + _DEMONYM_UNIT_OF
                + r"{SUBJ:PLACE}",
                r"{VALUE:PLACE}{_}(?:\([^()]{0,60}\){_})??(?:is|was){_}(?:[^.;()]{0,100}?)"
                r"\s(?:and|is)\sthe\s(?:" + _SEAT_WORD + r"\s){0,2}?capital\sof{_}(?:the{_})??"
                + _DEMONYM_UNIT_OF
                + r"{SUBJ:PLACE}",
                r"(?:[Tt]he\s)?capital{_}(?:city{_})??of{_}(?:the{_})??{SUBJ:PLACE}{_},?{_}"
                r"(?:is|was){_}{VALUE:PLACE}",
                # Estonia's capital Tallinn
                r"{SUBJ:PLACEP}" + _POSSESSIVE_END + r"{_}(?:(?:" + _SEAT_WORD + r"{_}){1,3}?)??"
                r"capital{_}(?:city{_})??"
                r"(?:(?:is|was|,){_})?{VALUE:PLACE}",
                # (its capital is P: the next pattern)
                r"[Ii]ts{_}capital{_}(?:city{_})??(?:at|in|being){_}{VALUE:PLACE}",
                # after the city, in apposition: "in Kampala, Uganda's capital city", "Lusaka,
                # Zambia's capital", "Kampala, Uganda's capital and largest city" (the phrase
                # ends there: not "Kenya's capital markets"; the city after a part of it: "the
                # Central Division of Kampala, Uganda's capital")
                r"(?![^,.;()]*\sof\s){VALUE:PLACE}{_},{_}(?:the{_})?{SUBJ:PLACE}" + _POSSESSIVE_END
                + r"{_}" + _CAPITAL_WORDS + r"capital(?:{_}city)?(?:{_}"
                + _LARGEST_CITY
                + r")?(?={_}(?:[,.;)]|$))",
                # … or in a parenthesis: "Qus (the capital of Upper Egypt)", "Dhaka (capital of
                # Bangladesh)"
                r"{VALUE:PLACE}{_}\({_}(?:the{_})?" + _CAPITAL_WORDS + r"capital{_}"
                r"(?:city{_})?of{_}(?:the{_})?" + _DEMONYM_UNIT_OF + r"{SUBJ:PLACE}{_}\)",
                # the document's own region: "Its capital is P", "The regional capital is the
                # municipality of Morogoro", "The administrative centre was the village of
                # Skogn", "its capital was the city of Taxila" (not "seat": a parliament's, or a
                # company's)
                r"(?:[Ii]ts|[Tt]he){_}(?:(?:regional|provincial|district|county|state|municipal|"
                r"administrative){_})?(?:capital|administrative{_}cent(?:re|er))(?:{_}city)?{_}"
                r"(?:is|was){_}(?:(?:located{_})?(?:in|at){_})?"
                r"(?:the{_}(?:city|town|municipality|village){_}of{_})?{VALUE:PLACE}",
            ),
        ),
        Category(
            name="educated_at",
            description="Educational institution a person attended",
            subject_kind="person",
            value_kind="organization",
            answer_space=1000,
            question="Where was {subject} educated?",
            triggers=(
                "graduat",
                "undergraduat",
                "postgraduat",
                "diploma",
                "b.a.",
                "m.a.",
                "studied",
                "educated",
                "attended",
                "alumn",
                "enrolled",
                "degree",
                "student at",
                "phd",
                "ph.d",
                "ph. d",
                "doctorate",
                "player for",
                "played college",
                "bachelor",
                "master's",
                "bfa",
                "mfa",
                "studying",
                "mba",
                "education at",
                "playing college",
                "to attend",
                "habilitation",
            ),
            # (every value is a _SCHOOL)
            patterns=(
                r"{SUBJ:NAMEP}{_}(?:,[^,()]{0,80},{_})??(?:later{_}|then{_}|also{_})??"
                r"(?:graduated|studied|was{_}educated|attended|enrolled|earned|received|"
                r"obtained|completed|went{_}on{_}to{_}study|did)"
                # (no year for a school: "studied Medicine from 1976 to 1984 at the …")
                # ("of" after a school's unit: "graduated from the law department of Tbilisi
                # State University", "the Medical faculty of Peoples' Friendship University")
                r"(?:(?!" + _NOT_STUDY + r")[^.;()]){0,80}?\s(?:from|at|in|to|" + _UNIT_OF + r")\s"
                r"(?![12]\d{3}\b)(?:the\s)?" + _SCHOOL,
                r"(?:^|,{_}|\band\s)(?:[Ee]ducated|[Gg]raduated|[Ss]tudied|[Tt]rained)"
                r"(?:{_}(?:[^.;()]{0,60}?))?{_}" + WORD_START
                + r"(?:at|from){_}(?:the{_})??" + _SCHOOL,
                # Gentile was born in New Kensington , Pennsylvania and attended Shadyside Academy
                # (of the document's person: the clause's own subject is not read, and in a
                # sample of 60 it was someone else once, "June won national awards … and
                # attended Furman University" in her husband's article)
                # ("He left his apprenticeship and enrolled in the Glasgow School of Art")
                r"(?:^|,{_}|\band\s)(?:later{_}|then{_}|also{_})??(?:attended|(?:re-?)?enrolled"
                r"{_}(?:in|at|into))\s(?:the\s)?" + _SCHOOL,
                # ("Robertson-Dworet is a 2007 graduate of Harvard College")
                r"(?:[Hh]e|[Ss]he|{SUBJ:NAME}){_}(?:is|was){_}" + _A_GRADUATE
                + r"{_}of{_}(?:the{_})??" + _SCHOOL,
                # "A graduate of Tufts University, Swenson studied …", "A 1968 graduate of Seoul
                # National University, Chung joined …" (the document's person, as after
                # "attended")
                r"^(?=A)" + _A_GRADUATE + r"{_}(?:of|from){_}(?:the{_})??" + _SCHOOL,
                # He is a graduate of Ludwig Maximilian University of Munich and of Cambridge
                r"(?:[Hh]e|[Ss]he|{SUBJ:NAME}){_}(?:is|was){_}" + _A_GRADUATE
                + r"{_}of{_}(?:the{_})??{ORG}{_}(?:,{_})?and{_}(?:of{_}(?:the{_})??|the{_})"
                + _SCHOOL,
                # … and a law degree from the DePaul University School of Law
                # (a whole word, and not an honorary one: "a post-doctorate post at Yale", "an
                # Honorary Doctorate from")
                # (nor a rank: "the first exemplification of the Fourth Degree at the Lenox
                # Lyceum"; "his first degree at Leeds University" is study)
                r"(?<!\w)(?<!post-)(?<![Hh]onorary\s)(?<!First\s)(?<!Second\s)(?<!Third\s)"
                r"(?<!Fourth\s)(?:[Dd]egree|[Dd]iploma|BA|B\.A\.|MA|M\.A\.|BSc|MSc|BS|"
                r"MS|BFA|MFA|MBA|PhD|"
                r"Ph\.\s?D\.|"
                r"[Dd]octorate|LLB|LLM|[Mm]aster['’]?s?|[Bb]achelor['’]?s?)"
                r"(?:(?!" + _NOT_STUDY + r"){_}(?!(?:at|from)\s)(?:(?!\s(?:at|from)\s|" + _NOT_STUDY
                + r")[^.;()]){0,90}?)?"
                r"\s(?:from|at){_}(?:the{_})??" + _SCHOOL,
                # studied at the Moore College of Art and the University of Pennsylvania; He
                # attended Sir Oliver Mowat Collegiate Institute and Ryerson University (a
                # school's word before "and": not "attended Franklin and Marshall College")
                r"(?:(?:[Ee]ducated|[Gg]raduated|[Ss]tudied|[Aa]ttended){_}(?:[^.;()]{0,60}?{_})??"
                + WORD_START + r"(?:at|from){_}|[Aa]ttended\s"
                r"(?=" + _school_word_within("and") + r"))"
                r"(?:the{_})??{ORG}{_}(?:,{_})?and{_}"
                r"(?:of{_}|at{_}|from{_})?(?:the{_})??" + _SCHOOL,
                # Educated at Upper Canada College , the University of Toronto , Boyd …
                # … Lakefield College School in Lakefield , Ontario , McGill University …
                r"(?:[Ee]ducated|[Ss]tudied){_}at{_}(?:the{_})??{ORG}{_}(?:in{_}{PLACE}{_})??,{_}"
                r"(?:and{_})??(?:the{_})??"
                + _SCHOOL,
                # … Lakefield College School in Lakefield , Ontario , McGill University in
                # Montreal , Quebec , and at INSEAD in Fontainebleau: the third of a list
                r"(?:[Ee]ducated|[Ss]tudied){_}at{_}(?:the{_})??{ORG}{_}(?:in{_}{PLACE}{_})??,{_}"
                r"(?:the{_})??{ORG}{_}(?:in{_}{PLACE}{_})??,?{_}and{_}(?:at{_})?(?:the{_})??"
                + _SCHOOL,
                # Steiner … was a basketball player for Butler University
                # (whole words: the tail of "He" is no word of its own)
                WORD_START + r"(?:[a-z]+{_})?" + WORD_START + r"(?:player|played|plays|playing){_}"
                r"(?:college{_}[a-z]+{_})?" + WORD_START + r"(?:for|at)"
                r"{_}(?:the{_})??" + _SCHOOL,
                # Brewster attended Hopkins Grammar School; while attending L.A. City College
                r"{SUBJ:NAMEP}{_}(?:later{_}|then{_}|also{_}|first{_})??(?:attended|entered)\s"
                r"(?:the\s)?" + _SCHOOL,
                # In 1952, he was admitted to the Boston Latin School (not "admitted to the bar":
                # a value names a school)
                r"{SUBJ:NAMEP}{_}(?:,[^,()]{0,80},{_})??(?:was{_})(?:later{_}|then{_}|also{_})??"
                r"admitted{_}(?:to|into){_}(?:the{_})?" + _SCHOOL,
                # … moved to the Theodor Heuss High School in Nördlingen , where she graduated
                # (not "a postdoctoral researcher at X, where she studied proton spin")
                # (nor "to" inside a word: "the Toronto Art School, where she studied")
                r"(?<!researcher\s)(?<!professor\s)(?<!lecturer\s)(?<!teacher\s)(?<!worked\s)"
                + WORD_START + r"(?:to|into|at|attend|entered|joined){_}(?:the{_})?" + _SCHOOL
                + r"(?:{_}in{_}{PLACE})?{_},{_}(?:where|from{_}which){_}{SUBJ:NAMEP}{_}"
                r"(?:later{_}|also{_}|then{_})??(?:graduated|studied)\b",
                # Liang was ultimately able to attend Peking University; went on to attend
                r"(?:went{_}on|able|decided|chose|left|moved|returned){_}to{_}attend\s(?:the\s)?"
                + _SCHOOL,
                # He attended Yale 's Berkeley Divinity School
                r"(?:(?:[Ss]tudied|[Ee]ducated|[Gg]raduated)(?:{_}[^.;()]{0,60}?)?{_}"
                + WORD_START + r"(?:at|from)"
                r"|[Aa]ttended){_}(?:the{_})??{ORG}{_}['’]s{_}" + _SCHOOL,
                WORD_START + r"(?:[Ww]hile|[Aa]fter|[Bb]efore){_}attending\s(?:the\s)?" + _SCHOOL,
                # while a student at the Curtis Institute of Music (whole words: not "who was a
                # student at", whose "who" may be someone else)
                WORD_START + r"(?:[Ww]hile|[Aa]s){_}an?\s(?:[a-z]+{_})??student{_}(?:at|of){_}"
                r"(?:the{_})??" + _SCHOOL,
                # She was a student at the American School of Classical Studies; he was a piano
                # student at the Juilliard School (a name or pronoun: not "her father was")
                r"{SUBJ:NAMEP}{_}(?:was|is){_}(?:later{_}|then{_}|also{_})??an?\s(?:[a-z]+{_})??"
                r"student{_}(?:at|of){_}(?:the{_})??" + _SCHOOL,
                # (not past a comma, where the main clause begins: "After graduating, she began
                # teaching at Fordham University")
                WORD_START + r"(?:[Aa]fter|[Bb]efore|[Uu]pon|[Oo]n){_}(?:graduating|studying){_}"
                r"(?:[^.;(),]{0,40}?)\s?" + WORD_START + r"(?:from|at){_}"
                r"(?:the{_})??" + _SCHOOL,
            ),
            value_cues=(_EDU_CUES,),
            # a bare cue word is a name cut short ("École" of "École nationale supérieure …")
            # (nor two universities in one: "the Universities of York and Manchester", "the
            # Pontifical Catholic Universities of São Paulo and Rio de Janeiro")
            value_stop=(_EDU_BARE, r".*\bUniversities"),
        ),
    ]
}


# --- loading user categories ------------------------------------------------------------

_NAME_RX = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
_FIELD_NAMES = {f.name for f in fields(Category)}


def _err(source: str, cat: str, msg: str) -> UserError:
    return UserError(f"{source}: category '{cat}': {msg}")


def _str_tuple(value: Any, source: str, cat: str, field: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list | tuple) or not all(
        isinstance(v, str) and v.strip() for v in value
    ):
        raise _err(source, cat, f"field '{field}' must be a list of non-empty strings")
    return tuple(value)


def _build(name: str, data: Any, source: str, base: Category | None) -> Category:
    from singleton.extract.patterns import PatternError, compile_pattern

    if not isinstance(data, Mapping):
        raise _err(source, name, "must be a table of fields")
    if not _NAME_RX.match(name):
        raise _err(source, name, "name must be lower-case letters, digits and '_'")
    unknown = sorted(set(data) - _FIELD_NAMES - {"name"})
    if unknown:
        raise _err(
            source, name, f"unknown field '{unknown[0]}' (known: {', '.join(sorted(_FIELD_NAMES))})"
        )
    vals: dict[str, Any] = dict(base.__dict__) if base else {"name": name}
    vals["name"] = name
    for key, value in data.items():
        if key == "name":
            continue
        vals[key] = value
    required = (
        "description",
        "subject_kind",
        "value_kind",
        "answer_space",
        "question",
        "triggers",
        "patterns",
    )
    for key in required:
        if key not in vals:
            raise _err(source, name, f"missing field '{key}'")
    for key in ("description", "question"):
        if not isinstance(vals[key], str) or not vals[key].strip():
            raise _err(source, name, f"field '{key}' must be a non-empty string")
    if vals["subject_kind"] not in SUBJECT_KINDS:
        raise _err(source, name, f"field 'subject_kind' must be one of {', '.join(SUBJECT_KINDS)}")
    if vals["value_kind"] not in VALUE_KINDS:
        raise _err(source, name, f"field 'value_kind' must be one of {', '.join(VALUE_KINDS)}")
    a = vals["answer_space"]
    if isinstance(a, bool) or not isinstance(a, int) or a < 1:
        raise _err(source, name, "field 'answer_space' must be a positive integer")
    if "{subject}" not in vals["question"]:
        raise _err(source, name, "field 'question' must contain '{subject}'")
    for key in ("triggers", "patterns", "value_cues", "value_stop", "subject_not_after"):
        vals[key] = _str_tuple(vals.get(key, ()), source, name, key)
    if not vals["triggers"]:
        raise _err(source, name, "field 'triggers' must list at least one word")
    if not vals["patterns"]:
        raise _err(source, name, "field 'patterns' must list at least one pattern")
    for i, p in enumerate(vals["patterns"]):
        try:
            compile_pattern(p)
        except PatternError as e:
            raise _err(source, name, f"field 'patterns' item {i + 1}: {e}") from None
    item = vals.get("list_item", "")
    if not isinstance(item, str):
        raise _err(source, name, "field 'list_item' must be a pattern string")
    if item:
        try:
            groups = compile_pattern(item).groupindex
        except PatternError as e:
            raise _err(source, name, f"field 'list_item': {e}") from None
        if "subj" not in groups or "value" not in groups:
            raise _err(source, name, "field 'list_item' must have a SUBJ and a VALUE slot")
    for key in ("value_cues", "value_stop", "subject_not_after"):
        for p in vals[key]:
            try:
                re.compile(p)
            except re.error as e:
                raise _err(
                    source, name, f"field '{key}': invalid regular expression: {e}"
                ) from None
    for key in ("symmetric", "value_list"):
        if not isinstance(vals.get(key, False), bool):
            raise _err(source, name, f"field '{key}' must be true or false")
    return Category(**vals)


def _read_file(path: Path) -> Any:
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise UserError(f"{path}: cannot read categories file: {e.strerror or e}") from None
    suffix = path.suffix.lower()
    if suffix == ".toml":
        try:
            import tomllib  # type: ignore[import-not-found]
        except ModuleNotFoundError:  # Python 3.10
            import tomli as tomllib  # type: ignore[no-redef]
        try:
            return tomllib.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
            raise UserError(f"{path}: not valid TOML: {e}") from None
    if suffix in (".yaml", ".yml"):
        import yaml

        try:
            return yaml.safe_load(raw.decode("utf-8"))
        except (UnicodeDecodeError, yaml.YAMLError) as e:
            msg = str(e).replace("\n", " ")
            raise UserError(f"{path}: not valid YAML: {msg}") from None
    raise UserError(f"{path}: categories file must end in .toml, .yaml or .yml")


def load_categories_file(path: str | Path) -> list[Category]:
    """Categories defined in a TOML/YAML file: ``[categories.NAME]`` tables (or a list)."""
    p = Path(path)
    data = _read_file(p)
    source = p.name
    if not isinstance(data, Mapping) or "categories" not in data:
        raise UserError(f"{source}: expected a top-level 'categories' table")
    cats = data["categories"]
    items: Iterable[tuple[str, Any]]
    if isinstance(cats, Mapping):
        items = cats.items()
    elif isinstance(cats, list):
        items = []
        for i, c in enumerate(cats):
            if not isinstance(c, Mapping) or not isinstance(c.get("name"), str):
                raise UserError(f"{source}: categories item {i + 1}: field 'name' is missing")
            items.append((c["name"], c))
    else:
        raise UserError(f"{source}: 'categories' must be a table or a list")
    out = []
    for name, body in items:
        out.append(_build(str(name), body, source, BUILTIN_CATEGORIES.get(str(name))))
    return out


def load_categories(
    names: Sequence[str] | None = None, categories_file: str | Path | None = None
) -> list[Category]:
    """The categories to extract: built-ins plus a file's additions and overrides.

    ``names`` None means all of them, in definition order (built-ins first).
    """
    available: dict[str, Category] = dict(BUILTIN_CATEGORIES)
    if categories_file is not None:
        for c in load_categories_file(categories_file):
            available[c.name] = c
    if names is None:
        return list(available.values())
    if isinstance(names, str):
        names = [n for n in names.split(",")]
    wanted = [n.strip() for n in names if n and n.strip()]
    unknown = [n for n in wanted if n not in available]
    if unknown:
        raise UserError(
            f"unknown categor{'y' if len(unknown) == 1 else 'ies'} {', '.join(unknown)} "
            f"(known: {', '.join(available)})"
        )
    if not wanted:
        raise UserError(f"no categories given (known: {', '.join(available)})")
    seen: dict[str, Category] = {}
    for n in wanted:
        seen.setdefault(n, available[n])
    return list(seen.values())


def describe_categories(categories: Iterable[Category] | None = None) -> list[dict[str, Any]]:
    """Rows for ``singleton categories``."""
    cats = BUILTIN_CATEGORIES.values() if categories is None else categories
    return [c.to_row() for c in cats]
