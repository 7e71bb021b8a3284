"""Wikipedia-lead and prose forms added for the second extraction round.

The sentences are cut from Re-DocRED dev documents (Wikipedia leads, CC BY-SA; tokenised as
Re-DocRED writes them) or, untokenised, from the enwiki-2021 sample; titles are the documents'
titles.
"""

from __future__ import annotations

import pytest
from extracted_facts import facts

from singleton.categories import load_categories
from singleton.extract import extract
from singleton.extract.normalize import entity_key
from singleton.extract.prefilter import Prefilter
from singleton.extract.resolve import DocResolver, strip_disambiguator

# a lead whose later statements disagree with its life span (Re-DocRED dev)
_ALI_ABDULLAH_AHMED = (
    "Ali Abdullah Ahmed , also known as Salah Ahmed al - Salami ( August 1 , 1979 – June 10 , "
    "2006 ) , was a citizen of Yemen who died whilst being held as an enemy combatant in the "
    "United States Guantanamo Bay detainment camps , in Cuba . Joint Task Force Guantanamo "
    "counter - terror analysts estimated he was born in 1977 , in Ib , Yemen . His younger "
    "brother , Muhammaed Yasir Ahmed Taher , also known as Yasir al - Simli , was also held in "
    "Guantanamo , until 2009 . He was killed by a missile , launched from a drone , on March "
    "2 , 2017 ."
)

# a company named after its founder, whose life the text gives (read both ways below)
_JF_HILLEBRAND = (
    "JF Hillebrand is an international logistics company specializing in beer, wine and "
    "distilled spirits.\nHistory.\nThe freight forwarder J. F. Hillebrand was founded on 1 July "
    "1844 by 25-year-old Johann Friedrich Hillebrand (1819-1890) as a freight commission "
    "business."
)
_RUFIN_OBA = (
    "Rufin Oba (born 20 February 1976 in the Republic of the Congo) is a Congolese retired "
    "footballer."
)
_ARCTIC_PLANETARY = (
    "The Arctic Planetary Science Institute, or APSI (Finnish: (unofficially) \"Arktinen "
    "planeettatutkimusinstituutti\") is an independent organization dedicated to conducting "
    "science in planetary geology.\nIt is run by Finnish planetologists and its headquarters is "
    "located at the Arctic Circle in Rovaniemi, Finnish Lapland (hence the name)."
)


