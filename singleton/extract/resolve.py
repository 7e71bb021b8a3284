"""In-document resolution: pronouns, bare surnames and short names refer back to a full name.

The document's main entity is its title (Wikipedia disambiguator stripped: "Willi Schneider
(skeleton racer)" -> "Willi Schneider") when the source has one, else the first full
(two-word or longer) subject the extractor meets. A mention resolves to the main entity when it
is a pronoun, or when its name is compatible with the main entity's name: the same key, a bare
surname or first name of it, the same first and last words (middle names added or left out),
initials that fit ("N. C. Wyeth" ~ "Newell Convers Wyeth"), or the main name's words all present
(a nickname "Wilfried "Willi" Schneider" ~ "Willi Schneider"). Facts are counted under the main
entity's key, so one person is one subject however the document spells them. Other bare
surnames resolve to an earlier full name in the same document that ends with them.
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

from singleton.extract.normalize import (
    _LATIN_EXTRA,
    canonical_key,
    entity_key,
    fold_latin,
    generational_or_roman,
    is_styled_surname,
    organization_name_key,
)
from singleton.extract.patterns import FUNCTION_OPENER, NAME, OPENERS, REALM, STYLES
from singleton.extract.prefilter import is_boundary

_DISAMBIG = re.compile(r"\s*\([^()]*\)\s*$")
# titles of list-like pages name no entity: the document's subject is found in the text
_LIST_TITLE = re.compile(
    r"^(?:lists?|outline|timeline|index|glossary|history|comparison|discography|bibliography)"
    r"\s+of\s|\b(?:discography|filmography|bibliography)$",
    re.IGNORECASE,
)
# an article about what happened to a person, or about a part of a life, is about that person:
# "Murder of Blaze Bernstein", "Works of Elizabeth Murray", "Presidency of Barack Obama"
_EVENT_OF_PERSON = re.compile(
    r"^(?:(?:Disappearance|Murder|Death|Killing|Assassination|Execution|Kidnapping|Abduction|"
    r"Lynching|Shooting|Suicide|Beheading|Trial|Arrest|Imprisonment|Detention|Works|Life|"
    r"Legacy|Career|Presidency|Premiership|Funeral|Burial|Coronation)\sof\s)"
    r"((?:[A-Z][\w'’.-]*\s){1,4}[A-Z][\w'’.-]*)$"
)
PRONOUNS = frozenset(["he", "she", "it", "they", "his", "her", "its", "their", "him", "them"])
_NICK_RX = re.compile(r"[\"“”„«»]\s*([^\"“”„«»]{1,40}?)\s*[\"“”„«»]")
# "The company", "the band", "This album": a definite description of the document's subject
_DEFINITE = re.compile(r"^(?:[Tt]he|[Tt]his|[Tt]hat)\s+((?:[a-z-]+\s+){0,2}(?:[a-z-]+|EP))$")
# words that make a definite description name another of its kind than the document's ("the
# new hotel", "the first series" are mostly its own)
_ANOTHER = frozenset(
    ["second", "third", "fourth", "fifth", "other", "another", "former", "previous", "earlier",
     "later", "latter", "sister", "parent", "rival"]
)
# nouns a definite description may use for an entity the lead introduced with another noun
_NOUN_FAMILY: dict[str, frozenset[str]] = {
    k: frozenset(v)
    for k, v in {
        # (a body's too: "The group was founded in June 2015" in *SOS Méditerranée*, "a
        # European … organisation")
        "group": (
            "band",
            "group",
            "ensemble",
            "duo",
            "trio",
            "quartet",
            "collective",
            "organisation",
            "organization",
            "nonprofit",
            "charity",
        ),
        # "The institution was established on 24 February 1986" in a school's article, "The
        # institution was founded in 1903" in a museum's
        "institution": (
            "institution",
            "museum",
            "gallery",
            "school",
            "college",
            "university",
            "academy",
            "institute",
            "library",
            "hospital",
            "seminary",
        ),
        "band": ("band", "group"),
        "company": (
            "company",
            "corporation",
            "firm",
            "manufacturer",
            "business",
            "retailer",
            "conglomerate",
            "airline",
            "bank",
            "publisher",
            "label",
            "studio",
            "developer",
            "brand",
            "chain",
            "carrier",
            "operator",
            "subsidiary",
            "producer",
            # businesses of one trade ("Washburn & Doughty is a shipyard … The company was
            # founded in 1977 by …")
            "shipyard",
            "shipbuilder",
            "brewery",
            "distillery",
            "winery",
            "bakery",
            "agency",
            "consultancy",
            "provider",
            "maker",
            "supplier",
            "distributor",
            "startup",
            "enterprise",
            "insurer",
            "broadcaster",
            # "The company was incorporated on 15 February 1871" in a railway's article
            "railway",
            "railroad",
        ),
        "firm": ("firm", "company", "corporation"),
        "corporation": ("corporation", "company"),
        "song": ("song", "single", "track", "ballad"),
        "single": ("single", "song", "track"),
        "track": ("track", "song", "single"),
        "record": ("record", "album", "single", "ep"),
        "album": ("album", "ep", "record", "lp"),
        "film": ("film", "movie", "documentary", "feature"),
        "movie": ("movie", "film"),
        # "The picture was released on November 8, 1920" in a silent film's article
        "picture": ("picture", "film", "movie"),
        "serial": ("serial", "series", "drama", "telenovela"),
        "book": ("book", "novel", "novella", "memoir", "biography", "autobiography", "collection"),
        "novel": ("novel", "novella"),
        "school": ("school", "college", "academy", "seminary", "institute"),
        "college": ("college", "school"),
        "university": ("university",),
        "club": ("club", "team", "side"),
        "team": ("team", "club", "side"),
        "paper": ("newspaper", "paper", "daily", "weekly"),
        "newspaper": ("newspaper", "paper", "daily", "weekly"),
        "magazine": ("magazine", "journal", "periodical"),
        "game": ("game",),
        "series": ("series", "sitcom", "show", "drama", "telenovela", "miniseries"),
        "show": ("show", "series", "programme", "program", "sitcom"),
        "organisation": ("organisation", "organization", "association", "society", "agency"),
        "organization": ("organisation", "organization", "association", "society", "agency"),
    }.items()
}
# one-word organisation or work "names" that are only a common noun
_GENERIC = (
    "college university school academy institute company corporation club team band group "
    "album film song single novel book series party church museum library hospital committee "
    "commission council association society league station llc inc ltd plc gmbh corp co "
    "ag sa city town village festival project ep lp movie episode mixtape"
)
GENERIC_NOUNS = frozenset(_GENERIC.split())
# words after a body's own name that only say what kind of body it is
_BODY_KINDS = (
    "school high preparatory secondary grammar primary elementary academy college university "
    "institute seminary club football fc cf sc ac afc fk sk if bk fotball fussball calcio "
    "records company corporation inc ltd llc plc group society association foundation "
    "band orchestra choir museum library hospital church cathedral"
)
_BODY_KIND_WORDS = frozenset(_BODY_KINDS.split())
# lead nouns that say the document is not about a person (he/she then refer elsewhere)
_NON_PERSON = (
    "war battle novel book album film movie song single series company corporation band "
    "group city town village river palace castle building church station airport party "
    "treaty agreement election campaign game poem play opera painting school university "
    "college museum newspaper magazine tour festival district province county region "
    "state country empire kingdom dynasty doctrine concept genre story novella memoir essay "
    "character episode track ep record soundtrack musical sitcom show policy act law "
    "organisation organization association club team league hall monument statue bridge "
    "road street park lake mountain island zone municipality commune community hamlet "
    "neighborhood "
    "neighbourhood centre center hub airline manufacturer label brand microarchitecture "
    "processor car vehicle ship aircraft "
    # "Court Garden is a Grade I listed house": in a house's article "he" is an owner
    "house mansion manor estate villa cottage farmhouse farm plantation homestead residence "
    "home bungalow cabin lodge townhouse "
    "garden gardens "
    # "Somerset Graves Site is a heritage-listed cemetery": "He married …" is a buried man's
    "cemetery graveyard tomb mausoleum chapel temple mosque synagogue shrine hotel theatre "
    "theater "
    # places and buildings a lead names ("Woolundunga is a locality in …")
    "locality settlement subdistrict suburb parish townland frazione neighborhood quarter "
    "mall square monastery abbey cathedral library barracks embassy gallery mill windmill "
    "tower reserve valley mission venue nightclub "
    # seasons, contests, lists and kinds of things: "they co-founded …" is not the season's
    "season tournament championship competition race award prize "
    "style movement technique method species genus family clan surname "
    # living things, places and things the enwiki sample's leads name that the list lacked
    "moth bacterium protein racehorse tribe constituency stream tributary bay lighthouse "
    "stadium arena site subdivision ward market edition list pageant sculpture engine "
    "property "
    # ("Kusumamala is a collection of poems": "in his epic novel" is a reader's, not its)
    "collection anthology compilation "
    # ("Jeanne d'Harcourt, Dame de La Ferté-Imbault" in *Château de La Ferté-Imbault* is no one
    # the title names)
    "château chateau fortress citadel "
    # ("Terre del Barolo is a cooperative winery", "Isfahan Observatory", "a band shell":
    # "after his death in 1987" is a president's, "He married …" a builder's; "History of …",
    # "The History of the White Mountains", "a special private study" name no one either)
    "pottery winery brewery distillery observatory institution forest shell study history "
    # ("Red Canoe Credit Union is an American credit union": "succeeded by his wife" is its
    # first chief's; "Oost-Azië is a volume of poetry by …": "his 1931 novel" is the poet's;
    # "The Visconti di Modrone are a collateral branch of the Visconti": its members' lives
    # are theirs)
    "union volume branch lineage "
    # ("Barton, Irlam and Higginson was a noted Liverpool firm of shipowners": "Sir William
    # Barton, then head of Barton, Irlam and Higginson, died aged 70" is no death of the firm)
    "firm partnership "
    # ("Hawk Larabee is an American old-time radio western": "In his book, …, radio historian
    # John Dunning" is the historian's book)
    "western program programme drama serial podcast "
    # ("West's Furniture Showroom is a … former shop": "Langer immigrated … with his wife" is
    # its architect's; "WWE Hall of Fame (2018) was the event that …")
    "shop showroom store event ceremony "
    # ("The Sonoma Cheese Factory is a cheese producer and speciality food store": "Born in
    # Stazzema, Italy in 1886, … Celso Viviani" is its founder's birth)
    "factory foundry shipyard "
    # ("Botanical Studies is a … scientific journal covering all aspects of botany")
    "journal periodical"
)
NON_PERSON_NOUNS = frozenset(_NON_PERSON.split())
# a family's nouns: its members' full names hold its name ("Carlo Visconti di Modrone")
_KIN_GROUPS = frozenset(["family", "branch", "lineage", "dynasty", "clan"])
# a lead or a title with one of these names a thing, not a person
THING_NOUNS = NON_PERSON_NOUNS | GENERIC_NOUNS
# a title whose words after a comma are a place's, not a peerage's or a style's: "Court Garden,
# Marlow", "Stellenberg, Bellville" (not "Henrietta Howard, Countess of Suffolk", "John Kelk,
# 1st Baronet", "Joseph Smith, Jr."): a building or a place, whose "he" is someone else
_PEERAGE_AND_STYLE = (
    *STYLES,
    "Earl", "Baronet", "Lord", "Lady", "Jr", "Sr", "Baron", "Baroness", "Viscount",
    "Viscountess", "Marquess", "Marchioness", "Grand", "Bishop", "Emir", "Khan", "Chief",
    "Saint", "Cardinal", "Dame", "Sir",
)  # fmt: skip
_PLACE_AFTER_COMMA = re.compile(
    rf"[^,()]+,\s(?!(?:\w+\s)?(?:{'|'.join(_PEERAGE_AND_STYLE)})\b)"
    r"[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2}"
)
# lead nouns of a person's trade or role: a lead with such a head noun and no head noun of a
# thing is a person's even without a life span ("Vicki Psarias is a filmmaker and blogger based
# in Windsor"), so no organisation or work is its subject ("manager", "model" and "player" are
# also things: "a property builder and manager", "a media player")
_PERSON_ROLE = (
    "actor actress activist academic administrator anthropologist archaeologist architect "
    "archbishop artist astronaut astronomer athlete biologist botanist ecologist geologist "
    "zoologist "
    "attorney author aviator banker baritone bassist bishop blogger boxer broadcaster "
    "businessman businesswoman businessperson cardinal cartoonist ceo chef chemist choreographer "
    "chieftain cinematographer cleric coach columnist comedian commander composer conductor "
    "critic "
    "cricketer curator cyclist dancer designer diplomat director dj drummer economist editor "
    "educator engineer entrepreneur essayist executive explorer farmer fencer filmmaker "
    "footballer general golfer guitarist gymnast historian illustrator industrialist "
    "influencer inventor investor journalist judge jurist keyboardist lawyer librarian "
    "knight landowner linguist lyricist magnate mathematician merchant minister missionary monk "
    "musician monarch muralist naturalist nobleman noblewoman novelist nun officer painter "
    "philanthropist philosopher photographer "
    "physician physicist pianist pilot playwright poet politician preacher president "
    "priest producer professor psychologist publicist rabbi rapper referee reporter researcher "
    "runner sailor saint scholar scientist screenwriter sculptor senator shipowner singer "
    "skater skier soldier songwriter soprano sociologist sportsman sprinter statesman surgeon "
    "swimmer teacher tenor theologian translator violinist vlogger wrestler writer youtuber "
    # sportspeople and roles the enwiki sample's leads name that the list lacked
    "player rower bobsledder snowboarder biathlete curler hurler luger racer coxswain "
    "midfielder goalkeeper grandmaster prelate ambassador advocate "
    "unionist personality singer-songwriter woman"
)
PERSON_NOUNS = frozenset(_PERSON_ROLE.split())
# "Viscount Alanbrooke … was a title in the Peerage": its holders are people, it is not
TITLE_NOUNS = frozenset(
    ["title", "peerage", "baronetcy", "earldom", "dukedom", "barony", "viscountcy"]
)
_STYLED = re.compile(
    r"^(?:King|Queen|Emperor|Empress|Tsar|Czar|Tsarina|Sultan|Pope|Shah|Kaiser|Pharaoh|"
    r"Caliph|Maharaja|Rajah?)\s"
)
_LEAD_CHARS = 600
# the lead's first parenthesis (after an empty or short one: "X () (1875 – 1962)") opens with a
# birth or a life span, and what comes before it is a name: no lower-case word of four or more
# letters but a particle ("The Brooke Mansion, built for … (1818–1878)" is no person's lead)
_LEAD_LIFESPAN = re.compile(
    r"^(?:[^\s()]+\s+){1,10}?(?:\([^()]{0,40}\)\s*)?"
    r"\(\s?(?:[^()]{0,80}?[;,]\s?)?(?:born\b|b\.\s|[^()–—;]{0,20}?(?<![\d-])\d{3,4}\s?[–—-])"
)
# the last word of a period's, an event's, a state's or a body's name, never of a person's: its
# "(1605–1618)" is no life span
_NO_LIFE_WORDS = (
    "war wars dynasty revolution revolt rebellion uprising republic empire kingdom caliphate "
    "sultanate shogunate regime era period reign movement campaign siege crisis occupation "
    "expedition championship championships olympics tournament festival building years "
    # bodies and buildings, whose spans are not lives either ("Saurer Group (1994 to 2006)"),
    # of the nouns that are no one's surname ("Edward Band", "Frederic Church", "Irene Castle",
    # "Joan Bou Company" are people)
    "group center centre site style abbey mansion manor palace cathedral museum stadium "
    "corporation club league association society committee council party ministry "
    "school college university academy institute hospital station"
)
_NO_LIFE_NOUNS = frozenset(_NO_LIFE_WORDS.split())
# a word of these after the first of the main name: a body's or a building's span, not a life
_SPAN_NOT_LIFE = GENERIC_NOUNS | _NO_LIFE_NOUNS
_LONG_PARTICLES = frozenset(["della", "delle", "degli", "dalla", "dello"])
# lower-case words of people's names ("Leonardo da Vinci", "Frederick the Great")
_PARTICLE_WORDS = (
    "of the and de da di do du des del dos das van von vom zur zu der den ter te ten la le lo "
    "y e i í á bin ibn bint ben bat bas ap af av al el ad as at ud un ul ur dit de' da' degli'"
)
_NAME_PARTICLES = _LONG_PARTICLES | frozenset(_PARTICLE_WORDS.split())
_PARENT_OF = re.compile(
    r"\b(?:son|daughter|child|children|grandson|granddaughter|born)\s(?:of|to)\s"
    r"(?:[a-z][\w-]*\s|[A-Z][a-z]+\s(?=[a-z])){0,3}$"
)
# a relative's describing words and kin words ("His eldest son", "Her late father"), for a
# relative named right after them here and a sentence about a relative in the extractor
RELATIVE_ORDINALS = "eldest|elder|oldest|younger|youngest|only|first|second|third|late"
# (a relative of one gender, with the possessive that refers to them)
KIN_POSSESSIVE = {
    **dict.fromkeys(["son", "brother", "father", "uncle", "nephew", "grandson", "grandfather"], "his"),
    **dict.fromkeys(
        ["daughter", "sister", "mother", "aunt", "niece", "granddaughter", "grandmother"], "her"
    ),
}
BLOOD_RELATIVES = "|".join([*KIN_POSSESSIVE, "cousin", "child"])
# a relative named right after the word for the kin: "His eldest son Harbord (1734–1810)" (not
# the subject after "With her husband, Keri established …")
_RELATIVE_BEFORE = re.compile(
    r"(?<![Ww]ith\s)\b(?:[Hh]is|[Hh]er|[Tt]heir)\s(?:(?:" + RELATIVE_ORDINALS + r"|infant|twin)\s)*"
    r"(?:" + BLOOD_RELATIVES + r"|wife|husband|heir|widow|stepson|stepdaughter|half-brother|"
    r"half-sister),?\s$"
)
_GENDER_CHARS = 3000
# the birth name right after the lead's name
_LEAD_NEE = re.compile(r"[^()\n]{1,80}?\(\s*n[ée]e\s")
# she/her/herself and he/his/him/himself as words, in one scan that starts at an h or an s
_GENDERED = re.compile(
    r"[HhSs](?<![\w'’-].)(?:(?<=[Hh])(?:imself|erself|is|im|er|e)|(?<=[Ss])he)(?![\w'’])"
)
# "She"/"He" opening a sentence
_SENTENCE_PRONOUN = re.compile(r"(?:^|(?<=[.!?]\s))(She|He)(?![\w'’])", re.MULTILINE)


# a style that says a person's gender ("Lord" and "Count" are also names: "Evelyn Lord Smithson")
_GENDERED_STYLE = re.compile(
    r"(?:(?P<female>Lady|Mrs|Madame|Mme|Dame|Miss|Ms|Queen|Princess|Duchess|Countess|Empress|"
    r"Baroness|Marchioness)|Sir|Mr|King|Prince|Duke|Baron|Emperor|Marquess)\.?\s"
)


def _gender_of(f: int, m: int) -> str:
    """"f" or "m" when one kind of pronoun makes up four fifths or more of at least two."""
    return "f" if f >= 2 and f >= 4 * m else "m" if m >= 2 and m >= 4 * f else ""


_PRONOUN_GENDER = {
    "she": "f", "her": "f", "herself": "f", "he": "m", "his": "m", "him": "m", "himself": "m"
}  # fmt: skip


def _gender_of_pronouns(text: str) -> str:
    """``_gender_of`` the she/her and he/him/his words of ``text``."""
    found = _GENDERED.findall(text)
    f = sum(_PRONOUN_GENDER[w.lower()] == "f" for w in found)
    return _gender_of(f, len(found) - f)


# an acronym defined in the text: "The North Penn Water Authority (NPWA)", "Days for Girls (DfG)"
_ACRONYM_DEF = re.compile(r"\(\s?([A-Z][A-Za-z&]{1,9})\s?\)")
_ACRONYM = re.compile(r"(?:The\s)?([A-Z][A-Za-z&]{1,9})")
_ALIAS_WORDS = re.compile(r"[^\s()\[\],;:\"“”]+")
# words an acronym skips: "Natural Resource Governance Institute", "Days for Girls" (DfG keeps
# its lower-case "f"), "World Institute of Sustainable Development Planners"
_ACRONYM_SKIP = frozenset(["of", "the", "and", "&", "for", "de", "du", "des", "la", "le", "in"])
# a capitalised word that names a body or an event, not a person ("Glasgow Academy", "FIBA
# Women's European Champions Cup"; "Church" is also a surname and is not here)
BODY_WORD = re.compile(
    r"\b(?:Cup|Championships?|League|Association|Society|Company|Club|University|College|"
    r"Academy|Institute|School|Council|Party|Ltd|Inc|Corporation|Foundation|Records|RL|GmbH|"
    r"Federation|Committee|Ministry|Department|Museum|Festival|Awards?|Survey|Agency|Opera|"
    r"Theatre|Theater|Orchestra|Hospital|Army|Navy|Regiment|Railway|Studios|Cathedral|Seminary|"
    r"Commission|Brigade|Battalion|Squadron|Corps)\b"
)
# a given name and a parenthesis right before a name: "Mary (Kennedy) ", "Robert (Bob) ",
# "Sophronia P. (Robinson) ", 'Elizabeth "Bessie" Springs (née Smith) '
_GIVEN_PAREN = re.compile(
    r"((?:(?:[A-Z](?:[\w'’-]+|\.)|\"[^\"]{1,20}\")\s){0,2}[A-Z](?:[\w'’-]+|\.))"
    r"\s\(([^()\d]{1,40})\)\s$"  # (a span of years is no part of a name)
)
# an office in a body: "President and CEO of X", "the American Representative of X"
_OFFICE_OF = re.compile(
    r"^(?:The\s)?(?:[A-Z][\w.’'-]*\s){0,2}?(?:(?:Vice[\s-])?(?:President|Chair|Chairman|"
    r"Chairwoman|Chairperson)|CEO|(?:Managing\s)?Director(?:[-\s]General)?|Representative|"
    r"(?:Co-)?[Ff]ounder|Owner|"
    r"Chief\sExecutive(?:\sOfficer)?)(?:\s(?:and|&)\s(?:[A-Z][\w.’'-]*\s?){1,3})?\s(?:of|at|for)\s"
    r"(?:the\s)?"
)
_RUNON = re.compile(r"\s(?:and|or|to|in)(?:\sthe)?\s\d{4}$|\sby\sthe\s.*$")
# the nouns a lead is judged by (kept when they look like participles: building, painting)
_LEAD_NOUNS = NON_PERSON_NOUNS | PERSON_NOUNS | TITLE_NOUNS
# what a lead's head noun does, after it: "a company producing virtual reality pornography",
# "a politician currently serving as a state senator" (not "a software developing company")
_DOING = frozenset(
    ["producing", "providing", "offering", "operating", "serving", "selling", "developing",
     "publishing", "manufacturing", "specializing", "specialising", "working", "playing",
     # (a journal's field, a union's members: "a … scientific journal covering all aspects
     # of …", "a trade union representing salaried officers")
     "covering", "dealing", "focusing", "concentrating", "reporting", "promoting",
     "representing", "examining", "exploring", "documenting"]
)
# where a lead's predicate noun phrase ends
_LEAD_PRED_END = (
    r"(?=\s(?:who|whose|which|that|by|from|in|of|for|with|founded|formed|established|on|"
    r"at|during|under|after|before|until|since|between|when|while|to|"
    # (what a work is about: "a 2017 documentary film about the Warren Buffett and his life")
    r"about|starring|featuring|depicting|chronicling|concerning|"
    # (where a building stands: "a historic townhouse around the corner from …")
    r"around|near|opposite|overlooking|beside|behind|along|across|located|situated|"
    # (a base after the noun, not a place's word before it: "a company based in Leeds", but
    # "a United Kingdom based blockchain technology company")
    r"based(?=\s(?:[a-z]+ly|in|at|on|out|off|near|around|aboard|within|inside|throughout|"
    r"between|from|under|upon)\b))\b"
    r"|[,;()]|$)"
)
_LEAD_PRED = re.compile(
    r"\b(?:is|was|are|were)\s+(?:(?:an?|the|one of the)\s+)([^,;()]{1,120}?)" + _LEAD_PRED_END
)
# … or goes on past a one-word part and a comma: "a romantic, comic play by …", "a rancher,
# politician, and businesswoman"
_LEAD_PRED_AFTER_COMMA = re.compile(r",\s([a-z][^,;()]{0,120}?)" + _LEAD_PRED_END)
# where a title's head noun ends: "Museum of Salt and Pepper Shakers", "Regional Museum in …"
_TITLE_HEAD_OF = re.compile(r"\s(?:of|in|for|at)\s")
# an acronym inside a lead's noun phrase, mid-phrase: "a … marketing (MLM) company"
_ACRONYM_IN_PHRASE = re.compile(r"\s\([A-Z][A-Za-z0-9&.-]{1,9}\)(?=\s[a-z])(?!\s(?:and|or)\s)")
# a full stop that may end the lead (is_boundary then rules out abbreviations and initials)
_SENT_END = re.compile(r"(?<![A-Z])[.!?](?:\s|$)")
_IRREGULAR_PARTICIPLES = frozenset(
    ["written", "known", "drawn", "shown", "sung", "given", "taken", "chosen", "begun", "made",
     "built", "held", "led", "sold", "told", "kept", "found", "used", "born"]
)
# adverbs left before a popped participle: "an actor best known for …", "a defenceman currently
# playing for …" (a list, not every "-ly" word: "a deliberative assembly composed of …", "a
# butterfly found in …")
_BEFORE_PARTICIPLE = frozenset(
    ["best", "better", "well", "most", "also", "now", "still", "perhaps", "often", "later",
     "currently", "originally", "initially", "formerly", "formally", "previously", "recently",
     "newly", "mostly", "mainly", "primarily", "largely", "chiefly", "generally", "commonly",
     "widely", "usually", "normally", "typically", "traditionally", "historically",
     "predominantly", "particularly", "especially", "entirely", "exclusively", "partly",
     "partially", "fully", "solely", "specifically", "heavily", "closely", "frequently",
     "ostensibly", "officially", "popularly", "professionally", "internationally", "nationally",
     "locally", "jointly", "unanimously", "notably", "famously", "successfully"]
)


# "John of Islay, Earl of Ross": a peerage after a comma disambiguates a person's title
# the ranks of the peerage and of princes, as in "Francis, Duke of Guise"
PEERAGES = (
    "Earl|Duke|Duchess|Marquis|Marquess|Marchioness|Count|Countess|Baron|Baroness|Viscount|"
    "Viscountess|Prince|Princess"
)
_PEERAGE = re.compile(
    r",\s*(?:\d+(?:st|nd|rd|th)\s)?(?:" + PEERAGES + r"|Lord|Lady|Baronet)\b.*$"
)


def strip_disambiguator(title: str) -> str:
    t = title or ""
    if ")" in t:  # each pattern only where its characters occur
        t = _DISAMBIG.sub("", t)
    if "," in t:
        t = _PEERAGE.sub("", t)
    return t.strip()


def name_tokens(name: str) -> list[str]:
    """Key tokens without generational suffixes (for comparing names)."""
    return [t for t in canonical_key(name).split() if not generational_or_roman(t)]


def nickname_tokens(name: str) -> list[str]:
    return [t for m in _NICK_RX.finditer(name or "") for t in canonical_key(m.group(1)).split()]


def other_middle_names(name: str, main: str) -> bool:
    """Whether ``name`` and ``main`` share first and last names but each has middle names and
    none of one's matches one of the other's: "Hugh Charles Owen (1826–1909)", a son, in *Sir
    Hugh Owen Owen*; "Johann Gottfried Zinn" in *Johann Ludvig Zinn*. A middle name matches
    one written alike (an initial, or the same first two letters: "Nasir" and "Naseer",
    "Faruk" and "Faruque" are spellings of one name)."""
    a, b = name_tokens(name), name_tokens(main)
    if len(a) < 3 or len(b) < 3 or a[0] != b[0] or a[-1] != b[-1]:
        return False
    if "-" in name.split()[-1] or "-" in main.split()[-1]:
        return False  # a double-barrelled surname's first half is no middle name
    return not any(
        x[:2] == y[:2] or (x[0] == y[0] and (len(x) == 1 or len(y) == 1))
        for x in a[1:-1]
        for y in b[1:-1]
    )


def compatible(name: str, main: str) -> bool:
    """Whether ``name`` (as written) can refer to the entity called ``main``."""
    if isinstance(name, str) and isinstance(main, str):
        return _compatible(name, main)
    return _compatible_uncached(name, main)


@lru_cache(maxsize=65536)
def _compatible(name: str, main: str) -> bool:
    return _compatible_uncached(name, main)


def _compatible_uncached(name: str, main: str) -> bool:
    a, b = name_tokens(name), name_tokens(main)
    if not a or not b:
        return False
    if a == b:
        return True
    if len(a) == 1:
        # a bare surname or first name of the main entity (only of a multi-word main name, so
        # "Paris" does not absorb every one-word subject)
        last = main.split()[-1]
        return len(b) >= 2 and (
            a[0] == b[-1]
            or a[0] == b[0]
            # either half of a double-barrelled surname: "Corsato" of "Luciana Corsato-Owsianka"
            or "-" in last and a[0] in name_tokens(last)
        )
    if len(b) == 1:
        return False
    if a[-1] == b[-1]:
        if a[0] == b[0]:
            return True  # middle names added or dropped
        # initials: "n c wyeth" ~ "newell convers wyeth"
        ia, ib = a[:-1], b[:-1]
        if len(ia) == len(ib) and all(
            x[0] == y[0] and (len(x) == 1 or len(y) == 1) for x, y in zip(ia, ib, strict=True)
        ):
            return True
        # initials run together in one key word: "nc wyeth" ~ "newell convers wyeth"
        if _spells_initials(ia, ib) or _spells_initials(ib, ia):
            return True
        nick = set(nickname_tokens(name)) | set(nickname_tokens(main))
        full = set(a) | nick
        full_b = set(b) | nick
        if set(b) <= full or set(a) <= full_b:
            return True
    # a longer official name that contains the whole main name ("Jefferson Madeira da Silva")
    if len(b) >= 2 and len(a) > len(b):
        n = len(b)
        if any(a[i : i + n] == b for i in range(len(a) - n + 1)):
            return True
    return False


def _head_before_doing(words: list[str]) -> int:
    """How many of a lead's predicate words come before a participle that says what its head
    noun does ("company producing …", "politician currently serving …"): all when none."""
    for i, word in enumerate(words):
        # (not a compound's: "a book publishing company")
        if word in _DOING and not (i + 1 < len(words) and words[i + 1] in _LEAD_NOUNS):
            j = i - 1
            while j > 0 and words[j].endswith("ly"):
                j -= 1  # "currently", "primarily"
            if j >= 0 and words[j] in _LEAD_NOUNS:
                return j + 1
    return len(words)


# a lead that says its subject was founded names a body, not a person: "Padelford Riverboats,
# established in 1969, is …", "X (founded 1902) is …"
_LEAD_FOUNDED = re.compile(
    r"[^.;()]{0,120}?(?:,\s|\s?\(\s?)(?:(?:originally|officially)\s)?(?:established|founded|formed|"
    r"incorporated|chartered)\b"
)
# an article before a name ("The History of the White Mountains")
_LEADING_ARTICLE = re.compile(r"^[Tt]he\s+")
# a word of the lead's predicate, letters of any script: "château", not "ch" and "teau"
_LEAD_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|-)*")
# a title's parenthesis with one of these words names a thing: "(2017 film)", "(franchise)"
# ("(rugby league)" and "(rugby union)" are a player's)
_THING_SAID = (THING_NOUNS | {"franchise", "telenovela", "journal", "comics", "name"}) - {
    "league",
    "union",
}

_AMPERSANDS = frozenset(["&", "&amp;"])
# words that join two names or a name to a place: no one person's name of three words
_NOT_ONE_NAME = _AMPERSANDS | {"and", "of", "the"}

# words after a noun that leave it a common noun: "War of …", "Song for …"
_NOUN_LINKS = frozenset(["of", "for", "to", "in", "on", "at", "the", "and", "&", "de"])


def _opens_with_noun(name: str | None, nouns: frozenset[str]) -> bool:
    """Whether ``name`` opens with one of ``nouns`` as a common noun: alone or before "of" or a
    lower-case word ("War of the Quadruple Alliance", "Song dynasty"), not as a name before
    another name ("Song Zhaosu", "Park Jong-ah": surnames)."""
    words = (name or "").split()
    if not words or words[0].lower() not in nouns:
        return False
    return len(words) == 1 or words[1] in _NOUN_LINKS or not words[1][:1].isupper()


def _spells_initials(initials: list[str], given: list[str]) -> bool:
    """``["nc"]`` and ``["newell", "convers"]``: one word made of the others' first letters."""
    return (
        len(initials) == 1
        and len(given) >= 2
        and len(initials[0]) == len(given)
        and all(c == g[0] for c, g in zip(initials[0], given, strict=True))
    )


