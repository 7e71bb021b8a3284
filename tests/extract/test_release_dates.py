"""Release and publication dates in the forms Wikipedia writes them, and the key a work's facts
are counted under:

- a title with its year in parentheses after a work noun and a comma or colon ("her fourth
  studio album , Red ( 2012 )", "three films : X ( 2010 )"), after "include" when the works
  are named ("Other novels include X ( 1953 )", "Her credits include " X " ( 2020 )"), and
  leading its own article ("Le Ventre de Paris ( 1873 ) is the third novel");
- not a person's or a place's year after a bare "include": "Recipients include Colin Sauer
  ( 1945 )", "Notable artists who have recorded the song include: Al Bowlly (1931)";
- a title set off by commas after "His third studio album", with no quotes;
- "released January 25 , 2011" with no preposition, but only with the date right after the
  verb ("released within the vicinity of January and February 2020" is no release date);
- "their 2009 release Set in Stone"; a title does not run on into "and the 1992 film Y";
- a quoted title and ", [which had originally been] released in D" after it, or its year in
  parentheses ("novels quickly followed: "A Chaste Man" (1917)"), but not a newspaper someone
  worked at ("the "Miami Herald" (2005)") nor a phrase in lower case ("listed as "mining
  promoter" (1900)");
- a release whoever released it: "the band released its second studio album Evil Empire in
  1996", "… and released its self - titled debut album X in 1992";
- a work noun, its title and the date with no release verb: "directed the film Thira in 2013",
  "issued on the compilation High Step in 1975", "… and her first full-length album "Sorrow
  Bound" in 2014", "his first feature film , The Hungry Ghosts , in 2008", "the film Dough Boys
  , released in 2008" — but not a single's date ("released as a single from her fourth studio
  album "Golden Hour" on February 23, 2018") nor the shooting's;
- a title's year after its publisher or its title in another language ("Two Fighters ( Dva
  boitsa , 1943 )", ""Dynamic Linear Models with R" (Springer, 2009)"), but not an amount
  ("Poland ($2,480)"), a species' authority (""E. amerinae" (Linnaeus, 1758)") nor a person's
  work ("Kirsten Tan ("Pop Aye", 2017)");
- a title does not run on into the next work's "YEAR 's" ("from 1979 's Off the Wall to 2001 's
  Invincible" is two works);
- the document's own title is keyed like every other mention of that work: "The Love Trap" in
  its article and in another article is one work, "love trap".

The untokenised sentences are cut from the enwiki-2021 sample (Wikipedia, CC BY-SA), the
tokenised ones from Re-DocRED's dev split (Wikipedia, CC BY-SA); the titles are their
documents' titles.
"""

from __future__ import annotations

import pytest
from extracted_facts import facts