@pytest.mark.parametrize(
    ("title", "text", "fact"),
    [
        # definite descriptions and "it" refer to the title when the lead used that noun
        # (a ship is "she")
        (
            "French submarine Redoutable (1928)",
            "She was launched on 24 February 1928 and was commissioned 10 July 1931.",
            ("founding_date", "french submarine redoutable", "1928-02-24"),
        ),
        (
            "Pittsburgh Catholic",
            "The Pittsburgh Catholic is the weekly Catholic newspaper for the Roman Catholic "
            "Diocese of Pittsburgh . The newspaper was established in 1844 by Pittsburgh 's "
            "first bishop , Michael O'Connor .",
            ("founding_date", "pittsburgh catholic", "1844"),
        ),
        (
            "The Yorkshire Post",
            "The Yorkshire Post is a daily broadsheet newspaper , published in Leeds in northern "
            "England . Founded in 1754 , it is one of the oldest newspapers in the country .",
            ("founding_date", "yorkshire post", "1754"),
        ),
        (
            "The Sacramento Bee",
            "The Sacramento Bee is a daily newspaper published in Sacramento . Since its founding "
            "in 1857 , The Bee has become the largest newspaper in Sacramento .",
            ("founding_date", "sacramento bee", "1857"),
        ),
        (
            "The Swingle Singers",
            "The Swingles are a vocal group formed in 1962 in Paris , France by Ward Swingle "
            "with Anne Germain .",
            ("founder", "swingles", "ward swingle"),
        ),
        (
            "Sappy Records",
            "Sappy Records is an independent record label based in Sackville , New Brunswick , "
            "Canada , started by Julie Doiron in 1990 in order to release her own cassette .",
            ("founder", "sappy records", "julie doiron"),
        ),
        (
            "Khooni Khanjar",
            "Shantaram had formed Prabhat Film Company in 1929 with Dhaiber , Damle and Fattelal .",
            ("founding_date", "prabhat film company", "1929"),
        ),
        (
            "Siberia Governorate",
            "Siberia Governorate was an administrative division of the Tsardom of Russia and "
            "then the Russian Empire , which existed from 1708 until 1782 .",
            ("founding_date", "siberia governorate", "1708"),
        ),
        # "that began in D" after the lead's noun (a trigger of its own since 1.82.0)
        (
            "Railroad Revival Tour",
            "The Railroad Revival Tour was an annual music tour that featured popular roots , "
            "folk , country , rock , bluegrass and Americana acts that began in 2011 .",
            ("founding_date", "railroad revival tour", "2011"),
        ),
        (
            "JMI-Edison",
            "JMI-Edison is a Guam company that began in 1978.",
            ("founding_date", "jmi edison", "1978"),
        ),
        (
            "CKNL-FM",
            "CKNL - FM is a radio station in Fort St. John , British Columbia . The station "
            "originally began broadcasting June 20 , 1962 at 970 AM .",
            ("founding_date", "cknl fm", "1962-06-20"),
        ),
        (
            "Kokumin Dōmei",
            "Adachi formed the right - wing political organization Kokumin Dōmei in December "
            "1932 .",
            ("founding_date", "kokumin domei", "1932-12"),
        ),
        (
            "Navy, Army and Air Force Institutes",
            "The Navy , Army and Air Force Institutes ( NAAFI ) is an organisation created by the "
            "British government in 1921 to run recreational establishments .",
            ("founding_date", "navy army and air force institutes", "1921"),
        ),
        # a lead's describing words may run long before "started by … in D"; "Founded in D
        # under the name of …, it …"
        (
            "Sappy Records",
            "Sappy Records is an independent record label based in Sackville , New Brunswick , "
            "Canada , started by Julie Doiron in 1990 in order to release her own cassette .",
            ("founding_date", "sappy records", "1990"),
        ),
        (
            "Yeclano CF",
            'Founded in 1950 under the name of "Club Deportivo Hispania de Yecla", it was '
            "dissolved in 2004.",
            ("founding_date", "yeclano cf", "1950"),
        ),
        # "an advisory body" is a body (not "a body of water")
        (
            "Presidential Council for Africa",
            "The Presidential Council for Africa (}, CPA) is an advisory body founded by French "
            "president Emmanuel Macron in August 2017.",
            ("founder", "presidential council for africa", "emmanuel macron"),
        ),
        # any ordinal before "wife"/"husband"; an abbreviation's full stop inside a lead
        (
            "Wilma Z. Davis",
            "Wilma Davis died on December 10, 2001, at the age of 89 and currently buried beside "
            "her third husband, John Davis, at the Arlington National Cemetery in Fort Myer "
            "Arlington, Virginia.",
            ("spouse", "wilma z davis", "john davis"),
        ),
        (
            "Breakout (video game)",
            "Breakout is an arcade game developed and published by Atari , Inc. , released on May "
            "13 , 1976 .",
            ("publication_date", "breakout", "1976-05-13"),
        ),
        # works: "(YEAR)" after a work noun or possessive, "1987 's X", "her 1993 album , X"
        (
            "Anthony Steel (actor)",
            "He was best known for his appearances in British war films of the 1950s such as "
            "The Wooden Horse ( 1950 ) .",
            ("publication_date", "wooden horse", "1950"),
        ),
        (
            "Gloria Estefan albums discography",
            "Estefan has also recorded many albums in Spanish , and her 1993 album , Mi Tierra , "
            "is one of the most successful Spanish - language albums released in the USA .",
            ("publication_date", "mi tierra", "1993"),
        ),
        (
            "Gloria Estefan albums discography",
            "All further albums after 1989 's Cuts Both Ways onwards were credited solely to "
            "Estefan herself .",
            ("publication_date", "cuts both ways", "1989"),
        ),
        (
            "Can't Take My Eyes Off You",
            '" Ca n\'t Take My Eyes Off You " is a 1967 single credited to Frankie Valli .',
            ("publication_date", "can't take my eyes off you", "1967"),
        ),
        (
            "Cry for Help",
            '" Cry for Help " is the first single from Rick Astley \'s third studio album . '
            'Released as a single in January 1991 , " Cry for Help " reached number seven .',
            ("publication_date", "cry for help", "1991-01"),
        ),
        # persons
        (
            "Guido Bonatti",
            "Guido Bonatti ( died between 1296 and 1300 ) was an Italian mathematician .",
            ("death_date", "guido bonatti", "1300"),
        ),
        (
            "Georg Jochmann",
            "Georg Jochmann ( 11 October 1874 , in Liegnitz – 6 January 1915 , in Berlin ) was "
            "a German internist .",
            ("death_place", "georg jochmann", "berlin"),
        ),
        (
            "Raymond Hermantier",
            "Raymond Hermantier ( 13 January 1924 – 11 February 2005 ) was a French actor , born "
            "in Lyon , France as Raymond Maroutian .",
            ("birth_place", "raymond hermantier", "lyon"),
        ),
        (
            "William James Wallace",
            "A native of Syracuse , New York , Wallace attended Syracuse University and obtained "
            "a law degree from Hamilton College .",
            ("birth_place", "william james wallace", "syracuse"),
        ),
        (
            "William James Wallace",
            "A native of Syracuse , New York , Wallace attended Syracuse University and obtained "
            "a law degree from Hamilton College .",
            ("educated_at", "william james wallace", "hamilton college"),
        ),
        (
            "Betty Bowes",
            "Betty Bowes was born in Philadelphia , and studied at the Moore College of Art and "
            "the University of Pennsylvania .",
            ("educated_at", "betty bowes", "university of pennsylvania"),
        ),
        (
            "Lehmann Bernheimer",
            "He was the third child of Meier Bernheimer ( 1801 - 1870 ) and his wife Sarah "
            "Kahn ( 1803 - 1881 ) .",
            ("spouse", "meier bernheimer", "sarah kahn"),
        ),
        (
            "Joseph Octave Mousseau",
            "He was born in Berthier , the son of Louis Mousseau , who was the son of Alexis "
            "Mousseau , and Sophie Duteau , dit Grandpré .",
            ("spouse", "sophie duteau", "alexis mousseau"),
        ),
        (
            "Chauncey B. Brewster",
            "Brewster attended Hopkins Grammar School , then went to Yale College , where he "
            "graduated in 1868 .",
            ("educated_at", "chauncey b brewster", "hopkins grammar school"),
        ),
        (
            "Ronald Leonard",
            "He was a winner of the Walter Naumburg Competition while a student at the Curtis "
            "Institute of Music , where he studied with Leonard Rose .",
            ("educated_at", "ronald leonard", "curtis institute of music"),
        ),
        (
            "Sara Black",
            "She holds a BFA in sculpture and installation from the University of Chicago .",
            ("educated_at", "sara black", "university of chicago"),
        ),
        (
            "Kungliga Hovkapellet",
            "Kungliga Hovkapellet is a Swedish orchestra , originally part of the Royal Court in "
            "Sweden 's capital Stockholm .",
            ("capital", "sweden", "stockholm"),
        ),
        (
            "Fyllingen Fotball",
            "Fyllingen Fotball was a Norwegian association football club from Fyllingsdalen , "
            "Bergen , Hordaland .",
            ("headquarters", "fyllingen fotball", "fyllingsdalen"),
        ),
        # third round: birth and death places, education
        (
            "Eleazar Lipsky",
            "Eleazar Lipsky ( September 6 , 1911 – February 14 , 1993 ) was a prosecutor , "
            "lawyer , novelist and playwright born in the Bronx , New York , United States .",
            ("birth_place", "eleazar lipsky", "bronx"),
        ),
        (
            "Louis Lombardi",
            "Lombardi was born in The Bronx , New York City , the son of Louis Lombardi , Sr .",
            ("birth_place", "louis lombardi", "bronx"),
        ),
        (
            "Christian Hee Hwass",
            "Although born in Denmark , Hwass did most of his important work in France .",
            ("birth_place", "christian hee hwass", "denmark"),
        ),
        (
            "Franck Piccard",
            "A native of Les Saisies , Piccard won a total of four Alpine skiing World Cup races .",
            ("birth_place", "franck piccard", "les saisies"),
        ),
        (
            "Vicente Genaro de Quesada",
            "Vicente Genaro de Quesada ( 1782 Havana , Cuba – 15 August 1836 Madrid ) was a "
            "Spanish military figure .",
            ("birth_place", "vicente genaro de quesada", "havana"),
        ),
        (
            "Henrik Angell",
            "He died during 1922 in Kristiania ( now Oslo ) , Norway .",
            ("death_place", "henrik angell", "kristiania"),
        ),
        (
            "John R. Thurman",
            "He died at his home near Friends Lake in Chestertown on July 24 , 1854 .",
            ("death_place", "john r thurman", "chestertown"),
        ),
        (
            "John R. Thurman",
            "He died at his home near Friends Lake in Chestertown on July 24 , 1854 .",
            ("death_place", "john r thurman", "friends lake"),
        ),
        (
            "William Hepburn Armstrong",
            "He moved to Wilmington , Delaware , where he died in 1919 .",
            ("death_place", "william hepburn armstrong", "wilmington"),
        ),
        (
            "Liang Congjie",
            "Liang died at the age of 78 on October 28 , 2010 , due to a lung infection while at "
            "a hospital in Beijing .",
            ("death_place", "liang congjie", "beijing"),
        ),
        (
            "Juan Balboa Boneke",
            "Balboa Boneke died from renal problems , coupled with a three - year depression "
            "caused by the death of his wife , on 10 March 2014 in Valencia , Spain .",
            ("death_place", "juan balboa boneke", "valencia"),
        ),
        (
            "Leandro Mbomio Nsue",
            "Leandro Mbomio Nsue Edú - Aguong , born 5 January 1938 ( Río Muni , Bata ) , died 12 "
            "November 2012 ( Malabo ) at Evinayong , Spanish Guinea , is an Equatorial Guinean "
            "sculptor .",
            ("death_place", "leandro mbomio nsue", "malabo"),
        ),
        (
            "William James Wallace",
            "Wallace retired from the Second Circuit in 1907 and returned to private practice in "
            "Syracuse until his death ten years later .",
            ("death_place", "william james wallace", "syracuse"),
        ),
        # a bare surname in an article about a place is the person it is named after
        (
            "Brigden, Ontario",
            "Brigden is a community in the township of St. Clair , Lambton County , Ontario . "
            "The community is situated on the former Michigan Central Railroad line and thus is "
            "named after William Wharton Brigden , one of the engineers who surveyed the railway "
            "in 1936 . Brigden died of a heart attack on May 26 , 1939 in Battle Creek , "
            "Michigan .",
            ("death_place", "william wharton brigden", "battle creek"),
        ),
        (
            "Ross Alger",
            "After the war , he received an MBA from the University of Toronto .",
            ("educated_at", "ross alger", "university of toronto"),
        ),
        (
            "Henrik Angell",
            "He received an education at the Norwegian Military Academy and entered the "
            "Norwegian Army .",
            ("educated_at", "henrik angell", "norwegian military academy"),
        ),
        (
            "Jared Allen",
            "After playing college football for Idaho State University , he was drafted by the "
            "Kansas City Chiefs .",
            ("educated_at", "jared allen", "idaho state university"),
        ),
        (
            "Liang Congjie",
            "Liang was ultimately able to attend Peking University .",
            ("educated_at", "liang congjie", "peking university"),
        ),
        (
            "Chauncey B. Brewster",
            "He attended Yale 's Berkeley Divinity School the following year .",
            ("educated_at", "chauncey b brewster", "berkeley divinity school"),
        ),
        (
            "Paul Desmarais Jr.",
            "He was educated at Lakefield College School in Lakefield , Ontario , McGill "
            "University in Montreal , Quebec , and at INSEAD in Fontainebleau , France .",
            ("educated_at", "paul desmarais jr", "mcgill university"),
        ),
        (
            "Juan Balboa Boneke",
            "He was born in Rebola , Spanish Guinea and studied at the Escuela Superior de Santa "
            "Isabel and at La Escuela social de Granada .",
            ("educated_at", "juan balboa boneke", "escuela superior de santa isabel"),
        ),
        (
            "Paul Beliën",
            "Beliën is a master of law with specialisations in European and social security law "
            "from the University of Ghent and has a PhD in international studies from the "
            "University of Buckingham .",
            ("educated_at", "paul belien", "university of ghent"),
        ),
        # fourth round: death dates, glued ranges, education lists, titles
        (
            "Jimmy Frise",
            "Doug Wright took over the strip after Frise 's sudden death from a heart attack in "
            "1948 .",
            ("death_date", "jimmy frise", "1948"),
        ),
        (
            "Paul Morphy",
            "Despite appeals from his chess admirers , Morphy never returned to the game , and "
            "died in 1884 from a stroke at the age of 47 .",
            ("death_date", "paul morphy", "1884"),
        ),
        (
            "Pete Ham",
            "Ham committed suicide in 1975 , when he became depressed while embroiled in band - "
            "related issues .",
            ("death_date", "pete ham", "1975"),
        ),
        (
            "Carol II of Romania",
            "Carol II ( 15 October 18934 April 1953 ) reigned as King of Romania from 8 June "
            "1930 .",
            ("death_date", "carol ii of romania", "1953-04-04"),
        ),
        (
            "Carol II of Romania",
            "Carol II ( 15 October 18934 April 1953 ) reigned as King of Romania from 8 June "
            "1930 .",
            ("birth_date", "carol ii of romania", "1893-10-15"),
        ),
        (
            "Edmund Burke",
            "Edmund Burke (; 12 January [ NS ] 17309 July 1797 ) was an Irish statesman born in "
            "Dublin .",
            ("death_date", "edmund burke", "1797-07-09"),
        ),
        (
            "Edmund Burke",
            "Edmund Burke (; 12 January [ NS ] 17309 July 1797 ) was an Irish statesman born in "
            "Dublin .",
            ("birth_place", "edmund burke", "dublin"),
        ),
        (
            "Carol II of Romania",
            "Carol was the eldest son of Ferdinand I and became crown prince upon the death of "
            "his grand - uncle , King Carol I in 1914 .",
            ("death_date", "carol i", "1914"),
        ),
        (
            "Li Jiancheng",
            "Li Jiancheng was murdered by his younger brother , Li Shimin , the Prince of Qin "
            "during Xuanwu Gate indident in 626 .",
            ("death_date", "li jiancheng", "0626"),
        ),
        (
            "Joy Division discography",
            "Joy Division was formed in 1976 by guitarist Bernard Sumner and bassist Peter Hook , "
            "later recruiting singer Ian Curtis and drummer Stephen Morris . On 18 May 1980 , the "
            "eve of the band 's first American tour , Curtis was found dead in his home .",
            ("death_date", "ian curtis", "1980-05-18"),
        ),
        (
            "Alfredo Cremonesi",
            "Alfredo Cremonesi (15 May 19027 February 1953) was an Italian Roman Catholic priest.",
            ("death_date", "alfredo cremonesi", "1953-02-07"),
        ),
        (
            "Elwood Buchanan",
            "Buchanan was born in St Louis , Missouri on January 26 , 1907 .",
            ("birth_place", "elwood buchanan", "saint louis"),
        ),
        (
            "Paul Desmarais Jr.",
            "He was educated at Lakefield College School in Lakefield , Ontario , McGill "
            "University in Montreal , Quebec , and at INSEAD in Fontainebleau , France .",
            ("educated_at", "paul desmarais jr", "insead"),
        ),
        (
            "Horst Eidenmüller",
            "He is a graduate of Ludwig Maximilian University of Munich and of Cambridge ( LLM "
            "1989 ) .",
            ("educated_at", "horst eidenmuller", "cambridge"),
        ),
        (
            "James P. Maher",
            "Born in Brooklyn , New York , Maher graduated from St. Patrick 's Academy in "
            "Brooklyn .",
            ("educated_at", "james p maher", "saint patrick's academy"),
        ),
        (
            "Georg Jochmann",
            "In 1904 he obtained his habilitation for internal medicine at the University of "
            "Breslau .",
            ("educated_at", "georg jochmann", "university of breslau"),
        ),
        (
            "Brother Man",
            "Brother Man ( 1954 ) is a novel by Jamaican Roger Mais , about a Messianic folk "
            "Rastafarian healer .",
            ("author", "brother man", "roger mais"),
        ),
        (
            "Louise Faure-Favier",
            "Her 1928 novel Blanche et Noir reflects her optimism about race relations in France .",
            ("publication_date", "blanche et noir", "1928"),
        ),
        (
            "Historiographic metafiction",
            "Works often described as examples of historiographical metafiction include : Salman "
            "Rushdie 's Midnight 's Children ( 1981 ) .",
            ("publication_date", "midnight's children", "1981"),
        ),
        # degrees written "B.A." / "M.A." and diplomas (enwiki-2021 sample)
        (
            "Douglas Van Houweling",
            "Doug Van Houweling received his B.A. in Government from Iowa State University in 1965.",
            ("educated_at", "douglas van houweling", "iowa state university"),
        ),
        (
            "Purity Kagwiria",
            "She has a diploma in journalism from the Kenya Institute of Mass Communication.",
            ("educated_at", "purity kagwiria", "kenya institute of mass communication"),
        ),
        # "cofounded" in one word: triggers start a word, so it has a trigger of its own
        (
            "Richard Lunt",
            "Lunt is a cofounder of Ubiquitous Energy, Inc., which is focused on clear solar cells.",
            ("founder", "ubiquitous energy", "richard lunt"),
        ),
        # a named subject's clause: "his murder" is Angus's, and "Angus" is the one earlier
        # name that starts with it
        (
            "John of Islay, Earl of Ross",
            "His son Angus Óg rebelled . After Bloody Bay he became an inconsequential figure ; "
            "and Angus continued to dominate the affairs of Clan Donald up until his murder in "
            "1490 .",
            ("death_date", "angus og", "1490"),
        ),
        # "his" after a thing of a named person's is that person's
        (
            "Tullgarn Palace",
            "Tullgarn Palace ( ) is a royal summer palace in the province of Södermanland . It "
            "houses Gustav V 's cigar room , which has remained largely untouched since his "
            "death in 1950 .",
            ("death_date", "gustav v", "1950"),
        ),
        # a capitalised "With" inside a name (Re-DocRED "Henrik Angell")
        (
            "Henrik Angell",
            "He was the son of Johan Angell and his wife Marie With Bonnevie ( 1830 – 1904 ) .",
            ("death_date", "marie with bonnevie", "1904"),
        ),
        # a lead that places a person "during" a war is still about a person
        (
            "Peadar Bracken",
            "Peadar Bracken ( 23 January 1887 – January 19 , 1961 ) was an Irish freedom fighter "
            "during Ireland 's War of Independence . He died in Tullamore .",
            ("death_place", "peadar bracken", "tullamore"),
        ),
        # an age and a cause between "died" and the date (enwiki-2021 sample)
        (
            'Heli Lääts',
            'Lääts died of natural causes at age 85 on 16 February 2018 in Tallinn.',
            ('death_date', 'heli laats', '2018-02-16'),
        ),
        # "and died" with a place before the date (enwiki-2021 sample)
        (
            'W. J. B. Riddell',
            'He retired in 1964 and died in Australia on 18 February 1976 aged 77.',
            ('death_date', 'wjb riddell', '1976-02-18'),
        ),
        # a lead range written "born … – died …" (enwiki-2021 sample)
        (
            'Kim Yong-jin (politician)',
            'Kim Yong-jin (Korean: 김용진; born 23 February 1953 – died July 2016) was a senior North Korean official.',
            ('death_date', 'kim yong jin', '2016-07'),
        ),
        # a lead "( born Place , date )" (enwiki-2021 sample)
        (
            'Anna Maria Mori',
            'Anna Maria Mori (born Pula, April 12, 1936) is an Italian novelist and journalist.',
            ('birth_date', 'anna maria mori', '1936-04-12'),
        ),
        # … and the comma inside a date is not that gap (enwiki-2021 sample)
        (
            'Edivaldo Holanda Júnior',
            'Edivaldo de Holanda Braga Junior (born on July 1, 1978) is a lawyer and Brazilian politician.',
            ('birth_date', 'edivaldo de holanda braga jr', '1978-07-01'),
        ),
        # prose births: a birth name, parents, places, a date without "on" (enwiki-2021 sample)
        (
            'Michelle Giuda',
            'Giuda was born Michelle Mai Selesky in San Juan Capistrano, California, on February 18, 1985.',
            ('birth_date', 'michelle giuda', '1985-02-18'),
        ),
        (
            'Matthew Anderson (politician)',
            'Anderson was born to George and Jane Anderson on March 9, 1822 in County Londonderry, Ireland.',
            ('birth_date', 'matthew anderson', '1822-03-09'),
        ),
        (
            'Morgan Chua',
            "Chua was born at Byrne's Maternity Clinic in Singapore on May 3, 1949.",
            ('birth_date', 'morgan chua', '1949-05-03'),
        ),
        (
            'Richard Pennefather Rothwell',
            'Richard Pennefather Rothwell was born May 1, 1836, at Ingersoll, Ontario, Canada.',
            ('birth_date', 'richard pennefather rothwell', '1836-05-01'),
        ),
        # "X is a … born in 1967" (enwiki-2021 sample)
        (
            'Rachel Chikwamba',
            'Rachel Kerina Chikwamba is a Zimbabwean plant geneticist born in 1967.',
            ('birth_date', 'rachel chikwamba', '1967'),
        ),
        # a named institution, then the town (enwiki-2021 sample)
        (
            'Gerry Chanda',
            'Chanda died at the Maina Soko Medical Centre in Lusaka on 11 July 2021.',
            ('death_place', 'gerry chanda', 'lusaka'),
        ),
        # numbers inside organisation names (enwiki-2021 sample)
        (
            "Fire 98 SC",
            "Fire 98 SC is an American women's soccer club based in Saint Paul, Minnesota.",
            ("headquarters", "fire 98 sc", "saint paul"),
        ),
        (
            "AKB48",
            "On June 21, 2018, AKS announced the formation of SGO48, based in Ho Chi Minh City "
            "(Saigon), Vietnam.",
            ("headquarters", "sgo48", "ho chi minh city"),
        ),
        (
            "Petrus Olai Dalekarlus",
            "He was a student at Arboga School for 12 years.",
            ("educated_at", "petrus olai dalekarlus", "arboga school"),
        ),
        # the town, not the hospital (enwiki-2021 sample)
        (
            "Glen Bingham",
            "He died of leukemia on March 13, 1966, at Iowa Methodist Hospital in Des Moines.",
            ("death_place", "glen bingham", "des moines"),
        ),
        # "in his hometown in …", "after a stroke in his house in …"
        (
            'Ajay Wadhavkar',
            'He died on 27 February 2015 in his hometown in Pune, Maharashtra, India.',
            ('death_place', 'ajay wadhavkar', 'pune'),
        ),
        (
            'Aubrey Kruger',
            'He died after a stroke in his house in East London, Eastern Cape.',
            ('death_place', 'aubrey kruger', 'east london'),
        ),
        # the named subject is the document's subject: both readings are kept (enwiki-2021)
        (
            "Albert Wenger",
            "Albert Wenger is an American businessman. Wenger and his wife Susan Danziger have "
            "three children together.",
            ("spouse", "albert wenger", "susan danziger"),
        ),
        # a parent named after "son of" / "born to" is not the subject, even with its name
        (
            "George Crowninshield Jr.",
            "George Crowninshield Jr. was an American businessman. He was the son of George "
            "Crowninshield (1734–1815) and Mary (née Derby) Crowninshield (1737–1813).",
            ("death_date", "george crowninshield", "1815"),
        ),
        # "married" with describing words, adverbs, "met and", "with", a year before "to"
        # (enwiki-2021 sample)
        (
            "Elizabeth Willoughby Varian",
            "Elizabeth Willoughby Varian (1821 – 1896) was an Irish poet. On May 25 1871, she "
            "married Cork poet Ralph Varian.",
            ("spouse", "elizabeth willoughby varian", "ralph varian"),
        ),
        (
            "Juleen Compton",
            "Juleen Compton (born 1930) is an American actress. She was married to director and "
            "drama critic Harold Clurman from 1960 until his death in 1980.",
            ("spouse", "juleen compton", "harold clurman"),
        ),
        (
            "Sikota Wina",
            "Sikota Wina (1931 – 2011) was a Zambian politician. He was originally married to "
            "Glenda Puteho McCoo, an African-American.",
            ("spouse", "sikota wina", "glenda puteho mccoo"),
        ),
        (
            "Magda Gál",
            "Magda Gál (1907 – 1990) was a Hungarian table tennis player. She married her fellow "
            "international player Tibor Házi in 1937.",
            ("spouse", "magda gal", "tibor hazi"),
        ),
        (
            "Clifford L. Linedecker",
            "Clifford L. Linedecker (1931 – 2013) was an American writer. Linedecker met and "
            "married Yang Soon Ri in 1957.",
            ("spouse", "clifford l linedecker", "yang soon ri"),
        ),
        (
            "Albert Saléza",
            "Albert Saléza (1867 – 1916) was a French tenor. Saléza married in 1895 to Pauline "
            "Bonnecarrère (1875–1953) and had three children.",
            ("spouse", "albert saleza", "pauline bonnecarrere"),
        ),
        (
            "Hu Die",
            "Hu Die (born 1975) is a Chinese actress. On April 11, 2015, Hu Die married with "
            "director Lu Chuan in Hawaii.",
            ("spouse", "hu die", "lu chuan"),
        ),
        # a name with a particle is one name (enwiki-2021 sample)
        (
            "Antoine Marie Cerisier",
            "Antoine Marie Cerisier (1749 – 1828) was a French historian. Cerisier married "
            "Victoire de Vaulpré with whom he had at least nine children.",
            ("spouse", "antoine marie cerisier", "victoire de vaulpre"),
        ),
        # tokenised hyphens are no describing words (Re-DocRED dev)
        (
            "Manon Balletti",
            "Manon Balletti ( 1740 – 1776 ) was a French woman . Manon married the architect "
            "Jacques - François Blondel a short while after .",
            ("spouse", "manon balletti", "jacques francois blondel"),
        ),
        # "X released her first album , "Title"" and "A sequel , "Title" , was released"
        # (enwiki-2021 sample)
        (
            "Katie Harkin",
            'Katie Harkin is an English musician. On 24 April 2020 she released her first solo '
            'album, "Harkin".',
            ("publication_date", "harkin", "2020-04-24"),
        ),
        (
            "Bazzi (singer)",
            'Bazzi is an American singer. In April 2019, Bazzi released "Caught in the Fire" and '
            '"Paradise".',
            ("publication_date", "caught in the fire", "2019-04"),
        ),
        (
            "Rohey Taalah",
            'Rohey is a Norwegian band. Rohey released their debut album "A Million Things" in '
            "2017 on the label Jazzland Recordings.",
            ("publication_date", "a million things", "2017"),
        ),
        (
            "The Death of Superman (film)",
            'A sequel, "Reign of the Supermen", was released on January 15, 2019.',
            ("publication_date", "reign of the supermen", "2019-01-15"),
        ),
        (
            "Uzair Zaheer Khan",
            'In 2016, Khan began work on his first feature film, "Allahyar and The Legend of '
            'Markhor", which was released nationwide in Pakistan on 2 February 2018.',
            ("publication_date", "allahyar and the legend of markhor", "2018-02-02"),
        ),
        # "co-founded" is also the founding date's trigger "founded" (enwiki-2021 sample)
        (
            "Thomas Robertson (minister)",
            "Thomas Robertson (c. 1745–15 November 1799) was an 18th-century Scottish minister "
            "and historian who co-founded the Royal Society of Edinburgh in 1783.",
            ("founding_date", "royal society of edinburgh", "1783"),
        ),
        # a name before a possessive in running text: "Radwa Ashour's 2008 novel" (enwiki-2021)
        (
            "Arwa Saleh",
            "Her death has also been given fictional treatment in Radwa Ashour's 2008 novel "
            '"Release" as well as Youssef Rakha\'s 2014 novel "The Crocodiles".',
            ("author", "crocodiles", "youssef rakha"),
        ),
        (
            "Laura Bates",
            'Michael E. Uslan\'s 2011 memoir, "The Boy Who Loved Batman", reproduced it.',
            ("author", "boy who loved batman", "michael e uslan"),
        ),
        (
            "David Frum",
            "David Frum (born 1960) is a Canadian-American journalist. Frum's wife, Danielle "
            "Crittenden, defended her husband in a post to FrumForum.",
            ("spouse", "david frum", "danielle crittenden"),
        ),
        # birth forms of running text (enwiki-2021 sample): "on the 23rd of October, 1936",
        # a doubled comma before the lead's parenthesis, a glued range after "born", "(, was
        # born on …", "… is a … who was born in Lausanne on …"
        (
            "Anike Agbaje-Williams",
            "Anike Agbaje-Williams (1936 – 2020) was a Nigerian broadcaster. Agbaje-Williams was "
            "born in Abeokuta on the 23rd of October, 1936.",
            ("birth_date", "anike agbaje williams", "1936-10-23"),
        ),
        (
            "Henry Surtees",
            "Henry Edward Surtees, , (9 May 1819 – 31 July 1895) was a British Conservative Party "
            "politician.",
            ("death_date", "henry surtees", "1895-07-31"),
        ),
        (
            "Albert Christian Kruyt",
            "Albert Christian Kruyt (; born 10 October 186919 January 1949) was a Dutch Calvinist "
            "missionary.",
            ("birth_date", "albert christian kruyt", "1869-10-10"),
        ),
        (
            "Mykhailo Holovko",
            "Holovko Mykhailo (, was born on May 3, 1983, Toky Village, Ternopil Oblast) is a "
            "Ukrainian politician.",
            ("birth_date", "holovko mykhailo", "1983-05-03"),
        ),
        (
            "Patrick Burgener",
            "Patrick Burgener, better known as Pat Burgener, is a professional Swiss snowboarder "
            "and musician who was born in Lausanne on 1 June 1994.",
            ("birth_date", "patrick burgener", "1994-06-01"),
        ),
        # death forms of running text (enwiki-2021 sample): a parenthesis in the cause, a
        # weekday, "at the age of" after the date, "died there"
        (
            "Joseph Desmazes",
            "Joseph Desmazes (1820 – 1882) was a French painter. He died of an attack of "
            "apoplexy (stroke) in Paris on 22 September 1882.",
            ("death_date", "joseph desmazes", "1882-09-22"),
        ),
        (
            "Ethel Stein",
            "Ethel Stein (1917 – 2018) was an American artist. Ethel Stein died of complications "
            "from pneumonia on Friday, March 9, 2018 in Cortlandt, New York at the age of 100.",
            ("death_date", "ethel stein", "2018-03-09"),
        ),
        (
            "James L. Hicks",
            "James L. Hicks (1915 – 1986) was an American journalist. Hicks died in Manhattan, "
            "New York, on January 16, 1986 at the age of 70.",
            ("death_date", "james l hicks", "1986-01-16"),
        ),
        (
            "C. Stowe Myers",
            "C. Stowe Myers (1906 – 1995) was an American architect. He was resident in New "
            "Orleans from 1988 and died there at the Ellen Smith Hospital on 6 August 1995.",
            ("death_date", "c stowe myers", "1995-08-06"),
        ),
        # "was admitted to" a school; "… School in Nördlingen, where she graduated"
        # (enwiki-2021 sample)
        (
            "Leroy Vail",
            "Leroy Vail (1940 – 1996) was an American historian. In 1952, he was admitted to the "
            "Boston Latin School, graduating in 1958.",
            ("educated_at", "leroy vail", "boston latin school"),
        ),
        (
            "Ulrike Bahr",
            "Ulrike Bahr (born 1964) is a German politician. In 1974 she moved to the Theodor "
            "Heuss High School in Nördlingen, where she graduated in 1983.",
            ("educated_at", "ulrike bahr", "theodor heuss high school"),
        ),
        # "The company … is headquartered in", "was founded in 1986 and is headquartered in"
        # (enwiki-2021 sample)
        (
            "Mitek Systems",
            "Mitek Systems is an American software company. The company was founded in 1986 and "
            "is headquartered in San Diego, California.",
            ("headquarters", "mitek systems", "san diego"),
        ),
        (
            "European Union Chamber of Commerce in China",
            "The European Union Chamber of Commerce in China is a business organisation. The "
            "organisation is headquartered in Beijing, China.",
            ("headquarters", "european union chamber of commerce in china", "beijing"),
        ),
        # "… , formerly Louisa Grenville , was the second wife of Y"; "X , wife of storyboard
        # artist Y"; "X ( née Forbes ) ( 1805–1890 ), widow of Prof Y" (enwiki-2021 sample)
        (
            "Louisa Stanhope, Countess Stanhope",
            "Louisa Stanhope, Countess Stanhope (28 July 1758 – 7 March 1829), formerly Louisa "
            "Grenville, was the second wife of Charles Stanhope, 3rd Earl Stanhope.",
            ("spouse", "louisa stanhope", "charles stanhope"),
        ),
        (
            "Amphibia (TV series)",
            "During production on the series, Leslie Wolfhard, wife of storyboard artist Steve "
            "Wolfhard, pitched to the producers a song.",
            ("spouse", "steve wolfhard", "leslie wolfhard"),
        ),
        (
            "Theodor Pechotsch",
            "In 1837 Robertson married Ann Douglass (née Forbes) (1805–1890), widow of Prof Robert "
            "Douglass.",
            ("spouse", "ann douglass", "robert douglass"),
        ),
        # "was an Italian priest and the founder of …", "the co-founder and CEO of …", "the
        # co-founder of the fashion label …", "WhatsApp co-founder Brian Acton" (enwiki-2021)
        (
            "Adolfo Barberis",
            "Adolfo Barberis (1 June 1884 - 24 September 1967) was an Italian Roman Catholic "
            "priest and the founder of the Sisters of Christian Servanthood.",
            ("founder", "sisters of christian servanthood", "adolfo barberis"),
        ),
        (
            "Alan Gertner",
            "Alan Gertner is a Canadian businessman. He is the co-founder and CEO of Tokyo Smoke, "
            "a Canadian lifestyle brand.",
            ("founder", "tokyo smoke", "alan gertner"),
        ),
        (
            "Julian Dunkerton",
            "Julian Marc Dunkerton (born March 1965) is a British businessman, and the co-founder "
            "of the fashion label Superdry.",
            ("founder", "superdry", "julian marc dunkerton"),
        ),
        (
            "Signal Foundation",
            "On February 21, 2018, Moxie Marlinspike and WhatsApp co-founder Brian Acton "
            "announced the formation of the Signal Foundation.",
            ("founder", "whatsapp", "brian acton"),
        ),
        # "she published "Title"", "A book about the accident , "Title" by X , was published"
        # (enwiki-2021 sample)
        (
            "Henriette Feuerbach",
            'Henriette Feuerbach (1812 – 1892) was a German writer. In 1866, she published "Uz '
            'und Cronegk", the portraits of two Franconian poets.',
            ("publication_date", "uz und cronegk", "1866"),
        ),
        (
            "1947 Héðinsfjörður air crash",
            'A book about the accident, "Harmleikur í Héðinsfirði" by Margrét Þóra Þórsdóttir, was '
            "published in 2009.",
            ("publication_date", "harmleikur i hedinsfirdi", "2009"),
        ),
        # "… became a farmer in A, NY and died on … in B"; "died at the home of his daughter in"
        # (enwiki-2021 sample)
        (
            "Frank E. Welles",
            "Frank E. Welles (1855 – 1927) was an American businessman. Welles became a farmer in "
            "Schenectady, NY and died on April 13, 1927 in Great Neck, NY.",
            ("death_place", "frank e welles", "great neck"),
        ),
        (
            "Arthur R. M. Spaid",
            "Arthur R. M. Spaid (1867 – 1936) was an American educator. Spaid died at the home of "
            "his daughter in Winchester, Virginia, in 1936.",
            ("death_place", "arthur r m spaid", "winchester"),
        ),
        # birth places: a hyphenated "Saint-…" is a place; "X is a … writer born in P" without
        # a lead parenthesis; "Robins (nee Gerrish) was born in" (enwiki-2021 sample)
        (
            "Claude Bez",
            "Claude Bez (1940 – 1999) was a French businessman. Claude Bez was born in "
            "Saint-Augustin, Bordeaux.",
            ("birth_place", "claude bez", "saint augustin"),
        ),
        (
            "Jean-Pierre Guillet",
            "Jean-Pierre Guillet is a French-Canadian writer born in Iberville, Quebec, in 1953.",
            ("birth_place", "jean pierre guillet", "iberville"),
        ),
        (
            "Alison Robins",
            "Alison Robins (1920 – 2012) was a British archer. Robins (nee Gerrish) was born in "
            "Branksome, Dorset, on 9 March 1920.",
            ("birth_place", "alison robins", "branksome"),
        ),
        # a title may open with a contraction (enwiki-2021 sample)
        (
            "There's Something About a Soldier",
            "There's Something About a Soldier is a 1943 American drama film directed by Alfred "
            "E. Green.",
            ("publication_date", "there's something about a soldier", "1943"),
        ),
        # a range written with a plain hyphen, as web text writes it (enwiki-2021 sample)
        (
            "Mostafa Faruk Mohammad",
            "Mostafa Faruque Mohammad (1942-2017) was a Bangladesh Awami League politician.",
            ("birth_date", "mostafa faruk mohammad", "1942"),
        ),
        (
            "Mostafa Faruk Mohammad",
            "Mostafa Faruque Mohammad (1942-2017) was a Bangladesh Awami League politician.",
            ("death_date", "mostafa faruk mohammad", "2017"),
        ),
        (
            "Mary Huntoon",
            "Mary Huntoon (born Mary Huntoon Atkinson; 1896-1970) was an American artist and art "
            "therapist.",
            ("death_date", "mary huntoon", "1970"),
        ),
        # "died N months later", "died at the age of 44 at … (UTH) in Lusaka, on …"
        (
            "Charles Bell (British politician)",
            "He was elected MP for City of London in November 1868 but died just four months "
            "later in February 1869.",
            ("death_date", "charles bell", "1869-02"),
        ),
        (
            "Lucy Sichone",
            "Lucy Sichone died at the age of 44 at the University Teaching Hospital (UTH) in "
            "Lusaka, on August 24, 1998.",
            ("death_date", "lucy sichone", "1998-08-24"),
        ),
        # "X, who was born in P in D" (enwiki-2021 sample)
        (
            "Jacob C. Lamb House",
            "The new owner of the house was Jacob C. Lamb, who was born in Burlington County, New "
            "Jersey in 1828 and had settled in Dryden, Michigan.",
            ("birth_date", "jacob c lamb", "1828"),
        ),
        (
            "Jacob C. Lamb House",
            "The new owner of the house was Jacob C. Lamb, who was born in Burlington County, New "
            "Jersey in 1828 and had settled in Dryden, Michigan.",
            ("birth_place", "jacob c lamb", "burlington county"),
        ),
        # bodies "chartered" or that "started operations"; "founded back in" (web text)
        (
            "Morrison Lodge",
            "Morrison Lodge was chartered on August 26, 1823 and was one of the first chartered "
            "Masonic lodges in Kentucky.",
            ("founding_date", "morrison lodge", "1823-08-26"),
        ),
        (
            "SkyUp",
            "SkyUp is a Ukrainian low-cost airline. The company started operations on 21 May 2018 "
            "with a flight from Kyiv-Zhuliany to Sharm El Sheikh.",
            ("founding_date", "skyup", "2018-05-21"),
        ),
        (
            "Acme Widgets",
            "Acme Widgets is a manufacturer of widgets. The company was founded back in 1999.",
            ("founding_date", "acme widgets", "1999"),
        ),
        # a web page's label lines (written for this test, in the form such pages use)
        (
            "John Smith (painter)",
            "John Smith is an American painter.\nBorn: March 3, 1950 in Chicago, Illinois\n"
            "Died: May 5, 2010, Boston",
            ("birth_place", "john smith", "chicago"),
        ),
        (
            "John Smith (painter)",
            "John Smith is an American painter.\nBorn: March 3, 1950 in Chicago, Illinois\n"
            "Died: May 5, 2010, Boston",
            ("death_date", "john smith", "2010-05-05"),
        ),
        (
            "John Smith (painter)",
            "John Smith is an American painter.\nDate of birth: 3 March 1950\nPlace of birth: "
            "Chicago",
            ("birth_date", "john smith", "1950-03-03"),
        ),
        # "a Leeds-based internet exchange point", "has its headquarters in"; an obituary's
        # "survived by his wife of 46 years, X" (enwiki-2021 sample)
        (
            "IXLeeds",
            "IXLeeds is a Leeds-based internet exchange point (IXP) founded in 2008.",
            ("headquarters", "ixleeds", "leeds"),
        ),
        (
            "Bajofondo",
            "Bajofondo is a Río de la Plata - based music band consisting of eight musicians from "
            "Argentina and Uruguay .",
            ("headquarters", "bajofondo", "rio de la plata"),
        ),
        (
            "Bodø (town)",
            "SB Nordlandsbuss has its headquarters in Bodø, as does Bodø Energi.",
            ("headquarters", "sb nordlandsbuss", "bodo"),
        ),
        # a lead's "… is a … who was born in P"; "X (dates), born in P, was …"; "Despite
        # having been born in P, he …" (enwiki-2021 sample)
        (
            "Tip Toland",
            "Tip Toland (born May 9, 1950) is an American ceramic artist and teacher who was born "
            "in Pottstown, Pennsylvania.",
            ("birth_place", "tip toland", "pottstown"),
        ),
        (
            "Patrick Burgener",
            "Patrick Burgener, better known as Pat Burgener, is a professional Swiss snowboarder "
            "and musician who was born in Lausanne on 1 June 1994.",
            ("birth_place", "patrick burgener", "lausanne"),
        ),
        (
            "Conrad Knowles",
            "Conrad Theodore Knowles (1810 – 19 May 1844), born in England, was an Australian "
            "actor and theatre manager.",
            ("birth_place", "conrad knowles", "england"),
        ),
        (
            "Marko Čubrilo",
            "Despite having been born in Novi Sad, Serbia, he decided to represent Bosnia and "
            "Herzegovina internationally having debuted for their under 19 team in 2016.",
            ("birth_place", "marko cubrilo", "novi sad"),
        ),
        # "died in D at the age of N in P", "died on the D in P", "died in The Hague", a
        # hospital's town after a comma (enwiki-2021 sample)
        (
            "Joseph Sonken",
            "Joseph Sonken died in June 1990 at the age of 83 in Plantation, Florida.",
            ("death_place", "joseph sonken", "plantation"),
        ),
        (
            "Edwin O'Neill Willis",
            "He died on the 11 April 2015 in Rio Claro, São Paulo, Brazil.",
            ("death_place", "edwin o'neill willis", "rio claro"),
        ),
        (
            "Albert Christian Kruyt",
            "In January 1949, he died in The Hague.",
            ("death_place", "albert christian kruyt", "hague"),
        ),
        (
            "Shamsul Islam Khan",
            "Khan died on 21 January 2006 in LabAid Cardiac Hospital, Dhaka.",
            ("death_place", "shamsul islam khan", "dhaka"),
        ),
        # a building, then its town: the town is the place; "born and educated in P"
        # (enwiki-2021 sample)
        (
            "Johnny Jackson Jr.",
            "Johnny Jackson Jr. was born September 19, 1943 at Charity Hospital in New Orleans, LA.",
            ("birth_place", "johnny jackson jr", "new orleans"),
        ),
        (
            "Winthrop Astor Chanler",
            "He died at Brigham Hall in Canandaigua, New York on August 24, 1926.",
            ("death_place", "winthrop astor chanler", "canandaigua"),
        ),
        (
            "William Arkle",
            "William Arkle was born and educated in Bristol.",
            ("birth_place", "william arkle", "bristol"),
        ),
        (
            "Sandy McIntosh",
            "McIntosh was born in Rockville Centre, New York.",
            ("birth_place", "sandy mcintosh", "rockville centre"),
        ),
        # a plural possessive inside a body's name (enwiki-2021 sample)
        (
            "Vinita Marwaha Madill",
            "She attended Tolworth Girls' School.",
            ("educated_at", "vinita marwaha madill", "tolworth girls school"),
        ),
        (
            "Elizabeth Coles Bouey",
            "She founded the National Association of Ministers' Wives in 1939.",
            ("founder", "national association of ministers wives", "elizabeth coles bouey"),
        ),
        # two institutions joined by "and" are two values; a degree after the "and" is none
        # (enwiki-2021 sample)
        (
            "William Martin Chase",
            "He attended Canaan Union Academy and Kimball Union Academy.",
            ("educated_at", "william martin chase", "canaan union academy"),
        ),
        (
            "William Martin Chase",
            "He attended Canaan Union Academy and Kimball Union Academy.",
            ("educated_at", "william martin chase", "kimball union academy"),
        ),
        (
            "Corp Sayvee",
            "He is an alumnus of University of Ghana and Kwame Nkrumah University of Science and "
            "Technology.",
            ("educated_at", "corp sayvee", "kwame nkrumah university of science and technology"),
        ),
        (
            "H. Gene Slottow",
            "After completing his bachelor's degree in physics from the University of Chicago, he "
            "completed MS in electrical engineering from the Johns Hopkins University and PhD in "
            "electrical engineering from the University of Illinois at Urbana–Champaign.",
            ("educated_at", "h gene slottow", "johns hopkins university"),
        ),
        (
            "John Musser",
            "Musser attended Franklin and Marshall College before transferring to the University "
            "of Pennsylvania, from which he received his bachelor's degree.",
            ("educated_at", "john musser", "franklin and marshall college"),
        ),
        # a fact read twice, once at a span another name claims: the other reading stands
        # (enwiki-2021 sample, *Maria Hasse*)
        (
            "Maria Hasse",
            "Hasse was born in Warnemünde. She went to the gymnasium in Rostock, and after a term "
            "in the Reich Labour Service from 1939 to 1940, studied mathematics, physics, and "
            "philosophy at the University of Rostock and University of Tübingen from 1940 to "
            "1943, earning a diploma in 1943 from Rostock.",
            ("educated_at", "maria hasse", "university of tubingen"),
        ),
        # "X wrote an autobiography titled "Z"", "wrote a poem, "Z"", "published an
        # autobiography "Z"" (enwiki-2021 sample)
        (
            "Drew Fortier",
            'Fortier wrote an autobiography titled "Dark, Depressing, and Hilarious" which covers '
            "his career up until 2018.",
            ("author", "dark depressing and hilarious", "drew fortier"),
        ),
        (
            "Jessie Ace and Margaret Wright",
            'Clement Scott wrote a poem, "The Women of Mumbles Head", in tribute to their heroic '
            "actions.",
            ("author", "women of mumbles head", "clement scott"),
        ),
        (
            "Kenneth Duffield",
            'Duffield published an autobiography "Savages and Kings" in 1946, and retired to '
            "Adelaide in 1948.",
            ("author", "savages and kings", "kenneth duffield"),
        ),
        # a lead's "…, which has its headquarters in P"; "with headquarters in P"; a body set off
        # by commas, "based in P" (after its acronym, or after a description); "… in 2016 and is
        # headquartered in P" past a parenthesis (enwiki-2021 sample)
        (
            "Roopatara",
            "Roopatara is a major Kannada monthly film magazine, published in Karnataka, India, "
            "which has its headquarters in Manipal, Karnataka.",
            ("headquarters", "roopatara", "manipal"),
        ),
        (
            "European Network of Physiotherapy in Higher Education",
            "ENPHE was set up in February 1995, with headquarters in Utrecht, Netherlands.",
            ("headquarters", "enphe", "utrecht"),
        ),
        (
            "Harry Macdonald Kyle",
            "In 1903 he was appointed as Biological Secretary to the International Council for the "
            "Exploration of the Sea (ICES), based in Copenhagen.",
            ("headquarters", "international council for the exploration of the sea", "copenhagen"),
        ),
        (
            "Magda Wierzycka",
            "She joined Coronation Fund Managers, a third-party fund management company based in "
            "Cape Town, in 1997 as a director and Head of Institutional Business.",
            ("headquarters", "coronation fund managers", "cape town"),
        ),
        (
            "Kygo Life AS",
            "Kygo Life AS is a lifestyle brand founded by the Norwegian artist Kygo (Kyrre "
            "Gørvell-Dahll) and entrepreneur Jon Inge Gullikstad in 2016 and is headquartered in "
            "Oslo, Norway.",
            ("headquarters", "kygo life as", "oslo"),
        ),
        (
            "John Salas",
            "John Camacho Salas (January 1948 – January 26, 2018) was a Guamanian educator. He was "
            "survived by his wife of 46 years, Leslie Goodson, and two children.",
            ("spouse", "john salas", "leslie goodson"),
        ),
        # each name of a list of founders or authors (enwiki-2021 sample)
        (
            "Livestorm",
            "Livestorm was founded in Paris, France in 2016 by Gilles Bertaux, Robin Lambert, "
            "Vincent Garreau and Tom Forlini.",
            ("founder", "livestorm", "vincent garreau"),
        ),
        (
            "Livestorm",
            "Livestorm was founded in Paris, France in 2016 by Gilles Bertaux, Robin Lambert, "
            "Vincent Garreau and Tom Forlini.",
            ("founder", "livestorm", "tom forlini"),
        ),
        (
            "Sugar Shuffle",
            '"Sugar Shuffle" is a song written by Lynsey de Paul and Barry Blue.',
            ("author", "sugar shuffle", "barry blue"),
        ),
        # "the capital and largest city of", "X, which was formed in D"
        (
            "Chandarana Food Plus Supermarkets",
            "The company headquarters are in the city of Nairobi, the capital and largest city of "
            "Kenya.",
            ("capital", "kenya", "nairobi"),
        ),
        (
            "Sue Samuels",
            "Samuels is the founder and artistic director of Jazz Roots Dance Company, which was "
            "formed in 2009 to preserve and promote the classic jazz dance style.",
            ("founding_date", "jazz roots dance company", "2009"),
        ),
        # "whom she married", "married in 1873 X", "married to former CBS correspondent X",
        # "… and married X" (the sentence's subject) (enwiki-2021 sample)
        (
            "Joseph Bell (engineer)",
            "It was probably at this time that Joseph met Maud Bates, whom he married in 1893.",
            ("spouse", "joseph bell", "maud bates"),
        ),
        (
            "John Samuel Slater",
            "He married in 1873 Jessie Frances Smith, by whom he had a son and a daughter.",
            ("spouse", "john samuel slater", "jessie frances smith"),
        ),
        (
            "Gail Evans",
            "Evans was married to former CBS correspondent Bob Evans for more than 30 years.",
            ("spouse", "gail evans", "bob evans"),
        ),
        (
            "Minnie Baldock",
            "She worked in sweated labour shirt factory and married Harry Baldock in 1888, and "
            "they had two children.",
            ("spouse", "minnie baldock", "harry baldock"),
        ),
        # "X is the author of "Z"", "X wrote the novel Z [in 2001]" (enwiki-2021 sample; the
        # second written for this test)
        (
            "Sanjay Patel",
            'Patel is the author of the book "The Future of Oil".',
            ("author", "future of oil", "sanjay patel"),
        ),
        (
            "Scott Young",
            'In 1963, Scott Young wrote "A Boy at the Leafs\' Camp", a children\'s book.',
            ("author", "a boy at the leafs camp", "scott young"),
        ),
        (
            "Jane Doe (novelist)",
            "Jane Doe wrote the novel The Long Road in 2001.",
            ("author", "long road", "jane doe"),
        ),
        # "was formed 1999", "established in the year 2005" (enwiki-2021 sample)
        (
            "Northwest Open Access Network",
            "Northwest Open Access Network is a nonprofit. It was formed 1999 and began operating "
            "in 2000.",
            ("founding_date", "northwest open access network", "1999"),
        ),
        (
            "Prudence International School",
            "Prudence International School was established in the year 2005 by its promoters "
            "Tejas Khandhar and Vidhi Khandhar.",
            ("founding_date", "prudence international school", "2005"),
        ),
        # a noun for the founding: "the creation of X in D", "the establishment of X on D"
        (
            "Oberliga Rheinland-Pfalz/Saar",
            "From January 1946 up until the creation of the Bundesliga in 1963 , the Oberliga "
            "Südwest was one of the five highest divisions in Germany .",
            ("founding_date", "bundesliga", "1963"),
        ),
        (
            "List of Confederate states by date of admission to the Confederacy",
            "Since the establishment of the Confederate States in 1861, the number of states "
            "expanded from the original seven to 13.",
            ("founding_date", "confederate states", "1861"),
        ),
        (
            "Cabinet of Rhodesia",
            "It includes ministers of Rhodesia's transitional government, which began following "
            "the 1978 Internal Settlement and ended with the establishment of Zimbabwe Rhodesia "
            "on 1 June 1979.",
            ("founding_date", "zimbabwe rhodesia", "1979-06-01"),
        ),
        # the rest of a place before ", founded in" is no body: the body is the document's
        (
            "Tilquin",
            "Tilquin (or Gueuzerie Tilquin) is a Belgian lambic beer blendery based in Bierghes, "
            "Brussels, founded in 2009 by Pierre Tilquin.",
            ("founding_date", "tilquin", "2009"),
        ),
        (
            "Sandsborgskyrkogården",
            "Sandsborgskyrkogården is a cemetery in Gamla Enskede in Stockholm, Sweden, "
            "established in 1895.",
            ("founding_date", "sandsborgskyrkogarden", "1895"),
        ),
        # "in" and "at" are words, not the end of "Great", "Thin" or "Mohiuddin"
        (
            "Colin Lingwood Mallows",
            "Colin Lingwood Mallows (born 10 September 1930, Great Sampford, Essex) is an English "
            "statistician, who has worked in the United States since 1960.",
            ("birth_place", "colin lingwood mallows", "great sampford"),
        ),
        (
            "Pan Yaung Chel",
            "Pan Yaung Chel was born to Graham and Thin Zar Oo in Yangon, Myanmar on 14 January "
            "1996.",
            ("birth_place", "pan yaung chel", "yangon"),
        ),
        # "attended A and B": both schools (enwiki-2021 sample)
        (
            "Carlos E. Carrillo Velasquez",
            "He attended Colegio Santo Tomas de Aquino and Colegio Labarthe.",
            ("educated_at", "carlos e carrillo velasquez", "colegio labarthe"),
        ),
        (
            "Kasautu Michelo",
            "Michelo was born in Banakaila in Monze District and attended the Kazungula "
            "Settlement School and Rusangu Secondary School.",
            ("educated_at", "kasautu michelo", "rusangu secondary school"),
        ),
        # a work's noun is a whole word, which a hyphen may join; "screenplay" is one (enwiki-2021
        # sample)
        (
            "Bipolar Explorer",
            "Formed in its present state and genre by band co-founders Summer Serafin (vocals, "
            "spoken word) and Michael Serafin-Wells (guitars, bass guitar, percussion, vocals, "
            "spoken word), the group has released eight albums and six singles on Slugg Records "
            "beginning with 2012's double-album \"Of Love and Loss\".",
            ("publication_date", "of love and loss", "2012"),
        ),
        (
            "Allan Sloane",
            "Using the pseudonym \"Ellison Carrol\", he was nominated for an Emmy for his 1963 "
            "Breaking Point screenplay \"And James Was A Very Small Snail\"; and again in 1969 "
            "for the Hallmark Hall of Fame (episode 81) \"Teacher, Teacher\".",
            ("publication_date", "and james was a very small snail", "1963"),
        ),
        # a place after another name, and a span of years that starts from a place
        (
            "Nestor Mesta Chayres",
            "Néstor Mesta Cháyres (aka Nestor Chaires, Ciudad Lerdo, February 26, 1908 - Mexico "
            "City, June 29, 1971) was an acclaimed tenor in Mexico.",
            ("birth_place", "nestor mesta chayres", "ciudad lerdo"),
        ),
        (
            "Gabriel Robin",
            "Gabriel Robin (Nantes, 1902 – Aulnay-sous-Bois, 1970) was a French painter of the new "
            "École de Paris.",
            ("birth_place", "gabriel robin", "nantes"),
        ),
        # a body right before its founder; "the city of" before the body founded
        (
            "Gametime",
            "Investors include HotelTonight, the owners of sports clubs like those of the San "
            "Francisco Giants, and Xobni co-founder Matt Brezina.",
            ("founder", "xobni", "matt brezina"),
        ),
        (
            "Greek coinage of Italy and Sicily",
            "Survivors from Naxos founded the city of Tauromenion in 358 BC.",
            ("founding_date", "tauromenion", "-0358"),
        ),
        # a family named after the place is no family's name in place of it
        (
            "Georg Decker",
            "He was born in Pest, in the Kingdom of Hungary, but in 1821 the Decker family moved "
            "to the imperial city of Vienna.",
            ("birth_place", "georg decker", "pest"),
        ),
        (
            "Georg Decker",
            "Decker was born in Hungary to a German-speaking family, and grew up and made his "
            "career in Vienna.",
            ("birth_place", "georg decker", "hungary"),
        ),
        # a plural possessive inside a title
        (
            "With Chronos' Permit",
            "With Chronos’ Permit () is a thriller novel by Russian writer Andrei Gusev, "
            "published in 1995.",
            ("author", "with chronos permit", "andrei gusev"),
        ),
        (
            "Thieves' Guild 2",
            "Thieves' Guild 2 is a 1980 role-playing game supplement published by Gamelords for "
            "\"Thieves' Guild\".",
            ("publication_date", "thieves guild 2", "1980"),
        ),
        (
            "Victoria Nixon",
            "Whilst running the deli her first book 'Supermodels' Beauty Secrets was published "
            "in 2002 with contributions from Jerry Hall, Kate Moss and many others.",
            ("publication_date", "supermodels beauty secrets", "2002"),
        ),
        (
            "Langenhagen Pferdemarkt station",
            "Langenhagen Pferdemarkt station (Langenhagen (Han) until 27 May 2000) is a station in "
            "the town of Langenhagen, which lies north of Hanover, the capital of the German state "
            "of Lower Saxony.",
            ("capital", "lower saxony", "hanover"),
        ),
        # the lead's noun ends before where the thing stands ("near", "located"), so "The
        # museum" and "The original station" refer to the document's subject
        (
            "Bavarian Forest Museum Village",
            "The Bavarian Forest Museum Village () is an open air museum near Tittling on the "
            "southwestern shore of the Dreiburgensee lake in the Bavarian Forest. The museum was "
            "founded in 1974 by Georg Höltl with the restoration of the 500-year-old Rothau Mill.",
            ("founder", "bavarian forest museum village", "georg holtl"),
        ),
        (
            "Çamlık railway station",
            "Çamlık railway station is a railway station near Çamlık, Turkey, in south İzmir "
            "Province. The original station was opened on 1 July 1866 by the Ottoman Railway "
            "Company as part of their railway from İzmir (Smyrna) to Aydın.",
            ("founding_date", "camlik railway station", "1866-07-01"),
        ),
        # a surname that is a body's word, in the person's own article
        (
            "Joan Bou",
            "Joan Bou Company (born 16 January 1997) is a Spanish cyclist, who currently rides "
            "for UCI ProTeam .",
            ("birth_date", "joan bou", "1997-01-16"),
        ),
        # a body after "in the", set off by a comma
        (
            "Richard Walter Thomas",
            "Thomas also served in the Wilmette Institute, a Baháʼí study institution founded in "
            "1995 to provide classes on the religion.",
            ("founding_date", "wilmette institute", "1995"),
        ),
        (
            "Kirill Medvedev",
            "Medvedev performs vocals and guitar in the Arkadiy Kots Band, a riotfolk band based "
            "in Moscow that was formed in 2010.",
            ("headquarters", "arkadiy kots band", "moscow"),
        ),
        (
            "TikTok",
            "The founder of ByteDance, Zhang Yiming, stated that \"China is home to only "
            "one-fifth of Internet users globally.\"",
            ("founder", "bytedance", "zhang yiming"),
        ),
        (
            "Franz Alfred Schilder",
            "Franz Xaver Alfred Johann Schilder (born 13 April 1896 in Královské Vinohrady, now a "
            "district of Prague, died 11 August 1970 in Halle ) was an Austrian zoologist.",
            ("death_date", "franz alfred schilder", "1970-08-11"),
        ),
        # the lead's first sentence goes on past an abbreviation or an initial ("St.", "No.")
        (
            "St. Joseph's Convent Senior Secondary School, Ratlam",
            "St. Joseph's Convent Senior Secondary School is a co-educational secondary school "
            "located in Ratlam, Madhya Pradesh, India.\nHistory.\nThe school was founded on 24 "
            "July 1956 by the Indian Province of the Sisters of St. Joseph of Chambéry.",
            ("founding_date", "saint joseph's convent senior secondary school ratlam", "1956-07-24"),
        ),
        (
            "Chudail No. 1",
            "Chuudail No. 1 is a 1999 Indian Hindi-language horror film directed by R. Kumar and "
            "produced by Gautam Dhariwal. The film was released on 16 July 1999 under the banner "
            "of Rachna Cine Arts.",
            ("publication_date", "chudail no 1", "1999-07-16"),
        ),
        # bodies and areas with an inception, named by the lead's noun
        (
            "Naogaon-6",
            "Naogaon-6 is a constituency represented in the Jatiya Sangsad (National Parliament) "
            "of Bangladesh since 2008 by Israfil Alam of the Awami League.\nHistory.\nThe "
            "constituency was created in 1984 from the Rajshahi-9 constituency.",
            ("founding_date", "naogaon 6", "1984"),
        ),
        (
            "Malm (municipality)",
            "is a former municipality in the old Nord-Trøndelag county, Norway.\nHistory.\nThe "
            "municipality was established on 1 July 1913 when the western district of the "
            "municipality of Beitstad was separated to form the new municipality of Malm.",
            ("founding_date", "malm", "1913-07-01"),
        ),
        (
            "Amalgamated Society of Enginemen, Cranemen and Firemen",
            "The Amalgamated Society of Enginemen, Cranemen and Firemen was a trade union in the "
            "United Kingdom.\nThe union was founded in 1889, and within three years it had a "
            "membership of nearly 4,000 workers.",
            ("founding_date", "amalgamated society of enginemen cranemen and firemen", "1889"),
        ),
        (
            "Thrive Partnership",
            "The Thrive Partnership was an academy trust which operated two academies in "
            "Colchester and Brightlingsea.\nAcademy trust.\nThe trust was founded on 10 October "
            "2011.",
            ("founding_date", "thrive partnership", "2011-10-10"),
        ),
        # either half of a double-barrelled surname names the document's person
        (
            "Luciana Corsato-Owsianka",
            "Luciana Corsato-Owsianka (born 21 January 1966) is a former professional tennis "
            "player from Brazil. Later settling in Germany, Corsato married local tennis coach "
            "Marek Owsianka.",
            ("spouse", "luciana corsato owsianka", "marek owsianka"),
        ),
        (
            "Maria Skyllas-Kazacos",
            "Maria Skyllas-Kazacos AM FTSE (born 26 October 1951) is an Australian chemical "
            "engineer. Skyllas married Michael Kazacos, who is also a scientist, and they have "
            "three children.",
            ("spouse", "maria skyllas kazacos", "michael kazacos"),
        ),
        # the school after "and attended", a year, or a school word of another language
        (
            "Carmen Gentile",
            "Carmen Gentile (born June 21, 1974) is an American journalist. Gentile was born in "
            "New Kensington, Pennsylvania and attended Shadyside Academy.",
            ("educated_at", "carmen gentile", "shadyside academy"),
        ),
        (
            "Erika von Mutius",
            "Erika von Mutius (born 14 May 1957 in Bonn, Germany) is a German pediatrician. Erika "
            "von Mutius studied Medicine from 1976 to 1984 at the Ludwig-Maximilians-University "
            "Munich.",
            ("educated_at", "erika von mutius", "ludwig maximilians university munich"),
        ),
        (
            "James Pitaro",
            "James Pitaro is an American media executive and attorney. Pitaro graduated in 1987 "
            "from Edgemont High School in Scarsdale, New York.",
            ("educated_at", "james pitaro", "edgemont high school"),
        ),
        (
            "Sándor Pörzse",
            "Sándor Pörzse (born 2 April 1967) is a Hungarian journalist. Pörzse graduated from the "
            "Szent László Gimnázium in 1978.",
            ("educated_at", "sandor porzse", "szent laszlo gimnazium"),
        ),
        # a person's name may open with a noun of things: "Song", "Park" are surnames
        (
            "Song Zhaosu",
            "Song Zhaosu (born March 1941) is a People's Republic of China politician. He was born "
            "in Nanyang, Henan. He graduated from Zhengzhou University in 1964.",
            ("birth_place", "song zhaosu", "nanyang"),
        ),
        # "premiered" and "aired" need no "was"
        (
            "Shaadi Mubarak",
            "Shaadi Mubarak () is an Indian drama television series produced under Shashi Sumeet "
            "Productions. It premiered on 24 August 2020 on Star Plus.",
            ("publication_date", "shaadi mubarak", "2020-08-24"),
        ),
        (
            "Kimberly Reed",
            "Kimberly Reed is an American film director and producer.\nFilm.\n\"Dark Money\". "
            "\"Dark Money\" premiered at the Sundance Film Festival in 2018.",
            ("publication_date", "dark money", "2018"),
        ),
        # a film's cast before its release
        (
            "Drums of the Congo",
            "Drums of the Congo is a 1942 American drama film, directed by Christy Cabanne. It "
            "stars Ona Munson, Stuart Erwin, and Peggy Moran, and was released on July 17, 1942.",
            ("publication_date", "drums of the congo", "1942-07-17"),
        ),
        # a possessive before the work noun, the title set off by commas
        (
            "Tillie Walden",
            "Tillie Walden (born 1996) is an American cartoonist. Walden's debut graphic novel, "
            "\"The End of Summer\", was published by Avery Hill in June 2015.",
            ("publication_date", "end of summer", "2015-06"),
        ),
        # a day-first or month-first date right after the verb
        (
            "Riverside-Thomas Cemetery District",
            "The Riverside-Thomas Cemetery District was officially established January 26, 1931.",
            ("founding_date", "riverside thomas cemetery district", "1931-01-26"),
        ),
        (
            "Fashion for Fighters Foundation",
            "The Fashion for Fighters Foundation was founded May 2015 by President Chris Decker.",
            ("founding_date", "fashion for fighters foundation", "2015-05"),
        ),
        # a middle word of the title's name alone: a maiden or first surname
        (
            "Minnie Braithwaite Jenkins",
            "Minnie Galt Braithwaite Jenkins (1874–1954) was a United States Indian Service "
            "school teacher. Biography. Education. Braithwaite was born in Williamsburg, "
            "Virginia.",
            ("birth_place", "minnie braithwaite jenkins", "williamsburg"),
        ),
        (
            "Teresa Martínez de Varela",
            "Death and legacy. Martínez died on 16 June 1998 in Quibdó.",
            ("death_date", "teresa martinez de varela", "1998-06-16"),
        ),
        (
            "Iván Duque Márquez",
            "Duque's siblings are Andrés and María Paula. Duque attended Colegio Rochester and "
            "graduated from Sergio Arboleda University in Bogotá in 2000 with a degree in law.",
            ("educated_at", "ivan duque marquez", "colegio rochester"),
        ),
        (
            "Bernadine Newsom Denning",
            "Biography. Denning née Newsom was born in 1930 in Detroit.",
            ("birth_place", "bernadine newsom denning", "detroit"),
        ),
        # a sentence opening with "Born" and the birth name, a bare date or the family
        (
            "Annot Robinson",
            "Early life. Born Annot Erskine Wilkie on 8 June 1874 in Montrose, Scotland, to John "
            "Wilkie (a draper) and Catherine Jane Erskine (a teacher).",
            ("birth_place", "annot robinson", "montrose"),
        ),
        (
            "Annot Robinson",
            "Early life. Born Annot Erskine Wilkie on 8 June 1874 in Montrose, Scotland, to John "
            "Wilkie (a draper) and Catherine Jane Erskine (a teacher).",
            ("birth_date", "annot robinson", "1874-06-08"),
        ),
        (
            "Henry Hodges Parker",
            "Background. Born March 2, 1834 in Nuku Hiva, Marquesas Islands, he was the oldest of "
            "four children.",
            ("birth_date", "henry hodges parker", "1834-03-02"),
        ),
        (
            "Shmerke Kaczerginski",
            "Born to a poor family in Vilna and orphaned at a young age, Kaczerginski was "
            "educated at the local Talmud Torah and night school.",
            ("birth_place", "shmerke kaczerginski", "vilna"),
        ),
        # (a colon inside the lead's parentheses starts no list)
        (
            "Grigoris Psarianos",
            "Grigoris Psarianos (Greek: ), born 1954 in Athens, is a Greek politician.",
            ("birth_place", "grigoris psarianos", "athens"),
        ),
        # a death place after a bare date, an adverb, "in office" or an age
        (
            "Lila Clunas",
            "In 1943 she was elected as a Labour Party Councillor. Clunas died 29 December 1968 "
            "in Dundee.",
            ("death_place", "lila clunas", "dundee"),
        ),
        (
            "Sherry McKibben",
            "Death. McKibben died suddenly in Mexico on January 30, 2014, while on vacation with "
            "her wife.",
            ("death_place", "sherry mckibben", "mexico"),
        ),
        (
            "Augustin-Armand Legault",
            "His brother-in-law Alphonse Fournier was a member of the Canadian House of Commons. "
            "Legault died in office in Maniwaki at the age of 50.",
            ("death_place", "augustin armand legault", "maniwaki"),
        ),
        (
            "Tatiana Tchernavin",
            "Tchernavin died age 83 on March 1, 1971, in England.",
            ("death_place", "tatiana tchernavin", "england"),
        ),
        # a relative clause on a name in a list of relatives
        (
            "Theodore Frelinghuysen (New York socialite)",
            "His siblings included: Matilda Griswold Frelinghuysen, who married Henry Winthrop "
            "Gray, a prominent merchant; Charlotte Louisa Frelinghuysen; Frederick "
            "Frelinghuysen, who married Estelle B. Kinney.",
            ("spouse", "frederick frelinghuysen", "estelle b kinney"),
        ),
        (
            "Columbus Iselin",
            "His siblings were Adrian Iselin Jr., who married Louise Caylus, and Sarah Gracie "
            "King Bronson, the widow of Frederic Bronson.",
            ("spouse", "louise caylus", "adrian iselin jr"),
        ),
        # the lead's own title, whatever its words: an article, an opening verb, lower-case
        # words and a gloss, a subtitle after a colon
        (
            "A Very Very Very Dark Matter",
            "A Very Very Very Dark Matter is a 2018 play by Martin McDonagh.",
            ("author", "a very very very dark matter", "martin mcdonagh"),
        ),
        (
            "Born Free (book)",
            "Born Free is a book by Joy Adamson. Released in 1960 by Pantheon Books, it describes "
            "Adamson's experiences raising a lion cub named Elsa.",
            ("author", "born free", "joy adamson"),
        ),
        (
            "Étude de femme",
            "Étude de femme (English \"Study of a Woman\") is a short story by Honoré de Balzac. "
            "It was published in 1830.",
            ("author", "etude de femme", "honore de balzac"),
        ),
        (
            "Skin in the Game (book)",
            "Skin in the Game: Hidden Asymmetries in Daily Life (acronymed: SITG) is a 2018 "
            "nonfiction book by Nassim Nicholas Taleb, a former options trader.",
            ("author", "skin in the game", "nassim nicholas taleb"),
        ),
        # (and its year: a title the work-name pattern cannot read)
        (
            "He Couldn't Take It",
            "He Couldn't Take It is a 1933 American comedy film directed by William Nigh and "
            "starring Ray Walker, Virginia Cherrill and George E. Stone.",
            ("publication_date", "he couldn't take it", "1933"),
        ),
        (
            "Sui Dhaaga",
            "Sui Dhaaga: Made in India (; ) is a 2018 Indian Hindi-language drama film directed by "
            "Sharat Katariya and produced by Aditya Chopra and Maneesh Sharma.",
            ("publication_date", "sui dhaaga", "2018"),
        ),
        # "The company" for a business of one trade
        (
            "Washburn &amp; Doughty",
            "Washburn &amp; Doughty is a shipyard located in East Boothbay, Maine. The company "
            "was founded in 1977 by Bruce Washburn and Bruce Doughty, then employees at Bath "
            "Iron Works.",
            ("founder", "washburn and doughty", "bruce doughty"),
        ),
        # an initialism before a lower-case word ends no sentence
        (
            "Air Italy (2018–2020)",
            "Air Italy (registered as AIR ITALY S.p.A.) was a privately owned Italian airline, "
            "headquartered in Olbia, Sardinia.",
            ("headquarters", "air italy", "olbia"),
        ),
        (
            "Robert Whitney Imbrie",
            "Robert Whitney Imbrie was an American diplomat. Imbrie was born in Washington, D.C. "
            "on April 23, 1883.",
            ("birth_date", "robert whitney imbrie", "1883-04-23"),
        ),
        # "was founded by" after the body's abbreviation, in a relative clause, or after
        # "established in D and co-founded by"
        (
            "Provincial Medical and Surgical Association",
            "The Provincial Medical and Surgical Association (PMSA) was founded by Sir Charles "
            "Hastings on 19 July 1832 at a meeting in the Board Room of the Worcester Infirmary.",
            ("founder", "provincial medical and surgical association", "charles hastings"),
        ),
        (
            "2018 New York City helicopter crash",
            "FlyNYON is a spinoff of NY On Air (NYONair), which was founded by Patrick Day, Jr. "
            "in 2012 to coordinate aerial photography flights for professional and corporate "
            "photographers.",
            ("founder", "ny on air", "patrick day jr"),
        ),
        (
            "Both Lives Matter",
            "Both Lives Matter is a pro-life organization in Northern Ireland. The organization "
            "was established in 2017 and co-founded by Dawn McAvoy.",
            ("founder", "both lives matter", "dawn mcavoy"),
        ),
        # where a body is based is no part of its name
        (
            "Nigel Oakes",
            "In 2005, Oakes co-founded the London-based SCL Group (formerly Strategic "
            "Communication Laboratories), along with his younger brother Alexander Oakes.",
            ("founding_date", "scl group", "2005"),
        ),
        # "the village": the title's own head noun, where the lead used another
        (
            "Agahozo Shalom Youth Village",
            "Agahozo Shalom Youth Village (ASYV) is a home for orphans of the genocide and AIDs "
            "in Rwanda. It was originally set up to educate the orphans of the 1994 genocide "
            "against Tutsi.\nHistory.\nThe village was founded by Anne Heyman, who died on 31 "
            "January 2014.",
            ("founder", "agahozo shalom youth village", "anne heyman"),
        ),
        (
            "Edlingham railway station",
            "Edlingham railway station served the village of Edlingham, Northumberland, England "
            "from 1887 to 1953 on the Cornhill Branch.\nHistory.\nThe station was opened on 5 "
            "September 1887 by the North Eastern Railway.",
            ("founding_date", "edlingham railway station", "1887-09-05"),
        ),
        # a spaced dash joins only capitalised parts of a name
        (
            "Padelford Riverboats",
            "Padelford Riverboats is a company in Saint Paul, Minnesota. The company was founded "
            "in 1969 by William Bowell - a World War II decorated veteran - at a time when the "
            "Mississippi River was neglected.",
            ("founder", "padelford riverboats", "william bowell"),
        ),
        (
            "Ko Joo-yeon",
            "Ko Joo - yeon ( born February 22 , 1994 ) is a South Korean actress who has gained "
            "attention in the Korean film industry .",
            ("birth_date", "ko joo yeon", "1994-02-22"),
        ),
        (
            "Friedrich Knollenberg",
            "Friedrich Knollenberg () (born 6 October 1878 in Neuenkirchen-Vörden - died 30 "
            "December 1950 in Neuenkirchen) was a German politician.",
            ("birth_place", "friedrich knollenberg", "neuenkirchen vorden"),
        ),
        # where one was born and grew up, lived or spent one's early years
        (
            "Raychael Stine",
            "Raychael Stine is an American painter. Raychael Stine was born and spent her early "
            "years in Chardon, Ohio.",
            ("birth_place", "raychael stine", "chardon"),
        ),
        (
            "Charles Manthorpe",
            "Manthorpe was born and grew up in Norwich, East Anglia, and began his working life "
            "as a teacher in nearby Peafield.",
            ("birth_place", "charles manthorpe", "norwich"),
        ),
        # "X's death in D": X's, not "X's"
        (
            "Anna Mangin",
            "After Andrew Mangin's death later in 1907, his widow and their son closed the coal "
            "yard but remained on the property until 1925.",
            ("death_date", "andrew mangin", "1907"),
        ),
        (
            "Constantine (son of Basil I)",
            "Constantine was a junior Byzantine emperor from January 868. Additionally, "
            "Alexander is believed to have been crowned emperor following Constantine's death, "
            "in 879.",
            ("death_date", "constantine", "0879"),
        ),
        # a person whose surname is a thing's noun, as the lead says
        (
            "David Locke Hall",
            "David Locke Hall is a highly decorated former Assistant United States Attorney, "
            "Naval Intelligence officer, and author.\nEarly life.\nHall was born in California "
            "in 1955. He received a BA from Dartmouth College.",
            ("birth_date", "david locke hall", "1955"),
        ),
        # (a Catalan surname that is a body's noun)
        (
            "Joan Bou",
            "Joan Bou Company (born 16 January 1997) is a Spanish cyclist, who currently rides "
            "for UCI ProTeam .",
            ("birth_date", "joan bou", "1997-01-16"),
        ),
        # "of the same name": the quoted title the sentence names first, else the document's
        (
            "Ying Da",
            "Ying Da (; born July 7, 1960) is a Chinese actor and director.\nYing Da first "
            'garnered recognition for his acting in 1990, when his performance in "Fortress '
            'Besieged", a television series adaptation based on the novel of the same name by Qian '
            "Zhongshu, earned him a Hundred Flowers Award for Best Supporting Actor nomination.",
            ("author", "fortress besieged", "qian zhongshu"),
        ),
        (
            "Murder of Ján Kuciak",
            '"Scumbag" (Slovak: "Sviňa") is a 2020 thriller directed by Mariana Čengel-Solčanská '
            "and Rudolf Biermann, based on the novel of the same name by Arpád Soltész.",
            ("author", "scumbag", "arpad soltesz"),
        ),
        # "X … in his book": X's, not the document's person's
        (
            "Eliza Emily Donnithorne",
            "Eliza Emily Donnithorne (8 July 1821 – 20 May 1886) was an Australian woman. This is "
            "the tentative conclusion reached by Evelyn Juers in her 2012 book \"The Recluse\", "
            "the most thorough recent investigation of the story.",
            ("author", "recluse", "evelyn juers"),
        ),
        (
            "Conviviality",
            "As understood here, the term conviviality was introduced by Ivan Illich in his 1973 "
            "book, Tools for Conviviality.",
            ("author", "tools for conviviality", "ivan illich"),
        ),
        # (the document's person still, by pronoun or by name)
        (
            "Christine A. Desan",
            "Christine A. Desan is an American academic.\nDesan's work focuses on monetary "
            "history and theory. She argued in her 2014 book, "
            '"Making Money: Coin, Currency, and the Coming of Capitalism" (Oxford 2014), that a '
            "profound change in money's design occurred.",
            ("author", "making money coin currency and the coming of capitalism",
             "christine a desan"),
        ),
        # a middle name spelt otherwise is the same one: Alfred, Albert
        (
            "Franz Alfred Schilder",
            "Franz Xaver Alfred Johann Schilder (born 13 April 1896 in Královské Vinohrady, now a "
            "district of Prague, died 11 August 1970 in Halle ) was an Austrian-born German "
            "biologist.\nFranz Albert Schilder died on 11 August 1970 in Halle.",
            ("death_place", "franz alfred schilder", "halle"),
        ),
        # a parent's marriage is the parent's: "a daughter of X by his marriage to Y"
        (
            "Christopher Roper-Curzon, 19th Baron Teynham",
            "On 19 October 1927, Roper-Curzon married Elspeth Grace Whitaker (died 1976), a "
            "daughter of William Ingham Whitaker by his marriage to Hilda Guilhermina Dundas.",
            ("spouse", "william ingham whitaker", "hilda guilhermina dundas"),
        ),
        (
            "Ralph Grey, 4th Baron Grey of Werke",
            "Grey's estates in Northumberland were inherited by a nephew, Henry Neville, a son of "
            "his sister Katherine Grey by her marriage to Richard Neville, and Henry Neville then "
            "changed his name to Grey by a private Act of Parliament.",
            ("spouse", "katherine grey", "richard neville"),
        ),
        # initials open or stand inside a body's name
        (
            "Russell Mehta",
            "Russell Mehta is the son of Arunkumar Mehta, a co-founder of B. Arunkumar &amp; Co, "
            "founded in 1960 in Mumbai, and which later became Rosy Blue.",
            ("founder", "b arunkumar and co", "arunkumar mehta"),
        ),
        (
            "Charles Foster Hathaway",
            "Charles Foster Hathaway (July 1, 1816 – December 5, 1893) was the founder of the "
            "C.F. Hathaway Company, noted American shirt maker.",
            ("founder", "cf hathaway company", "charles foster hathaway"),
        ),
        (
            "Carl Simonsen",
            "Carl Nicolaj Marius Simonsen (30 November 1828 – 5 December 1902) was a Danish "
            "lithographer and publisher.\nIn 1868 he established C. Simonsen &amp; P. Andersens "
            "Stentrykkeri together with a printmaker from his old employer after acquiring another "
            "printing business.",
            ("founder", "c simonsen and p andersens stentrykkeri", "carl simonsen"),
        ),
        (
            "Norman M. Miller",
            "Miller was born in Winston-Salem, North Carolina on February 1, 1908. He attended "
            "Richard J. Reynolds High School and graduated on 1926.",
            ("educated_at", "norman m miller", "richard j reynolds high school"),
        ),
        (
            "Shannon D. Cramer",
            "Cramer graduated from the U.S. Naval Academy in 1943.",
            ("educated_at", "shannon d cramer", "us naval academy"),
        ),
        # (but not a sentence's last letter: the body is Stuart Turner Ltd)
        (
            "Stuart Turner (company)",
            "Before World War I.\nStuart Turner Ltd was incorporated in 1906 and started to "
            "produce model steam engines.",
            ("founding_date", "stuart turner", "1906"),
        ),
        # (a life long enough is a life, after an office's style too)
        (
            "Giorgio Doria Pamphilj Landi",
            "He was distantly related to Pope Innocent X (1574-1655).",
            ("birth_date", "innocent x", "1574"),
        ),
        # Catalan names join their two surnames with "i"
        (
            "Jordi Turull",
            "Jordi Turull i Negre (born 6 September 1966) is a Spanish politician associated with "
            "Together for Catalonia.",
            ("birth_date", "jordi turull", "1966-09-06"),
        ),
        (
            "Jordi Graupera",
            "Jordi Graupera i Garcia-Milà (born 1981, Barcelona) is a Catalan post-doc researcher "
            "at Woodrow Wilson School of Public and International Affairs, at Princeton "
            "University.",
            ("birth_place", "jordi graupera", "barcelona"),
        ),
        # a title's own "!" or "." ends no sentence of its lead: "…Aval! () is a 1972 … film"
        (
            "...Aval!",
            "...Aval! () is a 1972 Indian Tamil-language film written and directed by A. C. "
            "Tirulokchandar, produced by Vijayalakshmi Pictures and presented by Nahatha "
            "Pictures.\nThe film was released on 15 September 1972, and became a commercial "
            "success.",
            ("publication_date", "aval", "1972-09-15"),
        ),
        (
            "Chr. Augustinus Fabrikker",
            'Chr. Augustinus Fabrikker ("Christian Augustinus Industries") is a former Danish '
            "tobacco company which now serves as the investment company of the Augustinus "
            "Foundation.\nHistory.\nThe company was founded by Ole Augustinus on 11 May 1750 when "
            "he established a tobacco factory on Frederiksborggade.",
            ("founding_date", "chr augustinus fabrikker", "1750-05-11"),
        ),
        # "the" before a styled name: a person's life or death
        (
            "Basilique Notre-Dame de Bonsecours",
            "The basilica's design and construction were carefully supervised by the Abbé "
            "Victor Godefroy (1799–1868), the Bonsecours parish priest, who chose the Gothic "
            "style and raised the funds.",
            ("death_date", "abbe victor godefroy", "1868"),
        ),
        (
            "Wei Yijie",
            "When the Shunzhi Emperor died in 1661, Wei was recalled to serve as censor during "
            "the regency period of the reign of the Kangxi Emperor.",
            ("death_date", "shunzhi emperor", "1661"),
        ),
        # a place's initials do not end the birth's statement early
        (
            "Charles Folsom",
            "Folsom, born in Exeter, N. H., 24 December 1794, was the son of James and Sarah "
            "(Gilman) Folsom.",
            ("birth_date", "charles folsom", "1794-12-24"),
        ),
        (
            "Minami Tanaka (announcer)",
            "Tanaka was born in New York City, U.S. on 23 November 1986.",
            ("birth_date", "minami tanaka", "1986-11-23"),
        ),
        # a parent's wife after "by his wife" is the parent's
        (
            "Reynoud Diederik Jacob van Reede, 7th Earl of Athlone",
            "Lord Athlone married 19 March 1818, at the British Embassy in Paris, Henrietta "
            "Dorothea Maria, daughter of John Williams Hope by his wife Ann Goddard.",
            ("spouse", "john williams hope", "ann goddard"),
        ),
        (
            "Wion de Malpas Egerton",
            "Egerton was born in the Punjab in 1879, the son of Indian Army officer (later Field "
            "Marshal) Sir Charles Egerton (1848–1921) by his wife Anna Wellwood.",
            ("spouse", "charles egerton", "anna wellwood"),
        ),
        # where a body is based, set off by an en dash, is no part of its name
        (
            "James Hannaham",
            "James Hannaham (born 1968) is a writer, performer, and visual artist. He cofounded "
            "the New York–based performance group Elevator Repair Service and worked with them "
            "1992–2002.",
            ("founder", "elevator repair service", "james hannaham"),
        ),
        (
            "Catherine Tait",
            "Catherine Tait (born 1958) is a Canadian business executive. In 2002, she and film "
            "producer Liz Manne co-founded New York–based Duopoly Inc., an independent film, "
            "television and digital content company.",
            ("founder", "duopoly", "liz manne"),
        ),
        # a family's members keep their own names
        (
            "Visconti di Modrone",
            "The Visconti di Modrone are a collateral branch of the Visconti of Milan.\nIn 1813, "
            "the title of Duke Visconti di Modrone was granted by Napoleon to Carlo Visconti di "
            "Modrone (1770–1836).",
            ("birth_date", "carlo visconti di modrone", "1770"),
        ),
        # ("(rugby union)" after a title is a player's)
        (
            "Steve Moore (rugby union)",
            "Stephen John Moore (born 20 July 1972) is a former international rugby union player. "
            "Born in Grantham in Lincolnshire, England, Moore moved to Wrexham in Wales aged "
            "seven.",
            ("birth_place", "steve moore", "grantham"),
        ),
        (
            "Afonso Furtado de Mendonça",
            "D. Afonso was the son of Jorge Furtado de Mendonça, Commander of the Entries, of "
            "Patterns and of the Dam in the Order of Santiago, and of his wife D. Mécia Henriques.",
            ("spouse", "jorge furtado de mendonca", "d mecia henriques"),
        ),
        # "No." and "St." inside a body's or a place's name do not end it
        (
            "Jōkō Obama",
            "He graduated from High School No. 2 in Sendai-ku (now part of Sendai) in Miyagi "
            "Prefecture.",
            ("educated_at", "joko obama", "high school no 2"),
        ),
        (
            "Chen Xiaolu",
            "When he was eight, his father was appointed Vice Premier and his family moved to "
            "Beijing, where he studied at Beijing No. 4 High School and Beijing No. 8 High School.",
            ("educated_at", "chen xiaolu", "beijing no 4 high school"),
        ),
        (
            "Daria Pynzar",
            "Daria graduated from Balakovo School No. 13 and Moscow Institute of Economics and "
            "Design (Design Faculty) in 2010.",
            ("educated_at", "daria pynzar", "moscow institute of economics and design"),
        ),
        (
            "Bernard Michael Gilroy",
            "In 1989, Gilroy earned his Ph.D. from the University of St. Gallen with the thesis "
            "“Economic Issues of Multinational Enterprise”.",
            ("educated_at", "bernard michael gilroy", "university of saint gallen"),
        ),
        (
            "Mia Zutter",
            "At the time of her selection, she was a student at the College of St. Scholastica.",
            ("educated_at", "mia zutter", "college of saint scholastica"),
        ),
        (
            "Marques Townes",
            "A native of Edison, New Jersey, he attended Cardinal McCarrick High School and St. "
            "Joseph High School, where he played both basketball and football.",
            ("educated_at", "marques townes", "cardinal mccarrick high school"),
        ),
        (
            "Teresa Miller (academic)",
            "Miller was born in Ft. Benning, Georgia on February 20, 1961.",
            ("birth_date", "teresa miller", "1961-02-20"),
        ),
        (
            "The Gambia in World War II",
            "A detachment from the anti-submarine No. 95 Squadron RAF was based at Bathurst from "
            "March 1941 to March 1943, before relocating wholly to Bathurst.",
            ("headquarters", "no 95 squadron raf", "bathurst"),
        ),
        # a paragraph ends a sentence, after an initial too
        (
            "Thomas Needham Furnival Wilson",
            "Early life and World War I.\nBorn in Lymington, Hampshire, England, on 20 March "
            "1896, Thomas Wilson was educated at West Downs School and Winchester College.",
            ("birth_place", "thomas needham furnival wilson", "lymington"),
        ),
        # a relative's sentence that names the person again is the person's
        (
            "David Redden",
            "His father eventually became American Consul General in London and Rome, where "
            "Redden spent much of his youth and education, receiving his high school diploma from "
            "St. Stephen's School in Rome.",
            ("educated_at", "david redden", "saint stephen's school"),
        ),
        # a given name and a maiden name before a surname name another of the family, when the
        # subject's own given name is not among them
        (
            "Jackson Sargent",
            "Following his honorable discharge from the military, Sargent returned home to "
            "Vermont, where he wed fellow Vermont native Caroline M. (Harlow) Sargent (1842–1895) "
            "sometime around 1867.",
            ("birth_date", "caroline m sargent", "1842"),
        ),
        (
            "George Goelet Kip",
            "He was the son of Elbert Samuel Kip (1799–1876) and Elizabeth (née Goelet) Kip "
            "(1808–1882).",
            ("death_date", "elizabeth kip", "1882"),
        ),
        (
            "Winthrop Astor Chanler",
            "He was the second son of eleven children born to Margaret Astor (née Ward) Chanler "
            "(1838–1875) and John Winthrop Chanler (1826–1877), a U.S. Representative from New "
            "York.",
            ("birth_date", "margaret astor chanler", "1838"),
        ),
        # the place of an office, a see or a body "of" it is no part of the name after it
        (
            "Via Cairoli",
            "Via Cairoli is a street in the historical centre of Genoa, in North-western Italy, "
            "named after the 10th Prime Minister of Italy Benedetto Cairoli (1825-1889).",
            ("birth_date", "benedetto cairoli", "1825"),
        ),
        (
            "Poul Vendelbo Løvenørn",
            "She was a daughter of professor at the University of Copenhagen Poul Vinding "
            "(1658-1712) and Margrethe S. Bøgvad (1660-1721).",
            ("death_date", "poul vinding", "1712"),
        ),
        # a peerage after one given name makes the holder's name
        (
            "François de Vendôme, vidame de Chartres",
            "Another of the hostages was the young Claude, Duke of Aumale (1526–1573) of the House "
            "of Guise, who with his brothers Francis, Duke of Guise (1519–1563) and Charles, "
            "Cardinal of Lorraine (1524–1574), was to lead the Catholic party in France over the "
            "following decades.",
            ("death_date", "charles cardinal of lorraine", "1574"),
        ),
        # a later "his" in a sentence that opens with a named relative of his gender
        (
            "Edward Hope Kirkby",
            "His father, George Williams Kirkby, was migrating to Australia with his second "
            "wife, Charlotte Augusta Collins, and his three sons from his first wife, Eliza "
            "Kempson, who had died in childbirth.",
            ("spouse", "george williams kirkby", "eliza kempson"),
        ),
        # a Deputy Lieutenant's and a Justice of the Peace's letters after a name
        (
            "Henry Dunlop of Craigton",
            "Henry Dunlop of Craigton FRSE DL (1799–1867) was a Scottish cotton manufacturer and "
            "merchant who served as Lord Provost of Glasgow from 1837 to 1840.",
            ("birth_date", "henry dunlop of craigton", "1799"),
        ),
        # a firm's article: the person whose appositive names it died
        (
            "Barton, Irlam and Higginson",
            "Barton, Irlam and Higginson was a noted Liverpool firm of shipowners specializing "
            "in the trade with Barbados in the first half of the 19th century.\nSir William "
            "Barton, then head of Barton, Irlam and Higginson, died aged 70 in 1826.",
            ("death_date", "william barton", "1826"),
        ),
        # Italian, French and Portuguese links inside a body's name
        (
            "Libro de' Disegni",
            "Giorgio Vasari was one of the founders of the Accademia delle Arti del Disegno set "
            "up in Florence by Cosimo I of Tuscany in 1563.",
            ("founder", "accademia delle arti del disegno", "giorgio vasari"),
        ),
        (
            "Jacques Grimbert",
            "He was the founder of the Chœur et Orchestre de Paris Sorbonne in 1975, and was the "
            "artistic director of until 2008.",
            ("founder", "choeur et orchestre de paris sorbonne", "jacques grimbert"),
        ),
        (
            "Aldo Baldin",
            "He graduated in vocal studies alongside Roberto Miranda and Eliane Sampaio from the "
            "Universidade Federal do Rio de Janeiro.",
            ("educated_at", "aldo baldin", "universidade federal do rio de janeiro"),
        ),
        # a body's name after words that describe it, and with a web address's ending
        (
            "David Cowan (entrepreneur)",
            "In 2012, Cowan co-founded DDOS prevention firm Defense.Net. It was acquired by F5 "
            "Networks in 2014.",
            ("founder", "defensenet", "david cowan"),
        ),
        (
            "Saygin Yalcin",
            "Later he moved to the United Arab Emirates, where he founded Sukar.com. After "
            "selling it to Souq.com, he later established SellAnyCar.com becoming its CEO.",
            ("founder", "sellanycarcom", "saygin yalcin"),
        ),
        # two schools' whole names joined by "and": the first is its own value
        (
            "Michelle Fine",
            "Fine has received degrees from Bank Street College and Lewis and Clark University "
            "and is also a commencement speaker.",
            ("educated_at", "michelle fine", "bank street college"),
        ),
        # "In his book "…", Name verb": the book is the name's, however the document's "his"
        # reads (a trade may come before the name)
        (
            "Homoplasy",
            "Homoplasy, in biology and phylogenetics, is when a trait has been gained or lost "
            "independently in separate lineages over the course of evolution.\nIn his book "
            "\"Wonderful Life\", Stephen Jay Gould claims that repeating the evolutionary process, "
            "from any point in time onward, would not produce the same results.",
            ("author", "wonderful life", "stephen jay gould"),
        ),
        (
            "Tenäk Temejĕ",
            "In his book “The ancient Chuvashes”, the novelist Juxma Mišši depicts Tenäk Temejĕ "
            "as a betrayer of the Chuvash people who assisted the Russian authorities whilst most "
            "of his bannermen supported anti-Muscovite resistance movement.",
            ("author", "ancient chuvashes", "juxma missi"),
        ),
        (
            "Hawk Larabee",
            "Hawk Larabee is an American old-time radio western. It was broadcast on CBS from "
            "July 5, 1946, until February 7, 1948.\nFormat.\nIn his book, \"On the Air: The "
            "Encyclopedia of Old-Time Radio\", radio historian John Dunning described \"Hawk "
            "Larabee\" as \"radio's first half-hearted attempt at an adult western drama\".",
            ("author", "on the air the encyclopedia of old time radio", "john dunning"),
        ),
        # (the document's person by initials is still the document's person)
        (
            "Anatoly Kitov",
            "Anatoly Ivanovich Kitov (9 August 1920, Samara - 14 october 2005) was a pioneer of "
            "cybernetics in the Soviet Union.\nIn his next book \"Programming of economical and "
            "management tasks\" A.I. Kitov generalised experience of his work as the chief "
            "designer of the Automated management system (AMS) for the Ministry of "
            "Radio-Industry.",
            ("author", "programming of economical and management tasks", "anatoly kitov"),
        ),
        # the person's name in another script in the lead's parenthesis is the person's
        (
            "Sergey Averintsev",
            "Sergey Sergeyevich Averintsev (Russian: Сергей Сергеевич Аверинцев, born December "
            "10, 1937 in Moscow, died February 21, 2004 in Vienna) was a Russian literary scholar "
            "and Slavist.",
            ("death_place", "sergey averintsev", "vienna"),
        ),
        # the other names the lead's parenthesis gives the person are the person's, there and
        # in later statements
        (
            "Ann Williams (choreographer)",
            "Ann Marie Williams (born Annie Marie Ferrell; October 21, 1937), is an American "
            "dancer, choreographer and the founder of the Dallas Black Dance Theater.\nAnnie "
            "Marie Ferrell was born on October 21, 1937, in Coolidge, Texas, to Lloyd and Izora "
            "Ferrell.",
            ("birth_place", "ann williams", "coolidge"),
        ),
        (
            "Sister Jean",
            "Sister Jean, BVM (born Jean Dolores Schmidt, August 21, 1919), is an American "
            "religious sister of the Sisters of Charity of the Blessed Virgin Mary.\nJean Dolores "
            "Schmidt was born on August 21, 1919 in San Francisco, California, and raised in the "
            "Eureka Valley neighborhood.",
            ("birth_place", "sister jean", "san francisco"),
        ),
        (
            "Margi Robertson",
            "Margarita Anna Robertson ( Gladiadis, born 1953) is a New Zealand fashion designer "
            "and the founder and creative director of the New Zealand fashion line NOM*d.",
            ("birth_date", "margi robertson", "1953"),
        ),
        # her maiden name alone in the lead: one of her given names and that surname is she,
        # her father is not
        (
            "Minnie Baldock",
            "Lucy Minnie Baldock (née Rogers; 20 November 1864 – 10 December 1954) was a British "
            "suffragette.\nLife and activism.\nLucy Minnie Rogers was born in Bromley-by-Bow in "
            "1864. She worked in sweated labour shirt factory and married Harry Baldock in 1888.",
            ("birth_place", "minnie baldock", "bromley by bow"),
        ),
        (
            "Grace Human",
            "Grace Human (née Black) was an English socialist.\nShe was the daughter of the "
            "solicitor David Black (1817–1892), afterwards town clerk and coroner.",
            ("birth_date", "david black", "1817"),
        ),
        (
            "Eunice Macaulay",
            "Eunice Macaulay (\"nee\" Eunice Bagley) (1923 – 2013) was a British-born Academy "
            "Award–winning animator.\nBiography.\nEunice Bagley was born in St Helens in "
            "Lancashire, England.",
            ("birth_place", "eunice macaulay", "saint helens"),
        ),
        # a bare surname after the lead's other full name is the person too
        (
            "Kamaljeet",
            "Kamaljeet (born Shashi Rekhi) was an Indian actor in Hindi language films.\n"
            "Personal life.\nRekhi married Indian actress Waheeda Rehman in 1974.",
            ("spouse", "kamaljeet", "waheeda rehman"),
        ),
        # "X was/is a [kind of] student at S", with its own subject
        (
            "George Rhodes (musician)",
            "While playing in Cobb's band, Rhodes moved to New York, where he was a piano student "
            "at the Juilliard School.",
            ("educated_at", "george rhodes", "juilliard school"),
        ),
        ("David Hogg", "As of September 2019, Hogg is a student at Harvard University.",
         ("educated_at", "david hogg", "harvard university")),
        # "on" and "to" inside a council's or a coalition's name
        (
            "Philip L. Cantelon",
            "He was a founder of the National Council on Public History in 1979, serving as the "
            "organization's first executive secretary.",
            ("founder", "national council on public history", "philip l cantelon"),
        ),
        (
            "Benedict Rogers",
            "In 2011 he co-founded the International Coalition to Stop Crimes Against Humanity in "
            "North Korea (ICNK).",
            ("founding_date", "international coalition to stop crimes against humanity", "2011"),
        ),
        # "entry into the X, where he studied"
        (
            "Christian Gottlieb Teichelmann",
            "After several years practising his trade in Saxony and Prussia, he took private "
            "lesson to qualify for entry into the Royal Building Trades School in Berlin, where he "
            "studied from 1830 to 1831.",
            ("educated_at", "christian gottlieb teichelmann", "royal building trades school"),
        ),
        # a value's possessive before a common noun: the value owns it, keyed without "'s"
        (
            "Virginia Phiri",
            "Virginia Phiri was born in 1954 in Zimbabwe's second largest city, Bulawayo.",
            ("birth_place", "virginia phiri", "zimbabwe"),
        ),
        (
            "Edwin Belcher",
            "In 1872 he graduated from Howard University's law school (founded in 1869) and was "
            "admitted to the bar in Washington D.C.",
            ("educated_at", "edwin belcher", "howard university"),
        ),
        # (a name's own "'s" stays)
        (
            "Luxol St Andrews Futsal Club",
            "Luxol St Andrews Futsal Club is a Maltese futsal club based in St. Andrew's.",
            ("headquarters", "luxol saint andrews futsal club", "saint andrew's"),
        ),
        # a sentence adverb with no comma after it is no part of the name
        (
            "Dzmitry Loban",
            "Coincidentally Dzmitry's wife, Lidziya Hrafeyeva also represented Belarus at the 2018 "
            "Winter Paralympics.",
            ("spouse", "dzmitry loban", "lidziya hrafeyeva"),
        ),
        # a year below 1000 after a sentence's opening preposition or an era
        (
            "Lubentius",
            "Martin later sent him to Bishop Maximin of Trier to be educated for the priesthood. "
            "When Lubentius came of canonical age, Maximin ordained him priest.\nHe worked as a "
            "parish priest in Kobern. In 349, Maximin died while visiting relatives in Acquitaine.",
            ("death_date", "bishop maximin", "0349"),
        ),
        # a later life span that agrees in neither year with the first is a namesake's: under
        # the name as written when that is a full name of its own
        (
            "Georg Decker (printer)",
            "Georg Decker (23 April 1596 - 1661) was a German book-printer and publisher active in "
            "Basel, where he founded Basel University Press.\nLife.\nOne of Georg Decker's "
            "descendants, Georg Jacob Decker (1732–1799), later took over a printing press in "
            "Berlin.",
            ("birth_date", "georg jacob decker", "1732"),
        ),
        # (one year that differs is a source's doubt: the later span stays)
        (
            "Sidney Crawford",
            "Edward James Frederick Crawford (c. 1808 – 15 May 1880), at one time a prosperous "
            "brewer associated with the Hindmarsh Brewery.\nEdward James Frederick Crawford (7 "
            "December 1809 – 15 May 1880) Adelaide brewer married (1) Mary Ann Scott (2) Frances "
            "Mitchell ( – 1 April 1877) in Sydney on 31 July 1841.",
            ("birth_date", "edward james frederick crawford", "1809-12-07"),
        ),
        # (but for the person's own given name: "Lady Henrietta" in *Henrietta Howard*)
        (
            "Henrietta Howard, Countess of Suffolk (died 1715)",
            "Henrietta Howard, Countess of Suffolk (c.1669 – 10 August 1715), formerly Lady "
            "Henrietta Somerset, was the second wife of Henry Howard, 6th Earl of Suffolk.\nLady "
            "Henrietta Somerset was the daughter of Henry Somerset, 1st Duke of Beaufort, and his "
            "wife, the former Mary Capell.\nOn 24 June 1686, Lady Henrietta married Henry Horatio "
            "O'Brien, son of the Earl of Thomond.",
            ("spouse", "henrietta howard", "henry horatio o'brien"),
        ),
        # (an estimate inside the life is a source's doubt: kept; Re-DocRED dev)
        (
            "Ali Abdullah Ahmed",
            _ALI_ABDULLAH_AHMED,
            ("birth_date", "ali abdullah ahmed", "1977"),
        ),
        # an ampersand between capitals is inside a school's or a body's name (a dump's "&amp;")
        (
            "Nikolaos Stylianou",
            "Nikolaos Stylianou (born November 9, 1988) is a Cypriot professional basketball "
            "player for Keravnos of the Cypriot League. He played college basketball for Navarro "
            "College and West Texas A&amp;M.",
            ("educated_at", "nikolaos stylianou", "west texas a&m"),
        ),
        (
            "Dolester Miles",
            "Dolester \"Dol\" Miles (born 1957) is an American pastry chef.\nMiles graduated "
            "from Wenonah High School in 1975 and attended Alabama A&amp;M University and Lawson "
            "State Community College where she studied computer science.",
            ("educated_at", "dolester miles", "alabama a&m university"),
        ),
        (
            "Jason Fulford",
            "Jason Fulford (born 1973) is an American photographer, publisher and educator, based "
            "in Brooklyn, New York City.\nFulford is co-founder of J&amp;L Books, where he is "
            "publisher, editor and book designer.",
            ("founder", "j&l books", "jason fulford"),
        ),
        # a lead's "about" ends its head noun: "The film" is the document's film
        (
            "22 July (film)",
            "22 July is a 2018 American crime drama film about the 2011 Norway attacks and their "
            "aftermath, based on the book \"One of Us: The Story of a Massacre in Norway — and Its "
            "Aftermath\" by Åsne Seierstad.\nRelease.\nThe film was released on 10 October 2018 "
            "on Netflix and in select theaters.",
            ("publication_date", "22 july", "2018-10-10"),
        ),
        # in a document about a company or a surname, another full name that fits the title is
        # someone else's, counted as written
        (
            "JF Hillebrand",
            _JF_HILLEBRAND,
            ("birth_date", "johann friedrich hillebrand", "1819"),
        ),
        (
            "Van der Molen",
            "Van der Molen is a Dutch toponymic surname meaning \"from the mill\". People with "
            "this name include:\nTrijnte van der Molen (1899-1956) , mother of Truus and Freddie "
            "Oversteegen, Dutch resistance fighters.",
            ("death_date", "trijnte van der molen", "1956"),
        ),
        # a list after a work noun names works, quoted or not
        (
            "Dasht (TV series)",
            "Dasht (, Dashh-th) (English: Desert) is a Pakistani drama television series. "
            "Audiences appreciated the screen chemistry between Atiqa Odho and Nauman Ejaz the duo "
            "later worked together in several successful dramas including Nijaat (1993), Talaash "
            "(Telefilm 1994), Arzoo Jeenay Ki Tu Nahin (2014), Khan (2017).",
            ("publication_date", "nijaat", "1993"),
        ),
        (
            "Malaya Akulukjuk",
            "Malaya Akulukjuk was an Inuit artist. Some of Akulukjuk's pieces such as Inuit Ways "
            "(1979) and Hunting Polar Bears with Harpoon (1982) are displayed in the National "
            "Gallery of Canada.",
            ("publication_date", "hunting polar bears with harpoon", "1982"),
        ),
        # (a short phrase may stand between the work noun and "such as"; Re-DocRED dev)
        (
            "Anthony Steel (actor)",
            "Anthony Maitland Steel ( 21 May 1920 – 21 March 2001 ) was an English actor and "
            "singer best known for his appearances in British war films of the 1950s such as The "
            "Wooden Horse ( 1950 ) , and his marriage to Anita Ekberg .",
            ("publication_date", "wooden horse", "1950"),
        ),
        # a state university's campus is part of its name (not another body after "at")
        (
            "Veronica Escobar",
            "Veronica Escobar (born September 15, 1969) is an American politician.\nEscobar "
            "attended Loretto Academy and Burges High School, before getting her bachelor's degree "
            "at the University of Texas at El Paso (UTEP) and her master's degree from New York "
            "University.",
            ("educated_at", "veronica escobar", "university of texas at el paso"),
        ),
        (
            "Tara Westover",
            "Tara Westover (born September 27, 1986) is an American memoirist, essayist and "
            "historian.\nShe then earned a Masters degree from the University of Cambridge at "
            "Trinity College as a Gates Cambridge Scholar.",
            ("educated_at", "tara westover", "university of cambridge"),
        ),
        # a given name's document is about a name: its people are counted under their own
        # names (Re-DocRED dev)
        (
            "Won-yong",
            "Won - yong is a Korean masculine given name . People with this name include : Kang "
            "Won - yong ( 1917 – 2006 ) , South Korean Presbyterian leader\nKim Won - yong ( 1922 "
            "– 1993 ) , South Korean archaeologist\nJung Won - yong ( born 1992 ) , South Korean "
            "swimmer",
            ("birth_date", "jung won yong", "1992"),
        ),
        # "the Soviet city of Leningrad": the place a settlement's noun names, not the word
        # before it
        (
            "Gleb Kolyadin",
            "Gleb Kolyadin was born on July 11, 1989 in the Soviet city of Leningrad (now Saint "
            "Petersburg).",
            ("birth_place", "gleb kolyadin", "leningrad"),
        ),
        (
            "Louis Wilkinson",
            "Louis Umfreville Wilkinson (17 December 1881 – 12 September 1966) was a British "
            "author, lecturer and biographer.\nWilkinson was born on 17 December 1881, in the "
            "Suffolk town of Aldeburgh, the only son of a clergyman.",
            ("birth_place", "louis wilkinson", "aldeburgh"),
        ),
        (
            "Felice Salimbeni",
            "Felice Salimbeni (c. 1712 - 16 October 1755) was an Italian castrato opera singer.\n"
            "He died in 1755 in the Slovenian town of Vrhnika, then part of the Habsburg "
            "Monarchy.",
            ("death_place", "felice salimbeni", "vrhnika"),
        ),
        # (a suburb's noun keeps the first place but for a people's word: "the Tarzana
        # neighborhood of Los Angeles")
        (
            "Doja Cat",
            "Amala Ratna Zandile Dlamini (born October 21, 1995), known professionally as Doja "
            "Cat (), is an American rapper.\nAmala Ratna Zandile Dlamini was born on October 21, "
            "1995, into an artistic family in the Tarzana neighborhood of Los Angeles, "
            "California.",
            ("birth_place", "amala ratna zandile dlamini", "tarzana"),
        ),
        # "of the" inside a state's name
        (
            "Rufin Oba",
            _RUFIN_OBA,
            ("birth_place", "rufin oba", "republic of the congo"),
        ),
        # "His first wife was X", "Her husband is X", "was the painter X"
        (
            "Theodora Sturkow-Ryder",
            "Theodora Sturkow-Ryder (August 11, 1876 – August 3, 1958) was an American concert "
            "pianist.\nHer first husband was Benjamin Hudson Ryder, an electrical engineer from "
            "Pittsburgh; they married in 1906 and he died in 1925.",
            ("spouse", "theodora sturkow ryder", "benjamin hudson ryder"),
        ),
        (
            "Viktor Krivulin",
            "Viktor Borisovich Krivulin (; 9 July 1944 – 17 March 2001) was a Russian poet, "
            "novelist and essayist.\nHis first wife was the philosopher Tatyana Goricheva, with "
            "whom they organized unofficial seminars.",
            ("spouse", "viktor krivulin", "tatyana goricheva"),
        ),
        (
            "Michelle Bartsch-Hackley",
            "Michelle Bartsch-Hackley (born February 12, 1990) is an American professional "
            "volleyball player.\nHer husband is Corbin Hackley.",
            ("spouse", "michelle bartsch hackley", "corbin hackley"),
        ),
        # "X, born in P": the name before it was born there
        (
            "Undertaking (band)",
            "Undertaking was a Hungarian thrash metal band formed in Budapest in 1988.\nViktor "
            "Jakab, born in Miskolc, Hungary, had played in the local band Reaktor before moving "
            "to Budapest.",
            ("birth_place", "viktor jakab", "miskolc"),
        ),
        (
            "Louis Philippe style",
            "The style of architecture and design under King Louis Philippe I (1830–1848) was a "
            "more eclectic development of French neoclassicism.\nThe poet Charles Baudelaire, "
            "born in Paris, published his first works, essays of art criticism.",
            ("birth_place", "charles baudelaire", "paris"),
        ),
        (
            "Betty Cecilia Lugo",
            "Betty Cecilia Lugo González (April 20, 1946 – September 23, 2017) was a Venezuelan "
            "philanthropist.\nHer parents were Raúl Lugo Montero, born in La Vela de Coro, "
            "Falcón State, and Prefect of the Maracaibo District around 1950.",
            ("birth_place", "raul lugo montero", "la vela de coro"),
        ),
        # a school's unit, then "of" and the school
        (
            "Mariam Khutsurauli",
            "Mariam Khutsurauli (; ; born 15 January 1960) is a Georgian poet and writer.\nShe "
            "graduated from the law department of Tbilisi State University in 1982.",
            ("educated_at", "mariam khutsurauli", "tbilisi state university"),
        ),
        (
            "Mary Chieffo",
            "Mary Elizabeth Chieffo (born 1992) is an American actress.\nShe attended the Drama "
            "division of Juilliard School in New York City, earning a Bachelor of Fine Arts "
            "degree in 2015.",
            ("educated_at", "mary chieffo", "juilliard school"),
        ),
        # (but a subject after "faculty of" is no school: the one after "at" is)
        (
            "Krišjānis Zeļģis",
            "Krišjānis Zeļģis (born 22 July 1985) is a Latvian poet and brewer.\nHe later "
            "studied in the faculty of Geography and Land Sciences at the University of Latvia, "
            "where he earned a bachelor's degree in Earth Science.",
            ("educated_at", "krisjanis zelgis", "university of latvia"),
        ),
        # a writer's trade (and a second one) before the author's name
        (
            "The Emperor of Ocean Park",
            "The Emperor of Ocean Park is a 2002 novel by American author and law professor "
            "Stephen L. Carter.",
            ("author", "emperor of ocean park", "stephen l carter"),
        ),
        (
            "Class (Pacifico novel)",
            "Class is a 2014 novel by author Francesco Pacifico.",
            ("author", "class", "francesco pacifico"),
        ),
        (
            "Stars and Bars (novel)",
            "Stars and Bars, the third novel by Scottish author William Boyd, was first published "
            "in 1984 in the United Kingdom by Hamish Hamilton.",
            ("author", "stars and bars", "william boyd"),
        ),
        (
            "Gargoyle (monster)",
            "The notion of gargoyles as supernatural constructs brought to life by evil was "
            "introduced in \"Maker of Gargoyles\" (1932), a short pulp fiction story by Clark "
            "Ashton Smith where Reynard, a medieval stonemason, unconsciously infuses his "
            "gargoyles with his own hatred.",
            ("author", "maker of gargoyles", "clark ashton smith"),
        ),
        # "Its headquarters are located in P", "The company's international headquarters is
        # located in P"; a building before the town is passed over
        (
            "Townsend Entertainment",
            "Townsend Entertainment (also known as The Townsend Entertainment Company and "
            "officially, Townsend Entertainment Corporation) is an American entertainment "
            "company.\nIts headquarters are located in Beverly Hills, California.",
            ("headquarters", "townsend entertainment", "beverly hills"),
        ),
        (
            "Arctic Planetary Science Institute",
            _ARCTIC_PLANETARY,
            ("headquarters", "arctic planetary science institute", "rovaniemi"),
        ),
        # "The movement was founded …", "an online casino, founded in 2011": the lead's own noun
        (
            "Pashtun Tahafuz Movement",
            "The Pashtun Tahafuz Movement (PTM; \"Paṣhtūn Zhghōrənē Ghōrźang\"; ) is a social "
            "movement for Pashtun human rights based in Khyber Pakhtunkhwa and Balochistan. The "
            "movement was founded in May 2014 by eight students in Dera Ismail Khan.",
            ("founding_date", "pashtun tahafuz movement", "2014-05"),
        ),
        (
            "Videoslots",
            "Videoslots is an online casino, founded in 2011 and headquartered in Malta.",
            ("founding_date", "videoslots", "2011"),
        ),
        (
            "Ormeau Bridge",
            "The Ormeau Bridge is a road bridge in Belfast, roughly 80m long, carrying the A24 "
            "Ormeau Road across the River Lagan.\nThe bridge was opened in 1863 and designed by "
            "Charles Lanyon.",
            ("founding_date", "ormeau bridge", "1863"),
        ),
        # "died in 1949, aged 69 years, in Washington", "died, age 68, in Christchurch", "died
        # on 10 April 1988 (aged 91) in High Wycombe": an age before the place
        (
            "Lucille Foster McMillin",
            "Lucille Foster McMillin (September 20, 1879 – February 25, 1949) was an American "
            "political figure.\nShe was widowed in 1933, and died in 1949, aged 69 years, in "
            "Washington, D.C.",
            ("death_place", "lucille foster mcmillin", "washington dc"),
        ),
        (
            "Frederick Dawson",
            "Frederick Francis Dawson (19 June 1917 – 27 April 1986) was a New Zealand cricketer."
            "\nBorn in Timaru, Dawson played three first class matches for Canterbury in the "
            "1950–51 season. He died, age 68, in Christchurch.",
            ("death_place", "frederick dawson", "christchurch"),
        ),
        (
            "Annie Hutton Numbers",
            "Annie Hutton Numbers (6 March 1897 – 10 April 1988) was a Scottish chemist and "
            "academic.\nShe retired in 1965 and died on 10 April 1988 (aged 91) in High "
            "Wycombe, Buckinghamshire.",
            ("death_place", "annie hutton numbers", "high wycombe"),
        ),
        # a lead's name with an initial or a title before it: "Archibald R. Murray (…) was an
        # American lawyer born in Barbados", "Dr. Frank Ephraim Welles (…) was"
        (
            "Archibald R. Murray",
            "Archibald R. Murray (August 25, 1933 – September 16, 2001) was an American lawyer "
            "born in Barbados, who became the first African-American president of the New York "
            "State Bar Association and the second African-American chairman of the executive "
            "committee of the New York City Bar Association.",
            ("birth_place", "archibald r murray", "barbados"),
        ),
        (
            "Frank E. Welles",
            "Dr. Frank Ephraim Welles (April 1852 - April 13, 1927) was an American professor "
            "born in New York State.",
            ("birth_place", "frank e welles", "new york state"),
        ),
        (
            "S.R. Lavin",
            "S.R. Lavin (Sholom Lavin) is a poet who was born in Springfield, Massachusetts on "
            "April 2, 1945.",
            ("birth_date", "sr lavin", "1945-04-02"),
        ),
        # the lead's head noun before what it does: "a company producing …" is a company's lead,
        # so "The company" names it
        (
            "VirtualRealPorn",
            "VirtualRealPorn is a company producing virtual reality pornography which was founded "
            "in 2013. The company is located in Spain, headquartered in Zaragoza with offices in "
            "Granada and Barcelona, where most of the video shootings take place.\nHistory.\nThe "
            "company was founded by Mike Kowalski in 2013 when he realized a lack of non-animated "
            "actors in the virtual reality market.",
            ("founder", "virtualrealporn", "mike kowalski"),
        ),
        # a campus after an en dash or "at", an en dash inside it: "University of
        # Wisconsin–River Falls", "the University of Illinois at Urbana–Champaign"
        (
            "Jodi Emerson",
            "Jodene Emerson (born August 3, 1972) is an American activist and Democratic "
            "politician.\nEmerson was born and raised in Eau Claire, Wisconsin, and graduated "
            "from Memorial High School. Emerson attended University of Wisconsin–River Falls for "
            "two years before starting a family.",
            ("educated_at", "jodi emerson", "university of wisconsin river falls"),
        ),
        (
            "Dave Ross",
            "Dave Ross is an American businessman and Republican politician.\nRoss was born in "
            "Superior, Wisconsin, and obtained his bachelor's degree from the University of "
            "Wisconsin–Superior.",
            ("educated_at", "dave ross", "university of wisconsin superior"),
        ),
        (
            "Clayton Kirkpatrick",
            "Clayton Kirkpatrick (January 8, 1915 – June 19, 2004) was the editor of the "
            "\"Chicago Tribune\" newspaper from 1969 until 1979.\nKirkpatrick graduated in 1937 "
            "from the University of Illinois at Urbana–Champaign.",
            ("educated_at", "clayton kirkpatrick", "university of illinois at urbana champaign"),
        ),
        # a graduate's year: "is a 2007 graduate of Harvard College"
        (
            "Geneva Robertson-Dworet",
            "Geneva Robertson-Dworet (born May 8, 1985) is an American screenwriter.\n"
            "Robertson-Dworet is a 2007 graduate of Harvard College. She wrote for \"The Harvard "
            "Lampoon\" during her time there.",
            ("educated_at", "geneva robertson dworet", "harvard college"),
        ),
        (
            "Sean Spencer",
            "Sean Spencer (born December 15, 1970), nicknamed \"Coach Chaos\", is an American "
            "football coach and former player.\nA native of Hartford, Connecticut, Spencer is a "
            "1988 graduate of Bulkeley High School, where he was a teammate of NFL coach Eric "
            "Mangini.",
            ("educated_at", "sean spencer", "bulkeley high school"),
        ),
        # "and (later) enrolled in/at" a school, as "and attended"
        (
            "John Samson (filmmaker)",
            "John Samson (1946–2004) was a Scottish independent filmmaker.\nSamson was born in "
            "Ayrshire and grew up in Paisley. He also joined the Anarchist movement, and "
            "participated in a number of strikes and demonstrations. He left his apprenticeship "
            "and enrolled in the Glasgow School of Art in 1963; later, after learning photography "
            "and the guitar, he began making documentary films.",
            ("educated_at", "john samson", "glasgow school of art"),
        ),
        (
            "Myrtle Cagle",
            "Myrtle \"Kay\" Thompson Cagle (June 3, 1925 – December 22, 2019) was an American "
            "pilot and one of the Mercury 13 female astronauts group.\nPost-Mercury 13.\nCagle "
            "went back to teaching students how to fly and also enrolled in Mercer University.",
            ("educated_at", "myrtle cagle", "mercer university"),
        ),
        # a quoted title after its work's noun, then "by": the quoted work's author, in any
        # document
        (
            "Masquerade (1929 film)",
            "Masquerade is a 1929 American drama film directed by Russell Birdwell and written by "
            "Malcolm Stuart Boylan and Frederick Hazlitt Brennan. It is based on the 1907 novel "
            "\"The Brass Bowl\" by Louis Joseph Vance.",
            ("author", "brass bowl", "louis joseph vance"),
        ),
        (
            "Mindia",
            "Mindia is an opera in three acts composed by Otar Taktakishvili to a libretto in "
            "Georgian by Revas Tabukashvili. Based on the poem \"The Snake-eater\" by "
            "Vazha-Pshavela, it premiered on 23 July 1961 at the Tbilisi Opera and Ballet Theatre.",
            ("author", "snake eater", "vazha pshavela"),
        ),
        (
            "Eliza Emily Donnithorne",
            "Eliza Emily Donnithorne (8 July 1821 – 20 May 1886) was an Australian woman best "
            "known as a possible inspiration for the character of Miss Havisham in Charles "
            "Dickens' 1861 novel \"Great Expectations\".\nLiterature: Eliza Donnithorne features "
            "in the children's novel \"I Am Susannah\" by Libby Gleeson (Angus &amp; Robertson, "
            "1987).",
            ("author", "i am susannah", "libby gleeson"),
        ),
        # … and ", written by" after the quoted title
        (
            "Aggi Pidugu",
            "Aggi Pidugu () is a 1964 Indian Telugu-language swashbuckler film, produced and "
            "directed by B. Vittalacharya under the Sri Vital Combines banner. The film is based "
            "on the 1844 French novella \"The Corsican Brothers\", written by Alexandre Dumas.",
            ("author", "corsican brothers", "alexandre dumas"),
        ),
        # (a given name shaped as a nationality's word is the name's: "by Jean Hanff Korelitz";
        # but "a novel by American John Updike")
        (
            "The Undoing",
            "The Undoing is a 2020 American mystery psychological thriller television miniseries "
            "based on the 2014 novel \"You Should Have Known\" by Jean Hanff Korelitz. It was "
            "written and produced by David E. Kelley and directed by Susanne Bier.",
            ("author", "you should have known", "jean hanff korelitz"),
        ),
        (
            "Villages (novel)",
            "Villages is a novel by American John Updike, published by Knopf in 2004. It was "
            "rereleased by Penguin Essentials in 2018.",
            ("author", "villages", "john updike"),
        ),
        # a possessor's play before a quoted title ("play "" triggers), and a possessive's
        # straight apostrophe before a year
        (
            "Jeffrey Masten",
            "Jeffrey A. Masten (born June 10, 1964) is an American academic specializing in "
            "Renaissance English literature and culture and the history of sexuality.\nIn 2012 "
            "Masten discovered a previously unknown first-edition copy of Christopher Marlowe's "
            "1594 play \"Edward II\", only the second existing copy of the play.",
            ("author", "edward ii", "christopher marlowe"),
        ),
        (
            "Dolly Varden (yacht)",
            "Dolly Varden was a British racing yacht.\nThe boat is believed to have been named for "
            "“Dolly Varden”, a character in Charles Dickens' 1880 novel \"Barnaby Rudge\".",
            ("author", "barnaby rudge", "charles dickens"),
        ),
        # names after a list's commas, then "and" something else: "by A, B, and other partners"
        (
            "WordLift",
            "WordLift is a start-up founded in 2017 and based in Rome, Italy.\nHistory.\nWordLift "
            "was founded in Rome in 2017 by Andrea Volpini, David Riccitelli, and other partners, "
            "and its plugin was developed using the results of European Union's research and "
            "development projects.",
            ("founder", "wordlift", "david riccitelli"),
        ),
        # a body's founding date after its abbreviation or its founder's pronoun
        (
            "Kwon Hyuk-bin",
            "Kwon Hyuk-Bin is a Korean billionaire who co-founded Korea's third largest gaming "
            "company, Smilegate, maker of the popular CrossFire games.\nHe owns 100% of Smilegate "
            "Holdings, which he founded in 2002.",
            ("founding_date", "smilegate holdings", "2002"),
        ),
        (
            "Marilyn Fain Apseloff",
            "Marilyn Fain Apseloff (March 18, 1934 - February 22, 2018) was an American author and "
            "a professor at Kent State University, known for her study of children's literature."
            "\nApseloff was among the early leadership of the Children's Literature Association "
            "(ChLA), founded in 1973 to provide a professional hub for scholarly study and "
            "criticism of children's literature, a field at that time in its infancy.",
            ("founding_date", "children's literature association", "1973"),
        ),
        # (an office's "Director-General of" is no part of the body's name)
        (
            "Riccardo Bianchi",
            "Riccardo Bianchi (1854-1936) was an Italian engineer and the first Director-General "
            "of the Italian State Railways (FS), formed in 1905.",
            ("founding_date", "italian state railways", "1905"),
        ),
        # "the owner of X, which she founded": the pronoun's person is X's founder
        (
            "Sarah Frey",
            "Sarah Frey (born July 24, 1976) is an American farmer and entrepreneur. She is the "
            "CEO and owner of Frey Farms, which she founded at age sixteen.",
            ("founder", "frey farms", "sarah frey"),
        ),
        # "A graduate of X, NAME …" at a sentence's start: the document's person
        (
            "Norma Meras Swenson",
            "Norma Meras Swenson (born 1932) is an expert in the field of maternal and child "
            "health as well as in reproductive and sexual health rights.\nEducation.\nA graduate "
            "of Tufts University, Swenson studied medical sociology while at Tufts.",
            ("educated_at", "norma meras swenson", "tufts university"),
        ),
        (
            "Chung Eui-yong",
            "Chung Eui-yong (; born 14 April 1946) is a South Korean diplomat and a politician "
            "currently serving as Minister of Foreign Affairs under President Moon Jae-in.\n"
            "Career.\nA 1968 graduate of Seoul National University, Chung joined the Ministry of "
            "Foreign Affairs in 1971.",
            ("educated_at", "chung eui yong", "seoul national university"),
        ),
        # a law named with its year is its publication date (Wikidata's, Re-DocRED's): "the
        # Parliamentary Constituencies Act 2020", "the Trading with the Enemy Act of 1917", "the
        # 1934 Railroad Retirement Act", "the Greek Constitution of 1911", "the Taft–Hartley Act
        # of 1947", "the revised Norwegian constitution of 4 November 1814"
        (
            "List of Parliamentary constituencies in the East of England (region)",
            "Subsequently, the Parliamentary Constituencies Act 2020 was passed into law on 14 "
            "December 2020.",
            ("publication_date", "parliamentary constituencies act", "2020"),
        ),
        (
            "Constitutional challenges to the New Deal",
            "He based his actions on the Trading with the Enemy Act of 1917.",
            ("publication_date", "trading with the enemy act", "1917"),
        ),
        (
            "Constitutional challenges to the New Deal",
            "Following the undoing of the National Recovery Administration by the \"Schechter\" "
            "decision, Congress attempted to salvage the coal industry code promulgated under the "
            "National Industrial Recovery Act in the Bituminous Coal Conservation Act of 1935.",
            ("publication_date", "bituminous coal conservation act", "1935"),
        ),
        (
            "Constitutional challenges to the New Deal",
            "While not itself a part of the New Deal, the Roosevelt administration kept a close "
            "eye on the challenge to the 1934 Railroad Retirement Act, \"Railroad Retirement "
            "Board v.",
            ("publication_date", "railroad retirement act", "1934"),
        ),
        (
            "Kingdom of Greece",
            "The Greek Constitution of 1911 was a major step forward in the constitutional history "
            "of Greece.",
            ("publication_date", "greek constitution", "1911"),
        ),
        (
            "Janus v. AFSCME",
            "Under the Taft–Hartley Act of 1947, which applies to the private sector, union "
            "security agreements can be allowed by state law.",
            ("publication_date", "taft hartley act", "1947"),
        ),
        (
            "EE Ltd v Office of Communications",
            "Under the Wireless Telegraphy Act 2006 s 5 the Secretary of State could give Ofcom "
            "directions about performing its functions.",
            ("publication_date", "wireless telegraphy act", "2006"),
        ),
        (
            "Altitude Express, Inc. v. Zarda",
            "Altitude Express, Inc. v. Zarda, 590 U.S. ___ (2020), was a landmark United States "
            "Supreme Court civil rights case which ruled that under Title VII of the Civil Rights "
            "Act of 1964 employees could not be discriminated against on the basis of sexual "
            "orientation or gender identity.",
            ("publication_date", "civil rights act", "1964"),
        ),
        (
            "Riksakten",
            "The fundamental documents of the union were only the Convention of Moss and the "
            "revised Norwegian constitution of 4 November 1814 .",
            ("publication_date", "norwegian constitution", "1814-11-04"),
        ),
        (
            "Odyssey Cinema, St Albans",
            "The cinema failed inspection following the passing of the 1910 Cinematograph Act and "
            "was sold through liquidation to George Arthur Dawson the following year.",
            ("publication_date", "cinematograph act", "1910"),
        ),
        # a title's word with full stops between capitals: "TY.O", "… 2150 A.D."
        (
            "TY.O",
            "Taking a more electronic music sound than his previous releases , TY.O was released "
            "in December 2011 by Universal Island Records but for reasons unknown to Cruz , its "
            "British and American releases were delayed .",
            ("publication_date", "tyo", "2011-12"),
        ),
        (
            "Bernard Cribbins",
            "Having appeared as Tom Campbell , a companion to Dr. Who in the 1966 feature film "
            "Daleks ' Invasion Earth 2150 A.D. , Cribbins also appeared four decades later as "
            "Wilfred Mott , a companion to the Tenth Doctor , in the revival of Doctor Who .",
            ("publication_date", "daleks invasion earth 2150 ad", "1966"),
        ),
        # a pronoun's written works and the list they start: "His publications included "A"
        # (1945) and "B" (1951)", "Her novels are …", "Her books include the collection "A" and
        # the biography "B"", and a list after "the author of "A" (…)"
        (
            "Reginald Taylor (engineer)",
            "Sir Reginald William Taylor, CMG (1 December 1895 – 19 October 1971), known "
            "informally as Rex Taylor, was a British civil engineer and civil servant who worked "
            "in several British colonies.\nHis publications included \"Aerodrome Construction\" "
            "(1945) and \"Nigerian Highways\" (1951).",
            ("author", "nigerian highways", "reginald taylor"),
        ),
        (
            "A. M. Bakalar",
            "A. M. Bakalar (born 3 March 1975, birth name: Joanna Zgadzaj) is a Polish author, "
            "writing in English. Her novels are \"Madame Mephisto\" (2012) and \"Children of Our "
            "Age\" (2017).",
            ("author", "madame mephisto", "am bakalar"),
        ),
        (
            "Evelyn C. White",
            "Evelyn Corliss White (born March 29, 1954) is an American writer and editor. Her "
            "books include the collection \"Black Women's Health Book: Speaking for Ourselves\" "
            "and the biography \"Alice Walker: A Life\".",
            ("author", "alice walker a life", "evelyn c white"),
        ),
        (
            "S.R. Lavin",
            "S.R. Lavin (Sholom Lavin) is a poet who was born in Springfield, Massachusetts on "
            "April 2, 1945. He is the author of \"Let Myself Shine\" (the Kulchur Foundation, "
            "1979) and \"Voice in the Whirlwind\" (Dorrance Publishing, 2012).",
            ("author", "voice in the whirlwind", "sr lavin"),
        ),
        # Re-DocRED dev, *Nikita Bogoslovsky*: a tokenised "Saint - Petersburg" is one place
        (
            "Nikita Bogoslovsky",
            "Nikita Vladimirovich Bogoslovsky (; May 22 , 1913 in Saint - Petersburg , Russian "
            "Empire – April 4 , 2004 in Moscow , Russia ) was a Soviet Russian composer , author "
            "of more than 200 songs .",
            ("birth_place", "nikita bogoslovsky", "saint petersburg"),
        ),
        # "married on 20 February 1780, Y", "married, secondly, Y", "married firstly to Y"
        (
            "John Scott (banker)",
            "John Scott (28 January 1757 – 19 April 1832) was an English banker and evangelical "
            "Christian.\nJohn Scott married on 20 February 1780, Mary Whinnell (1751-1818), "
            "daughter of Benjamin Whinnell of Wimborne, Dorset, and secondly on 11 May 1819, Anne "
            "Ley (1777-1859), daughter of Thomas Ley of Wolborough, Devon.",
            ("spouse", "john scott", "mary whinnell"),
        ),
        (
            "Sir Robert Warren, 1st Baronet",
            "Sir Robert Warren, 1st Baronet JP (20 August 1723 – 1811) was an Anglo-Irish "
            "landowner and businessman.\nHe married, secondly, Elizabeth Lawton, daughter of "
            "John Lawton, in 1780 and with her had issue:",
            ("spouse", "robert warren", "elizabeth lawton"),
        ),
        (
            "Oei Hui-lan",
            "Oei Hui-lan (; 2 December 1889 – 1992), known as Madame Wellington Koo, was a "
            "Chinese-Indonesian international socialite and style icon.\nShe was married "
            "firstly to British consular agent Beauchamp Caulfield-Stoker, then to the "
            "pre-communist Chinese statesman Wellington Koo.",
            ("spouse", "beauchamp caulfield stoker", "oei hui lan"),
        ),
        # a life whose end year is cut to two digits, read in the start's century
        (
            "Anna Sarauw",
            "Born in Frederiknagore (now Serampore) in Danish India, Anna Elisabeth Elberling was "
            "the daughter of the Danish government representative Frederik Emil Elberling "
            "(1804–80) and Harriet Anna Fjellerup (1821–59).",
            ("death_date", "frederik emil elberling", "1880"),
        ),
        (
            "Anna Sarauw",
            "Born in Frederiknagore (now Serampore) in Danish India, Anna Elisabeth Elberling was "
            "the daughter of the Danish government representative Frederik Emil Elberling "
            "(1804–80) and Harriet Anna Fjellerup (1821–59).",
            ("birth_date", "harriet anna fjellerup", "1821"),
        ),
        (
            "Henrik Angell",
            "He was the son of Johan Mølmann Anderson Lysholm Angell ( 1820 – 88 ) and his wife "
            "Marie With Bonnevie ( 1830 – 1904 ) .",
            ("birth_date", "johan molmann anderson lysholm angell", "1820"),
        ),
        # a life not yet ended: "(1965- )"
        (
            "Susan Skoog",
            "Susan Skoog (1965- ), American filmmaker, is best known for her low-budget but "
            "highly acclaimed debut film \"Whatever\" (1998).",
            ("birth_date", "susan skoog", "1965"),
        ),
        (
            "Puskás",
            "Lajos Puskás ( 1944- ) , Hungarian footballer",
            ("birth_date", "lajos puskas", "1944"),
        ),
        # the document's own region: its regional capital or administrative centre
        (
            "Morogoro Region",
            "Morogoro Region is one of Tanzania 's 31 administrative regions . The regional "
            "capital is the municipality of Morogoro .",
            ("capital", "morogoro region", "morogoro"),
        ),
        (
            "Kajaran Municipality",
            "Kajaran Municipality, referred to as Kajaran Community ( \"Kajaran Hamaynk\"), is an "
            "urban community and administrative subdivision of Syunik Province of Armenia, at "
            "the south of the country. Composed of a group of settlements, its administrative "
            "centre is the town of Kajaran.",
            ("capital", "kajaran municipality", "kajaran"),
        ),
        (
            "Balaesang",
            "Balaesang is a district of Donggala Regency, Central Sulawesi, Indonesia. The "
            "district capital is Tambu.",
            ("capital", "balaesang", "tambu"),
        ),
        # the subject's life (or birth name) before "married"
        (
            "George Needham (teacher)",
            "George Needham (c. 1804 – 19 March 1894) married Catherine Elizabeth Montfort (c. "
            "1810 – 24 May 1863) in Ireland.",
            ("spouse", "george needham", "catherine elizabeth montfort"),
        ),
        (
            "William Ruck-Keene",
            "His great-grandfather, the barrister Benjamin Keene (1753–1837), married Mary Ruck "
            "in 1780, and about 1837 his grandfather, the Rev. Charles Edmund Keene, changed his "
            "name to Ruck-Keene.",
            ("spouse", "mary ruck", "benjamin keene"),
        ),
        # "The picture", "The serial": the document's film or drama serial
        (
            "Are All Men Alike?",
            "Are All Men Alike? is a lost 1920 American silent comedy-drama film directed by "
            "Phil Rosen.\nProduction.\nThe film had wrapped filming and was being edited by the "
            "end of August. The picture was released on November 8, 1920.",
            ("publication_date", "are all men alike", "1920-11-08"),
        ),
        (
            "Mera Haq",
            "Mera Haq is a 2017 Pakistani drama serial directed by Fahad Rehmani.\nReleased.\n"
            "The serial was first aired on 25 December 2017,on timing slot Monday and Tuesday at "
            "7:00 P.M with one hour episode on Geo Entertainment.",
            ("publication_date", "mera haq", "2017-12-25"),
        ),
        # a spouse's description after "his wife," / "her husband,": a trade, "the former"
        (
            "Catherine Cecil, Countess of Salisbury",
            "Catherine Cecil, Countess of Salisbury (c.1590 – January 1673), formerly Lady "
            "Catherine Howard, was the wife of William Cecil, 2nd Earl of Salisbury.\nShe was a "
            "daughter of Thomas Howard, 1st Earl of Suffolk, and his second wife, the former "
            "Catherine Knyvett.",
            ("spouse", "thomas howard", "catherine knyvett"),
        ),
        (
            "Louisa Stanhope, Countess Stanhope",
            "Louisa Stanhope, Countess Stanhope (28 July 1758 – 7 March 1829), formerly Louisa "
            "Grenville, was the second wife of Charles Stanhope, 3rd Earl Stanhope.\nLouisa was "
            "the daughter and sole heiress of Henry Grenville, a diplomat and politician, and his "
            "wife, the former Margaret Eleanor Banks.",
            ("spouse", "henry grenville", "margaret eleanor banks"),
        ),
        (
            "Marcia Arbuthnot",
            "Marcia Arbuthnot (9 July 1774 – 24 May 1806) was the first wife of politician "
            "Charles Arbuthnot.\nShe was born Marcia Mary Anne Clapcott Lisle, the daughter of "
            "William Clapcote-Lisle and his wife, the former Hester Cholmondeley (herself the "
            "daughter of George Cholmondeley, Viscount Malpas).",
            ("spouse", "william clapcote lisle", "hester cholmondeley"),
        ),
        (
            "Josephine Hale",
            "Josephine Hale (May 27, 1878 – October 5, 1961) was an early Montana painter and "
            "nurse in the Red Cross during World War I.\nPersonal life.\nWhile in Great Falls, "
            "Josephine Hale met her husband, wealthy rancher Walter George Hale.",
            ("spouse", "josephine hale", "walter george hale"),
        ),
        (
            "Gurcharan Pohli",
            "Gurcharan Singh Pohli (born June 24, 1942) is an Indian singer and actor who worked "
            "in Punjabi and Hindi films. He is best known for his Punjabi duets with his wife, "
            "singer Promila Pammi.",
            ("spouse", "gurcharan pohli", "promila pammi"),
        ),
        # a state's independence is its inception (Wikidata's P571 of a country)
        (
            "Société de l'Ouenza",
            "The Société de l'Ouenza was an Algerian iron ore mining company founded in 1913 and "
            "nationalized in 1966.\nBy this time the company was 66% state-owned.\nAlgeria "
            "became independent in 1962.",
            ("founding_date", "algeria", "1962"),
        ),
        (
            "Bulat Utemuratov",
            "Bulat Zhamituly Utemuratov (born 13 November 1957) is a Kazakhstani businessman, "
            "public figure, diplomat and philanthropist.\nAfter Kazakhstan became an independent "
            "country in 1991, President Nursultan Nazarbayev selected Utemuratov to go to Vienna.",
            ("founding_date", "kazakhstan", "1991"),
        ),
        (
            "Confession of the Lioness",
            "Confession of the Lioness is a novel written by award-winning Mozambican author Mia "
            "Couto.\nAfter a ceasefire in 1974, Mozambique gained independence in 1975 under the "
            "Head of State, Samora Machel.",
            ("founding_date", "mozambique", "1975"),
        ),
        # "X formed in D" with no "was", at a sentence's start
        (
            "Sauna Youth",
            "Sauna Youth is a London-based post punk band.\nHistory.\nSauna Youth formed in 2009 "
            "with members living between Brighton and London.",
            ("founding_date", "sauna youth", "2009"),
        ),
        (
            "Gulfer",
            "Gulfer is a Canadian rock band from Montreal, Quebec, Canada. They formed in 2011 and "
            "are composed of David Mitchell (bass/vocals), Vincent Ford (vocals/guitar), Joe "
            "Therriault (guitar/vocals) and Julien Daoust (drums).",
            ("founding_date", "gulfer", "2011"),
        ),
        # a series and its years after its noun: its first year; in a list of works, an item
        # with years, or with words after its year
        (
            "Briana Venskus",
            "Briana Venskus-Vazquez (born August 19, 1987) is an American actress.\nShe is best "
            "known for her roles as Agent Susan Vasquez on The CW series \"Supergirl\" "
            "(2015–2017), Beatrice on the AMC series \"The Walking Dead\" (2016–2020), and Agent "
            "Piper on the ABC series \"Agents of S.H.I.E.L.D.\" (2016–2020).",
            ("publication_date", "walking dead", "2016"),
        ),
        (
            "Wilda Bennett",
            "Wilda Bennett (December 19, 1894 – December 20, 1967) was an American actress in "
            "musical comedies and in film.\nBennett's Broadway credits included \"Everywoman\" "
            "(1911-1912), \"A Good Little Devil\" (1913), \"The Only Girl\" (1914-1915), \"The "
            "Riviera Girl\" (1917), \"The Girl Behind the Gun\" (1918-1919), \"Apple Blossoms\" "
            "(1919-1920).",
            ("publication_date", "girl behind the gun", "1918"),
        ),
        (
            "Josephine Sabel",
            "Josephine Domingue Sabel (October 3, 1866 – December 24, 1945) was an American "
            "singer.\nShe appeared in several films: \"Corn Top "
            "Bread\" (1930), \"The March of Time\" (1930, unfinished), and \"Broadway to "
            "Hollywood\" (1933).",
            ("publication_date", "march of time", "1930"),
        ),
        # a director's or writer's work and its year
        (
            "Todd Komarnicki",
            "Todd Komarnicki (born 19 October 1965 in Philadelphia) is an American playwright and "
            "novelist.\nKomarnicki received great critical acclaim for writing Sully (2015), "
            "starring Tom Hanks and directed by Clint Eastwood.",
            ("publication_date", "sully", "2015"),
        ),
        # a work's own noun as a trigger: a series, a game, a painting, an EP, an opera
        (
            "Love in a Cold Climate (1980 TV series)",
            "Love in a Cold Climate is a 1980 British television series produced by Thames "
            "Television.",
            ("publication_date", "love in a cold climate", "1980"),
        ),
        (
            "Solaire of Astora",
            "Solaire of Astora is a knight from the 2011 action role-playing game \"Dark "
            "Souls\".",
            ("publication_date", "dark souls", "2011"),
        ),
        (
            "Hylas and the Nymphs (painting)",
            "Hylas and the Nymphs is an 1896 oil painting by John William Waterhouse.",
            ("publication_date", "hylas and the nymphs", "1896"),
        ),
        (
            "Konflit",
            "Konflit, formerly Konflit Dramatik, are a Canadian rap rock band, most prominent in "
            "the 2000s.\nThey performed at Sudbury's Northern Lights Festival Boréal in 1998 and "
            "2000, and at La Nuit sur l'étang in 2000 and 2001, before releasing their debut EP "
            "\"Hors d'œuvre dresse la table\" in 2001.",
            ("publication_date", "hors d'oeuvre dresse la table", "2001"),
        ),
        # a temple, a mosque: "This temple was founded in 1696", "The mosque was opened in 1966"
        # (enwiki-2021 sample)
        (
            "Penghu Guanyin Temple",
            "The Penghu Guanyin Temple (also \"Guan-Yin-Ting\", , meaning \"the pavilion of "
            "Guanyin\") is a Buddhist temple, like other temples which belongs to the Integration "
            "of Buddhism and Taoism in Taiwan.\nThis temple was founded in 1696 during the Qing "
            "dynasty, the founder is Xue Kui (薛奎), a military officer of Penghu Navy (澎湖水師協).",
            ("founding_date", "penghu guanyin temple", "1696"),
        ),
        (
            "Hassanal Bolkiah Mosque",
            "Hassanal Bolkiah Mosque () is a mosque in Tutong, the town of Tutong District in "
            "Brunei. The mosque was opened in 1966; it can accommodate 1,000 worshippers at one "
            "time.",
            ("founding_date", "hassanal bolkiah mosque", "1966"),
        ),
        # "In YEAR, X appeared in the … film TITLE": the film's year (Re-DocRED dev; enwiki-2021
        # sample)
        (
            "Ko Joo-yeon",
            "In 2007 she appeared in the horror film Epitaph as Asako , a young girl suffering "
            "from overbearing nightmares and aphasia , becoming so immersed in the role that she "
            "had to deal with sudden nosebleeds while on set .",
            ("publication_date", "epitaph", "2007"),
        ),
        (
            "Kärt Tomingas",
            "In 2014, Tomingas appeared in the role of Pille in the Mihkel Ulk-directed drama "
            "feature film \"Nullpunkt\", based on the 2010 novel of the same name by Estonian "
            "author Margus Karu.",
            ("publication_date", "nullpunkt", "2014"),
        ),
        # an aside in parentheses between a work and "released" (Re-DocRED dev; enwiki-2021
        # sample)
        (
            "Tomcats Screaming Outside",
            "Tomcats Screaming Outside is the first ( and to date only ) solo album from British "
            "musician Roland Orzabal of the group Tears for Fears , and was released on 2 April "
            "2001 .",
            ("publication_date", "tomcats screaming outside", "2001-04-02"),
        ),
        (
            "Tango from Obango",
            "Tango from Obango is the debut album by European jazz group the Vienna Art Orchestra "
            "(credited as Wiener Art Orchester) which was first released in 1980 on the Art "
            "label.",
            ("publication_date", "tango from obango", "1980"),
        ),
        # a sequel's year and title, a director's "directorial" (Re-DocRED dev; enwiki-2021
        # sample)
        (
            "Breakout (video game)",
            "The game was ported to the Atari 2600 and was followed by a 1978 sequel , Super "
            "Breakout , which four years later became the pack - in game for the Atari 5200 "
            "console .",
            ("publication_date", "super breakout", "1978"),
        ),
        (
            "Outlaw Country (1949 film)",
            "The film, shot at the Iverson Movie Ranch led to a 1952 sequel \"The Frontier "
            "Phantom\".",
            ("publication_date", "frontier phantom", "1952"),
        ),
        (
            "Vineeth Sreenivasan",
            "Vineeth 's second directorial venture Thattathin Marayathu ( 2012 ) became one of "
            "the highest grossing films of 2012 .",
            ("publication_date", "thattathin marayathu", "2012"),
        ),
        (
            "Vineeth Sreenivasan",
            "His most recent directorial was Jacobinte Swargarajyam ( 2016 ) .",
            ("publication_date", "jacobinte swargarajyam", "2016"),
        ),
        # a lead whose title ends in "?" or "!", and the release after its description
        # (Re-DocRED dev; enwiki-2021 sample)
        (
            "They Shoot Horses, Don't They? (film)",
            "They Shoot Horses , Do n't They ? is a 1969 American depression - era melodrama film "
            "based on Horace McCoy 's 1935 novel of the same name and directed by Sydney Pollack .",
            ("publication_date", "they shoot horses don't they", "1969"),
        ),
        (
            "How Could Hell Be Any Worse?",
            "How Could Hell Be Any Worse ? is the first full - length album by American punk rock "
            "band Bad Religion , released on January 19 , 1982 by Epitaph Records .",
            ("publication_date", "how could hell be any worse", "1982-01-19"),
        ),
        (
            "Nailed It!",
            "Nailed It! is an American Netflix original series which premiered on March 9, 2018. "
            "The series is a bake-off competition in the style of reality television.",
            ("publication_date", "nailed it", "2018-03-09"),
        ),
        (
            "Dauernd jetzt",
            "Dauernd jetzt (\"Continuously now\") is the 14th full-length album by German singer "
            "Herbert Grönemeyer, released in November 2014.",
            ("publication_date", "dauernd jetzt", "2014-11"),
        ),
        # a French or Italian body's name in sentence case (Re-DocRED dev; enwiki-2021 sample)
        (
            "Hélé Béji",
            "In 1998 , she founded the Collège international de Tunis .",
            ("founding_date", "college international de tunis", "1998"),
        ),
        (
            "École des officiers de la gendarmerie nationale",
            "L'École des officiers de la gendarmerie nationale , the French Gendarmerie nationale "
            "Officers School , was created in 1901 and based in the Schomberg barracks in Paris .",
            ("founding_date", "l'ecole des officiers de la gendarmerie nationale", "1901"),
        ),
        (
            "Alda Levi",
            "Levi was born within a Jewish middle-class family and attended the Liceo classico "
            "Tito Livio in Padua.",
            ("educated_at", "alda levi", "liceo classico tito livio"),
        ),
        # "released its … album of …, TITLE": the noun's "of …" before the comma (Re-DocRED
        # dev; enwiki-2021 sample)
        (
            "List of songs recorded by Rage Against the Machine",
            "In 1999 the band released its final album of original material , The Battle of Los "
            "Angeles , which again credited all four members equally for songwriting .",
            ("publication_date", "battle of los angeles", "1999"),
        ),
        (
            "Ari Banias",
            "He published his first book of poetry, \"Anybody,\" in 2016.",
            ("publication_date", "anybody", "2016"),
        ),
        # "founded as NAME in DATE": the body under the name it was founded as (Re-DocRED dev;
        # enwiki-2021 sample) …
        (
            "Bessang Pass Natural Monument",
            "On 10 August 1954 , it was established as the Bessang Pass National Shrine with an "
            "area of by virtue of Proclamation No .",
            ("founding_date", "bessang pass national shrine", "1954-08-10"),
        ),
        (
            "Skylum",
            "Skylum was founded as Macphun in 2008 by two gaming developers and amateur "
            "photographers, Dmitry Sytnik and Paul Muzok.",
            ("founding_date", "macphun", "2008"),
        ),
        # … but after "It was" the founding stays the main entity's
        (
            "Sunmin Image Pictures",
            "It was founded as Artplus in 1990.",
            ("founding_date", "sunmin image pictures", "1990"),
        ),
        # two works "…, both released in D": each takes the date (Re-DocRED dev; enwiki-2021
        # sample)
        (
            "Blank Page",
            "Aguilera had worked with Furler on her previous two albums Bionic and Burlesque , "
            "both released in 2010 .",
            ("publication_date", "bionic", "2010"),
        ),
        (
            "Blank Page",
            "Aguilera had worked with Furler on her previous two albums Bionic and Burlesque , "
            "both released in 2010 .",
            ("publication_date", "burlesque", "2010"),
        ),
        (
            "Gilda Langer",
            "After being introduced to filmmaker Fritz Lang, Langer would appear prominently in "
            "Lang's films \"Halbblut\" and \"Der Herr der Liebe\", both released in 1919.",
            ("publication_date", "halbblut", "1919"),
        ),
        (
            "Gilda Langer",
            "After being introduced to filmmaker Fritz Lang, Langer would appear prominently in "
            "Lang's films \"Halbblut\" and \"Der Herr der Liebe\", both released in 1919.",
            ("publication_date", "der herr der liebe", "1919"),
        ),
        # a lead's head noun past a place before "based" and past an adverb before a
        # participle: "The company" is the document's, "He" the artist's (enwiki-2021 sample)
        (
            "Energi Mine",
            "Energi Mine is a United Kingdom based blockchain technology company, that develops "
            "products in the energy management sector. The company was founded in 2016 by Omar "
            "Rahim, who serves as its CEO.",
            ("founding_date", "energi mine", "2016"),
        ),
        (
            "Bob Forgione",
            "Robert (Bob) Forgione (1929–1994) was an American comic book and comic strip artist, "
            "best known for his work for Charlton Comics. He studied at the New York Franklin "
            "School of Art.",
            ("educated_at", "bob forgione", "new york franklin school of art"),
        ),
        (
            "SeneGence",
            "SeneGence International, Inc. (also known as SGII, Inc.) is a privately owned "
            "American multi-level marketing (MLM) company that sells skincare and makeup "
            "products. The company was founded in 1999 by Joni Rogers-Kante who is the CEO and "
            "chair.",
            ("founding_date", "senegence", "1999"),
        ),
        # a definite description licensed by the title's own noun or a near synonym of the
        # lead's (enwiki-2021 sample)
        (
            "Museum of Salt and Pepper Shakers",
            "The Museum of Salt and Pepper Shakers is in Gatlinburg, Tennessee. The museum was "
            "founded in 2002 by Andrea Ludden, a Belgian archaeologist.",
            ("founding_date", "museum of salt and pepper shakers", "2002"),
        ),
        (
            "Us and Them (film)",
            "Us and Them () is a 2018 Chinese romance. The film premiered on April 23, 2018 in "
            "Beijing.",
            ("publication_date", "us and them", "2018-04-23"),
        ),
        (
            "Human Development (journal)",
            "Human Development is a quarterly peer-reviewed scientific journal covering all "
            "aspects of human development. The journal was founded in 1958 as \"Vita Humana\" by "
            "Hans Thomae (1958–1981)",
            ("founding_date", "human development", "1958"),
        ),
        (
            "SOS Méditerranée",
            "SOS Méditerranée is a European maritime-humanitarian organisation. The group was "
            "founded in June 2015 by German former captain Klaus Vogel and Frenchwoman Sophie "
            "Beau after the Italian navy ended the rescue operation.",
            ("founder", "sos mediterranee", "sophie beau"),
        ),
        # an appositive title with its guest after it (enwiki-2021 sample)
        (
            "Molly World",
            "The first single, \"ILYSM\" featuring Famous Dex, was released on November 30, "
            "2017.",
            ("publication_date", "ilysm", "2017-11-30"),
        ),
        (
            "Brixton (album)",
            "The second single, \"Nah\" featuring Not3s, was released on 15 December 2017.",
            ("publication_date", "nah", "2017-12-15"),
        ),
        # headquarters: the second verb unsaid, "with headquarters" without a comma, and after
        # other things the body has; a hyphenated place with an elided article (enwiki-2021)
        (
            "DingTalk",
            "DingTalk () is an enterprise communication and collaboration platform developed by "
            "Alibaba Group. It was founded in 2014 and headquartered in Hangzhou.",
            ("headquarters", "dingtalk", "hangzhou"),
        ),
        (
            "Hudson Pacific Properties",
            "Hudson Pacific Properties is a real estate investment trust. It is organized in "
            "Maryland and headquartered in Los Angeles.",
            ("headquarters", "hudson pacific properties", "los angeles"),
        ),
        (
            "Clydesdale Motor Truck Company",
            "The Clydesdale Motor Truck Company was a motor company that existed from 1917 to "
            "1939 with headquarters in Clyde, Ohio.",
            ("headquarters", "clydesdale motor truck company", "clyde"),
        ),
        (
            "Pimkie",
            "Pimkie is a privately owned fast fashion label and store chain for young women's "
            "clothing with shops all across Europe and headquarters in Villeneuve-d'Ascq near "
            "Lille northern France.",
            ("headquarters", "pimkie", "villeneuve d'ascq"),
        ),
        (
            "HMI Hotel Group",
            "HMI Hotel Group is a Japanese hotel chain. It is headed by Ryuko Hira, with its "
            "headquarters in Kobe, Japan.",
            ("headquarters", "hmi hotel group", "kobe"),
        ),
        # a capital in apposition after the city, or in a parenthesis; a birthplace named
        # after "capital" (enwiki-2021 sample)
        (
            "Andrew Bashaija",
            "The following year, he was awarded a Diploma in Legal Practice by the Law "
            "Development Centre, in Kampala, Uganda's capital city.",
            ("capital", "uganda", "kampala"),
        ),
        (
            "Insurance Towers",
            "The building is located at Plot 10 Lumumba Road on Nakasero Hill, in the Central "
            "Division of Kampala, Uganda's capital and largest city, about north-west of the "
            "city's central business district.",
            ("capital", "uganda", "kampala"),
        ),
        (
            "Tala'i ibn Ruzzik",
            "He then held the governorships of Aswan and of Qus (the capital of Upper Egypt).",
            ("capital", "upper egypt", "qus"),
        ),
        (
            "Bayan Lepas Free Industrial Zone",
            "George Town, Penang's capital city, had its free port status revoked by the "
            "Malaysian federal government in 1969, leading to massive unemployment which peaked "
            "at 16.",
            ("capital", "penang", "george town"),
        ),
        (
            "Benjamin Agyeman-Badu",
            "Born in UK capital London, Benjamin Agyeman-Badu played with youth-team of "
            "Blackpool In the season 2014–15 he played on loan at Ryan FC as scholar.",
            ("birth_place", "benjamin agyeman badu", "london"),
        ),
        (
            "Maxwell Mensah",
            "Born in Ghanaian capital city of Accra Mensah grew up with his mother, sister and "
            "two brothers.",
            ("birth_place", "maxwell mensah", "accra"),
        ),
        # an acronym in parentheses inside a lead's description; a country's "the" before a
        # headquarters (enwiki-2021 sample)
        (
            "IXLeeds",
            "IXLeeds is a Leeds-based internet exchange point (IXP) founded in 2008.",
            ("founding_date", "ixleeds", "2008"),
        ),
        (
            "Synolos",
            "Synolos is a Social Enterprise (CIC) organisation based in West Oxfordshire, founded "
            "by Barry Ingleton in 2010 which helps individuals to improve their lives and build "
            "the future that they aspire to.",
            ("founder", "synolos", "barry ingleton"),
        ),
        (
            "Vici Properties",
            "Vici Properties is a real estate investment trust (REIT) specializing in casino "
            "properties, based in New York City.",
            ("headquarters", "vici properties", "new york city"),
        ),
        (
            "Hong Kong Watch",
            "Hong Kong Watch is a non-governmental organisation (NGO) based in the United Kingdom "
            "that was established to monitor the conditions of human rights, freedoms and rule of "
            "law in Hong Kong.",
            ("headquarters", "hong kong watch", "united kingdom"),
        ),
        (
            "Cleveland SC",
            "Cleveland SC is an American amateur soccer club based in the Greater Cleveland, Ohio "
            "region.",
            ("headquarters", "cleveland sc", "greater cleveland"),
        ),
        # (but not at the question mark of a quoted title)
        (
            "Why Are People Grudgeful?",
            '"Why Are People Grudgeful?" is a 1993 single by British post-punk band the Fall. It '
            "reached number 43 on the UK singles chart.\nRelease.\nThe record was released in "
            "April 1993, and reached no.43 on the UK singles chart.",
            ("publication_date", "why are people grudgeful", "1993-04"),
        ),
    ],
)
def test_forms(title: str, text: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts(text, title)


@pytest.mark.parametrize(
    ("title", "text", "bad"),
    [
        # "his wife" in an article about a war is not the war's wife
        (
            "War of the Quadruple Alliance",
            "The War of the Quadruple Alliance ( 1717 – 1720 ) was a result of the ambitions of "
            "Bourbon King Philip V of Spain , his wife , Elisabeth Farnese , and his minister .",
            ("spouse", "war of the quadruple alliance", "elisabeth farnese"),
        ),
        # the mother is the father's wife, not the subject's
        (
            "Lehmann Bernheimer",
            "He was the third child of Meier Bernheimer ( 1801 - 1870 ) and his wife Sarah "
            "Kahn ( 1803 - 1881 ) .",
            ("spouse", "lehmann bernheimer", "sarah kahn"),
        ),
        # half of a campus name is not the institution
        (
            "Jonathan Joss",
            "He later enrolled at Texas State University – San Marcos ( then Southwest Texas "
            "State University ) but left .",
            ("educated_at", "jonathan joss", "texas state university"),
        ),
        # a list item after "and" is not a parent ("… , and Uairén by the river …")
        (
            "Santa Elena de Uairén",
            "The city 's name originates from the first daughter of Lucas Fernandez Pena Elena , "
            "and Uairén by the river that crosses the city .",
            ("spouse", "lucas fernandez pena elena", "santa elena de uairen"),
        ),
        # a release that was only planned
        (
            "Maybe (Jay Sean song)",
            '" Maybe " is a song by Jay Sean . It was originally scheduled to be released on '
            "7 April 2008 but was postponed .",
            ("publication_date", "maybe", "2008-04-07"),
        ),
        # "incorporated into" is not an inception
        (
            "Babyfingers",
            "Babyfingers is an EP by The Residents . It has been incorporated into most CD "
            "versions of Fingerprince , beginning in 1988 .",
            ("founding_date", "babyfingers", "1988"),
        ),
        # a name cut short before "of" or at a lower-case word is not the institution
        (
            "Sara Black",
            "She holds a Bachelor of Fine Arts in sculpture and painting from the University of "
            "Wisconsin – Eau Claire .",
            ("educated_at", "sara black", "university"),
        ),
        (
            "Hooshang Seyhoun",
            "He studied fine arts at the École nationale supérieure des Beaux - Arts in Paris .",
            ("educated_at", "hooshang seyhoun", "ecole"),
        ),
        # the degree was taken at the first institution, not where he later worked
        (
            "Walter Edward Collinge",
            "He undertook his first degree at Leeds University before becoming a demonstrator in "
            "zoology at the University of St Andrews in 1891.",
            ("educated_at", "walter edward collinge", "university of st andrews"),
        ),
        # … nor is the place the person's fact ("Brigden" the community did not die)
        (
            "Brigden, Ontario",
            "Brigden is a community in the township of St. Clair , Lambton County , Ontario . "
            "The community is situated on the former Michigan Central Railroad line and thus is "
            "named after William Wharton Brigden , one of the engineers who surveyed the railway "
            "in 1936 . Brigden died of a heart attack on May 26 , 1939 in Battle Creek , "
            "Michigan .",
            ("death_place", "brigden", "battle creek"),
        ),
        # a hospital is not a place of death; the town after it is
        (
            "Louise Celia Fleming",
            "Fleming died on June 20, 1899 at the Samaritan Hospital in Philadelphia at the age "
            "of 37.",
            ("death_place", "louise celia fleming", "samaritan hospital"),
        ),
        # "he" inside "the" is no pronoun: the death is Burne-Jones's, not the main entity's
        (
            "John Henry Dearle",
            "In 1891 he became its principal stained glass designer on the death of Burne - "
            "Jones in 1898 .",
            ("death_date", "john henry dearle", "1898"),
        ),
        # a founder named after "by" is a person: not the place the founders were in
        (
            "Think Bike",
            "The Think Bike Campaign was started by biking enthusiasts in South Africa , and is "
            "run by bikers .",
            ("founder", "think bike campaign", "south africa"),
        ),
        # where one studied after being born is no birthplace; a name after a building and a
        # comma is the sentence's subject (enwiki-2021 sample)
        (
            "Walter Bunyan",
            "Bunyan was born in 1917 and educated at King's College, London.",
            ("birth_place", "walter bunyan", "king's college"),
        ),
        (
            "Edward King-Tenison",
            "Born in 1805 at Kilronan Castle, King Tenison was the son of Thomas Tenison and Lady "
            "Frances King.",
            ("birth_place", "edward king tenison", "king tenison"),
        ),
        # a work is "it", never "he" (enwiki-2021 sample)
        (
            "There Is No Escape",
            "He was released from prison in October 1946.",
            ("publication_date", "there is no escape", "1946-10"),
        ),
        # a hospital is no town; a house is no town ("at The Glebe") (enwiki-2021 sample)
        (
            "Shamsul Islam Khan",
            "Khan died on 21 January 2006 in LabAid Cardiac Hospital, Dhaka.",
            ("death_place", "shamsul islam khan", "labaid cardiac hospital"),
        ),
        (
            "Frank Lugard Brayne",
            "He died on 3 April 1952 at The Glebe, at which time his military rank was stated as "
            "being Colonel.",
            ("death_place", "frank lugard brayne", "glebe"),
        ),
        # a publisher publishes an author's book; the foreword's writer is not the book's
        # (enwiki-2021 sample)
        (
            "Robert Randall (photographer)",
            'In 1984, Prentice-Hall published his book "Fashion Photography: A Guide for the '
            'Beginner".',
            ("author", "fashion photography a guide for the beginner", "prentice hall"),
        ),
        (
            "Aneta Bogdan",
            'Later in 2010, Olins wrote the foreword for her book "Branding on the Eastern Front".',
            ("author", "branding on the eastern front", "olins"),
        ),
        # "and is based in" after a relative clause may be the clause's; a name in a list of
        # names is not cut ("Harms, Kaiser and Hagen"), nor is a word ("Esbjerg fB"); a date
        # is no part of a name (enwiki-2021 sample)
        (
            "Sakamichi Series",
            "Unlike the other groups, Yoshimotozaka46 is named after the company that manages "
            "many Japanese comedians, the 48 group NMB48 and Produce 101 Japan group JO1 and is "
            "based in Osaka.",
            ("headquarters", "yoshimotozaka46", "osaka"),
        ),
        (
            "Frederick W. Hager",
            "In 1898 he began recording for Harms, Kaiser and Hagen, a recently formed "
            "independent record company based in New York and in September of that year won the "
            "Phonoscope gold medal for best violin record for Schumann's Traumerei.",
            ("headquarters", "kaiser and hagen", "new york"),
        ),
        (
            "Chien Lee",
            "In March 2021, Lee together with Pacific Media Group, Partners Path Capital and "
            "Krishen Sud acquired Esbjerg fB, a professional football club based in Esbjerg, "
            "Denmark.",
            ("headquarters", "b", "esbjerg"),
        ),
        (
            "Società Nazionale Officine di Savigliano",
            "On 17 July 1880 the Società Nazionale Officine di Savigliano was founded in Turin, "
            "with headquarters in Savigliano, which rapidly expanded.",
            ("headquarters", "1880 the societa nazionale officine di savigliano", "savigliano"),
        ),
        # "journalist" is not a "journal": a person has no headquarters
        (
            "Delia Gallagher",
            "Delia Buckley Gallagher ( born 11 March 1970 ) is an American journalist based in "
            "Rome .",
            ("headquarters", "delia buckley gallagher", "rome"),
        ),
        # a lead range glued without its dash is not read as one date
        (
            "Carol II of Romania",
            "Carol II ( 15 October 18934 April 1953 ) reigned as King of Romania .",
            ("birth_date", "carol ii of romania", "1953-04-04"),
        ),
        # "his wife" of a named man is his: not the document's subject's (Re-DocRED
        # "Henrik Angell")
        (
            "Henrik Angell",
            "He was the son of Johan Angell and his wife Marie Bonnevie ( 1830 – 1904 ) .",
            ("spouse", "henrik angell", "marie bonnevie"),
        ),
        # the same for a pronoun: "his murder" after a named subject is not the title's
        (
            "John of Islay, Earl of Ross",
            "His son Angus Óg rebelled . After Bloody Bay he became an inconsequential figure ; "
            "and Angus continued to dominate the affairs of Clan Donald up until his murder in "
            "1490 .",
            ("death_date", "john of islay", "1490"),
        ),
        # a peerage's holder is not the peerage
        (
            "Viscount Alanbrooke",
            "Viscount Alanbrooke , of Brookeborough in the County of Fermanagh , was a title in "
            "the Peerage of the United Kingdom . The 3rd Viscount died on 10 January 2018 .",
            ("death_date", "viscount alanbrooke", "2018-01-10"),
        ),
        # an attempt on a life is no death (enwiki-2021 sample)
        (
            "1981 in politics",
            "It recalls the Watergate scandal of 1972 , and the attempted assassination of "
            "Ronald Reagan in 1981 .",
            ("death_date", "ronald reagan", "1981"),
        ),
        # "he" in an article that calls its subject "she" is someone else (enwiki-2021 sample)
        (
            "Anna Byford Leonard",
            "Anna Byford Leonard was an American physician. She studied medicine in Chicago, "
            "where she met her husband; she worked there for her whole life, and her name is "
            "known. He was the founder and president of the Woman's Medical College of Chicago.",
            ("founder", "woman's medical college of chicago", "anna byford leonard"),
        ),
        # "until her death" after "was married to X" is the wife's (enwiki-2021 sample)
        (
            "Clayton Kirkpatrick",
            "Clayton Kirkpatrick (1915 – 2004) was an American journalist. He edited his "
            "paper, and he retired in 1979 after his long career. Kirkpatrick was married to "
            "Thelma Kirkpatrick for 55 years until her death in 1998.",
            ("death_date", "clayton kirkpatrick", "1998"),
        ),
        # a person's article has no release date: "released" is from detention (enwiki-2021)
        (
            "Marie Henning",
            "Marie Henning (1895–1948) was a German politician. Marie Henning was one of those who "
            "were released in September 1944 after just a few weeks in detention.",
            ("publication_date", "marie henning", "1944-09"),
        ),
        # work at a university after a degree is not study there (enwiki-2021 sample)
        (
            "Christian Dustmann",
            "After his Ph.D., Dustmann briefly worked at the University of Bielefeld as assistant "
            "professor of economics from 1992 to 1994.",
            ("educated_at", "christian dustmann", "university of bielefeld"),
        ),
        (
            "Kaliprasanna Vidyaratna",
            "After completion of B.A. and M.A. he was appointed as a teacher at the Dhaka "
            "Jagannath College in 1881.",
            ("educated_at", "kaliprasanna vidyaratna", "dhaka jagannath college"),
        ),
        # in a house's article, "his wife" is an owner's (enwiki-2021 sample)
        (
            "Absalom Scales House",
            "The Absalom Scales House is a historic house in Eagleville, Tennessee, U.S.. In "
            "1835, it was inherited by their son Noah, who lived here with his wife, Mary Batie "
            "Sayers, and their four children.",
            ("spouse", "absalom scales house", "mary batie sayers"),
        ),
        # a number joined to a noun by a hyphen is no year (enwiki-2021 sample)
        (
            "Reach for the Skies",
            "Reach For The Skies is a 150-episode drama series produced by Mediacorp Channel 8.",
            ("publication_date", "reach for the skies", "0150"),
        ),
        (
            "Between the Shadows",
            '"Between the Shadows" is a 144-page softcover book that was written by Carlos '
            "Martijena-Carella and Kevin Siembieda.",
            ("publication_date", "between the shadows", "0144"),
        ),
        (
            "George Crowninshield Jr.",
            "George Crowninshield Jr. was an American businessman. He was the son of George "
            "Crowninshield (1734–1815) and Mary (née Derby) Crowninshield (1737–1813).",
            ("death_date", "george crowninshield jr", "1815"),
        ),
        # "married a daughter of X": X is the father-in-law (enwiki-2021 sample)
        (
            "Gu Shao",
            "Gu Shao married a daughter of Sun Ce, the elder brother and predecessor of Sun Quan.",
            ("spouse", "gu shao", "sun ce"),
        ),
        # a nationality or an institution before the spouse's name is not the spouse
        # (enwiki-2021 sample)
        (
            "Marcela Guirado",
            "Marcela Guirado (born 1989) is a Mexican actress. She won a Latin American award. "
            "In November 2016, Guirado married American actor and singer Vince Miranda after a "
            "three-year relationship.",
            ("spouse", "marcela guirado", "latin american"),
        ),
        (
            "Dzmitry Loban",
            "Dzmitry Loban (born 1981) is a Belarusian skier. He married fellow Belarusian "
            "Paralympic Nordic skier, Lidziya Hrafeyeva who made her debut in 2010.",
            ("spouse", "dzmitry loban", "paralympic nordic"),
        ),
        (
            "Max Taitz",
            "Max Taitz (1904 – 1980) was a Soviet engineer. In 1925, Taitz married Moscow State "
            "University student Iraida Zeest, who later became an archaeologist.",
            ("spouse", "max taitz", "moscow state university"),
        ),
        # someone's relative, a marriage that is not one, a daughter given in marriage
        (
            "Oluf Blach",
            "Oluf Blach (1752 – 1811) was a Danish merchant. He worked for Abraham Kløcker. "
            "Blach married Kløcker's step daughter Birgitte Mangor in 1780.",
            ("spouse", "oluf blach", "abraham klocker's"),
        ),
        (
            "Eleonora Mihalca",
            "Eleonora Mihalca (born 1955) is a Romanian handball player. She married and later "
            "played as Eleonora Vlaicov.",
            ("spouse", "eleonora mihalca", "eleonora vlaicov"),
        ),
        (
            "Rudolf II",
            "Rudolf II (1306 – 1353) was Count Palatine. In 1349 he married his daughter Anna "
            "von der Pfalz to King Charles IV.",
            ("spouse", "rudolf ii", "anna von der pfalz"),
        ),
        # "released" a person, not a work; a release that is only scheduled
        (
            "Serhiy Pashynskyi",
            "Serhiy Pashynskyi (born 1966) is a Ukrainian politician. On 6 February 2003, the "
            "Appeal Court of Kyiv released Pashynskyi under a restriction of travel order.",
            ("publication_date", "pashynskyi", "2003-02-06"),
        ),
        (
            "Tiny Little Houses",
            'Tiny Little Houses are an Australian band. Their second album, "Misericorde", is '
            "scheduled to be released on 19 November 2021.",
            ("publication_date", "misericorde", "2021-11-19"),
        ),
        # words describing the organisation that follows are not its name (enwiki-2021)
        (
            "Mike McDonald",
            "Mike McDonald (born 1960) is an American restaurateur. In 2002 McDonald co-founded "
            "the Mexican restaurant Dos Caminos with Steve Hanson.",
            ("founding_date", "mexican", "2002"),
        ),
        (
            "Celine Rattray",
            "Celine Rattray (born 1975) is a British film producer. In 2003, Rattray co-founded "
            "New York-based production company Plum Pictures with Galt Niederhoffer.",
            ("founding_date", "new york based", "2003"),
        ),
        # "attended A and B" needs a school's word in A: "Franklin and Marshall College" is one
        # college (enwiki-2021 sample)
        (
            "John Musser",
            "Musser attended Franklin and Marshall College before transferring to the "
            "University of Pennsylvania, from which he received his bachelor's degree.",
            ("educated_at", "john musser", "marshall college"),
        ),
        # a decade or an ordinal is no year; "Facebook" is no "book" (enwiki-2021 sample)
        (
            "David Ketchum",
            "David Ketchum (born February 4, 1928 in Quincy, Illinois) is an American character "
            "actor, writer, and director most famous for playing Agent 13 on the 1960s sitcom "
            "\"Get Smart\".",
            ("publication_date", "get smart", "1960"),
        ),
        (
            "Kusal (film)",
            "It is the 1298th Sri Lankan film in the Sinhala cinema.",
            ("publication_date", "kusal", "1298"),
        ),
        (
            "Fly Guys",
            "Fly Guys is an American reality show series that premiered on February 2, 2018 on "
            "Facebook Watch.",
            ("publication_date", "watch", "2018"),
        ),
        # a name starts a word: "Dreams" of "eDreams", "100" of "DX100" is none (enwiki-2021
        # sample)
        (
            "Javier Perez-Tenessa",
            "He founded eDreams in 1999 in the Valley but quickly moved operations and focus to "
            "Europe.",
            ("founding_date", "dreams", "1999"),
        ),
        (
            "Yamaha DX21",
            "The DX100 was also released in 1985.",
            ("publication_date", "100", "1985"),
        ),
        (
            "Essense club",
            "esSENSE Club is a club promoting atheism and science based in Kerala, India.",
            ("headquarters", "sense club", "kerala"),
        ),
        # a unit's number and letters in brackets are no "(YEAR Place)"; a reign is no place
        # (enwiki-2021 sample)
        (
            "306th Intelligence Squadron",
            "The United States Air Force's 306th Intelligence Squadron (306 IS) is an "
            "intelligence unit located at Will Rogers Air National Guard Base, Oklahoma.",
            ("birth_place", "intelligence squadron", "is"),
        ),
        (
            "Château de La Ferté-Imbault",
            "Born in the reign of Henry IV, the marquis de La Ferté-Imbault died in the reign of "
            "Louis XIV, after fighting alongside Louis XIII (whose bust still adorns the former "
            "guardhouse of the château).",
            ("death_place", "chateau de la ferte imbault", "louis xiv"),
        ),
        # after "memoir ," only a quoted title is the work (enwiki-2021 sample)
        (
            "Chen Ziming",
            "According to Liu Gang's memoir, Chen pretended to be mentally ill.",
            ("author", "chen", "liu gang"),
        ),
        # "is" and "a" are words, not parts of "Louisa" or "also" (enwiki-2021 sample)
        (
            "Amelia Scott",
            "Amelia Scott (1860 – 1952) was an English social reformer. By then they had moved "
            "to Southborough, where Amelia's youngest sister, Louisa, was born in 1862.",
            ("birth_date", "amelia scott", "1862"),
        ),
        # a researcher studies a subject at her institute, not at school there (enwiki-2021)
        (
            "Christine Aidala",
            "Christine Aidala is an American physicist. Aidala was a postdoctoral researcher at "
            "University of Massachusetts Amherst, where she studied proton spin.",
            ("educated_at", "christine aidala", "university of massachusetts amherst"),
        ),
        # a person "based in" a city has no headquarters there; "based in the United States
        # and has offices in North America" (enwiki-2021 sample)
        (
            "Emin Ozmen",
            "Emin Ozmen (born 1985) is a Turkish photographer, photojournalist and film maker "
            "based in Istanbul.",
            ("headquarters", "emin ozmen", "istanbul"),
        ),
        (
            "NERA Economic Consulting",
            "NERA Economic Consulting is an international economic consulting firm. The company "
            "is based in the United States and has offices in North America, Europe and Asia.",
            ("headquarters", "nera economic consulting", "north america"),
        ),
        # a film's writer is its screenwriter, not an author; a describing phrase before the
        # author's name is not the name (enwiki-2021 sample)
        (
            "Traffik",
            "Traffik is a 2018 American thriller film directed and written by Deon Taylor and "
            "starring Paula Patton.",
            ("author", "traffik", "deon taylor"),
        ),
        (
            "The Prom (musical)",
            "The Prom featured direction by Tony Award winner Casey Nicholaw, a book by Tony "
            "Award winner Bob Martin and lyrics by Chad Beguelin.",
            ("author", "casey nicholaw", "tony award"),
        ),
        # the subject of ", wife of" is the name right before it, not one a list away; "wife of
        # a commandant at New Caledonia" names no husband (enwiki-2021 sample)
        (
            "Burketown",
            "Among them were two Royal Marines, several Burketown residents, who died soon "
            "after, and Madame Boisse, wife of a commandant at New Caledonia.",
            ("spouse", "royal marines", "new caledonia"),
        ),
        (
            "Burketown",
            "Among them were two Royal Marines, several Burketown residents, who died soon "
            "after, and Madame Boisse, wife of a commandant at New Caledonia.",
            ("spouse", "madame boisse", "new caledonia"),
        ),
        # the founder is the relative named before it, not the article's subject; a nationality
        # is no organisation (enwiki-2021 sample)
        (
            "Ronda E. Stryker",
            "Ronda E. Stryker (born 1954) is an American billionaire heiress, a granddaughter of "
            "Homer Stryker, the founder of medical equipment manufacturer Stryker Corporation.",
            ("founder", "stryker corporation", "ronda e stryker"),
        ),
        (
            "Bernhard Lloyd",
            "Bernhard Lloyd (born 2 June 1960) is a former member and co-founder of the German "
            "synth-pop band Alphaville.",
            ("founder", "german", "bernhard lloyd"),
        ),
        (
            "Signal Foundation",
            "On February 21, 2018, Moxie Marlinspike and WhatsApp co-founder Brian Acton "
            "announced the formation of the Signal Foundation.",
            ("founder", "moxie marlinspike and whatsapp", "brian acton"),
        ),
        (
            "Leone Marucci",
            "Leone Marucci ( born March 28 , 1973 , Youngstown , Ohio ) is an American filmmaker "
            ", and founder of Independent Film and Media company Steelyard Pictures .",
            ("founder", "independent film and media", "leone marucci"),
        ),
        # "He's" opens no name, even after an abbreviation that hides the sentence end
        (
            "Nicorvo",
            "Nicorvo was born in Perth Amboy, NJ and was raised in Sarasota, FL. He's married to "
            "the writer Thisbe Nissen.",
            ("spouse", "thisbe nissen", "l he's"),
        ),
        # a two-year span is no life: "(1990-91)" is a season
        (
            "Smith",
            "Smith (1990-91) was a season of the club.",
            ("birth_date", "smith", "1990"),
        ),
        # "-based" describes the noun right after it, not the founder or the album before it
        (
            "Minakshi Datta",
            "Minakshi Datta is a Bengali educationist. She was the founder of the New Jersey-based "
            "drama group Aastha.",
            ("headquarters", "minakshi datta", "new jersey"),
        ),
        (
            "Longing (Bell Witch album)",
            "Longing is the debut studio album by the Seattle-based doom metal band Bell Witch.",
            ("headquarters", "longing", "seattle"),
        ),
        # a list's next name is no founder when it is an office ("BeLeave Treasurer …")
        (
            "Christopher Wylie",
            "They were all friends of his, including BeLeave founder Darren Grimes, BeLeave "
            "Treasurer Shahmir Sanni, and others.",
            ("founder", "beleave", "beleave treasurer shahmir sanni"),
        ),
        # someone's relative, and a body, are no spouse
        (
            "Zhu Bian",
            "Thereafter, he followed Chao Yuezhi to Xinzheng and married Chao Yuezhi's niece there.",
            ("spouse", "zhu bian", "chao yuezhi's"),
        ),
        (
            "Lucy Evelyn Peabody",
            "There she met Major William Sloane Peabody, an executive officer of the US Geological "
            "Survey, whom she married on March 4, 1895.",
            ("spouse", "lucy evelyn peabody", "us geological survey"),
        ),
        # "wrote" with neither a work noun nor a quoted title is no authorship
        (
            "The Lost and the Plunderers",
            "Inclined to contact Negan over walkie-talkie, Rick decides to inform him that Carl "
            "is dead and that his son wrote a letter to Negan, asking him to stop fighting.",
            ("author", "negan", "carl"),
        ),
        # a town's incorporation into another, and an anniversary's year, are no founding
        (
            "Church of the Nativity of the Theotokos, Skopje",
            "After the incorporation of Skopje in 1912 in Serbia, the church was subordinated to "
            "the Serbian Orthodox Church.",
            ("founding_date", "skopje", "1912"),
        ),
        (
            "Jon Parrish Peede",
            "In a press release, the NEH credited him with creating a new category of grants to "
            "support infrastructure and capacity-building at humanities institutions, awarding "
            "emergency grants for cultural organizations affected by natural disasters, funding a "
            "partnership with the First Nations Development Institute to support the "
            "revitalization of Native American languages, and creating the “A More Perfect "
            "Union” grant program to commemorate the 250th anniversary of the founding of the "
            "United States in 2026.",
            ("founding_date", "united states", "2026"),
        ),
        (
            "Royal Coda",
            "Royal Coda is an American rock band based in Sacramento, California, formed in 2017.",
            ("founding_date", "california", "2017"),
        ),
        (
            "Tilquin",
            "Tilquin (or Gueuzerie Tilquin) is a Belgian lambic beer blendery based in Bierghes, "
            "Brussels, founded in 2009 by Pierre Tilquin.",
            ("founding_date", "brussels", "2009"),
        ),
        (
            "Colin Lingwood Mallows",
            "Colin Lingwood Mallows (born 10 September 1930, Great Sampford, Essex) is an English "
            "statistician, who has worked in the United States since 1960.",
            ("birth_place", "colin lingwood mallows", "sampford"),
        ),
        (
            "Akhtar Mohiuddin (writer)",
            "Akhtar Mohiuddin (born Ghulam Mohiuddin Wani; 17 April\n1928 2001), was a Kashmiri "
            "novelist, playwright and short story writer.",
            ("birth_place", "akhtar mohiuddin", "wani"),
        ),
        (
            "Boothi Vikramakesari",
            "He was born to Irukkuvel chieftain Samarabirama and Chola princess Anupama.",
            ("birth_place", "boothi vikramakesari", "samarabirama"),
        ),
        # a bare span of years after a name that is no place: an office, a college, a pen name
        (
            "Charles Folsom",
            "He joined Professor Andrews Norton (Librarian, 1813–21) in editing the four volumes "
            "of the \"Select Journal of Foreign Periodical Literature\".",
            ("birth_place", "andrews norton", "librarian"),
        ),
        (
            "Matisse Thybulle",
            "He is the second player in Pac-12 history with at least 90 steals and 40 blocks in "
            "the same season, joining Jeff Trepagnier (USC, 1999–2000).",
            ("birth_place", "jeff trepagnier", "usc"),
        ),
        (
            "Ballynahinch Castle",
            "One of the former residents of Ballynahinch Castle was Richard Martin (Humanity "
            "Dick, 1754–1834), founder of the Society for the Prevention of Cruelty to Animals.",
            ("birth_place", "richard martin", "humanity dick"),
        ),
        # a name that a label puts first is no place
        (
            "Teresa Martínez de Varela",
            "Teresa Martínez de Varela (also known under the pseudonym, Lisa de Andráfueda, 1 July "
            "1913–16 June 1998) was an Afro-Colombian teacher and writer.",
            ("birth_place", "teresa martinez de varela", "lisa de andrafueda"),
        ),
        (
            "Yang Yü (diplomat)",
            "Yang Yü (Chinese:楊儒, Pinyin: Yáng Rú, 1840 – 17 February 1902) was a diplomat of "
            "Qing dynasty.",
            ("birth_place", "yang yu", "yang ru"),
        ),
        # a people's adjective before a common noun is no body
        (
            "Anatoly Kitov",
            "A. Kitov is the founder of Soviet military cybernetics.",
            ("founder", "soviet", "anatoly kitov"),
        ),
        (
            "Melva Lowe de Goodin",
            "In 1986, she founded the Panamanian branch of Teachers of English to Speakers of "
            "Other Languages (TESOL) and became its first president.",
            ("founding_date", "panamanian", "1986"),
        ),
        # "Which" opens a clause
        (
            "District Science Center - Tirunelveli",
            "Which is inaugurated on 19 February 1987.",
            ("founding_date", "which", "1987-02-19"),
        ),
        # a founder before what it founded; a place the words before the body put it in; a part
        # of a place
        (
            "Thomas Howe Scanlan",
            "One of his surviving daughters, Lillian, established the Scanlan Foundation upon her "
            "death in 1947.",
            ("founding_date", "lillian", "1947"),
        ),
        (
            "Crawford family of the White Mountains",
            "Eleazar Rosebrook established the first inn at the Notch in 1803 when the state of "
            "New Hampshire decided to build a turnpike that connected the coast with the "
            "interior.",
            ("founding_date", "notch", "1803"),
        ),
        (
            "Munich Fire Department",
            "Fire station 5 () of Ramersdorf in the east of Munich was inaugurated in December "
            "1951 and two years later an extension was added to house the vehicle repair shop.",
            ("founding_date", "munich", "1951-12"),
        ),
        # a man's wife in a woman's article ("she", "her" throughout) is not hers
        (
            "Mindy Alper",
            "Mindy Alper (born 1959) is an American artist who lives in Greater Los Angeles. Her "
            "drawings, paintings, and sculptures focus on the representation of people. She has "
            "been praised for her ability to articulate complex and profound emotions in her "
            "work. His wife, Catherine Coulson (the \"Log Lady\" of \"Twin Peaks\"), became one "
            "of her students, and also a good friend.",
            ("spouse", "mindy alper", "catherine coulson"),
        ),
        (
            "Jóngerð Purkhús",
            "Jóngerð Jensina Purkhús (born 1937) is a Faroese politician. She became the first "
            "female minister in the Faroe Islands when she was appointed Minister of Finance in "
            "1985. Born in Klaksvik on 22 January 1937, Jóngerð Jensina Purkhús is the daughter "
            "of Jacob Pauli Purkhús (1908–90), a fisherman, and his wife Else Johanne Hansen "
            "(born 1912). Her family were not academically inclined. She completed her school "
            "education in 1953, without matriculating.",
            ("spouse", "jongerd purkhus", "else johanne hansen"),
        ),
        # a family or clan is no birthplace
        (
            "Yunlu",
            "Yunlu was born in the Aisin Gioro clan as the 16th son of the Kangxi Emperor.",
            ("birth_place", "yunlu", "aisin gioro"),
        ),
        (
            "Yunlu",
            "Yunlu was born in the Aisin Gioro clan as the 16th son of the Kangxi Emperor.",
            ("birth_place", "yunlu", "aisin"),
        ),
        (
            "Azhakathu Padmanabha Kurup",
            "He was born in Azhakathu family as the son of Narayanan Embraadhiri and Kochukunju "
            "Kunjamma.",
            ("birth_place", "azhakathu padmanabha kurup", "azhakathu"),
        ),
        (
            "Athanasios Geevarghese",
            "Mor Athanasius Geevarghese was born in the Eralil family of Ayyampilly on 12 October "
            "1957 to Late Mr. G. Korah and Susan Korah.",
            ("birth_place", "mor athanasius geevarghese", "eralil"),
        ),
        (
            "Alfred Laubmann",
            "Laubmann was born in the merchant family of Eugen Laubmann and Ida.",
            ("birth_place", "alfred laubmann", "eugen laubmann"),
        ),
        # a people's honour is no work (Re-DocRED dev, tokenised)
        (
            "Nikita Bogoslovsky",
            "Among his many honorary titles and State awards were People 's Artist of the USSR "
            "( 1983 ) , Order of the Red Banner of Labour ( 1971 ) , and Order of the Red Star "
            "( 1946 ) .",
            ("publication_date", "artist of the ussr", "1983"),
        ),
        # a people's adjective before a common noun is no place
        (
            "Anarchism in Puerto Rico",
            "The first strike related to working conditions that is recorded took place at San "
            "Juan, then the capital of the Spanish colonial government, in 1848.",
            ("capital", "spanish", "san juan"),
        ),
        # a townhouse's article: "his death" is an owner's
        (
            "Zinn House",
            "The Zinn House (), located at Kvæsthusgade 3, is a historic townhouse around the "
            "corner from the Nyhavn Canal in central Copenhagen, Denmark. Zinn's two sons, Carl "
            "Ludvig Zinn (1777–1808) and Johan Friedrich Zinn (1779–1838), took on the family's "
            "trading company after his death in 1802.",
            ("death_date", "zinn house", "1802"),
        ),
        # a body's span is no life
        (
            "Woman's Literary Club of Baltimore",
            "The Woman’s Literary Club of Baltimore (1890-1941) grew out of the tradition of "
            "women’s clubs that flourished in late nineteenth-century America.",
            ("birth_date", "woman's literary club of baltimore", "1890"),
        ),
        (
            "Leona G. Running",
            "During her tenure at the Seventh-day Adventist Theological Seminary (1955-2002) she "
            "taught Greek, Hebrew, Egyptian, Akkadian, Syriac, and Aramaic.",
            ("death_date", "seventh day adventist theological seminary", "2002"),
        ),
        # what is in a place or body is not the place or body
        (
            "Kreiensen station",
            "The first station in the Duchy of Brunswick was established in Kreiensen in 1854.",
            ("founding_date", "duchy of brunswick", "1854"),
        ),
        (
            "2018 Indian Super Cup Final",
            "In addition, none of the 20 teams that participated in the Super Cup were based in "
            "Bhubaneswar or the entire state of Odisha.",
            ("headquarters", "super cup", "bhubaneswar"),
        ),
        # the end of a longer name is no founder
        (
            "Ukrainian interbrigade company Taras Shevchenko",
            "On July 8, 1937, the leadership of the Communist Party of Western Ukraine formed the "
            "International Brigade Company named after Taras Shevchenko.",
            ("founder", "international brigade company", "western ukraine"),
        ),
        (
            "Sri Lanka Marine Corps",
            "Vice Admiral Ravindra Wijegunaratne, former Chief of Defence Staff of the Sri Lanka "
            "Armed Forces. and former Commander of the Sri Lankan Navy was the founder of Sri "
            "Lanka Marine Corps.",
            ("founder", "sri lanka marine corps", "sri lankan navy"),
        ),
        # a list of bodies after "founder of", and a place before "the founder of"
        (
            "Dan Cogan",
            "Cogan is the co-founder of Impact Partners, Gamechanger Films, and Story Syndicate.",
            ("founder", "impact partners", "gamechanger films"),
        ),
        (
            "Joseph S. Cole",
            "Joseph Stear Carlyon Cole (c. 1831 – 15 October 1916), was an educator in South "
            "Australia, the founder of Stanley Grammar School in Watervale, South Australia.",
            ("founder", "stanley grammar school", "south australia"),
        ),
        # a place's span is no life
        (
            "Sussex in the High Middle Ages",
            "Notable minster or parish churches from the late Norman period include the churches "
            "at New Shoreham (c 1120-1150) and Rye.",
            ("birth_date", "new shoreham", "1120~"),
        ),
        (
            "Ciokaraine M'Barungu",
            "He was killed by Mau Mau rebels during the Mau Mau Uprising, a war in the British "
            "Kenya Colony (1920–1963) between the Kenya Land and Freedom Army and the British.",
            ("death_date", "british kenya colony", "1963"),
        ),
        (
            "Franz Alfred Schilder",
            "Franz Xaver Alfred Johann Schilder (born 13 April 1896 in Královské Vinohrady, now a "
            "district of Prague, died 11 August 1970 in Halle ) was an Austrian zoologist.",
            ("death_date", "kralovske vinohrady", "1970-08-11"),
        ),
        # (and no one is her own spouse: "Bates married Freund" in *Elsie Bates-Freund*)
        (
            "Elsie Bates-Freund",
            "Elsie Mari Bates Freund (1912–2001) was a studio art jeweler, watercolorist, and "
            "textile artist.\nElsie Bates was born on January 12, 1912, in Taney County, "
            "Missouri. Bates married Freund in Hatchet Hall on July 6, 1939, and they moved into "
            "the old house.",
            ("spouse", "elsie bates", "elsie bates freund"),
        ),
        # two universities are no one name; a rank is no degree
        (
            "Helena Nelson",
            "Helena Nelson (born 1953) is a poet. She attended the Universities of York and "
            "Manchester, achieving a BA Hons in English Literature.",
            ("educated_at", "helena nelson", "universities of york and manchester"),
        ),
        (
            "History of the Knights of Columbus",
            "The history of the Knights of Columbus begins with its founding in 1882. About 1,400 "
            "members attended the first exemplification of the Fourth Degree at the Lenox Lyceum "
            "in New York on February 22, 1900.",
            ("educated_at", "knights of columbus", "lenox lyceum"),
        ),
        # (but a body's name does too: "he" in a congregation's article is someone else)
        (
            "Temple Ahavat Shalom Northridge",
            "Temple Ahavat Shalom Northridge is a Reform Jewish congregation located in Southern "
            "California's north San Fernando Valley community of Northridge.\nAfter Rabbi "
            "Kleinman retired in 1986, he served as rabbi emeritus until his death in 2015 at age "
            "95.",
            ("death_date", "temple ahavat shalom northridge", "2015"),
        ),
        (
            "Beatriz Bracher",
            "Beatriz Bracher (born 1961) is a Brazilian writer. Bracher was born in São Paulo, and "
            "studied Brazilian and Portuguese Literature at the Pontifical Catholic Universities "
            "of São Paulo and Rio de Janeiro.",
            (
                "educated_at",
                "beatriz bracher",
                "pontifical catholic universities of sao paulo and rio de janeiro",
            ),
        ),
        # what premiered is not the title inside it, nor what a network or a studio premiered
        (
            "Better Call Saul (season 3)",
            "The third season of the American television drama series \"Better Call Saul\" "
            "premiered on April 10, 2017, and concluded on June 19, 2017.",
            ("publication_date", "better call saul", "2017-04-10"),
        ),
        (
            "Trump vs. Bernie",
            "Trump vs. Bernie is a satirical comedy act. After the election of Donald Trump, "
            "Comedy Central premiered \"The President Show\" on April 27, 2017 as a weekly "
            "late-night show.",
            ("publication_date", "comedy central", "2017-04-27"),
        ),
        (
            "Million Arthur",
            "is a Japanese media franchise created by Square Enix. An anime television series "
            "adaptation of the \"Han-Gyaku-Sei Million Arthur\" MMORPG by J.C.Staff premiered on "
            "October 25, 2018 on Tokyo MX and other channels.",
            ("publication_date", "staff", "2018-10-25"),
        ),
        (
            "Jules LeBlanc",
            "Julianna Grace LeBlanc (; born December 5, 2004) is an American actress. In "
            "September 2018, the third season of Chicken Girls premiered on Brat's YouTube "
            "channel. Season 4 premiered on March 19, 2019.",
            ("publication_date", "season 4", "2019-03-19"),
        ),
        # a middle word of a house's or an event's name names no one of it
        (
            "Lars S. Andersen House",
            "The Lars S. Andersen House, located at 213 N. 200 East in Ephraim, Utah, was built "
            "in 1870. Andersen was born in Denmark in 1829.",
            ("birth_place", "lars s andersen house", "denmark"),
        ),
        (
            "Murder of Harry and Harriette Moore",
            "Harry T. Moore and his wife, Harriette V. S. Moore, were pioneer activists. Harry "
            "died in the ambulance in transit from the attack, and Harriette died from her "
            "injuries nine days later, on January 3, 1952.",
            ("death_date", "murder of harry and harriette moore", "1952-01-03"),
        ),
        # where a person grew up is not where they were born
        (
            "Martha Doan",
            "Early life. Born to Pheobe MacPherson and Abel Doan, Martha grew up in Westfield, "
            "Indiana.",
            ("birth_place", "martha doan", "westfield"),
        ),
        (
            "Paulina Urrutia",
            "Born into a middle-class family, Paulina Urrutia grew up in the San Miguel district "
            "of the Chilean capital.",
            ("birth_place", "paulina urrutia", "san miguel"),
        ),
        # a relative's birth after a sentence-opening phrase
        (
            "Pierre Desbassyns de Richemont",
            "Pierre Desbassyns de Richemont was a French archaeologist. His father, born in "
            "Paris, was Governor of the Comptoirs des Indes.",
            ("birth_place", "pierre desbassyns de richemont", "paris"),
        ),
        (
            "Clifford B. Drake",
            "Drake settled in Alexandria, Virginia, where he lived with his wife Margery Forbes "
            "Jones. The couple had two children: Christopher, born in 1950, and Carolyn, born in "
            "1951.",
            ("birth_date", "clifford b drake", "1950"),
        ),
        # a home named after its owner is no place
        (
            "Anson Wood Burchard",
            "Anson Wood Burchard was an American businessman. He died suddenly at the home of "
            "Mortimer L. Schiff.",
            ("death_place", "anson wood burchard", "mortimer l"),
        ),
        # the end of a name is no name of its own
        (
            "Hendrik de Moy",
            "In 1596 he married Clara of Gülick, daughter of Melchior. They became the parents "
            "of Clara de Moy, who married Jan Brandt, clerk of Antwerp city council.",
            ("spouse", "hendrik de moy", "jan brandt"),
        ),
        (
            "Château de La Ferté-Imbault",
            "The Château de La Ferté-Imbault (Loir-et-Cher) is a stately home in the Loire "
            "Valley, France. They had one daughter, Jeanne d'Harcourt, Dame de La Ferte-Imbault, "
            "who married Hugues de Montmorency.",
            ("spouse", "chateau de la ferte imbault", "hugues de montmorency"),
        ),
        # a television series' writer, a collector and a compound demonym are no authors
        (
            "Thursday the 12th",
            "Thursday the 12th is a four-part British television crime drama series, written by "
            "Paula Milne and directed by Charles Beeson.",
            ("author", "thursday the 12th", "paula milne"),
        ),
        (
            "Libro de' Disegni",
            "The Libro de' Disegni (Italian for \"Book of Drawings\") was a collection of "
            "drawings gathered, sorted and grouped by Giorgio Vasari.",
            ("author", "libro de disegni", "giorgio vasari"),
        ),
        (
            "Enlightenment Now",
            "Enlightenment Now: The Case for Reason, Science, Humanism, and Progress is a 2018 "
            "book written by Canadian-American cognitive scientist Steven Pinker.",
            ("author", "enlightenment now", "canadian american"),
        ),
        # a year in a relative clause on the founder is not the founding's
        (
            "Alternative for Sweden",
            "Alternative for Sweden was founded by members of the Sweden Democrat Youth, who "
            "were collectively expelled from the Sweden Democrats in 2015.",
            ("founding_date", "alternative for sweden", "2015"),
        ),
        # someone named by another's possessive is no founder
        (
            "Allied Translator and Interpreter Section",
            "On 19 September 1942, the Allied Translator and Interpreter Section (ATIS), a "
            "joint US-Australian unit, was formed by MacArthur's Chief Intelligence Officer, "
            "Brigadier-General Charles A. Willoughby.",
            ("founder", "allied translator and interpreter section",
             "macarthur's chief intelligence officer"),
        ),
        # nor half of a body's name (Re-DocRED dev)
        (
            "Toulouse Business School",
            "Toulouse Business School(TBS ) was founded in 1903 by the Toulouse Chamber of "
            "Commerce and Industry , the school 's initial vocation was to train executives .",
            ("founder", "toulouse business school", "toulouse chamber"),
        ),
        # "the second book", "the second commission": another of the kind
        (
            "The Emperor of Ocean Park",
            "The Emperor of Ocean Park is a 2002 novel by American author and law professor "
            "Stephen L. Carter. \"The Emperor of Ocean Park\" forms part one of Carter's \"Elm "
            "Harbor\" series; the second book (\"New England White\") was released in 2007, and "
            "the third (\"Palace Council\") in 2008.",
            ("publication_date", "emperor of ocean park", "2007"),
        ),
        (
            "Hyderabad Chloroform Commission",
            "The Hyderabad Chloroform Commission was commissioned in Hyderabad by the then ruler "
            "of Hyderabad State, Mir Mahbub Ali Khan. The first Chloroform Commission was "
            "gathered in the year 1888 to assess the toxicity of chloroform. The second "
            "commission was formed in the year 1891.",
            ("founding_date", "hyderabad chloroform commission", "1891"),
        ),
        # a people's adjective before a noun for people is nobody's name
        (
            "Pyramid Club (Philadelphia)",
            "The Pyramid Club was formed in November 1937 by African-American professionals for "
            "the \"cultural, civic and social advancement of Negroes in Philadelphia.\"",
            ("founder", "pyramid club", "african american"),
        ),
        (
            "Timo Juhani Grönlund",
            "Timo Juhani Grönlund (born 3 July 1987) is a Finnish-Bolivian cross-country skier."
            "\nPersonal life.\nGrönlund married a Bolivian woman in 2011, and moved to La Paz, "
            "Bolivia, in 2014.",
            ("spouse", "timo juhani gronlund", "finnish bolivian"),
        ),
        (
            "Annette av Paul",
            "Annette av Paul (born February 11, 1944) is a Swedish-Canadian ballet dancer. It was "
            "there that she met her husband, Canadian dancer/choreographer Brian Macdonald, who "
            "was director of the Royal Swedish Ballet at the time.",
            ("spouse", "annette av paul", "swedish canadian"),
        ),
        # where one grew up after being born (on a date, elsewhere) is no birthplace
        (
            "Eddy de Pretto",
            "Eddy de Pretto is a French singer. Eddy de Pretto was born on 2 May 1993 and grew "
            "up in Créteil in the Val-de-Marne.",
            ("birth_place", "eddy de pretto", "creteil"),
        ),
        (
            "Matt Sproat",
            "Matt Sproat is an American politician. Sproat was born on the island of O‘ahu and "
            "grew up in the North Shore town of Hau‘ula.",
            ("birth_place", "matt sproat", "north shore"),
        ),
        # "X's death" ends where its clause does
        (
            "The Letter (Wayne Newton song)",
            "Newton revealed that \"The Letter\" was based on a discarded note written by Elvis "
            "Presley in 1976. Years after Presley's death, Newton bought Presley's note in June "
            "1991 at a Sotheby's auction for $13,200.",
            ("death_date", "elvis presley", "1991-06"),
        ),
        (
            "Lynn Eusan",
            "Lynn Eusan was an American activist. Jackson was charged with Eusan's murder, but in "
            "1972, a jury acquitted him.",
            ("death_date", "lynn eusan", "1972"),
        ),
        # a building's title, whatever its lead's noun: "he" is someone else
        (
            "Bewsey Old Hall",
            "Bewsey Old Hall is a brick built, three storey, mainly Jacobean building, "
            "incorporating or reusing elements of a former medieval hall.\nHistory.\nThomas "
            "inherited the estates and was knighted in 1504. He died at Bewsey Old Hall on 27 "
            "April 1522 and was buried in the Boteler chapel of the St. Elphin's Church.",
            ("death_date", "bewsey old hall", "1522-04-27"),
        ),
        (
            "Holm House",
            "The Holm House (Danish: Holms Gård) is a listed property located at Gammeltorv 14 "
            "in the Old Town of Copenhagen, Denmark.\nHistory.\nLadiges had moved his sugar "
            "refinery from Viborg to Copenhagen in 1757. He died as one of the wealthiest men in "
            "the country in 1805",
            ("death_date", "holm house", "1805"),
        ),
        # a body's span is no life
        (
            "Giorgio Behr",
            "In addition, he served as a director and then as chairman of the board of directors "
            "of the Saurer Group (1994 to 2006).",
            ("birth_date", "saurer group", "1994"),
        ),
        (
            "El Tráfico",
            "Chivas shared the StubHub Center in Carson, originally known as the Home Depot "
            "Center (2003–2013) and now known as Dignity Health Sports Park, with the Galaxy.",
            ("death_date", "home depot center", "2013"),
        ),
        # "of the same name" in a person's article is not the person's name
        (
            "Todd Komarnicki",
            "Todd Komarnicki (born 19 October 1965 in Philadelphia) is an American playwright "
            'and novelist. In the same year, Komarnicki wrote and directed "Resistance", a '
            "Dutch/American World War II film starring Bill Paxton and Julia Ormond, based on "
            "Anita Shreeve’s novel of the same name.",
            ("author", "todd komarnicki", "anita shreeve"),
        ),
        # "X … in his book" is X's book
        (
            "Eliza Emily Donnithorne",
            "Eliza Emily Donnithorne (8 July 1821 – 20 May 1886) was an Australian woman. This is "
            "the tentative conclusion reached by Evelyn Juers in her 2012 book \"The Recluse\", "
            "the most thorough recent investigation of the story.",
            ("author", "recluse", "eliza emily donnithorne"),
        ),
        # (an object's "his" stays unread: Burton visited the tomb)
        (
            "Awbube",
            "Richard Francis Burton (1856) describes the scene as he passed by to visit the "
            'tomb of Shaykh Awbube, in his book "First Footsteps in East Africa":',
            ("author", "first footsteps in east africa", "shaykh awbube"),
        ),
        # a year after its month is no title
        (
            "Antonio Canales (flamenco)",
            'In March 2002, the first novel by Antonio Canales "Sangre de Albero" was published.',
            ("author", "2002", "antonio canales"),
        ),
        # her married name is her own, not her husband's
        (
            "Nicolette Vane-Tempest-Stewart, Marchioness of Londonderry",
            "The following year, the Marchioness married Georgie Fame at Marylebone Register "
            "Office, and her married name became Nicolette Powell.",
            ("spouse", "nicolette vane tempest stewart", "nicolette powell"),
        ),
        (
            "Nina Grønnum",
            "Nina Grønnum (; born 1945) is a Danish retired phonetician. She went by her married "
            "name Nina Thorsen or Nina Grønnum Thorsen until the 1980s.",
            ("spouse", "nina gronnum", "nina thorsen"),
        ),
        # a parent's marriage is not the document's person's
        (
            "Christopher Roper-Curzon, 19th Baron Teynham",
            "On 19 October 1927, Roper-Curzon married Elspeth Grace Whitaker (died 1976), a "
            "daughter of William Ingham Whitaker by his marriage to Hilda Guilhermina Dundas.",
            ("spouse", "christopher roper curzon", "hilda guilhermina dundas"),
        ),
        # a trade and a people's adjective name no one; nor do trades
        (
            "Asia Major (journal)",
            "Asia Major is an annual peer-reviewed academic journal that focuses on the history "
            "of China.\nThe journal was originally established in the early 1920s in Leipzig by "
            "Jewish-German Sinologist (1882–1964), but the original series ended in 1933 when he "
            "was forced to flee Germany.",
            ("founder", "asia major", "jewish german sinologist"),
        ),
        (
            "The Sydney Morning Herald Best Young Australian Novelists",
            "That year, Nam Le won the award with his short story collection, \"The Boat\".",
            ("author", "boat", "the sydney morning herald best young australian novelists"),
        ),
        # a lone letter is a longer name cut short
        (
            "Lina Iris Viktor",
            "Lina Iris Viktor was born in 1987 in the U.K. to parents from Liberia, West Africa.",
            ("birth_place", "lina iris viktor", "u"),
        ),
        (
            "Galatasaray U21",
            "Galatasaray S.K. U21, commonly known as Galatasaray S.K. B is a football club based "
            "in Istanbul, Turkey.",
            ("headquarters", "b", "istanbul"),
        ),
        # an office holder's short span is a term, not a life
        (
            "Averell Smith",
            "Campaigns he has worked on include those of Congressman Richard Gephardt "
            "(1994-2002), California Governor Gray Davis (1998, 2002), Senator Barbara Boxer "
            "(1992-2010) and Howard Dean for President (2004).",
            ("birth_date", "barbara boxer", "1992"),
        ),
        (
            "Cannabis policy of the Franklin D. Roosevelt administration",
            "During the administration of American President Franklin D. Roosevelt (1932–1945), "
            "the United States saw its first federal-level efforts to control cannabis as a drug.",
            ("death_date", "franklin d roosevelt", "1945"),
        ),
        (
            "Theophilus MacCartan",
            "He was ordained priest at Ballykinlar by Bishop John Armstrong (1727-1739) and, as "
            "was often the case in the eighteenth century, was sent to study theology.",
            ("birth_date", "john armstrong", "1727"),
        ),
        # a lead whose pronouns are mixed (a husband's "he"/"his" among "she"/"her"): a
        # sentence's opening "She" is the subject's, so a mid-sentence "he" is not hers
        (
            "Marie Henning",
            "Marie Henning (born Maria Mahnke: 26 December 1895 - 5 January 1948) was a German "
            "activist and politician (KPD). After her husband was murdered in 1931 the party "
            'nominated her to seek election to the Hamburg Parliament ("Hamburgische '
            'Bürgerschaft") in his place. She was successful, and sat as a member of the '
            "Hamburg Parliament from September 1931 until democratic institutions were "
            "withdrawn during the early summer of 1933.\nLife.\nMarie Caroline Henriette "
            "Mahnke was born at Nossentiner Hütte, a small village in the marshy flatlands "
            "between Rostock and Berlin. By 1920 she was living in Hamburg and had been "
            "married, since 1913, to . They were both activist members of the recently "
            "launched Communist Party. She was a member of the Women's Policy department of "
            'the party district leadership ("Bezirksleitung") for the Wasserkant district '
            "(surrounding Hamburg to the north of the river. She also belonged to the Soviet "
            "sponsored Red Aid workers' welfare association. Meanwhile her husband became a "
            'member of the Hamburg Parliament ("Hamburgische Bürgerschaft") in 1927/28. '
            "However, he was murdered by Nazi fanatics on 14 March 1931 while heading back "
            "from a political meeting to the city on a late night bus.",
            ("death_date", "marie henning", "1931-03-14"),
        ),
        (
            "Anne Sackville, Countess of Dorset",
            "Anne Sackville, Countess of Dorset (died 22 September 1618), née Anne Spencer, "
            "was the second wife of Robert Sackville, 2nd Earl of Dorset. Dorset was her third "
            "husband, the first two being William Stanley, 3rd Baron Monteagle, and Henry "
            "Compton, 1st Baron Compton, both of whom predeceased her.\nShe was the daughter "
            "of Sir John Spencer of Althorp and his wife, the former Katherine Kitson. She "
            "married Lord Monteagle as his second wife in September 1575. They had no children "
            "of their own, and he died in 1581.",
            ("death_date", "anne sackville", "1581"),
        ),
        # a collection's "his" is a reader's or another author's, not the collection's
        (
            "Kusumamala",
            "Kusumamala () is a collection of poems by Gujarati writer Narsinhrao Divetia "
            "published in 1887.\nGovardhanram Tripathi quoted a few lines from \"Chanda\", a "
            'poem in "Kusumamala", in his epic novel "Saraswatichandra".',
            ("author", "saraswatichandra", "kusumamala"),
        ),
        # a lead or a title that names a thing (a winery, an observatory, a pottery, a book, a
        # building, "(2017 film)"): its "he" and "she" are someone else
        (
            "Terre del Barolo",
            "Terre del Barolo is a cooperative winery based in Castiglione Falletto, in the "
            "Langhe area of northern Italy, renowned for the production of the main Piedmontese "
            "wines.\nIn December 1986 Arnaldo Rivera resigned and after his death in 1987, took "
            "over Francesco Conterno who held the office of president until 1990.",
            ("death_date", "terre del barolo", "1987"),
        ),
        (
            "Isfahan Observatory",
            "The Isfahan Observatory (Persian: رصدخانه اصفهان) or Malikshah Observatory (رصدخانه "
            "ملکشاه) was an astronomical observatory constructed during the reign of Sultan Malik "
            "Shah I by Omar Khayyam, closing shortly after his death in 1092.",
            ("death_date", "isfahan observatory", "1092"),
        ),
        (
            "Paul Revere Pottery",
            "The Paul Revere Pottery was a woman-run American art pottery founded during the "
            "Progressive Era in Boston, Massachusetts in the United States.\nGalner stayed on at "
            "the pottery until 1921, when she married Morris Bloom.",
            ("spouse", "paul revere pottery", "morris bloom"),
        ),
        (
            "The History of the White Mountains",
            "The History of the White Mountains from the First Settlement of Upper Coos and "
            "Pequaket was written by Lucy Crawford and first published in 1846, with a revised "
            "and expanded edition written in 1860 but not published until 1966.\nLucy Howe was a "
            "first cousin of Ethan Allen Crawford, whom she married in November 1817.",
            ("spouse", "ethan allen crawford", "the history of the white mountains"),
        ),
        (
            "Eternal Mother (2017 film)",
            'The Eternal Mother (), a Burmese drama film created by Sin Yaw Mg Mg is based on the '
            'true story novel, "Mother and I", by Dr. Khin Maung Win.\nAmong her children, only '
            "Khin Mg Win passed the matriculation exam with three distinctions, and later he "
            "attended the University of Medicine, Mandalay.",
            ("educated_at", "eternal mother", "university of medicine"),
        ),
        (
            "Baho!",
            "Baho! is a novel by Roland Rugero published in France in 2012, and translated into "
            "English by Christopher Schaefer in 2015.\nBorn in 1986 near Bujumbura, Burundi, "
            "Roland Rugero was largely impacted by the violence in Burundi throughout his early "
            "life.",
            ("birth_date", "baho", "1986"),
        ),
        (
            "Brooke Mansion (Birdsboro, Pennsylvania)",
            'The Edward Brooke II Mansion (1887–88), also known as "Brookeholm," is a Queen Anne '
            "country house at 301 Washington Street in Birdsboro, Pennsylvania.\nHe served as a "
            "delegate to the 1944 Republican National Convention, and remained active in Berks "
            "County politics until his death in 1967.",
            ("death_date", "brooke mansion", "1967"),
        ),
        # a thing the article "the" names: its span is no life (a newspaper's, a crescent's);
        # nor is a discography's "(year, label)" a birth
        (
            "Eyre Peninsula Tribune",
            "The Eyre Peninsula Tribune is a weekly newspaper published in Cleve, South "
            "Australia, founded in late 1910 and published since March 1911.\nIn 1941, during "
            "wartime rationing, it subsumed the Kimba Dispatch (2 September 1927 - 9 May 1941), "
            "which had been founded as a subsidiary by Main.",
            ("birth_date", "kimba dispatch", "1927-09-02"),
        ),
        (
            "Royal Terrace, Edinburgh",
            "It is 30 metres longer than the Royal York Crescent (1791–1820) in Clifton, Bristol.",
            ("death_date", "royal york crescent", "1820"),
        ),
        (
            "Mollie Lentaigne",
            "Her brother, second lieutenant John Wilfred O'Neill Lentaigne MC of the Rifle "
            "Brigade, died in 1942 at El Alamein.",
            ("death_date", "rifle brigade", "1942"),
        ),
        (
            "Matt Sproat",
            "Matt Sproat is a Nā Hōkū Hanohano Award winning Hawaiian musician, singer, producer, "
            "and story-teller.\n• E Mau Ke Aloha (2014, Waipuna)\n• Waipuna (2019, Waipuna)",
            ("birth_place", "e mau ke aloha", "waipuna"),
        ),
        (
            "Matt Sproat",
            "Matt Sproat is a Nā Hōkū Hanohano Award winning Hawaiian musician, singer, producer, "
            "and story-teller.\n• E Mau Ke Aloha (2014, Waipuna)\n• Waipuna (2019, Waipuna)",
            ("birth_date", "e mau ke aloha", "2014"),
        ),
        # a founding's date is not read past a clause of its own or a death
        (
            "Eyre Peninsula Tribune",
            "The Eyre Peninsula Tribune is a weekly newspaper published in Cleve, South "
            "Australia, founded in late 1910 and published since March 1911.\nThe newspaper was "
            "founded in Cowell by Charles Wallace, and after his death in 1912 it was managed by "
            "George Wallace, and in 1920 it was sold.",
            ("founding_date", "eyre peninsula tribune", "1912"),
        ),
        (
            "Walter Richard Owen",
            "That year, a Lewisham South Constituency Labour Party was formed, and Owen was its "
            "first president, serving until his death in 1959.",
            ("founding_date", "lewisham south constituency labour party", "1959"),
        ),
        (
            "Tararn Wala",
            "At the beginning of the twentieth century a Government High School was established, "
            "and in 1908 a police station was established in Tararn Wala Village.",
            ("founding_date", "government high school", "1908"),
        ),
        # "by his wife" after a parent's name: not the document's person's wife
        (
            "John Eglinton Montgomerie",
            "Montgomerie was born at Dankeith, Symington, South Ayrshire, Scotland in 1825, the "
            "son of William Eglinton Montgomerie (1789–1852) by his wife Susanna Fraser Anderson "
            "(1800-1884), daughter of John Anderson, merchant of London and Susanna Fraser.",
            ("spouse", "john eglinton montgomerie", "susanna fraser anderson"),
        ),
        # a credit union's "his wife" is its chief's
        (
            "Red Canoe Credit Union",
            "Red Canoe Credit Union is an American credit union headquartered in Longview, "
            "Washington.\nWally Ohfls was the credit union's first chief executive officer and "
            "was succeeded by his wife, Esther Ohlfs, when he was deployed with the U.S. armed "
            "forces during World War II.",
            ("spouse", "red canoe credit union", "esther ohlfs"),
        ),
        # "New York–based" names no body
        (
            "James Hannaham",
            "James Hannaham (born 1968) is a writer, performer, and visual artist. He cofounded "
            "the New York–based performance group Elevator Repair Service and worked with them "
            "1992–2002.",
            ("founder", "new york", "james hannaham"),
        ),
        # a volume of poetry wrote no novel: "his" is the poet's
        (
            "Oost-Azië",
            'Oost-Azië (Dutch for "East Asia") is a volume of poetry by Dutch poet J. Slauerhoff.'
            "\nMacau occupies an important place in Slauerhoff's work; it is the setting of his "
            '1931 novel "Het verboden rijk", in which Camões was one of the two protagonists.',
            ("author", "het verboden rijk", "oost azie"),
        ),
        # a family has no life span: its member's is his
        (
            "Visconti di Modrone",
            "The Visconti di Modrone are a collateral branch of the Visconti of Milan.\nIn 1813, "
            "the title of Duke Visconti di Modrone was granted by Napoleon to Carlo Visconti di "
            "Modrone (1770–1836).",
            ("birth_date", "visconti di modrone", "1770"),
        ),
        # pronouns mixed over the opening and over its sentences' openers: the lead
        # paragraph's say whose "he" is not the subject's
        (
            "Armenia S. White",
            "Armenia S. White (November 1, 1817 – May 7, 1916) was an American suffragist, "
            "philanthropist, and social reformer. She was the first president of the New "
            "Hampshire Woman's Suffrage Association, and was well known for her many years, along "
            "with her husband, Nathaniel White, of Concord, New Hampshire, in works of "
            "philanthropy and reform.\nEarly years and education.\nArmenia Smith Aldrich was born "
            "in Mendon, Massachusetts, November 1, 1817, daughter of John and Harriet (Smith) "
            "Aldrich. Her direct paternal line of ancestry in the United States began with George "
            "Aldrich, who, with his wife Catherine, came from Derbyshire, England, in 1631. Moses "
            "Aldrich was a preacher of the Quakers in Rhode Island. He travelled as an approved "
            "minister, not only in the colonies, but in the West Indies and in England. He "
            "married in 1711 Hannah White.",
            ("spouse", "armenia s white", "hannah white"),
        ),
        (
            "Catarina Portas",
            "She is the daughter of the architect Nuno Portas and of his second wife, Margarida "
            "Maria Gomes de Sousa Lobo and half sister of the politicians Miguel Portas and Paulo "
            "Portas.",
            ("spouse", "catarina portas", "margarida maria gomes de sousa lobo"),
        ),
        # a name's "No." or "St." is no full stop
        (
            "Daria Pynzar",
            "Daria graduated from Balakovo School No. 13 and Moscow Institute of Economics and "
            "Design (Design Faculty) in 2010.",
            ("educated_at", "daria pynzar", "balakovo school no"),
        ),
        (
            "Marques Townes",
            "A native of Edison, New Jersey, he attended Cardinal McCarrick High School and St. "
            "Joseph High School, where he played both basketball and football.",
            ("educated_at", "marques townes", "cardinal mccarrick high school and st"),
        ),
        (
            "Teresa Miller (academic)",
            "Miller was born in Ft. Benning, Georgia on February 20, 1961.",
            ("birth_place", "teresa miller", "ft"),
        ),
        # a sentence about a relative, with no subject before the degree
        (
            "Thomas Nelson Baker Sr.",
            "His first grandson, Dr. T. Nelson Baker, III, earned a Ph.D. in chemistry from "
            "Cornell University in 1963.",
            ("educated_at", "thomas nelson baker sr", "cornell university"),
        ),
        (
            "Jence Ann Rhoads",
            "Her father, Robert Rhoads, is a former professional basketball player who played "
            "college basketball at Wake Forest University.",
            ("educated_at", "jence ann rhoads", "wake forest university"),
        ),
        # the family's other members, not the subject
        (
            "Jackson Sargent",
            "Following his honorable discharge from the military, Sargent returned home to "
            "Vermont, where he wed fellow Vermont native Caroline M. (Harlow) Sargent (1842–1895) "
            "sometime around 1867.",
            ("birth_date", "jackson sargent", "1842"),
        ),
        (
            "George Goelet Kip",
            "He was the son of Elbert Samuel Kip (1799–1876) and Elizabeth (née Goelet) Kip "
            "(1808–1882).",
            ("death_date", "george goelet kip", "1882"),
        ),
        # an office's place with a name after it; a see's years; a ruler's years of office; a
        # period named after a ruler; a section heading's years
        (
            "Via Cairoli",
            "Via Cairoli is a street in the historical centre of Genoa, in North-western Italy, "
            "named after the 10th Prime Minister of Italy Benedetto Cairoli (1825-1889).",
            ("birth_date", "italy benedetto cairoli", "1825"),
        ),
        (
            "Mauro Corsi",
            "Mauro Corsi (1595–1680) was a Roman Catholic prelate who served as Bishop of San "
            "Miniato (1662–1680).",
            ("birth_date", "san miniato", "1662"),
        ),
        (
            "Visconti-Sforza Castle (Novara)",
            "In the 14th century, after the exchange of the ruling families from the Della Torre "
            "to the Visconti, the Lord of Milan Giovanni Visconti (1339-1354) paid again attention "
            "to Novara and had the castle built.",
            ("birth_date", "giovanni visconti", "1339"),
        ),
        (
            "St Martin's Church (Split)",
            "Theodore, was venerated in the later Roman period, particularly in the West, during "
            "the rule of the Emperor Justinian (527-565).",
            ("birth_date", "justinian", "0527"),
        ),
        (
            "Nicolas Babin",
            "Career.\nThe Sony Years (1997-2008).\nNicolas Babin began his career for Sony in "
            "1997, where he became the Managing Director for Sony Europe for Etak a unit of the "
            "Sony group specialized in digital mapping in London.",
            ("death_date", "sony years", "2008"),
        ),
        # one given name with a peerage after it is not an earlier name of that given name
        (
            "François de Vendôme, vidame de Chartres",
            "The Vidame was imprisoned in the Bastille after the Amboise conspiracy of 1560, in "
            "which he seems not to have been involved, and died days after the death of Francis II "
            "of France, which would probably have led to his release.\nAnother of the hostages was "
            "the young Claude, Duke of Aumale (1526–1573) of the House of Guise, who with his "
            "brothers Francis, Duke of Guise (1519–1563) and Charles, Cardinal of Lorraine "
            "(1524–1574), was to lead the Catholic party in France over the following decades.",
            ("birth_date", "francis ii of france", "1519"),
        ),
        # the father's wife, not the son's
        (
            "Edward Hope Kirkby",
            "His father, George Williams Kirkby, was migrating to Australia with his second "
            "wife, Charlotte Augusta Collins, and his three sons from his first wife, Eliza "
            "Kempson, who had died in childbirth.",
            ("spouse", "edward hope kirkby", "charlotte augusta collins"),
        ),
        # a firm is no person: its article's "he" and its name after "head of" are someone's
        (
            "Barton, Irlam and Higginson",
            "Barton, Irlam and Higginson was a noted Liverpool firm of shipowners specializing "
            "in the trade with Barbados in the first half of the 19th century.\nSir William "
            "Barton, then head of Barton, Irlam and Higginson, died aged 70 in 1826.",
            ("death_date", "barton irlam and higginson", "1826"),
        ),
        (
            "Cevian Capital",
            "Cevian Capital is a Swedish investment firm founded in 1996 by Christer Gardell and "
            "Lars Förberg, both of whom serve as managing partners.\nChrister Gardell is "
            "co-founder and managing partner. Born in 1960, he graduated in business from the "
            "Stockholm School of Economics in 1984.",
            ("educated_at", "cevian capital", "stockholm school of economics"),
        ),
        # a body's local unit is not the body, nor the place it is named after
        (
            "Mary Ann Kerwin",
            "In 1960 the Kerwins moved to Denver, where they purchased the Cranmer House, "
            "residing there for three decades. Kerwin founded the Colorado chapter of La Leche "
            "League and also served as chair of the international board.",
            ("founder", "colorado", "mary ann kerwin"),
        ),
        (
            "Harish Chandra Heda",
            "Harish Chandra Heda (14 October 1912 – 28 August 2002) was an Indian activist and "
            "politician. A political activist during his student days, he was one of the "
            "founders of the Hyderabad unit of Indian National Congress in 1930.",
            ("founder", "hyderabad", "harish chandra heda"),
        ),
        (
            "Marlo Anderson",
            "Anderson is one of the founders of the 1 Million Cups chapters in North Dakota.",
            ("founder", "1 million", "marlo anderson"),
        ),
        # a body's name cut at a foreign link word
        (
            "Libro de' Disegni",
            "Giorgio Vasari was one of the founders of the Accademia delle Arti del Disegno set "
            "up in Florence by Cosimo I of Tuscany in 1563.",
            ("founder", "accademia", "giorgio vasari"),
        ),
        # a describing word read as the body's name
        (
            "David Cowan (entrepreneur)",
            "In 2012, Cowan co-founded DDOS prevention firm Defense.Net. It was acquired by F5 "
            "Networks in 2014.",
            ("founder", "ddos", "david cowan"),
        ),
        # a radio western's article: "his book" is the historian's the sentence names next
        (
            "Hawk Larabee",
            "Hawk Larabee is an American old-time radio western. It was broadcast on CBS from "
            "July 5, 1946, until February 7, 1948.\nFormat.\nIn his book, \"On the Air: The "
            "Encyclopedia of Old-Time Radio\", radio historian John Dunning described \"Hawk "
            "Larabee\" as \"radio's first half-hearted attempt at an adult western drama\".",
            ("author", "on the air the encyclopedia of old time radio", "hawk larabee"),
        ),
        # a city is a "musical capital" of a continent, not its capital
        (
            "Louis Philippe style",
            "Paris was the musical capital of Europe between 1830 and 1848.",
            ("capital", "europe", "paris"),
        ),
        # a faculty set off before its university's name: the faculty's founding
        (
            "Victorian School of Forestry",
            "The two institutions worked well together and eventually, the Faculty of "
            "Agriculture and Forestry, University of Melbourne was created in 1973.",
            ("founding_date", "university of melbourne", "1973"),
        ),
        # two schools as one
        (
            "James Grayson",
            "Educated at Northampton School for Boys and Moulton College, Grayson continued to "
            "play for club and school, captaining the Moulton team.",
            ("educated_at", "james grayson", "northampton school for boys and moulton college"),
        ),
        # the book of the name after it, not of the document's person
        (
            "Michael Clark (artist)",
            "Michael Clark (born 1 April 1954) is a contemporary British artist.\nIn his book, "
            "\"Francis Bacon in Your Blood,\" art historian Michael Peppiatt writes:",
            ("author", "francis bacon in your blood", "michael clark"),
        ),
        # the lead's name in another script is no other person
        (
            "Sergey Averintsev",
            "Sergey Sergeyevich Averintsev (Russian: Сергей Сергеевич Аверинцев, born December "
            "10, 1937 in Moscow, died February 21, 2004 in Vienna) was a Russian literary scholar "
            "and Slavist.",
            ("death_place", "сергей сергеевич аверинцев", "vienna"),
        ),
        (
            "Dejan Panovski",
            "Dejan Panovski (Macedonian: Дејан Пановски, born 30 April 1980) is a Macedonian "
            "Alpine skier. He competed in two events at the 2002 Winter Olympics.",
            ("birth_date", "дејан пановски", "1980-04-30"),
        ),
        (
            "Georgy Egorychev",
            "Georgy Petrovich Egorychev (or Yegorychev) (Георгий Петрович Егорычев, born 1938) is "
            "a Russian mathematician, known for the Egorychev method.",
            ("birth_date", "георгий петрович егорычев", "1938"),
        ),
        # a date after examples ("such as …") is the examples'
        (
            "Stinche Prison",
            "Tabernacles were set up along the route to comfort the condemned prisoners, such as "
            "the 'Tabernacolo delle Stinche' painted in 1616 by Giovanni da San Giovanni and "
            "remodelled in the 19th century by the architect Luigi Cambray-Digny.",
            ("founding_date", "tabernacles", "1616"),
        ),
        # a span too short for a life is a term, with a place as with a date
        (
            "Giampaolo Vettolani",
            "He was also a member of Advisory Committees and Scientific Committees for the "
            "production of telescopes and instrumentation such as, for example, the FUEGOS "
            "spectrograph for the Very Large Telescope (1991–1993, ESO), the VST telescope "
            "(Chairman SC 1996–1997, ESO-INAF), and the MODS spectrograph of the Ohio State "
            "University for the Large Binocular Telescope (2005).",
            ("death_place", "very large telescope", "eso"),
        ),
        # the lead's other names (and a birthplace written first) are no other person
        (
            "Ann Williams (choreographer)",
            "Ann Marie Williams (born Annie Marie Ferrell; October 21, 1937), is an American "
            "dancer, choreographer and the founder of the Dallas Black Dance Theater.\nAnnie "
            "Marie Ferrell was born on October 21, 1937, in Coolidge, Texas, to Lloyd and Izora "
            "Ferrell.",
            ("birth_place", "annie marie ferrell", "coolidge"),
        ),
        (
            "Günther Osche",
            "Günther Osche (also spelled Guenther Osche, born 7 August 1926 in Neustadt an der "
            "Weinstraße, died 2 February 2009 in Freiburg im Breisgau) was a German evolutionary "
            "biologist, ecologist and parasitologist.",
            ("death_place", "guenther osche", "freiburg im breisgau"),
        ),
        (
            "Ludovico Girardello",
            "Ludovico Girardello (Vittorio Veneto, born December 5, 2000) is an Italian actor best "
            "known for his role of Michele Silenzi in \"The Invisible Boy\" movie series",
            ("birth_date", "vittorio veneto", "2000-12-05"),
        ),
        # her own maiden name is no husband of hers
        (
            "Mackenzie McKee",
            "Mackenzie McKee (née Douthit, born October 17, 1994) is an American reality "
            "television personality from Miami, Oklahoma.\nPersonal life.\nMackenzie Douthit "
            "was born in Miami, Oklahoma to parents Angie and Brad Douthit.\nDouthit became "
            "pregnant with her first child with then-boyfriend, Josh McKee, and gave birth to "
            "their son, Gannon Dewayne McKee, via c-section on September 12, 2011. Douthit and "
            "McKee married on August 17, 2013.",
            ("spouse", "mackenzie douthit", "mackenzie mckee"),
        ),
        # a later season's premiere is not the series' own
        (
            "Aussie Gold Hunters",
            "Aussie Gold Hunters is an Australian factual television show which follows crews of "
            "gold prospectors in Australia.\nIn March 2017 the series was renewed for a 10 "
            "episode second season, which premiered on 6 July 2017.",
            ("publication_date", "aussie gold hunters", "2017-07-06"),
        ),
        # a cast member is not the film
        (
            "Maryus Vaysberg",
            "His first film, \"No Vacancy\", starring Christina Ricci was released in 1999.",
            ("publication_date", "christina ricci", "1999"),
        ),
        # the main clause after "After graduating," is no education
        (
            "Alegría Bendayán de Bendelac",
            "After graduating, she began teaching at Fordham University and later joined Penn "
            "State University.",
            ("educated_at", "alegria bendayan de bendelac", "fordham university"),
        ),
        # "as a student" is a whole word: "who was a student" is not the aircraft's
        (
            "Sido S.1",
            "In 1929 the Sido S.1 was designed in response by the amateur Józef Sido, who was a "
            "student at the Mining Academy in Kraków.",
            ("educated_at", "sido s1", "mining academy"),
        ),
        (
            "Harumi Fujita (archaeologist)",
            "Because her father was a student at the University of Michigan, the family moved to "
            "Ann Arbor, Michigan.",
            ("educated_at", "harumi fujita", "university of michigan"),
        ),
        # "to" inside a word starts no match: "the Toronto Art School" is not "Art School"
        (
            "Emma May Martin",
            "It is noted that he taught her the rudiments of paintings in 1876 and was her "
            "teacher until she attended the Toronto Art School, where she studied under Marmaduke "
            "Matthews and George Reid.",
            ("educated_at", "emma may martin", "art school"),
        ),
        # the date of another body set off before its own founding verb
        (
            "Patagonia Park",
            "Parque Patagnoia was created by Conservacion Patagonica, a nonprofit incorporated in "
            "California and founded in 2000 by Kris Tompkins,\nto protect Patagonia's wildlands "
            "and ecosystems.",
            ("founding_date", "parque patagnoia", "2000"),
        ),
        # a number below 1000 that is an age, a count, a broken day or a name's number
        ("Berthe Kal", "Berthe Kal died in Paris at age 101.", ("death_date", "berthe kal", "0101")),
        (
            "Jean-Philippe Blondel",
            "He was born in Troyes, about 200 km southwest of Paris, France.",
            ("birth_date", "jean philippe blondel", "0200~"),
        ),
        (
            "Andy Patate",
            "Andy Patate (born 118 June 1989) is a Mauritian international footballer.",
            ("birth_date", "andy patate", "0118"),
        ),
        (
            "Production of Sense8",
            "The major external VFX vendors were Locktix VFX (160-180 shots), Technicolor VFX "
            "(over 100 shots) and Encore VFX.",
            ("birth_date", "locktix vfx", "0160"),
        ),
        (
            "Fever 333",
            "Fever 333 released the single \"Bite Back\" on October 19, 2020.",
            ("publication_date", "bite back", "0333"),
        ),
        (
            "Bob Morrison (songwriter)",
            "Other noted songs by Morrison are Gary Morris' \"The Love She Found in Me\", Conway "
            "Twitty's \"Don't Call Him a Cowboy\", and Highway 101's \"Whiskey, If You Were a "
            "Woman\".",
            ("publication_date", "whiskey if you were a woman", "0101"),
        ),
        # (and dropped when it is the same name: one key cannot hold both lives)
        (
            "Joseph Desmazes",
            "Joseph Gustave Desmazes (16 November 1806 – 22 September 1882) was a French naval "
            "commissioner who was Senator of Martinique from 1876 to 1882.\nNaval career.\nJoseph "
            "Gustave Desmazes was born in Saint-Pierre, Martinique, on 16 November 1806.\nHis "
            "father was Joseph Desmazes (1746–1842), naval commissioner.",
            ("birth_date", "joseph desmazes", "1746"),
        ),
        (
            "Georg Decker (printer)",
            "Georg Decker (23 April 1596 - 1661) was a German book-printer and publisher active in "
            "Basel, where he founded Basel University Press.\nLife.\nOne of Georg Decker's "
            "descendants, Georg Jacob Decker (1732–1799), later took over a printing press in "
            "Berlin.",
            ("death_date", "georg decker", "1799"),
        ),
        # a style of the other gender before the person's surname is the spouse
        (
            "Michael Fell",
            "Vice Admiral Sir Michael Frampton Fell, (17 January 1918 – 3 December 1976) was a "
            "Royal Navy officer who served as Flag Officer, Carriers from 1968 to 1970.\nEarly "
            "life and education.\nFell was born in Calcutta, British India, the younger son of "
            "Herbert Leigh Fell and Winifred Adeline Fell. He was educated at Harrow School.\n"
            "Personal life.\nIn 1948, Fell married Elise \"Elsie\" Joan McLauchlan-Slater.\nFell "
            "collapsed and died at the wheel of his car on 3 December 1974, near his home at "
            "Stoughton, West Sussex. Lady Fell died on 2 March 2015.",
            ("death_date", "michael fell", "2015-03-02"),
        ),
        # a date stated alone outside the life stated first under the same subject
        (
            "T. L. Anthony",
            "He was the son of John Wade Anthony (1862–1907) and Emma Collins Willard "
            "(1867–1946).\nFamily and later years.\nAnthony was married in 1930 to Eunice "
            "Pauline Aycode. They had two sons, Claude (born 1936) and John (born 1938).",
            ("birth_date", "john wade anthony", "1938"),
        ),
        # (a death years after the life stated first is another's: Re-DocRED dev)
        (
            "Ali Abdullah Ahmed",
            _ALI_ABDULLAH_AHMED,
            ("death_date", "ali abdullah ahmed", "2017-03-02"),
        ),
        # (nor cut at its ampersand, which joined two schools into one value)
        (
            "Armen A. Harutyunyan",
            "Armen Harutyunyan was born in 1981 in Yerevan. He holds finance and management "
            "degrees from Armenian National Agrarian University and Texas A&amp;M University "
            "(1998-2002).",
            (
                "educated_at",
                "armen a harutyunyan",
                "armenian national agrarian university and texas a",
            ),
        ),
        # a film about a person is no person ("about" ends the lead's head noun): "his" and
        # "they" are not the film's
        (
            "Becoming Warren Buffett",
            "Becoming Warren Buffett is a 2017 documentary film about the Warren Buffett and his "
            "life. The film was made for HBO.\nPlot.\nBuffett's friends, family and colleagues "
            "are featured in interviews, including his wife Susan Buffett and his longtime "
            "business partner Charlie Munger.",
            ("spouse", "becoming warren buffett", "susan buffett"),
        ),
        (
            "The Legend of Dugu",
            "The Legend of Dugu () is a 2018 Chinese television series starring Hu Bingqing, "
            "Zhang Danfeng, Ady An, Jeremy Tsui and Li Yixiao. The series chronicles the life of "
            "the Dugu Sisters.\nSynopsis.\nJialuo marries Yang Jian and eventually falls in love "
            "with him. Despite Jialuo's dislike for politics, they founded the Sui Dynasty "
            "together.",
            ("founder", "sui dynasty", "the legend of dugu"),
        ),
        # a founder's life is not the company's that bears his initials
        (
            "JF Hillebrand",
            _JF_HILLEBRAND,
            ("birth_date", "jf hillebrand", "1819"),
        ),
        # after "including" or "such as" and no work noun, a list's unquoted names are no works
        (
            "Jeanette Grasselli Brown",
            "Grasselli Brown has received thirteen honorary degrees from various institutions "
            "including Ohio University (1978), Clarkson University (1986), Michigan Technology "
            "University (1989), Wilson College (1994).",
            ("publication_date", "ohio university", "1978"),
        ),
        (
            "Tereza Štadler",
            "Tereza Štadler (; 29 September 1936 – 27 March 2001), née Manga (), was a Serbian and "
            "Yugoslav chess player. She is the winner of many international chess women's "
            "tournaments, including Bela Crkva (1958), Arenys de Mar (1966), Novi Sad (1978).",
            ("publication_date", "arenys de mar", "1966"),
        ),
        # a style of the other gender before the person's surname is the spouse, as a value too
        (
            "Dhunjibhoy Bomanji",
            "Sir Dhunjibhoy Bomanji (1862 – 1 April 1937) was a British Indian Parsi shipping "
            "magnate, socialite and philanthropist.\nHe divided his time between India and a "
            "house in Windsor and estate in Harrogate.\nFamily.\nHis wife was the Lady Frainy "
            "Bomanji (14 September 1893 – 1986) also known as Lady Harrogate. Lady Bomanji "
            "founded The Friends Of The Festival and was its president (1971-1973).",
            ("founder", "friends of the festival", "dhunjibhoy bomanji"),
        ),
        # an unquoted name and year in parentheses is no work when it names a building or an
        # institution
        (
            "Zaure Kadyrova",
            "Zaure Zhussupkyzy Kadyrova (born in 1940) is a Kazakh political scientist.\nLife.\n"
            "Kadyrova graduated from the Kazakh State Women's Pedagogical Institute (1963) and "
            "graduated from the Higher Party School of the CPSU Central Committee (1973).",
            ("publication_date", "pedagogical institute", "1963"),
        ),
        (
            "First Church of Christ, Scientist, Brisbane",
            "Other outstanding examples, in the UK and Europe, include the First Church (1903) in "
            "Manchester England, an Arts and Crafts design by Edgar Wood; the First Church in The "
            "Hague, a modernist design by Hendrik Berlage (1925); Salvisberg's First Church "
            "(1936) in Basel, and Hans Hofmann's First Church (1938) in Zurich.",
            ("publication_date", "first church", "1936"),
        ),
        # (nor is the campus cut off, which made all of a state's universities one)
        (
            "Arnold R. Hirsch",
            "Arnold Richard Hirsch (March 9, 1949 – March 19, 2018) was an American historian. "
            "Hirsch attended Sullivan High School, then earned undergraduate and advanced degrees "
            "in history from the University of Illinois at Chicago.",
            ("educated_at", "arnold r hirsch", "university of illinois"),
        ),
        # a birth fifteen years or more from the first one stated is a child's or a parent's,
        # and a death more than a year from the end of the life stated first another person's
        (
            "Sam Tarascio",
            "Salvatore \"Sam\" Tarascio (born 22 June 1944) is an Italian-born Australian "
            "billionaire businessman.\nPersonal life.\nHe is married to Christine Tarascio (née "
            "Johnson), and they have three children, Sam (b. 1975), Lisa (b. 1977), and David (b. "
            "1979).",
            ("birth_date", "sam tarascio", "1975"),
        ),
        (
            "Sargent Kahanamoku",
            "Sargent Hiikua Kahanamoku (March 5, 1910 – May 16, 1993) was a Native Hawaiian "
            "aquatic athlete.\nHe married Catherine Toberman Torrence in 1970. Her father was "
            "famous Los Angeles developer Charles E. Toberman. She died in 1980.",
            ("death_date", "sargent kahanamoku", "1980"),
        ),
        (
            "Won-yong",
            "Won - yong is a Korean masculine given name . People with this name include : Kang "
            "Won - yong ( 1917 – 2006 ) , South Korean Presbyterian leader",
            ("birth_date", "won yong", "1917"),
        ),
        # a people's word before a settlement's noun is no place
        (
            "Vasilije Curcic",
            "Vasilije Curcic (Vasilije Ćurčić; born October 11, 1991) is a Serbian professional "
            "basketball player.\nCurcic was born in the Serbian city of Kragujevac, where he "
            "attended First Kragujevac Gymnasium.",
            ("birth_place", "vasilije curcic", "serbian"),
        ),
        (
            "Rufin Oba",
            _RUFIN_OBA,
            ("birth_place", "rufin oba", "republic"),
        ),
        # "his second wife was the widow of Rev. Thomas Hall": her first husband is no spouse
        # of his
        (
            "Ephraim Weston Clark",
            "Ephraim Weston Clark (July 25, 1799 – July 15, 1878) is most remembered for his "
            "decades of work helping to translate the Bible into the Hawaiian language.\n"
            "According to information provided by him, his second wife was the widow of Rev. "
            "Thomas Hall, and was quite accomplished in her own right.",
            ("spouse", "ephraim weston clark", "thomas hall"),
        ),
        # "X, born in P" after "and" or another capitalised word is not X's: a list's or a
        # relative's
        (
            "Prabhakar Karekar",
            "Pandit Prabhakar Karekar is a Hindustani classical vocalist, a disciple of Jitendra "
            "Abhisheki and C. R. Vyas, born in Goa, India.",
            ("birth_place", "c r vyas", "goa"),
        ),
        (
            "Arthur Rainsford Mowlem",
            "Arthur Rainsford Mowlem (1902–1986), born in New Zealand, was a plastic surgeon.\n"
            "Mowlem was born on 21 December 1902 in Auckland, New Zealand, the son of Judge "
            "Arthur Mowlem, born in Melbourne in 1872, and Marion Beescroft.",
            ("birth_place", "arthur rainsford mowlem", "melbourne"),
        ),
        # an address's floor is no town; a former head office is not the present one
        (
            "Audiovisual Communicators",
            "Audiovisual Communicators, Inc. is a Philippine radio network. Its main "
            "headquarters is located at the 17th Floor, Strata 200 Bldg., F. Ortigas Jr. Rd., "
            "Ortigas Center, Pasig.",
            ("headquarters", "audiovisual communicators", "strata"),
        ),
        (
            "Arctic Planetary Science Institute",
            _ARCTIC_PLANETARY,
            ("headquarters", "arctic planetary science institute", "finnish lapland"),
        ),
        # an initial's full stop leads on only before a name: the lead's words do not run past
        # "U.S." into the mother's clause
        (
            "Caitlyn Kreutz",
            "Caitlyn Rose Macacando Kreutz (born 28 January 1997) is an American-born Filipino "
            "footballer who plays as a forward for the Philippines women's national team.\nEarly "
            "life and education.\nCaitlyn Kreutz was born January 28, 1997 in Mission Viejo, "
            "California, U.S. to Olaf and Rose Kreutz Her mother is a Filipino and was born in "
            "the Philippines.",
            ("birth_place", "caitlyn kreutz", "philippines"),
        ),
        # a lead that says its subject was established is a body's: its founder's schooling
        # is not the company's
        (
            "Padelford Riverboats",
            "Padelford Riverboats, established in 1969, is the sole provider of river boat "
            "cruises within the Mississippi National River and Recreation Area in the Twin Cities "
            "of the U.S. State of Minnesota.\nHistory.\nFounder William Bowell grew up close to "
            "the river, helping his father's small business on Harriet Island. He served in World "
            "War II, then enrolled at Macalester College after the war.",
            ("educated_at", "padelford riverboats", "macalester college"),
        ),
        # a month after "by" is no author: "The original 1991 novel "Ring" sold 500,000 copies by
        # January 1998"
        (
            "Ring (franchise)",
            "Ring (), also known as The Ring, is a Japanese media franchise, that was later "
            "adapted for English speakers, based on the novel series of the same name written by "
            "Koji Suzuki.\nReception.\nThe original 1991 novel \"Ring\" sold 500,000 copies by "
            "January 1998, and 1.5million copies by July 2000.",
            ("author", "ring", "january"),
        ),
        # an extended play is a record, not a play: its singer is no author
        (
            "Jaira Burns",
            "Jaira Burns (born January 14, 1997) is an American singer-songwriter.\nShe released "
            "her first extended play, \"Burn Slow\", on July 27, 2018.",
            ("author", "burn slow", "jaira burns"),
        ),
        # a lead's adjectives set off by a comma: "a romantic, comic play" is a play's lead, so
        # "his play" is not the play's own
        (
            "When the Spaniards Were Here",
            "When the Spaniards Were Here (\"Da Spanierne var her\") is a romantic, comic play by "
            "Hans Christian Andersen. It premiered on the Royal Danish Theatre in Copenhagen on 6 "
            "April 1865, just a few days after the celebration of Andersen's 60th birthday.\n"
            "The male protagonist of his play \"Skilles og mødes\" was also a Spanish soldier.",
            ("author", "skilles og modes", "when the spaniards were here"),
        ),
        # names after commas and no "and" are no list: Danilo Ilić is a role
        (
            "Milan Marić (actor, born 1990)",
            "Milan Marić (; born 31 July 1990) is a Serbian actor, best known for his role in "
            "\"Dovlatov\".\nOn the centenary of the World War I celebration in 2014, he "
            "participated in three performances about the Young Bosnia and the Sarajevo "
            "assassination: portrayed Gavrilo Princip in the play \"Little is my grave\" by "
            "Biljana Srbljanović, Danilo Ilić in the play \"Zmajeubica\" by Milena Markovic and "
            "in the film \"The Man Who Defended Gavrilo Princip\".",
            ("author", "little is my grave", "danilo ilic"),
        ),
        # a body named as the whole of another's part: "which she founded" is the wing's
        (
            "Rita Korankye Ankrah",
            "Rita Korankye Ankrah (born 23 May 1962) is a Ghanaian career guidance adviser, "
            "marriage counsellor, minister and motivational speaker.\nShe is the Founder and "
            "President of Royal Ladies Ministries International, the women's wing of the "
            "Royalhouse Chapel International, which she founded in 1994.",
            ("founding_date", "royalhouse chapel international", "1994"),
        ),
        # … a body after "of" only: a musician is no body
        (
            "Bart FM Droog",
            "Bartelomeus Frederik Maria (Bart FM) Droog (born 18 February 1966, Emmen) is a Dutch "
            "poet, anthologist and researcher.\nAs a poet, Droog performed on stages inside and "
            "outside the Netherlands, notably with De Dichters uit Epibreren, a group consisting "
            "of the poets Droog and Tjitse Hofman and the musician Jan Klug, which he co-founded.",
            ("founder", "jan klug", "bart fm droog"),
        ),
        # … but not in a school's own article: "An alumnus of St. James Seminary Senior High
        # School is known as …" names no one
        (
            "St. James Seminary Senior High School",
            "St. James Seminary is a senior high school in Sunyani, the capital of the Bono region "
            "of Ghana, founded in 1978 by Most Rev. James Kwadwo Owusu. An alumnus of St. James "
            "Seminary Senior High School is known as “Ɔhotenii” (\"pl.\" Ahotefoɔ), the Twi word "
            "for a saint.",
            ("educated_at", "st james seminary", "st james seminary senior high school"),
        ),
        # a law's name does not run on past another law's "Act", nor name a kind of law, nor
        # begin with the section it is cited by
        (
            "Constitutional challenges to the New Deal",
            "Following the undoing of the National Recovery Administration by the \"Schechter\" "
            "decision, Congress attempted to salvage the coal industry code promulgated under the "
            "National Industrial Recovery Act in the Bituminous Coal Conservation Act of 1935.",
            (
                "publication_date",
                "national industrial recovery act in the bituminous coal conservation act",
                "1935",
            ),
        ),
        (
            "Garve and Ullapool Railway",
            "The project received approval from the Westminster Parliament by means of a Local Act "
            "of 14 August 1890.",
            ("publication_date", "local act", "1890-08-14"),
        ),
        (
            "Altitude Express, Inc. v. Zarda",
            "Altitude Express, Inc. v. Zarda, 590 U.S. ___ (2020), was a landmark United States "
            "Supreme Court civil rights case which ruled that under Title VII of the Civil Rights "
            "Act of 1964 employees could not be discriminated against on the basis of sexual "
            "orientation or gender identity.",
            ("publication_date", "vii of the civil rights act", "1964"),
        ),
        # an award's category is no law; an award's year is no work's
        (
            "C. Tangana",
            "He was also nominated at the 2017 MTV Europe Music Awards for Best Spanish Act.",
            ("publication_date", "mtv europe music awards for best spanish act", "2017"),
        ),
        (
            "Barry Ace",
            "Ace won the Ontario Association of Art Galleries' Curatorial Writing Award in 2012 "
            "for his essay \"A Reparative Act,\" which was written for Robert Houle's "
            "\"Paris/Ojibwa\" exhibition catalogue.",
            ("publication_date", "a reparative act", "2012"),
        ),
        # a title does not end inside a word with full stops ("by J.C.Staff")
        (
            "Million Arthur",
            "An anime television series adaptation of the \"Han-Gyaku-Sei Million Arthur\" MMORPG "
            "by J.C.Staff premiered on October 25, 2018 on Tokyo MX and other channels.",
            ("publication_date", "mmorpg by jcstaff", "2018-10-25"),
        ),
        # a list's item is no work of the person's when another's (films) or a quoted phrase
        # (one marked edited: test_her_books_but_not_the_one_she_edited)
        (
            "Daniel Therriault",
            "Daniel Therriault (born 1953) is an American playwright, screenwriter and actor. He "
            "wrote the stage play \"Battery\" and the HBO films \"First Time Felon\" and "
            "\"Witness Protection\".",
            ("author", "first time felon", "daniel therriault"),
        ),
        (
            "Ann Elizabeth Wee",
            "Ann Elizabeth Wee (\"née\" Wilcox; 19 August 1926 – 11 December 2019) was a "
            "British-born Singaporean academic and social worker, who was called the founding "
            "mother of social work in Singapore. In 2004, she authored \"Social Work in the "
            "Singapore Context\", the \"only textbook on social work in Singapore\".",
            ("author", "only textbook on social work in singapore", "ann elizabeth wee"),
        ),
        # the date of a wedding and then its place: no spouse
        (
            "Peter Newton (winemaker)",
            "They married on 28 December 1951 at St Dominic's Church, San Francisco (her "
            "hometown), and had three children.",
            ("spouse", "peter newton", "st dominic's church"),
        ),
        # a term written with a two-digit end, shorter than a life; a recent open span
        (
            "Stephen Pigram",
            "He has been a member of Kuckles (1981–82), Scrap Metal (1983–95) and the Pigram "
            "Brothers (1996–present).",
            ("birth_date", "scrap metal", "1983"),
        ),
        (
            "Jere Behrman",
            "In the past, he has served as director of the Center for Analysis of Developing "
            "Economies (1982–95), director of the Population Aging Research Center (1998–99), and "
            "director of the Population Studies Center (1998-2005), and chaired the Department of "
            "Economics of the University of Pennsylvania (1973–79).",
            ("death_date", "developing economies", "1995"),
        ),
        (
            "Human Development (journal)",
            "Former editors include: Bernice L. Neugarten (1963–1969), M.L. Langeveld "
            "(1963–1974), Klaus F. Riegel (1970–1977), John A. Meacham (1977-1987), Wolfgang "
            "Edelstein (1982–1987), Hermine Sinclair (1982–1987), Deanna Kuhn (1988–1996), "
            "Barbara Rogoff (1997–2002), Geoffrey B. Saxe (2003–2006), Larry Nucci (2007–2019), "
            "and Susan Rivera (2020- ).",
            ("birth_date", "susan rivera", "2020"),
        ),
        # a seat in a parliament is no capital
        (
            "Jodi Emerson",
            "In March 2018, Emerson announced her run for District 91 of the Wisconsin State "
            "Assembly. The seat was held by Dana Wachs at the time.",
            ("capital", "jodi emerson", "dana wachs"),
        ),
        # a military unit is nobody: "… Lentaigne MC of the Rifle Brigade, died in 1942"
        (
            "Mollie Lentaigne",
            "Her brother, second lieutenant John Wilfred O'Neill Lentaigne MC of the Rifle "
            "Brigade, died in 1942 at El Alamein.",
            ("death_place", "rifle brigade", "el alamein"),
        ),
        # a maiden name is not the subject: the sister married, not the document's person
        (
            "Leopold von Rauch",
            "Leopold's sister Rosalie Gräfin von Hohenau, née von Rauch († 1879) married Prince "
            "Albert of Prussia (brother to King Frederick William IV and Emperor William I).",
            ("spouse", "leopold von rauch", "prince albert"),
        ),
        # a description is no name ("the Golden Age painter P.C. Skovgaard"), nor is a name
        # and a verb ("Keri established …"); the commas before "and his wife" hold no parent
        # of the name before them; a showroom's architect and owner are not the showroom
        (
            "Georgia Skovgaard",
            "Georgia Maria Luise Skovgaard née Schouw (1828–1868) was a Danish embroiderer who "
            "is remembered above all for works depicting Danish flora, many of which were based "
            "on the artwork of her husband, the Golden Age painter P.C. Skovgaard.",
            ("spouse", "georgia skovgaard", "golden age"),
        ),
        (
            "Keri Craig-Lee",
            "Keri Craig-Lee (born 4 March 1958) is an Australian multi-award-winning fashion "
            "designer and retailer.\nWith her husband, Keri established Australian Country "
            "Choice in 1995, one of Australia’s largest meat supply chains, as well as Keri Lee "
            "Charters and Sutherland Aviation.",
            ("spouse", "keri craig lee", "australian country choice"),
        ),
        (
            "Marcia Arbuthnot",
            "Marcia Arbuthnot (9 July 1774 – 24 May 1806) was the first wife of politician "
            "Charles Arbuthnot.\nShe was born Marcia Mary Anne Clapcott Lisle, the daughter of "
            "William Clapcote-Lisle and his wife, the former Hester Cholmondeley (herself the "
            "daughter of George Cholmondeley, Viscount Malpas).",
            ("spouse", "marcia mary anne clapcott lisle", "hester cholmondeley"),
        ),
        (
            "West's Furniture Showroom",
            "West's Furniture Showroom is a heritage-listed former shop at 620 Wickham Street, "
            "Fortitude Valley, Brisbane, Queensland, Australia.\nHistory.\nBorn and educated "
            "in Vienna, Langer immigrated to Australia with his wife, artist and art critic Dr "
            "Gertrude Langer, in 1939; bringing direct experience of the European Modern "
            "Movement to Queensland.",
            ("spouse", "west's furniture showroom", "gertrude langer"),
        ),
        (
            "West's Furniture Showroom",
            "West's Furniture Showroom is a heritage-listed former shop at 620 Wickham Street, "
            "Fortitude Valley, Brisbane, Queensland, Australia.\nHistory.\nBorn in 1918, "
            "Laurie became well known in musical circles as a fine baritone singer.",
            ("birth_date", "west's furniture showroom", "1918"),
        ),
        # an adverb before "formed" is no body
        (
            "Toulouse Hawks",
            "The Toulouse Hawks are an Australian rules football team based in Toulouse, France."
            "\nHistory.\nOriginally formed in 2008 as the Toulouse Crocodiles, the Toulouse Hawks "
            "first competed in the Championnat de France in the 2009/2010 season.",
            ("founding_date", "originally", "2008"),
        ),
        # a span of years after a name that is no series is a life or a term
        (
            "Daniel Bushnell",
            "Daniel Bushnell (1808–1891) was an American industrialist.\nSarah and William "
            "Warden's daughter "
            "Mary Warden Harkness (1864–1916) was a philanthropist and the wife of Standard Oil "
            "heir Charles W. Harkness.",
            ("publication_date", "mary warden harkness", "1864"),
        ),
        (
            "Shelly Lundberg",
            "Shelly J. Lundberg is an economist.\nWhile at the University of Washington, "
            "Lundberg directed the Center for Research on Families (2001–11) as well as the Center "
            "for Studies in Demography and Ecology.",
            ("publication_date", "center for research on families", "2001"),
        ),
        (
            "Robert Delort",
            "Robert Delort (born on 21 September 1932) is a French historian.\nHe organised the "
            "millennium colloquiums of France (1987) then directed the scientific programme "
            "“Histoire de l’Environnement” (1987–1991) for the .",
            ("publication_date", "histoire de l'environnement", "1987"),
        ),
        # a year, a game's or a series' noun and what follows: no work
        (
            "1939–40 Northern Rugby Football League Wartime Emergency League season",
            "The 1939–40 Northern Rugby Football League season was an emergency season of "
            "English rugby league fixtures.\nThe 1940 Probables won the game 29–21 in front of a "
            "crowd of 7,000.",
            ("publication_date", "29", "1940"),
        ),
        (
            "Volodymyr Byelikov",
            "Volodymyr Byelikov (; born 1 December 1998) is a Ukrainian ice dancer.\nDuring the "
            "2017 JGP series, Popova/Byelikov placed 6th competing in September in Minsk, "
            "Belarus, and 5th in early October in Gdańsk, Poland.",
            ("publication_date", "popova", "2017"),
        ),
        (
            "Sacred Heart Church-Punahou",
            "Sacred Heart Church-Punahou is located at 1701 Wilder Avenue, in Honolulu, in the "
            "U.S. state of Hawaii.\nThe 1927 two-story "
            "Mediterranean Revival style rectory was designed by Rothwell, Kangeter &amp; "
            "Lester, and constructed by Walker &amp; Olund.",
            ("publication_date", "mediterranean revival", "1927"),
        ),
        (
            "Freddie Banks",
            "Freddie Banks (born March 6, 1965) is an American former collegiate and "
            "professional basketball player.\nOverall, Banks averaged 13.7 points, 3.5 assists "
            "and 2.2 rebounds in his 144 game UNLV career, making 42% of his 3-point shots and "
            "scoring 2,007 career points.",
            ("publication_date", "unlv", "0144"),
        ),
        # a film to come, and a title in sentence case cut to its article (enwiki-2021 sample;
        # Re-DocRED dev)
        (
            "Bella Piero",
            "In 2020, she also starred in the upcoming film, \"Sobre Girassóis\", by Caroline "
            "Fioratti, as \"Vírginia\", a seventeen-year-old teenager who lives in her skin a "
            "tragedy.",
            ("publication_date", "sobre girassois", "2020"),
        ),
        (
            "Ernesto D'Alessio",
            "In 1997 starred in telenovela El alma no tiene color .",
            ("publication_date", "el", "1997"),
        ),
        # an aside right before the verb names what was released; a gloss in another script
        # (enwiki-2021 sample)
        (
            "Cambridge English Qualifications",
            "The ALTE Framework was developed simultaneously alongside the Common European "
            "Framework of Reference (CEFR) published in draft form in 1997.",
            ("publication_date", "alte framework", "1997"),
        ),
        (
            "Klaew Thanikhul",
            "Thanikhul was photographed on the cover of the magazine \"Muay Siam\" (มวยสยาม), the "
            "first issue was published in September 1986, a popular Muay Thai magazine in that "
            "era.",
            ("publication_date", "thanikhul", "1986-09"),
        ),
        # the document's own subject, then another work's release (enwiki-2021 sample)
        (
            "Jean-Louis Salager",
            "He is the second most cited researcher in Venezuelan institutions, according to the "
            "Google Scholar Scitations ranking published in 2015.",
            ("publication_date", "jean louis salager", "2015"),
        ),
        (
            "The Way It Used to Be (Engelbert Humperdinck song)",
            "It is an English language adaptation of the Italian language song \"Melodia\", which "
            "was originally released by Isabella Iannetti in 1968.",
            ("publication_date", "way it used to be", "1968"),
        ),
        # "both released on" a label: no date (enwiki-2021 sample)
        (
            "Mindia",
            "There are two recordings of \"Mindia\", both released on the Melodiya label, a 1963 "
            "version in Russian and a 1973 version in Georgian.",
            ("publication_date", "mindia", "1963"),
        ),
        # a church's lead, read past "St.": no person's spouse
        (
            "St. Dominic Catholic Church (Washington, D.C.)",
            "St. Dominic Church is a parish of the Roman Catholic Church, established in 1852.\n"
            "History.\nBenjamin Young's son Notley Rozier Young inherited the family property. He "
            "married Eleanor Digges, and after his first wife's death, married Mary Carroll.",
            ("spouse", "dominic catholic church", "eleanor digges"),
        ),
        # a ship's home port, an owner's and an officer's seat are no body's headquarters
        # (enwiki-2021 sample)
        (
            "SB Wyvenhoe",
            "SB Wyvenhoe is a Thames sailing barge. She is now owned by Trad Sail Charters and "
            "based in Maldon.",
            ("headquarters", "sb wyvenhoe", "maldon"),
        ),
        (
            "Società per le strade ferrate della Sicilia",
            "The company was formed, mainly with foreign capital, by a banking group with "
            "headquarters in Rome, following the agreements of 1885 that divided the Italian "
            "railway network into three large corporate groups.",
            ("headquarters", "societa per le strade ferrate della sicilia", "rome"),
        ),
        # a person born somewhere is no body: the participle "born" ends the lead's noun phrase
        # ("a documentary and portrait photographer born in Uganda" names a photographer)
        (
            "Sarah Waiswa",
            "Sarah Waiswa is a documentary and portrait photographer born in Uganda and based in "
            "Nairobi, Kenya. She won the 2016 Rencontres d'Arles Discovery Award for a series "
            "that explored albino persecution in sub-Saharan Africa.\nEarly life and career.\n"
            "Sarah Waiswa was born in Uganda and is based in Nairobi, Kenya.",
            ("headquarters", "sarah waiswa", "nairobi"),
        ),
        # not a capital of some trade, nor a part of the city (enwiki-2021 sample)
        (
            "Jingdezhen porcelain",
            "The new techniques for the production of porcelain goods stimulated the porcelain "
            "market in Jingdezhen (the porcelain capital of China).",
            ("capital", "china", "jingdezhen"),
        ),
        (
            "Insurance Towers",
            "The building is located at Plot 10 Lumumba Road on Nakasero Hill, in the Central "
            "Division of Kampala, Uganda's capital and largest city, about north-west of the "
            "city's central business district.",
            ("capital", "uganda", "central division of kampala"),
        ),
        (
            "Benjamin Agyeman-Badu",
            "Born in UK capital London, Benjamin Agyeman-Badu played with youth-team of "
            "Blackpool In the season 2014–15 he played on loan at Ryan FC as scholar.",
            ("birth_place", "benjamin agyeman badu", "uk"),
        ),
        # a building after "the" is no town, a rivalry is no club, and a parent's base is not
        # its subsidiary's (enwiki-2021 sample)
        (
            "Kjøbenhavns Brandforsikring",
            "Kjøbenhavns Brandforsikring was a Danish fire insurance company. The company was "
            "based in the Gustmeyer House at Ved Stranden 14 and its last CEO was Frits Pedersen.",
            ("headquarters", "kjobenhavns brandforsikring", "gustmeyer house"),
        ),
        (
            "El Tráfico",
            "El Tráfico is a soccer rivalry between the two Major League Soccer (MLS) clubs based "
            "in the Los Angeles area, LA Galaxy and Los Angeles FC.",
            ("headquarters", "el trafico", "los angeles"),
        ),
        (
            "Simba Cement Uganda Limited",
            "Simba Cement Uganda Limited (SCUL), also National Cement Company Uganda, is a cement "
            "manufacturer in Uganda.\nOwnership.\nSCUL is a wholly owned subsidiary of National "
            "Cement Company Limited (NCCL) based in Kenya.",
            ("headquarters", "simba cement uganda", "kenya"),
        ),
    ],
)
def test_not_extracted(title: str, text: str, bad: tuple[str, str, str]) -> None:
    assert bad not in facts(text, title)


def test_every_match_starts_at_a_word() -> None:
    """A pattern's first word is a whole word: not the "as" of "was" ("who was a student at"),
    the "to" of "Toronto" nor the "e played" of "He played". Checked on every sentence above."""
    cases = [*test_forms.pytestmark[0].args[1], *test_not_extracted.pytestmark[0].args[1]]
    texts = [text for _, text, _ in cases]
    rows = extract(texts, [str(i) for i in range(len(cases))], None, [t for t, _, _ in cases])
    inside = [
        (r["category"], r["snippet"])
        for r in rows.to_pylist()
        if (start := r["char_start"]) > 0
        and texts[int(r["doc_id"])][start - 1 : start + 1].isalnum()
    ]
    assert len(rows) > 500
    assert inside == []


def test_definite_description_needs_the_lead_noun() -> None:
    lead = "Roketsan is a major Turkish weapons manufacturer and defense contractor . "
    r = DocResolver("ROKETSAN", lead + "The company was incorporated in 1988 .")
    assert r.resolve("The company", "organization") == ("ROKETSAN", "roketsan")
    assert r.resolve("The album", "work") is None  # the lead did not introduce an album
    assert r.resolve("The National Turkey Federation", "organization") == (
        "The National Turkey Federation",
        "national turkey federation",
    )


def test_list_titles_and_peerages() -> None:
    assert DocResolver("List of songs recorded by Rage Against the Machine").main() is None
    assert strip_disambiguator("John of Islay, Earl of Ross") == "John of Islay"
    assert strip_disambiguator("Navy, Army and Air Force Institutes") == (
        "Navy, Army and Air Force Institutes"
    )


def test_keys_of_tokenised_text() -> None:
    assert entity_key("Ca n't Take My Eyes Off You", "work") == entity_key(
        "Can't Take My Eyes Off You", "work"
    )
    assert entity_key("It 's All Wrong", "work") == entity_key("It's All Wrong", "work")
    two = "the Moore College of Art and the University of Pennsylvania"
    assert entity_key(two, "organization") == "moore college of art"
    assert entity_key("King Ferdinand", "person") == "ferdinand"


def test_generic_one_word_subjects_are_dropped() -> None:
    r = DocResolver("Hélé Béji", "Hélé Béji is a Tunisian writer .")
    assert r.resolve("College", "organization") is None
    assert r.resolve("LLC", "organization") is None


def test_triggers_start_a_word() -> None:
    # "Facebook" is no "book", "history" no "story": such sentences are no candidates for author
    pf = Prefilter(load_categories(["author"]))
    assert (
        pf.candidates("TeachMeTeaseMe was a Facebook group on history created by Liz Mputu.") == []
    )
    assert pf.candidates("It is a book created by Liz Mputu.") != []


def test_her_books_but_not_the_one_she_edited() -> None:
    # enwiki-2021 sample, *Jill Mann*: a list of books in which one is marked edited
    jill_mann = (
        "Gillian Lesley \"Jill\" Mann, FBA (born 7 April 1943), is a scholar known for her work "
        "on medieval literature, especially on Middle English and Medieval Latin. Her books "
        "include \"Chaucer and Medieval Estates Satire\" (1973), \"Feminizing Chaucer\" (2002), "
        "and \"The Cambridge Companion to Chaucer\" (edited with Piero Boitani); she also edited "
        "the \"Canterbury Tales\" for Penguin Classics."
    )
    stated = facts(jill_mann, "Jill Mann")
    assert ("author", "chaucer and medieval estates satire", "jill mann") in stated
    assert ("author", "feminizing chaucer", "jill mann") in stated
    assert ("author", "cambridge companion to chaucer", "jill mann") not in stated


def test_an_era_or_a_periods_span_is_no_life() -> None:
    # enwiki-2021 sample: an era after the death year is no place of death, and the years
    # after a war's name are its span, not a person's life
    yu_xi = (
        "Yu Xi (虞喜; 307–345 AD), courtesy name Zhongning (仲寧), was a Chinese astronomer and "
        "writer of the Jin dynasty (266–420)."
    )
    stated = facts(yu_xi, "Yu Xi")
    assert ("death_date", "yu xi", "0345") in stated
    assert not [f for f in stated if f[0] == "death_place"]
    smolensk = "The Siege of Smolensk (1613–1617) is an episode of the Polish–Muscovite War (1605–1618)."
    assert not [
        f for f in facts(smolensk, "Siege of Smolensk (1613–1617)") if f[0] in ("birth_date", "death_date")
    ]


def test_the_leads_noun_past_a_participle_and_a_part_of_the_work() -> None:
    # enwiki-2021 sample: "a … film written and directed by" calls the subject a film (the head
    # noun is not "written"), so "The film was released …" is the title's release; a trailer
    # or an edition "of the film" is not the film, and an EP is no title
    kalyanam = (
        "Kalyanam is a 2018 Malayalam romantic-comedy film written and directed by Rajesh Nair. "
        "It stars newcomers Varsha Bollamma and Shravan Mukesh, son of the Malayalam film actor, "
        "Mukesh. The film was released on 23 February 2018."
    )
    assert ("publication_date", "kalyanam", "2018-02-23") in facts(kalyanam, "Kalyanam (film)")
    aami = (
        'Aami Ashbo Phirey (English: "I shall return") is a 2018 Bengali drama film directed by '
        "Anjan Dutt and produced by Shree Venkatesh Films. The official trailer of the film was "
        "released on 12 February 2018."
    )
    dates = {f[2] for f in facts(aami, "Aami Ashbo Phirey") if f[0] == "publication_date"}
    assert dates == {"2018"}  # the lead's year, not the trailer's day
    berywam = (
        "Berywam is a French beatbox crew based in Toulouse, France. They won the French "
        "Beatbox Championship 2016. Their EP was released on 2 June 2017."
    )
    assert not [f for f in facts(berywam, "Berywam") if f[0] == "publication_date"]
    # "B&amp;W" holds no ";" the predicate stops at; a house's article is "a single-family home"
    libido = DocResolver(
        "Libido (1965 film)",
        "Libido is a 1965 B&amp;W Italian film co-written and co-directed by Ernesto Gastaldi "
        "and Vittorio Salerno, from a story by Mara Maryl.",
    )
    assert libido.lead_words() == {"film"} and not libido.may_be_person()
    house = DocResolver(
        "Jay White House",
        "The Jay White House is a single-family home located at 1109 W. Genesee Street in "
        "Lapeer, Michigan.",
    )
    assert not house.may_be_person()


# a relative whose first and last names are the document person's, with other middle names, is
# someone else: "Hugh Charles Owen (1826–1909)", a son of *Sir Hugh Owen Owen*
_OWEN_SONS = (
    "Sir Hugh Owen Owen, 2nd Baronet (25 December 1803 – 5 September 1891), known as Hugh "
    "Owen Lord until 1809, was a British Liberal Party, Conservative Party and Tory "
    "politician. Family and early life. He first married Angelina Maria Cecilia, daughter "
    "of Sir Charles Morgan, 2nd Baronet in 1825, and they had five sons and three "
    "daughters, including: Hugh Charles Owen (1826–1909); John Owen (1828–1890); Arthur "
    "Owen (1829–1876); and, William Owen (1832–1889)."
)
_GILES_CHILDREN = (
    "Colonel Frank Lucas Netlam Giles (1879-1930), D.S.O., O.B.E. was a British soldier- "
    "serving with the Royal Engineers- and military attaché.\nFamily.\nTheir children "
    "were Frank Thomas Robertson Giles (31 July 1919 – 30 October 2019) and Elizabeth "
    "Elgiva Giles (1917-2005)."
)


@pytest.mark.parametrize(
    ("title", "text", "category", "relative", "person", "value"),
    [
        ("Sir Hugh Owen Owen, 2nd Baronet", _OWEN_SONS, "birth_date", "hugh charles owen",
         "hugh owen owen", "1826"),
        ("Frank Lucas Netlam Giles", _GILES_CHILDREN, "death_date",
         "frank thomas robertson giles", "frank lucas netlam giles", "2019-10-30"),
    ],
)
def test_relative_with_other_middle_names(
    title: str, text: str, category: str, relative: str, person: str, value: str
) -> None:
    found = facts(text, title)
    assert (category, relative, value) in found
    assert (category, person, value) not in found
