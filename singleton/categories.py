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
_BORN = r"(?:[Bb]orn|b\.)"
_DIED = r"(?:[Dd]ied|d\.|[Dd]eath)"
_IN = r"(?:in|at)"
_NODIED = r"(?:(?!died|d\.)[^()])"  # a gap inside "( born … )" that does not run into "died"
_PLACE_STOP = (
    r"January|February|March|April|May|June|July|August|September|October|November|"
    r"December|World|Battle|War|Office|Hospital|Army|Navy|Service|School|University|College|"
    r"Congress|Parliament|Senate|The|Catholic|Jewish|Christian|Muslim|English|French|German|"
    r"American|British|Irish|Spanish|Italian|Russian|Polish|Dutch|Swedish|Norwegian|Danish|"
    r"Greek|Turkish|Japanese|Chinese|Indian|Canadian|Australian|Mexican|Brazilian|Korean|"
    r"Roman|Royal|National|State|Prison|Camp|Concentration|Holocaust|Auschwitz|Season|League|"
    r"Championship|Cup|Olympics|Olympic|Games|Division|Regiment|Squadron|Street|Avenue|"
    r"Road|Family|Church|House|Palace|Castle|Cathedral|Infirmary|Home|Mother|Father|God|Christ"
)
_EDU_CUES = (
    r"University|Universit[äéày]|Universidad|Universidade|Università|College|School|Institute|"
    r"Institut|Academy|Akademie|Académie|Conservatory|Conservatoire|Polytechnic|Politecnico|"
    r"Seminary|Gymnasium|Lycée|Hochschule|Technion|Yeshiva|Madrasa|Sorbonne|MIT|UCLA|INSEAD|"
    r"ETH|Juilliard|Eton|Harrow|Oxford|Cambridge|Harvard|Yale|Princeton|Stanford|Berkeley"
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
            triggers=("born", PAREN_TRIGGER),
            patterns=(
                # Wilfried " Willi " Schneider ( born 13 March 1963 in Mediaș , Transylvania );
                # Alecu Russo ( born in March 17 , 1819 , … ); ( né X on 3 June 1977 in … )
                r"{SUBJ:NAME}{LP}{LEADIN}" + _BORN + r"{_}(?:(?:on|in){_})??"
                r"(?:" + _NODIED + r"{0,100}?\s(?:on|in){_})??{VALUE:DATE}",
                # Ross Alger ( August 20 , 1920 – January 16 , 1992 ); ( c. 1500 – 3 May 1550 );
                # ( Nîmes , 2 June 1663 — Voorburg , May 1719 )
                r"{SUBJ:NAME}{LP}{LEADIN}{VALUE:DATE}(?:[^()–—]{0,60}?)??{DASH}"
                r"(?:[Dd]ied{_}|d\.{_})??(?:[^()–—0-9]{0,40}?)??{END:DATE}",
                # ( Александр Алексеевич Боровков , 6 March 1931 , Moscow )
                r"{SUBJ:NAME}{LP}{LEADIN}{VALUE:DATE}{_}(?:,|in){_}{PLACE}{_}\)",
                # Leandro Mbomio Nsue , born 5 January 1938 ( Río Muni , Bata ) , died …
                r"{SUBJ:NAME}{_},{_}" + _BORN + r"{_}(?:on{_}|in{_})??{VALUE:DATE}",
                # He was born on 27 December 1841 in Buttenhausen; Smith was born in 1963
                r"{SUBJ:NAMEP}{_}(?:,[^,()]{0,80},{_})??(?:was|is){_}born{_}"
                r"(?:(?:and|&){_}(?:raised|brought up){_})??(?:(?:in|at){_}{PLACE}{_},?{_})??"
                r"(?:,{_})??(?:on|in){_}(?:about{_}|around{_})??{VALUE:DATE}",
                # Born on 3 May 1920 in Paris, Smith ... (subject: the document's main entity)
                r"^(?:[^.;]{0,40}?,{_})??[Bb]orn{_}(?:(?:in|at){_}{PLACE}{_},?{_})??"
                r"(?:on|in){_}{VALUE:DATE}",
            ),
        ),
        Category(
            name="death_date",
            description="Date of death of a person",
            subject_kind="person",
            value_kind="date",
            answer_space=364,
            question="When did {subject} die?",
            triggers=("died", "death", PAREN_TRIGGER, "passed away"),
            patterns=(
                r"{SUBJ:NAME}{LP}{LEADIN}{START:DATE}(?:[^()–—]{0,60}?)??{DASH}"
                r"(?:[Dd]ied{_}|d\.{_})??(?:[^()–—0-9]{0,40}?)??{VALUE:DATE}",
                r"{SUBJ:NAME}{LP}{LEADIN}(?:[^()]{0,80}?[;,]{_})??"
                + _DIED
                + r"{_}(?:(?:on|in){_})??(?:[^()]{0,100}?\s(?:on|in){_})??{VALUE:DATE}",
                r"{SUBJ:NAME}{_},{_}(?:born[^()]{0,80}?,{_})?(?:died|d\.){_}(?:on{_}|in{_})??"
                r"{VALUE:DATE}",
                r"{SUBJ:NAMEP}{_}(?:,[^,()]{0,80},{_})??(?:later{_}|eventually{_})??"
                r"(?:died|passed away|was killed|was executed|was assassinated){_}"
                r"(?:[^.;,()0-9]{0,40}?{_})??(?:,{_})??(?:(?:on|in){_})?{VALUE:DATE}",
                # Morris 's death in 1896; after his death in 1990; the death of X in 1898
                r"{SUBJ:NAMEP}{_}(?:['’]s?{_})?(?:death|murder|assassination|execution){_}"
                r"(?:[^.;()0-9]{0,30}?{_})??(?:on|in){_}{VALUE:DATE}",
                r"(?:death|murder|assassination|execution){_}of{_}{SUBJ:NAME}{_}(?:on|in){_}"
                r"{VALUE:DATE}",
                r"{SUBJ:NAME}{_},{_}who{_}(?:had{_})?(?:died|was killed){_}(?:on|in){_}"
                r"{VALUE:DATE}",
                r"^(?:[^.;]{0,40}?,{_})??(?:[Hh]e|[Ss]he)?{_}[Dd]ied{_}(?:on|in){_}{VALUE:DATE}"
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
            triggers=("born", PAREN_TRIGGER),
            patterns=(
                r"{SUBJ:NAME}{LP}{LEADIN}"
                + _BORN
                + r"{_}(?:"
                + _NODIED
                + r"{0,100}?{_})??"
                + _IN
                + r"{_}(?:the\s[a-z ]{0,30}?of\s)?{VALUE:PLACE}",
                r"{SUBJ:NAME}{LP}{LEADIN}" + _BORN + r"{_}{DATE}{_},{_}(?:near{_})?{VALUE:PLACE}",
                r"{SUBJ:NAME}{LP}{LEADIN}{DATE}{_}(?:" + _IN + r"|,){_}{VALUE:PLACE}{_}"
                r"(?:{DASH}|\))",
                r"{SUBJ:NAME}{LP}{LEADIN}{VALUE:PLACE}{_},{_}{DATE}{_}{DASH}",
                r"{SUBJ:NAME}{_},{_}"
                + _BORN
                + r"{_}(?:on{_}|in{_})??{DATE}{_}(?:"
                + _IN
                + r"{_}|\({_}|,{_}){VALUE:PLACE}",
                r"{SUBJ:NAMEP}{_}(?:,[^,()]{0,80},{_})??(?:was|is){_}born{_}"
                r"(?:(?:and|&){_}(?:raised|brought up){_})??(?:[^.;()]{0,60}?{_})??"
                + _IN
                + r"{_}(?:the\s[a-z ]{0,30}?of\s)?{VALUE:PLACE}",
                r"^(?:[^.;]{0,40}?,{_})??[Bb]orn{_}(?:(?:and|&){_}(?:raised|brought up){_})??"
                r"(?:(?:on|in){_}{DATE}{_},?{_})??"
                + _IN
                + r"{_}(?:the\s[a-z ]{0,30}?of\s)?{VALUE:PLACE}",
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
            triggers=("died", PAREN_TRIGGER),
            patterns=(
                r"{SUBJ:NAME}{LP}{LEADIN}{DATE}[^()–—]{0,60}?{DASH}{DATE}{_}(?:"
                + _IN
                + r"|,){_}{VALUE:PLACE}{_}\)",
                r"{SUBJ:NAME}{LP}{LEADIN}{DATE}[^()–—]{0,60}?{DASH}{VALUE:PLACE}{_},{_}{DATE}"
                r"{_}\)",
                r"{SUBJ:NAME}{LP}{LEADIN}(?:[^()]{0,80}?[;,]{_})??[Dd]ied{_}"
                r"(?:[^()]{0,60}?{_})??" + _IN + r"{_}{VALUE:PLACE}",
                r"{SUBJ:NAME}{_},{_}(?:born[^()]{0,80}?,{_})?died{_}(?:on{_}|in{_})??{DATE}"
                r"{_}(?:" + _IN + r"{_}|\({_}|,{_}){VALUE:PLACE}",
                r"{SUBJ:NAMEP}{_}(?:,[^,()]{0,80},{_})??(?:later{_}|eventually{_})??"
                r"(?:died|passed away){_}(?:(?:on|in){_}{DATE}{_},?{_})??"
                r"(?:at{_}(?:(?:his|her|their){_}home{_})??in|in|at){_}"
                r"(?:the\s[a-z ]{0,30}?of\s)?{VALUE:PLACE}",
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
            ),
            patterns=(
                r"{SUBJ:ORGP}{_}(?:\([^()]{0,60}\){_})??(?:,[^,()]{0,80},{_})??"
                r"(?:was|were|is|has been){_}(?:originally{_}|officially{_}|first{_})??"
                r"(?:co-?{_})??(?:founded|established|formed|incorporated|inaugurated|set up|"
                r"created|launched|opened){_}(?:[^.;()0-9]{0,60}?{_})??(?:,{_})??(?:on|in){_}"
                r"{VALUE:DATE}",
                r"^(?:Originally{_}|Officially{_}|First{_})??(?:Founded|Established|Formed|"
                r"Incorporated){_}(?:(?:on|in){_})??{VALUE:DATE}{_}(?:by[^,]{0,60}?)?,{_}"
                r"(?:the{_})??{SUBJ:ORG}",
                r"{SUBJ:ORG}{_}\({_}(?:founded|established|est\.|formed){_}(?:in{_})??"
                r"{VALUE:DATE}",
                r"{SUBJ:ORG}{_},{_}(?:founded|established|formed){_}(?:[^,.;()0-9]{0,40}?{_})??"
                r"(?:on|in){_}{VALUE:DATE}",
                r"{SUBJ:ORG}{_}(?:is|was){_}an?{_}(?:[^.;()]{0,80}?){ORGNOUN}{_}"
                r"(?:[^.;()]{0,40}?)(?:founded|established|formed){_}(?:[^.;()0-9]{0,40}?{_})??"
                r"(?:on|in){_}{VALUE:DATE}",
            ),
        ),
        Category(
            name="founder",
            description="Founder of an organisation",
            subject_kind="organization",
            value_kind="person",
            answer_space=1000,
            question="Who founded {subject}?",
            triggers=("founded", "founder", "founding", "co-founded", "established"),
            patterns=(
                r"{SUBJ:ORGP}{_}(?:,[^,()]{0,80},{_})??(?:was|were|is){_}(?:originally{_})??"
                r"(?:co-?{_})??(?:founded|established|formed|started|created){_}"
                r"(?:[^.;()]{0,40}?{_})??by{_}(?:the{_}(?:[a-z]+{_}){0,3})?{VALUE:NAME}",
                r"{VALUE:NAMEP}{_}(?:,[^,()]{0,80},{_})??(?:had{_}|also{_})??(?:co-?{_})??"
                r"(?:founded|established){_}(?:the{_})??{SUBJ:ORG}",
                r"{VALUE:NAME}{_},{_}(?:the{_}|a{_})??(?:co-?{_})??founder{_}(?:and{_}[a-z ]+{_})??"
                r"of{_}(?:the{_})??{SUBJ:ORG}",
                r"{VALUE:NAMEP}{_}(?:is|was){_}(?:the{_}|a{_})??(?:co-?{_})??founder{_}"
                r"(?:and{_}[a-z ]+{_})??of{_}(?:the{_})??{SUBJ:ORG}",
                r"^(?:Founded|Established){_}(?:in{_}{DATE}{_})??by{_}{VALUE:NAME}{_}"
                r"(?:in{_}{DATE}{_})??,{_}(?:the{_})??{SUBJ:ORG}",
            ),
        ),
        Category(
            name="spouse",
            description="Spouse of a person (both directions)",
            subject_kind="person",
            value_kind="person",
            answer_space=1000,
            question="Who is {subject} married to?",
            triggers=("married", "marriage", "wife", "husband", "spouse", "widow"),
            patterns=(
                r"{SUBJ:NAMEP}{_}(?:,[^,()]{0,80},{_})??(?:was{_}|is{_}|had{_}|has{_})??"
                r"(?:later{_}|first{_}|then{_}|also{_})??married{_}(?:to{_})??"
                r"(?:(?:the|an?|fellow){_}(?:[a-z-]+{_}){0,3})?{VALUE:NAME}",
                r"(?:{SUBJ:NAME}{_}['’]s|[Hh]is|[Hh]er){_}(?:first{_}|second{_}|third{_})??"
                r"marriage{_}to{_}(?:(?:the|an?){_}(?:[a-z-]+{_}){0,3})?{VALUE:NAME}",
                r"(?:{SUBJ:NAME}{_}['’]s|[Hh]is|[Hh]er){_},?{_}(?:first{_}|second{_}|late{_})??"
                r"(?:wife|husband|spouse){_},?{_}{VALUE:NAME}",
                r"{SUBJ:NAMEP}{_}(?:and|&){_}(?:(?:his|her){_}(?:wife|husband){_},?{_})??"
                r"{VALUE:NAME}{_}(?:were{_})??married",
            ),
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
            ),
            patterns=(
                r"{SUBJ:WORKP}{_}(?:\([^()]{0,60}\){_})??(?:,[^,()]{0,60},{_})??(?:is|was){_}"
                r"(?:an?|the){_}(?:[\w'’-]+{_}){0,5}?(?:novel|novella|book|poem|play|story|"
                r"memoir|essay|collection|biography|autobiography|comic|manga|short story|"
                r"treatise|textbook|series|trilogy){_}(?:[^.;()]{0,40}?{_})??(?:written{_})??by{_}"
                r"(?:the{_}(?:[\w'’-]+{_}){0,3}(?:writer|author|novelist|poet|journalist|"
                r"playwright|historian|scholar){_})??{VALUE:NAME}",
                r"{SUBJ:WORKP}{_}(?:,{_})??(?:is|was){_}(?:a{_}[\w'’ -]{0,40}?{_})??written{_}by{_}"
                r"(?:the{_}(?:[\w'’-]+{_}){0,3})?{VALUE:NAME}",
                r"{VALUE:NAME}{_}['’]s?{_}(?:\d{4}{_})??(?:[a-z'’-]+{_}){0,3}?(?:novel|book|"
                r"poem|play|memoir|novella|story|essay|treatise){_},?{_}{SUBJ:WORK}",
                r"{SUBJ:WORK}{_},{_}(?:an?|the){_}(?:[\w'’-]+{_}){0,4}?(?:novel|book|poem|play|"
                r"memoir|story){_}by{_}{VALUE:NAME}",
            ),
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
                PAREN_TRIGGER,
            ),
            patterns=(
                # Song of Freedom is a 1936 British film; Z is a 1998 novel by W
                r"{SUBJ:WORKP}{_}(?:\([^()]{0,60}\){_})??(?:,[^,()]{0,60},{_})??(?:is|was){_}"
                r"(?:an?|the){_}{VALUE:YEAR}{_}(?:[\w'’-]+{_}){0,4}?{WORKNOUN}(?![\w-])",
                r"{SUBJ:WORKP}{_}(?:\([^()]{0,60}\){_})??(?:,[^,()]{0,80},{_})??"
                r"(?:is|was|were){_}(?:[^.;()]{0,120}?{_})??(?:first{_}|originally{_}|"
                r"officially{_}|later{_})??(?:published|released|premiered|issued|broadcast|"
                r"aired){_}(?:[^.;()0-9]{0,60}?{_})??(?:,{_})??(?:on|in){_}{VALUE:DATE}",
                r"^(?:First{_}|Originally{_})??(?:[Pp]ublished|[Rr]eleased|[Ii]ssued){_}"
                r"(?:as{_}[^,.;()]{0,40}?{_})??(?:on|in){_}{VALUE:DATE}{_},{_}{SUBJ:WORK}",
                # … their book Anti - Oedipus ( 1972 ); the album Duty ( 2000 )
                r"(?:(?<![\w])" + r"(?:novel|book|film|movie|album|EP|single|song|play|poem|opera|"
                r"musical|series|sitcom|documentary|game|LP|mixtape|painting|films|novels|books|"
                r"albums|songs|such as|including|like)){_}(?:[a-z'’]+{_}){0,2}?{SUBJ:WORK}{_}\({_}"
                r"{VALUE:YEAR}{_}\)",
            ),
        ),
        Category(
            name="headquarters",
            description="Headquarters location of an organisation",
            subject_kind="organization",
            value_kind="place",
            answer_space=1000,
            question="Where is {subject} headquartered?",
            triggers=("headquarter", "based in", "based at", "head office", "head-office"),
            patterns=(
                r"{SUBJ:ORGP}{_}(?:\([^()]{0,60}\){_})??(?:,[^,()]{0,80},{_})??(?:is|was){_}"
                r"(?:an?|the){_}(?:[^.;()]{0,100}?){ORGNOUN}{_}(?:[^.;()]{0,60}?)"
                r"(?:based|headquartered){_}(?:in|at){_}(?:the\s[a-z ]{0,40}?(?:of|in)\s)?"
                r"{VALUE:PLACE}",
                r"{SUBJ:ORGP}{_}(?:\([^()]{0,60}\){_})??(?:,[^,()]{0,80},{_})??(?:is|was|are|were)"
                r"{_}(?:currently{_}|now{_})??(?:headquartered|based){_}(?:in|at){_}"
                r"(?:the\s[a-z ]{0,40}?(?:of|in)\s)?{VALUE:PLACE}",
                r"{SUBJ:ORGP}{_}['’]s?{_}(?:headquarters|head{_}office|main{_}office){_}"
                r"(?:is|are|was|were){_}(?:located{_}|situated{_})??(?:in|at){_}"
                r"(?:[^.;()]{0,40}?,{_})??{VALUE:PLACE}",
                r"{SUBJ:ORG}{_},{_}(?:headquartered|based){_}in{_}{VALUE:PLACE}",
                r"(?:[Hh]eadquartered|[Bb]ased){_}in{_}{VALUE:PLACE}{_},{_}(?:the{_})??{SUBJ:ORG}"
                r"{_}(?:is|was)",
            ),
            value_stop=(_PLACE_STOP,),
        ),
        Category(
            name="capital",
            description="Capital of a country or region (control: capitals repeat)",
            subject_kind="place",
            value_kind="place",
            # a country or region has a few dozen plausible cities
            answer_space=49,
            question="What is the capital of {subject}?",
            triggers=("capital",),
            patterns=(
                r"{VALUE:PLACE}{_}(?:\([^()]{0,60}\){_})??(?:,{_}|(?:is|was|became){_})"
                r"(?:also{_}|now{_})??(?:the{_})??(?:[a-z]+{_}){0,2}?capital{_}(?:city{_})??"
                r"of{_}(?:the{_})??{SUBJ:PLACE}",
                r"{VALUE:PLACE}{_}(?:\([^()]{0,60}\){_})??(?:is|was){_}(?:[^.;()]{0,100}?)"
                r"\s(?:and|is)\sthe\s(?:[a-z]+\s){0,2}?capital\sof{_}(?:the{_})??{SUBJ:PLACE}",
                r"(?:[Tt]he\s)?capital{_}(?:city{_})??of{_}(?:the{_})??{SUBJ:PLACE}{_},?{_}"
                r"(?:is|was){_}{VALUE:PLACE}",
                r"{SUBJ:PLACEP}{_}['’]s?{_}capital{_}(?:city{_})??(?:is|was|,){_}{VALUE:PLACE}",
                r"(?:its|[Ii]ts){_}capital{_}(?:city{_})??(?:is|was|at|in|being){_}{VALUE:PLACE}",
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
                "studied",
                "educated",
                "attended",
                "alumn",
                "enrolled",
                "degree",
                "student at",
                "studying",
            ),
            patterns=(
                r"{SUBJ:NAMEP}{_}(?:,[^,()]{0,80},{_})??(?:later{_}|then{_}|also{_})??"
                r"(?:graduated|studied|was{_}educated|attended|enrolled|earned|received|"
                r"obtained|completed|went{_}on{_}to{_}study|did)"
                r"(?:[^.;()]{0,80}?)\s(?:from|at|in|to)\s(?:the\s)?{VALUE:ORG}",
                r"(?:^|,{_}|\band\s)(?:[Ee]ducated|[Gg]raduated|[Ss]tudied|[Tt]rained)"
                r"(?:{_}(?:[^.;()]{0,60}?))?{_}(?:at|from){_}(?:the{_})??{VALUE:ORG}",
                r"(?:[Hh]e|[Ss]he|{SUBJ:NAME}){_}(?:is|was){_}an?{_}(?:[a-z]+{_})??(?:graduate|"
                r"alumnus|alumna|alum){_}of{_}(?:the{_})??{VALUE:ORG}",
                r"[Aa]fter{_}(?:graduating|studying){_}(?:[^.;()]{0,40}?)\s?(?:from|at){_}"
                r"(?:the{_})??{VALUE:ORG}",
            ),
            value_cues=(_EDU_CUES,),
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
    for key in ("triggers", "patterns", "value_cues", "value_stop"):
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
    for key in ("value_cues", "value_stop"):
        for p in vals[key]:
            try:
                re.compile(p)
            except re.error as e:
                raise _err(
                    source, name, f"field '{key}': invalid regular expression: {e}"
                ) from None
    if not isinstance(vals.get("symmetric", False), bool):
        raise _err(source, name, "field 'symmetric' must be true or false")
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