class DocResolver:
    """Resolves subject mentions within one document."""

    def __init__(self, title: str | None, text: str | None = None) -> None:
        t = strip_disambiguator(title) if title else ""
        # "True Detective (season 3)", "Eternal Mother (2017 film)": the title's own head noun
        # says it names a thing (not "(film producer)", "(horse)", "(footballer, born 1995)")
        said = _DISAMBIG.search(title or "")
        head = _LEAD_WORD.findall(said.group().split(",", 1)[0].lower()) if said else []
        self._thing_said = bool(head) and head[-1] in _THING_SAID
        if _LIST_TITLE.search(t):
            t = ""
        event = _EVENT_OF_PERSON.match(t)
        if event is not None:
            t = event.group(1)
        self.main_text: str | None = t or None
        self.main_key: str | None = canonical_key(t) if t else None
        self._title = t
        self._main_kind = "title"  # or the kind of the first full name met, without a title
        self._title_head = t.rpartition(" ")[2].lower()  # its last word: "village", "hall"
        self._said_noun = head[-1] if head else None  # the disambiguator's: "(film)" -> film
        self._title_keys: set[str] | None = None  # made when first asked
        self.from_title = bool(t)
        self.text = text
        self.full_names: dict[str, str] = {}  # last token -> full name as written
        self._last_words: dict[str, str] = {}  # name -> last key word ("" if one word)
        self._earlier: dict[tuple[str, int], str | None] = {}  # (token, pos) -> full name
        self._lead: frozenset[str] | None = None
        self._person: bool | None = None
        self._thing_title: bool | None = None
        self._gender: str | None = None  # "" once judged mixed or absent
        self._life_span: bool | None = None
        self._acronyms: dict[str, str] | None = None  # acronym -> the name it stands for
        # the person's other names in the lead: full names' keys, and maiden surnames alone
        self._lead_names: tuple[frozenset[str], frozenset[str]] | None = None
        self._line_end: int | None = None  # where the text's first line ends

    def title_keys(self) -> set[str]:
        """The title's keys as a person and as a work."""
        if self._title_keys is None:
            t = self._title
            self._title_keys = {entity_key(t, k) for k in ("person", "work")} if t else set()
        return self._title_keys

    def lead_words(self) -> frozenset[str]:
        """Head nouns of the first sentence's predicate ("X is a 1998 album by Y" -> album)."""
        if self._lead is None:
            head = (self.text or "")[:_LEAD_CHARS]
            # (a full stop after an abbreviation or an initial ends no sentence: "St. Joseph's
            # Convent School is a … school", "John Smith Jr. is an …")
            # (nor does the title's own "!": "Baho! is a novel by Roland Rugero")
            skip = len(self._title) if self._title and head.startswith(self._title) else 0
            end = next(
                (m.start() for m in _SENT_END.finditer(head, skip) if is_boundary(head, m)), None
            )
            head = head[:end]
            if "&" in head:
                head = html.unescape(head)  # "a 1965 B&amp;W Italian film": no ";" to stop at
            # the predicate noun phrase: "… is a major Turkish weapons manufacturer [based in …]"
            # its head nouns: the last word of each coordinated part ("… film actor" -> actor)
            # (an acronym inside the noun phrase is no end of it: "a privately owned American
            # multi-level marketing (MLM) company that sells …")
            head = _ACRONYM_IN_PHRASE.sub("", head)
            p = _LEAD_PRED.search(head)
            parts = re.split(r"\s(?:and|or|&)\s", p.group(1).lower()) if p else []
            while p is not None and " " not in p.group(1):
                p = _LEAD_PRED_AFTER_COMMA.match(head, p.end())
                if p is not None:
                    parts.append(p.group(1).lower())  # "a rancher, politician": both
            heads = set()
            for part in parts:
                words = _LEAD_WORD.findall(part)
                words = words[: _head_before_doing(words)]
                while words and (
                    len(words[-1]) > 4
                    and words[-1].endswith(("ed", "ing"))
                    and words[-1] not in _LEAD_NOUNS  # "a historic building at …"
                    # "a play written and produced by", "a … film co-written and co-directed"
                    or words[-1].rsplit("-", 1)[-1] in _IRREGULAR_PARTICIPLES
                ):
                    words.pop()  # "a concept created [by …]", "a song written [and …]"
                    while words and words[-1] in _BEFORE_PARTICIPLE:
                        words.pop()
                if words[-2:-1] == ["given"] and words[-1] == "name":
                    words[-1] = "surname"  # "a Korean masculine given name": a name's document
                if words:
                    heads.add(words[-1])
                    if words[-1].endswith("s") and len(words[-1]) > 3:
                        heads.add(words[-1][:-1])  # "one of the nine … medical schools"
            self._lead = frozenset(heads)
        return self._lead

    def may_be_person(self) -> bool:
        """False when the title or the lead says the document is about a war, a novel, a
        company … ("War of the Quadruple Alliance", "X is a 1998 album")."""
        if self._person is None:
            # a life span or "(born …" right after the lead's name says person, whatever the
            # head nouns ("a biologist leading the … movement", "born into the Tagore family")
            # and whatever noun the name opens with, unless as a common noun ("Park Jong-ah
            # (born 13 June 1996)", not "War of the Quadruple Alliance (1718–1720)"); without
            # one, a name that opens with such a noun is a thing's ("Temple Ahavat Shalom")
            # (its first noun after an article: "The History of the White Mountains")
            first = _LEADING_ARTICLE.sub("", self.main_text or "").split(" ", 1)[0].lower()
            self._person = (
                # "(2017 film)" after the title; a body's name met first in an untitled text
                not self._thing_said
                and self._main_kind in ("title", "person")
                and (
                    self.lead_has_life_span()
                    and not _opens_with_noun(self.main_text, NON_PERSON_NOUNS)
                    or first not in NON_PERSON_NOUNS
                    # (the title's name, before a description: "Matilda of Saxony, countess
                    # of Flanders")
                    and not _names_no_one(self._title.split(",", 1)[0])
                    # ("Victorian School of Forestry": "before studying at Oxford" is a
                    # student's, not the school's)
                    and not BODY_WORD.search(self._title)
                    and not _PLACE_AFTER_COMMA.fullmatch(self._title)
                    # (unless it calls them a person too: "a film and theatre actor", "a
                    # street and stencil artist", "a track and field athlete"; but not when
                    # the title's noun is a thing's: "The Sonoma Cheese Factory is a cheese
                    # producer and speciality food store")
                    and not (
                        self.lead_words() & (NON_PERSON_NOUNS | TITLE_NOUNS)
                        and (
                            not self.lead_words() & PERSON_NOUNS
                            or self._title_head in NON_PERSON_NOUNS
                        )
                    )
                    # ("Padelford Riverboats, established in 1969, is the sole provider of …")
                    and not self._lead_says_founded()
                    # ("Bewsey Old Hall is a brick built, three storey, mainly Jacobean
                    # building": a title that ends with a thing's noun names that thing,
                    # unless the lead calls it a person, "Son House is an American blues
                    # singer")
                    and not (
                        self._title_head in NON_PERSON_NOUNS
                        and not self.lead_words() & PERSON_NOUNS
                    )
                )
            )
        return self._person

    def _lead_says_founded(self) -> bool:
        """The text opens with the document's name and says it was founded, as only a body's
        lead does: "Padelford Riverboats, established in 1969, is …"."""
        name = self.main_text
        return bool(
            name
            and self.text
            and self.text.startswith(name)
            and _LEAD_FOUNDED.match(self.text, len(name), _LEAD_CHARS)
        )

    def names_a_family(self) -> bool:
        """The lead calls the document's subject a family and gives it no life span: "The
        Visconti di Modrone are a collateral branch of the Visconti of Milan"."""
        return bool(self.lead_words() & _KIN_GROUPS) and not self.lead_has_life_span()

    def title_names_a_thing(self) -> bool:
        """The title names a thing after a person, or two people: a person's name in the text
        is then that person, not the title's thing ("Moses Marcus Melchior (1736-1817)" in
        *Moses &amp; Søn G. Melchior*, "Caleb Everts" in *Caleb Everts House*, "Angelo Dela
        Cruz" in *Kidnapping of Angelo Dela Cruz*; not "Tammo tom Dieck", a mathematician)."""
        if self._thing_title is None:
            words = self._title.split()
            # (a thing's noun in a name is a surname unless the lead calls the subject a thing:
            # "Carrie Hall (July 5, 1874 – …) was a nurse", "Lance Mountain")
            self._thing_title = not _AMPERSANDS.isdisjoint(words) or (
                (
                    bool({w.lower().strip(",") for w in words} & THING_NOUNS)
                    and bool(self.lead_words() & THING_NOUNS)
                    or _names_no_one(self._title.split(",", 1)[0])
                )
                and not self.lead_names_person()
            )
        return self._thing_title

    def lead_names_person(self) -> bool:
        """A life span after the lead's name, or a lead whose head nouns name a person's trade
        or role and no thing: no organisation or work is this document's subject. (The nouns
        count only when the title names the subject: a list's lead is about someone else.)"""
        if self.lead_has_life_span():
            return True
        words = self.lead_words()
        return (
            self.from_title
            and bool(words & PERSON_NOUNS)
            and not words & THING_NOUNS
        )

    def lead_has_life_span(self) -> bool:
        """The lead opens with a name and a birth or a life span: a person's document."""
        if self._life_span is None:
            m = _LEAD_LIFESPAN.match((self.text or "")[:_LEAD_CHARS])
            self._life_span = (
                m is not None
                and not any(
                    len(w) >= 4 and w.isalpha() and w.islower() and w not in _LONG_PARTICLES
                    for w in m.group().split("(", 1)[0].split()
                )
                # "Acme Corporation (1920–1990)": an organisation's span, not a life, nor is
                # "The Edward Brooke II Mansion (1887–88)" a building's
                and _SPAN_NOT_LIFE.isdisjoint((self.main_key or "").split()[1:])
                and not _opens_with_noun(self.main_text, GENERIC_NOUNS)
            )
        return self._life_span

    def definite(self, text: str, kind: str) -> tuple[str, str] | None | bool:
        """A definite description ("The company") refers to the main entity when the lead
        introduced it with that noun (or a near synonym: "the group" for a band). Returns the
        main entity, None (a description of something else: drop), or False (not one)."""
        m = _DEFINITE.match(text.strip())
        if m is None:
            return False
        *modifiers, noun = m.group(1).lower().split()
        if self.main_text is None or not self.from_title or _ANOTHER.intersection(modifiers):
            return None  # "The second commission was formed in 1891": one of several
        lead = self.lead_words()
        if (
            noun in lead
            or _NOUN_FAMILY.get(noun, frozenset()) & lead
            # or the title's own head noun: "The village was founded by" in *Agahozo Shalom
            # Youth Village*, whose lead calls it "a home for orphans"
            or noun == self._title_head
            # or another of the title's own nouns for what it names: its disambiguator's ("Us
            # and Them (film)") or its head before "of", "in", "for" or "at" ("Museum of Salt
            # and Pepper Shakers", "Regional Museum in Szczecinek")
            or noun == self._said_noun
            or noun == _TITLE_HEAD_OF.split(self._title, 1)[0].rpartition(" ")[2].lower()
        ):
            return self.main(kind)
        return None

    def within_main_name(self, key: str) -> bool:
        """Whether every word of the canonical key ``key`` (at least one) is a word of the
        main name's key ("loehle" and "alan loehle" are within *Alan Loehle*), or ``key`` is
        the main name with middle names added ("jackson george sargent" in *Jackson Sargent*)."""
        words = key.split()
        main = (self.main_key or "").split()
        return bool(words) and (
            set(words) <= set(main) or (len(main) >= 2 and _names_the_person(key, self.main_key))
        )

    def main_gender(self) -> str | None:
        """"f" or "m" when the document refers to its subject (nearly) only as she/her or
        he/him/his, judged from the pronouns of its opening; when those are mixed, from the
        "She"/"He" that open its sentences; when these are mixed too, from the pronouns of its
        lead paragraph; None when all are mixed, or absent. A lead that gives the subject's
        birth name ("X (née Y; …)") says "f" whatever the pronouns."""
        if self._gender is None and _LEAD_NEE.match(self.text or ""):
            self._gender = "f"  # "Dolores J. Crow (née York; …)": a married woman's birth name
        if self._gender is None:
            opening = (self.text or "")[:_GENDER_CHARS]
            self._gender = _gender_of_pronouns(opening)
            if not self._gender:
                # mixed: a sentence's opening "She"/"He" is as a rule the subject's, the other
                # pronouns often a relative's ("After her husband was murdered in 1931 … in his
                # place. She was successful")
                openers = _SENTENCE_PRONOUN.findall(opening)
                f = openers.count("She")
                self._gender = _gender_of(f, len(openers) - f)
            if not self._gender:
                # mixed there too: the lead paragraph tells of the subject before the body
                # turns to others ("Armenia S. White … She was the first president … her
                # husband", then an ancestor's "He travelled … He married in 1711 …")
                self._gender = _gender_of_pronouns(opening.split("\n", 1)[0])
        return self._gender or None

    def styled_as_other_gender(self, name: str, key: str) -> bool:
        """Whether ``name``, resolved to the document's person (``key`` is the main key), opens
        with a style of the other gender than the person's, before no given name of theirs:
        "Lady Fell" or "Mrs Wellington" in a man's article is his wife ("Lady Henrietta" in
        *Henrietta Howard* is herself, whatever the pronouns say)."""
        style = _GENDERED_STYLE.match(name.strip())
        if style is None or not self.main_key or key != self.main_key:
            return False
        given = self.main_key.split()[0]
        return given not in canonical_key(name[style.end() :]).split() and self.main_gender() == (
            "m" if style["female"] else "f"
        )

    def is_pronoun(self, text: str) -> bool:
        return text.strip().lower() in PRONOUNS

    def continues_title(self, text: str, pos: int, key: str | None = None) -> bool:
        """Whether the name ``text`` at ``pos`` (its key ``key``) ends the title: a name
        block stopped inside it, at lower-case or punctuated words the blocks do not span
        ("Navy , Army and Air Force Institutes", "El Tren de los Momentos", "Beast in
        Black")."""
        if key is None:
            key = entity_key(text, "organization")
        return bool(
            self.main_key
            and pos > 0
            and self.text is not None
            and key != self.main_key
            and self.main_key.endswith(" " + key)
            and (" " + canonical_key(self.text[max(0, pos - 120) : pos] + " " + text)).endswith(
                " " + self.main_key
            )
        )

    def shortens_title(self, text: str, key: str, kind: str) -> bool:
        """Whether "The" and the title's last words name the title: "The Bee" in *The
        Sacramento Bee*, "The Times" in *The New York Times*. (A generic noun, "The Company",
        never gets here: :meth:`resolve` drops it first.)"""
        if not self.from_title or self.main_text is None or not text.startswith(("The ", "the ")):
            return False
        full = entity_key(self.main_text, kind)
        return key != full and full.endswith(" " + key)

    def heads_title(self, key: str, kind: str) -> bool:
        """Whether a body's name is the title's first words and the rest only says what kind
        of body it is: "Villanova" in *Villanova Preparatory School*, "Fyllingen" in
        *Fyllingen Fotball* (not "Harvard Business" in *Harvard Business School*: "business"
        names more than a kind). (A generic noun never gets here: :meth:`resolve` drops it.)"""
        if kind != "organization" or not self.from_title or self.main_text is None:
            return False
        full = entity_key(self.main_text, kind)
        return full.startswith(key + " ") and all(
            w in _BODY_KIND_WORDS for w in full[len(key) + 1 :].split()
        )

    def acronyms(self) -> dict[str, str]:
        """Acronyms the text defines, each with the name it stands for: the shortest run of
        words right before "( ACRONYM )" whose initials spell it ("… a group Alliance
        Defending Freedom (ADF)" -> "Alliance Defending Freedom"). Built when first asked."""
        if self._acronyms is None:
            found: dict[str, str] = {}
            text = self.text or ""
            for m in _ACRONYM_DEF.finditer(text):
                acronym = m.group(1)
                letters = [c.lower() for c in acronym if c.isalpha()]
                if len(letters) < 2 or acronym in found:
                    continue
                words = _ALIAS_WORDS.findall(text[max(0, m.start() - 160) : m.start()])
                name = _spelled_by(words, letters)
                if name is not None:
                    found[acronym] = name
            self._acronyms = found
        return self._acronyms

    def main(self, kind: str = "person") -> tuple[str, str] | None:
        """The main entity as (text, key). A work's or a body's key is made the way that
        kind's other mentions are keyed ("The Love Trap" -> "love trap", "General Post Office,
        Patna" keeps "general"), so the title's facts count with its mentions elsewhere."""
        if not (self.main_text and self.main_key):
            return None
        if kind == "person":
            return self.main_text, self.main_key
        if kind == "organization":  # a title names one body: "Mike and the Moonpies"
            return self.main_text, organization_name_key(self.main_text) or self.main_key
        return self.main_text, entity_key(self.main_text, kind) or self.main_key

    def resolve(
        self, text: str | None, kind: str, pos: int = -1, given_names: bool = True
    ) -> tuple[str, str] | None:
        """(subject_text, subject_key) for a mention, or None when it cannot be resolved.

        ``text`` None means the statement has no explicit subject: the main entity.
        ``given_names``: a lone word may be the first word of one earlier name (subjects; a
        value's lone capitalised word is as often a describing word: "by Australian …").
        """
        if text is None or self.is_pronoun(text):
            if kind == "person" and not self.may_be_person():
                return None  # "his wife" in an article about a war or a novel is not its wife
            gender = _PRONOUN_GENDER.get(text.strip().lower()) if text is not None else None
            if gender is not None and self.main_gender() not in (None, gender):
                return None  # "He was the founder …" in an article about a woman
            if (
                kind in ("work", "organization")
                and (text is not None or kind == "work")
                and self.lead_names_person()
            ):
                # "since it was established in 2007" in a footballer's article; "… based on
                # Anita Shreeve's novel of the same name" in a screenwriter's
                return None
            return self.main(kind)
        if kind == "person" and self._main_name_in_lead_parenthesis(text, pos):
            return self.main(kind)
        if kind != "person":
            if (
                self.main_key
                and _names_the_person(text, self.main_key)
                and self.lead_names_person()
            ):
                # "Johann Wilhelm Karl Jakob Scheerer … is a German musician … based in
                # Hamburg", "Kottoy was one of three players released by Larne" in the
                # person's article: the person is no body and no work (a body named after
                # them is: "Gregory formed Trish Gregory Fashions")
                return None
            d = self.definite(text, kind)
            if d is not False:
                return d  # type: ignore[return-value]
            # "The Hunt for Red October and the 1992 [film …]", "The History of Saints by the
            # North Carolina [band …]": a title does not run on into the next phrase
            text = _RUNON.sub("", text)
            if kind == "organization":
                # "President and CEO of Hachette-Filipacchi Asia-Pacific, based in Sydney":
                # the body is what the office is of
                role = _OFFICE_OF.match(text)
                if role is not None:
                    text = text[role.end() :]
                    pos = pos + role.end() if pos >= 0 else pos
            # "The NPWA was founded in …": counted under the name the acronym stands for
            short = _ACRONYM.fullmatch(text.strip())
            full = self.acronyms().get(short.group(1)) if short is not None else None
            if full is not None:
                text, pos = full, -1
        if (
            kind == "organization"
            and self.main_text is not None
            and " the " in text
            and organization_name_key(text) == organization_name_key(self.main_text)
        ):
            return self.main(kind)  # the title's body, whose name reads like a list of two
        key = entity_key(text, kind)
        if not key:
            return None
        if kind == "person" and self._another_name_of_main(key):
            return self.main(kind)
        if kind != "person" and key in GENERIC_NOUNS:
            return None  # "College" cut from "Collège international de Tunis" names nothing
        if kind == "person" and key.rsplit(" ", 1)[-1] in _NO_LIFE_NOUNS:
            return None  # "the Polish–Muscovite War (1605–1618)": a span, not a life
        if kind != "person" and (
            self.continues_title(text, pos, key)
            or self.shortens_title(text, key, kind)
            or self.heads_title(key, kind)
        ):
            return self.main(kind)
        if kind == "organization" and key.replace(" ", "").isdigit():
            return None  # "9" of "born December 9, 1967, is the CEO of Hagerty, a … provider"
        if (
            kind == "person"
            and self.main_text is not None
            and key != self.main_key
            and " " not in key
            and not self.may_be_person()
        ):
            # a bare surname in a document about a place is the person the place is named
            # after, not the place: "Brigden died …" in *Brigden, Ontario*
            full = self._earlier_full_name(text, pos)
            if full is not None and canonical_key(full) != self.main_key:
                return full, canonical_key(full)
        if kind == "person":
            given = self._given_before_paren(text, key, pos)
            if given is not None:
                return given
        if (
            self.main_text is not None
            and (
                key == self.main_key
                or key in self.title_keys()
                or (
                    kind == "person"
                    and compatible(text, self.main_text)
                    and not self.title_names_a_thing()
                    # (a family's members are not the family: "Carlo Visconti di Modrone
                    # (1770–1836)" in *Visconti di Modrone*, "a collateral branch")
                    and not self.names_a_family()
                    and not (pos > 0 and other_middle_names(text, self.main_text))
                    # (in a document about a company or a name, another full name that fits
                    # the title is someone else: "Johann Friedrich Hillebrand (1819-1890)" in
                    # *JF Hillebrand*, "Trijnte van der Molen (1899-1956)" in *Van der Molen*;
                    # the name the text opens with is the document's own)
                    and (" " not in key or pos == 0 or self.may_be_person())
                )
            )
            and not (kind == "person" and self._names_a_parent(text, key, pos))
        ):
            if kind in ("work", "organization") and self.lead_names_person():
                # "Lokko was released by the club in May 2014" in a footballer's article, "Sarah
                # Waiswa … is based in Nairobi" in a photographer's: a person is no work or body
                return None
            if kind == "person" and self.lead_words() & TITLE_NOUNS:
                # "The 3rd Viscount died …" in *Viscount Alanbrooke*: a word of a peerage's
                # name names one of its holders, not the document's subject
                return None
            return self.main(kind)
        ntok = len(key.split())
        if kind == "person" and BODY_WORD.search(text):
            return None  # "FIBA Women's European Champions Cup (1958-1996)" is no one's life
        if kind == "person":
            if ntok == 1 and _STYLED.match(text.strip()):
                # "King Ferdinand": the style makes one name a full one; the regnal name
                # written earlier ("Ferdinand I") is the one it is counted under
                regnal = self._earlier_regnal_name(text.strip().split()[-1], pos)
                if regnal is not None:
                    return regnal, canonical_key(regnal)
                return text, key
            if is_styled_surname(key):
                # "General Goff married …" in *Nathan Goff Jr.*: the one the surname alone
                # names, when there is one (else the styled name as written)
                surname = text.rstrip().rsplit(None, 1)[-1]
                at = pos + text.rstrip().rfind(surname) if pos >= 0 else pos
                found = self.resolve(surname, kind, at, given_names=False)
                if found is not None:
                    return found
            if ntok == 1:
                full = self.full_names.get(key) or self._earlier_full_name(text, pos)
                if full is not None:
                    self.full_names[key] = full
                    if canonical_key(full) == self.main_key and self._names_a_parent(text, key, pos):
                        # "His eldest son Harbord (1734–1810)" in *Sir William Harbord*: a
                        # relative who shares the name, not the subject
                        return None
                    full_key = canonical_key(full)
                    if self._another_name_of_main(full_key):
                        return self.main(kind)  # "Douthit" after "Mackenzie Douthit", her
                    return full, full_key
                if self._middle_of_main(key) and not self._names_a_parent(text, key, pos):
                    # a middle word of the title's name that no earlier name ends with: a
                    # maiden or first surname ("Braithwaite was born in Williamsburg" in
                    # *Minnie Braithwaite Jenkins*, "Duque attended …" in *Iván Duque Márquez*)
                    return self.main(kind)
                # no earlier name ends with it: a given name ("Angus" after "Angus Óg"), when
                # exactly one earlier name starts with it
                given = self._earlier_given_name(text.strip(), key, pos) if given_names else None
                if given is not None:
                    return given, canonical_key(given)
                return None  # a lone unknown surname is too ambiguous to count
            if not REALM.search(text):
                self.full_names.setdefault(key.split()[-1], text)
        if self.main_text is None and ntok >= 2 and kind in ("person", "organization", "work"):
            # no title: the first full name met becomes the main entity
            self.main_text, self.main_key, self._main_kind = text, key, kind
            self._person = self._life_span = None  # judged again, of this name
        return text, key

    def lead_aliases(self) -> frozenset[str]:
        """Keys of the other full names the lead's first parenthesis gives the document's
        person: "Ann Marie Williams (born Annie Marie Ferrell; …)", "(also known as Charles
        Elsener, born …)", "( "nee" Eunice Bagley)". Later statements under such a name are
        the person's: "Annie Marie Ferrell was born on October 21, 1937, in Coolidge, Texas"."""
        return self._other_lead_names()[0]

    def _other_lead_names(self) -> tuple[frozenset[str], frozenset[str]]:
        """(``lead_aliases``, the maiden surnames the lead's first parenthesis gives alone)."""
        if self._lead_names is None:
            keys: set[str] = set()
            maiden: set[str] = set()
            inner = self._lead_parenthesis()
            if inner and self.may_be_person():
                for label in _ALIAS_LABEL.finditer(inner):
                    name = _NAME_RX.match(inner, label.end())
                    if name is not None:
                        key = canonical_key(name.group())
                        if len(key.split()) >= 2:
                            keys.add(key)
                maiden = {canonical_key(m.group(1)) for m in _MAIDEN_NAME.finditer(inner)}
            self._lead_names = (frozenset(keys - {self.main_key}), frozenset(maiden))
        return self._lead_names

    def is_maiden_name(self, key: str) -> bool:
        """Whether the person key ``key`` is the document's person under the maiden name the
        lead gives alone: one of her given names and that surname ("Lucy Minnie Rogers was
        born in Bromley-by-Bow" in *Minnie Baldock* ( née Rogers; …); not her father, "David
        Black (1817–1892)" in *Grace Human* ( née Black))."""
        words = key.split()
        given = set((self.main_key or "").split()[:-1])
        return (
            len(words) >= 2
            and words[-1] in self._other_lead_names()[1]
            and bool(given & set(words[:-1]))
        )

    def _another_name_of_main(self, key: str) -> bool:
        """Whether the person key ``key`` is one of the lead's other names of the document's
        person, or her name with the maiden surname the lead gives."""
        return key in self.lead_aliases() or self.is_maiden_name(key)

    def _lead_parenthesis(self) -> str:
        """The words of the lead's first parenthesis, when it opens on the first line."""
        text = self.text or ""
        opening = text.find("(", 0, _LEAD_PAREN_CHARS)
        if opening == -1 or "\n" in text[:opening]:
            return ""
        closing = text.find(")", opening)
        return text[opening + 1 : closing] if closing != -1 else ""

    def _main_name_in_lead_parenthesis(self, text: str, pos: int) -> bool:
        """Whether ``text`` at ``pos``, in a parenthesis of the lead's first line, is another
        name of the document's person: a name in another script anywhere there ("Sergey
        Sergeyevich Averintsev (Russian: Сергей Сергеевич Аверинцев, born …)", "Georgy
        Petrovich Egorychev (or Yegorychev) (Георгий Петрович Егорычев, born 1938)"), or the
        parenthesis's first name after at most a label ("Ann Marie Williams (born Annie Marie
        Ferrell; October 21, 1937)", "(also spelled Guenther Osche, born …", "(Hungarian:
        Legéndy Károly Rudolf, born …"; not a parent's: "(born 1950 to John Smith and …")."""
        if pos <= 0 or self.text is None or not self.main_text:
            return False
        if self._line_end is None:
            end = self.text.find("\n")
            self._line_end = end if end != -1 else len(self.text)
        if pos > self._line_end:
            return False  # (most mentions: no copy of the text up to them)
        head = self.text[:pos]
        opening = head.rfind("(", 0, _LEAD_PAREN_CHARS)
        if opening == -1 or ")" in head[opening:] or not self.may_be_person():
            return False
        if not text.isascii() and not any(
            ch.isalpha() and unicodedata.name(ch, "").startswith("LATIN") for ch in text
        ):
            return True
        return _ALT_NAME_LABEL.fullmatch(head, opening + 1) is not None

    def _middle_of_main(self, key: str) -> bool:
        """Whether the one-word key ``key`` is a middle word of the main name, itself a
        person's name of three or more words ("braithwaite" of "Minnie Braithwaite Jenkins";
        not a particle: "de" of "Teresa Martínez de Varela")."""
        if self.main_text is None or not self.may_be_person() or self.title_names_a_thing():
            return False
        if self.lead_words() & TITLE_NOUNS:
            return False  # "Baron Herbert of Chirbury": a peerage's words name its holders
        words = self.main_text.split()
        if any(
            w.lower() in THING_NOUNS
            or w in _NOT_ONE_NAME
            or not (w[:1].isupper() or _name_particle(w))
            for w in words
        ):
            return False  # "Lars S. Andersen House", "Murder of Harry and Harriette Moore"
        middle = name_tokens(self.main_text)[1:-1]
        return key in middle and len(key) > 2 and not _name_particle(key)

    def _given_before_paren(self, text: str, key: str, pos: int) -> tuple[str, str] | None:
        """A lone surname after a given name and a parenthesis names the person of that given
        name: "Mary (Kennedy) Gay (1798–1873)" in *Emma Jane Gay* is Mary Gay, not the
        subject. None when the given name or the parenthesis is the subject's ("Robert (Bob)
        Forgione" in *Bob Forgione*) or there is no such parenthesis."""
        if " " in key or pos <= 0 or self.text is None:
            return None
        other = _GIVEN_PAREN.search(self.text, max(0, pos - 80), pos)
        if other is None:
            return None
        # the subject's own given name or nickname is among the words ("Robert (Bob)" in *Bob
        # Forgione*); a middle name alone is not, for a mother's maiden name is often her
        # child's middle one ("Elizabeth (née Goelet) Kip" in *George Goelet Kip*)
        given = (self.main_key or "").split()[:1]
        if given and given[0] in canonical_key(f"{other.group(1)} {other.group(2)}").split():
            return None
        full = f"{other.group(1)} {text.strip()}"
        return full, canonical_key(full)

    def _names_a_parent(self, text: str, key: str, pos: int) -> bool:
        """A mention that fits the title but names a parent or another relative: "the son of
        Texas oilman John W. Mecom Sr.", "born to James Robertson", "His eldest son Harbord
        (1734–1810)" (even one who shares the subject's name), or,
        past the lead, a "Sr." the title does not have ("… Dr. Ernő Rozgonyi, Sr. (1908–1993)"
        in *Ernő Rozgonyi*)."""
        if pos <= 0 or self.text is None:
            return False
        if _PARENT_OF.search(self.text, max(0, pos - 60), pos) is not None:
            return True
        if _RELATIVE_BEFORE.search(self.text, max(0, pos - 60), pos) is not None:
            return True
        return (
            pos > _LEAD_CHARS
            and key.split()[-1:] == ["sr"]
            and (self.main_key or "").split()[-1:] != ["sr"]
        )

    def _earlier_regnal_name(self, name: str, pos: int) -> str | None:
        """The last "Name I/II/…" written before ``pos`` (bounded look-back), if any."""
        if self.text is None or pos <= 0 or not name.isalpha():
            return None
        found = None
        rx = re.compile(rf"\b{re.escape(name)}\s(?:{_REGNAL})\b")
        for m in rx.finditer(self.text, max(0, pos - LOOKBACK), pos):
            found = m.group()
        return found

    def _earlier_given_name(self, written: str, key: str, pos: int) -> str | None:
        """The one name of two or more words that starts with ``written`` (keyed ``key``)
        before ``pos`` (bounded look-back); None when there are none or several."""
        text = self.text
        if text is None or pos <= 0 or not written:
            return None
        found: dict[str, str] = {}
        i = text.find(written, max(0, pos - LOOKBACK), pos)
        while i != -1:
            # a name starts here: not inside a word, nor after a capitalised word ("Duque" in
            # "Iván Duque Márquez" starts no name)
            m = _NAME_RX.match(text, i, pos) if _starts_name(text, i) else None
            # "The" starts no given name: "The Code" is no name of a person called "The"
            if m is not None and m.end() > i + len(written) and not OPENERS.match(m.group()):
                words = canonical_key(m.group()).split()
                joined = " ".join(words)
                # not the document's own name: "Kenya" is no given name of *Kenya Police*
                if len(words) >= 2 and words[0] == key and joined != self.main_key:
                    found.setdefault(joined, m.group())
                    if len(found) > 1:
                        return None
            i = text.find(written, i + 1, pos)
        return next(iter(found.values()), None)

    def _earlier_full_name(self, token: str, pos: int) -> str | None:
        """The first "First [Middle] Token" written before ``pos`` (bounded look-back)."""
        if self.text is None or pos <= 0 or not token.strip():
            return None
        # one mention is often looked up twice (two branches of resolve, two patterns)
        memo = self._earlier
        if (token, pos) not in memo:
            memo[token, pos] = self._scan_full_name(self.text, token, pos)
        return memo[token, pos]

    def _scan_full_name(self, text: str, token: str, pos: int) -> str | None:
        lo = max(0, pos - LOOKBACK)
        ktok = canonical_key(token.strip())
        if not _may_contain_key(text, lo, pos, ktok):
            return None  # no name in the look-back can have this last word
        # an ASCII letters-and-digits key word (not "jr"/"sr") of an ASCII name is written in
        # it as is but for dots: every other rewrite that could join or change its letters
        # (clitics, folding, "Junior") leaves an apostrophe, non-ASCII or a rewritten word
        plain = ktok.isascii() and ktok.isalnum() and ktok not in ("jr", "sr")
        last = self._last_words
        for m in _NAME_RX.finditer(text, lo, pos):
            name = m.group()
            word = last.get(name)
            if word is None:
                # keying a name is the costly part: skip the names that cannot hold the word
                if plain and name.isascii():
                    if ktok not in name.lower().replace(".", ""):
                        continue
                elif not _may_contain_key(name, 0, len(name), ktok):
                    continue
                words = canonical_key(name).split()
                # (a realm is no surname: "Russia" is not "Catherine I of Russia")
                word = last[name] = words[-1] if len(words) >= 2 and not REALM.search(name) else ""
            if word == ktok:
                # a capitalised function word is no first name: "In Plautus ' play" names
                # Plautus, no "In Plautus" (a title or a month may be: "Saint Oswald", "Jan
                # Patočka")
                opener = FUNCTION_OPENER.match(name)
                if opener is None:
                    return name
                if len(canonical_key(name[opener.end() :]).split()) >= 2:
                    return name[opener.end() :]
        return None