@pytest.mark.parametrize(
    ("title", "text", "fact", "stated"),
    [
        (
            "I Knew You Were Trouble",
            '" I Knew You Were Trouble " is a song recorded by American singer - songwriter '
            "Taylor Swift for her fourth studio album , Red ( 2012 ) .",
            ("publication_date", "red", "2012"),
            True,
        ),
        (
            "The Expendables (film series)",
            "The series consists of three films : The Expendables ( 2010 ) , The Expendables 2 "
            "( 2012 ) and The Expendables 3 ( 2014 ) , with a final fourth film scheduled to be "
            "released in the future .",
            ("publication_date", "expendables 2", "2012"),
            True,
        ),
        (
            "Eleazar Lipsky",
            "Other novels include Lincoln McKeever ( 1953 ) and The Scientists ( 1959 ) , a "
            "Book - of - the - Month Club selection .",
            ("publication_date", "scientists", "1959"),
            True,
        ),
        (
            "Michaela Coel",
            'Her credits include "Normal People" (2020), "I May Destroy You" (2020), "Sex '
            'Education" (2019).',
            ("publication_date", "i may destroy you", "2020"),
            True,
        ),
        (
            "Le Ventre de Paris",
            "Le Ventre de Paris ( 1873 ) is the third novel in Émile Zola 's twenty - volume "
            "series Les Rougon - Macquart .",
            ("publication_date", "le ventre de paris", "1873"),
            True,
        ),
        (
            "Pete Murray",
            "His third studio album , Summer At Eureka , was released in May 2008 .",
            ("publication_date", "summer at eureka", "2008-05"),
            True,
        ),
        (
            "Kiss Each Other Clean",
            "Kiss Each Other Clean is the fourth studio album by Iron & Wine , released January "
            "25 , 2011 via 4AD ( worldwide ) and Warner Bros. in the US .",
            ("publication_date", "kiss each other clean", "2011-01-25"),
            True,
        ),
        (
            "Thirteens (album)",
            "Thirteens is an album by Leona Naess , released in the U.S. on 16 September 2008 by "
            "Verve Forecast Records .",
            ("publication_date", "thirteens", "2008-09-16"),
            True,
        ),
        (
            "Olof Mörck",
            "Mörck also provides a guest solo for Australian power metal band Lord on an "
            "instrumental song from their 2009 release Set in Stone .",
            ("publication_date", "set in stone", "2009"),
            True,
        ),
        (
            "Clear and Present Danger (film)",
            "It was preceded by the 1990 film The Hunt for Red October and the 1992 film Patriot "
            "Games , all three featuring Clancy 's character Jack Ryan .",
            ("publication_date", "patriot games", "1992"),
            True,
        ),
        (
            "List of songs recorded by Rage Against the Machine",
            "After contributing the single \" Year of tha Boomerang \" to the Higher Learning "
            "soundtrack in 1995 , the band released its second studio album Evil Empire in 1996 "
            ", on which \" Year of tha Boomerang \" was featured as the closing track .",
            ("publication_date", "evil empire", "1996"),
            True,
        ),
        (
            "List of songs recorded by Rage Against the Machine",
            "After a self - issued demo , the band signed with Epic Records and released its self "
            "- titled debut album Rage Against the Machine in 1992 , the material for which was "
            "written by all four members of the group .",
            ("publication_date", "rage against the machine", "1992"),
            True,
        ),
        (
            "Joy Division discography",
            "The band released its debut album , Unknown Pleasures , in 1979 on independent label "
            "Factory .",
            ("publication_date", "unknown pleasures", "1979"),
            True,
        ),
        (
            "Yi Seok",
            "Yi gained fame as the \" singing prince \" with the wedding favorite \" Pigeon House "
            "\" , released in 1967 .",
            ("publication_date", "pigeon house", "1967"),
            True,
        ),
        (
            "The Hurting",
            "It also contains a new version of the band 's first single , \" Suffer the Children "
            "\" , which had originally been released in 1981 .",
            ("publication_date", "suffer the children", "1981"),
            True,
        ),
        # a quoted title and its year, with nothing else to say it is a work
        (
            "Louis Wilkinson",
            'Two more novels quickly followed: "A Chaste Man" (1917) and "Brute Gods" (1919).',
            ("publication_date", "a chaste man", "1917"),
            True,
        ),
        (
            "Steven Bryan",
            'He has released two studio albums to date: "One Way" (2010) and "Gravity Always '
            'Wins" (2017).',
            ("publication_date", "gravity always wins", "2017"),
            True,
        ),
        # not a newspaper someone worked at, nor a phrase in lower case
        (
            "Yamiche Alcindor",
            'She was an intern at the "Westside Gazette", a local African-American newspaper, '
            'and the "Miami Herald" (2005).',
            ("publication_date", "miami herald", "2005"),
            False,
        ),
        (
            "Harry White (Washington politician)",
            'In the censuses White\'s profession is listed as "mining promoter" (1900) and "real '
            'estate brokerage" (1920,1930).',
            ("publication_date", "mining promoter", "1900"),
            False,
        ),
        # the quoted album's date, not the person's before it
        (
            "Angela J. Davis",
            'She is the author of "Arbitrary Justice: The Power of the American Prosecutor", '
            "published in 2009.",
            ("publication_date", "angela j davis", "2009"),
            False,
        ),
        # people and places after a bare "include"
        (
            "Alan Loveday",
            "Recipients include Colin Sauer (1945), Clarence Myerscough (1952) and John "
            "Georgiadis (1959) of the London Symphony Orchestra.",
            ("publication_date", "colin sauer", "1945"),
            False,
        ),
        (
            "Lazybones (song)",
            "Notable artists who have recorded the song include: Al Bowlly (1931), Bert Ambrose "
            "(1931), Roy Smeck (1931).",
            ("publication_date", "al bowlly", "1931"),
            False,
        ),
        # a date after other words needs its preposition
        (
            "Jojo Rabbit",
            "In other countries, it was released within the vicinity of January and February "
            "2020.",
            ("publication_date", "jojo rabbit", "2020-02"),
            False,
        ),
        # the article's own title is keyed as a work, like its mentions elsewhere
        (
            "The Love Trap",
            "The Love Trap is a 1929 American comedy film directed by William Wyler.",
            ("publication_date", "love trap", "1929"),
            True,
        ),
        (
            "General Post Office, Patna",
            "General Post Office, Patna is the main post office of Patna. It was opened for the "
            "public on 1 July 1917 with 17 employees in total.",
            ("founding_date", "general post office patna", "1917-07-01"),
            True,
        ),
        # a work noun, the title and its date, with no release verb
        (
            "Vineeth Sreenivasan",
            "He scripted and directed the film Thira in 2013 , which introduced his younger "
            "brother Dhyan Sreenivasan as an actor .",
            ("publication_date", "thira", "2013"),
            True,
        ),
        (
            "Trane's Blues",
            '" Trane \'s Blues " had been issued on the compilation High Step in 1975 , '
            'previously known as " John Paul Jones " and named after himself , the bass player '
            "Chambers , and the drummer Philly Joe Jones .",
            ("publication_date", "high step", "1975"),
            True,
        ),
        (
            "Rahul Riji Nair",
            "He first directed the documentary The Human Boundaries in 2012 and it was widely "
            "screened across India, Europe and USA.",
            ("publication_date", "human boundaries", "2012"),
            True,
        ),
        (
            "Kaia Kater",
            'She released her first EP "Old Soul" in 2012, and her first full-length album '
            '"Sorrow Bound" in 2014.',
            ("publication_date", "sorrow bound", "2014"),
            True,
        ),
        (
            "Michael Imperioli",
            "He wrote and directed his first feature film , The Hungry Ghosts , in 2008 .",
            ("publication_date", "hungry ghosts", "2008"),
            True,
        ),
        (
            "Louis Lombardi",
            "He also wrote and directed the film Dough Boys , released in 2008 .",
            ("publication_date", "dough boys", "2008"),
            True,
        ),
        # a title does not run on into the next work's "YEAR 's"
        (
            "Number Ones (video)",
            "It consists of music videos filmed and released by Jackson from 1979 's Off the "
            "Wall to 2001 's Invincible .",
            ("publication_date", "invincible", "2001"),
            True,
        ),
        (
            "Number Ones (video)",
            "It consists of music videos filmed and released by Jackson from 1979 's Off the "
            "Wall to 2001 's Invincible .",
            ("publication_date", "off the wall", "1979"),
            True,
        ),
        # a title, then its year after its publisher or its title in another language
        (
            "Nikita Bogoslovsky",
            "Bogoslovsky is best known for two Mark Bernes 's trademark songs from the Great "
            "Patriotic War film Two Fighters ( Dva boitsa , 1943 ) , \" Tyomnaya noch \" ( Dark "
            "Night ) and \" Shalandy polnye kefali \" ( Boats Full of Mullets ) .",
            ("publication_date", "two fighters", "1943"),
            True,
        ),
        (
            "Sonia Petrone",
            "With Patrizia Campagnoli and Giovanni Petris she is the author of the book "
            '"Dynamic Linear Models with R" (Springer, 2009).',
            ("publication_date", "dynamic linear models with r", "2009"),
            True,
        ),
        # …but not an amount, a species' authority, nor a person's work
        (
            "Kingdom of Greece",
            "In that year Greece had a per capita GDP of $1,951, which was well below that of "
            "countries like Portugal ($2,132), Poland ($2,480), and even Mexico ($2,085).",
            ("publication_date", "poland", "0480"),
            False,
        ),
        (
            "Euura testaceipes",
            'The other members of the group are "E. amerinae" (Linnaeus, 1758) and "E. venusta" '
            "(Brischke, 1883)",
            ("publication_date", "e amerinae", "1758"),
            False,
        ),
        (
            "Shirkers",
            "It premiered at the 2018 Sundance Film Festival in January and won the World Cinema "
            "Documentary Directing Award, making her the second Singapore-born filmmaker after "
            'Kirsten Tan ("Pop Aye", 2017) to win an award at the festival.',
            ("publication_date", "kirsten tan", "2017"),
            False,
        ),
        # …but not a single's date, nor the shooting's
        (
            "Space Cowboy (Kacey Musgraves song)",
            '"Space Cowboy" is a song by American country singer and songwriter Kacey '
            'Musgraves, released as a single from her fourth studio album "Golden Hour" on '
            "February 23, 2018.",
            ("publication_date", "golden hour", "2018-02-23"),
            False,
        ),
        (
            "Nicolas Canniccioni",
            'With director Simon Lavoie, he began shooting the film "The Little Girl Who Was Too '
            'Fond of Matches" on 4 September 2016 in Montreal and the Laurentides.',
            ("publication_date", "little girl who was too fond of matches", "2016-09-04"),
            False,
        ),
    ],
)
def test_release_date_forms(
    title: str, text: str, fact: tuple[str, str, str], stated: bool
) -> None:
    assert (fact in facts(text, title)) is stated