# what may stand before another name of the person as a lead's parenthesis opens: a label
# ("born", "also known as", "Hungarian:", "nee"), not a relation ("born to", "son of")
_ALT_NAME_LABEL = re.compile(
    r"(?:(?![^()]*\b(?:to|of|and|by|son|daughter|wife|husband|widow|married|with)\b)"
    r"[^()\d]{0,40})"
)
# where another name of the person may start in the lead's parenthesis: at its start or after
# a separator, after a label ("born", "née", "also known as", "Hungarian:")
_ALIAS_LABEL = re.compile(
    r"(?:^|[;,])\s*(?:[\"“]?(?:born|n[ée]e|formerly|birth\sname:?|(?:also\s)?(?:known|spelled|"
    r"named|called)(?:\sas)?|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?:)[\"”]?\s+)?[\"“]?(?=[^\W\d_])"
)
# a maiden name alone: "Minnie Baldock (née Rogers; …)"
_MAIDEN_NAME = re.compile(
    r"(?:^|[;,])\s*[\"“]?n[ée]e[\"”]?\s+([A-Z][\w'’-]+)(?=[\s;,]|$)(?!\s[A-Z])"
)
LOOKBACK = 20_000
# how far into a document its lead's first parenthesis may open
_LEAD_PAREN_CHARS = 150


def _names_the_person(text: str, person_key: str) -> bool:
    """``text`` is the person keyed ``person_key`` by name: one of the name's words, or the same
    first and last words ("Johann Wilhelm Karl Jakob Scheerer" for "johann scheerer"), with no
    word of a body's name after them ("Trish Gregory Fashions" is not "trish gregory")."""
    words = canonical_key(text).split()
    person = person_key.split()
    if len(words) == 1:
        return words[0] in person
    return len(words) >= 2 and words[0] == person[0] and words[-1] == person[-1]


def _names_no_one(title: str) -> bool:
    """A title of several words with a lower-case word that is no name particle, or a number:
    "Vernacular painting in China", "2001 California's 32nd congressional district special
    election" (not "Leonardo da Vinci", "Frederick the Great", "Josep Puig i Cadafalch"), or
    two names joined by "&" ("Darwent &amp; Dalwood", a partnership, as "and" is a lower-case
    word)."""
    words = title.split()
    return len(words) >= 2 and any(
        w[:1].isdigit() or (w[:1].islower() and not _name_particle(w)) or w in _AMPERSANDS
        for w in words
    )


def _name_particle(word: str) -> bool:
    """A lower-case word of a person's name: "da", "de'", "d'Alembert", "al-Din", "deKieffer",
    "hÓgartaigh"."""
    w = word.rstrip(",")
    return (
        w in _NAME_PARTICLES
        or w.split("-", 1)[0] in _NAME_PARTICLES
        or w.startswith(("d'", "d’"))
        or any(c.isupper() for c in w[1:3])
    )


def _starts_name(text: str, i: int) -> bool:
    """Whether a name can start at ``i``: not inside a word, nor after a capitalised word."""
    if i == 0:
        return True
    if text[i - 1].isalnum():
        return False
    before = text[max(0, i - 40) : i].split()
    return not before or not before[-1][:1].isupper()


_REGNAL = "I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV"
_NAME_RX = re.compile(rf"(?:{NAME})")
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


def _may_contain_key(text: str, lo: int, pos: int, ktok: str) -> bool:
    """False only when no name in ``text[lo:pos]`` can have the key word ``ktok``.

    A key word is the case-folded characters of one stretch of the name, less dots, edge
    punctuation and a space before a clitic; only "jr"/"sr" are rewritten ("Junior"). When no
    character outside ASCII in the stretch can fold to an ASCII letter or digit (see
    :func:`_folds_to_ascii`), the key word's ASCII letters and digits occur, in a row, among
    those of the lower-cased text."""
    if ktok in ("jr", "sr"):
        return True  # rewritten words: "Junior"
    region = text[lo:pos]
    if "&" in region:
        # "&amp;", "&eacute;": a character reference is read as its character, and a lone "&"
        # as the key word "and"
        return True
    low = region.lower()
    if ktok in low:
        return True
    if not region.isascii():
        for ch in set(_NON_ASCII.findall(region)):
            if _folds_to_ascii(ch):
                return True
    core = _NOT_ALNUM.sub("", ktok)
    return not core or core in _NOT_ALNUM.sub("", low)


_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_ASCII_ALNUM = re.compile(r"[A-Za-z0-9]")


@lru_cache(maxsize=65536)
def _folds_to_ascii(ch: str) -> bool:
    """Whether a non-ASCII character may become an ASCII letter or digit in a key ("é", "ß",
    "ı", "Ｋ", "﹠"), by any of the steps :func:`canonical_key` and ``str.lower`` take."""
    forms = [ch, ch.lower(), ch.casefold(), ch.upper(), ch.translate(_LATIN_EXTRA)]
    forms += [fold_latin(ch), fold_latin(ch.casefold())]
    forms.append(fold_latin(unicodedata.normalize("NFKC", ch).casefold()))
    for f in list(forms):
        for nf in ("NFC", "NFD", "NFKC", "NFKD"):
            n = unicodedata.normalize(nf, f)
            forms += [n, n.casefold(), n.lower(), n.translate(_LATIN_EXTRA)]
            forms.append(unicodedata.normalize("NFKD", n.casefold().translate(_LATIN_EXTRA)))
    # ("﹠" is "&", which a key reads as "and")
    return any(_ASCII_ALNUM.search(f) or "&" in f for f in forms)


def _spelled_by(words: list[str], letters: list[str]) -> str | None:
    """The shortest run of capitalised words ending ``words`` whose initials are ``letters``.
    A connecting word such as "of" may give its initial or be skipped ("Days for Girls" is
    DfG, "Institute of Sustainable …" ISD…); hyphenated parts count ("Kabardino-Balkar" KB)."""

    def match(end: int, k: int) -> int | None:  # start index when letters[:k] end at end
        if k == 0:
            return end
        if end == 0:
            return None
        word = words[end - 1]
        if word.lower() in _ACRONYM_SKIP and k < len(letters):
            skipped = match(end - 1, k)  # (never the name's last word)
            if skipped is not None:
                return skipped
        if not (word[:1].isupper() or word.lower() in _ACRONYM_SKIP):
            return None
        parts = [p[0].lower() for p in word.split("-") if p]
        if len(parts) > k or parts != letters[k - len(parts) : k]:
            return None
        return match(end - 1, k - len(parts))

    start = match(len(words), len(letters))
    if start is None or not words[start][:1].isupper():
        return None
    return " ".join(words[start:])
