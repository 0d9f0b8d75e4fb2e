"""One region per discourse in local news (issue 12; our own sentences and articles).

- a dateline naming a city alone ("CLEVELAND —") establishes the city's region, as "X, State" does
  (``discourse.home_regions``);
- one sense per discourse: a name placed by its own phrase ("X, State", a dateline "X, St. —") keeps
  that reading where it recurs bare, though the bare name is a country's (``unfog.geo.discourse``);
- spatial minimality: a town outside the regions a story establishes is the namesake beside the
  towns it places there (``unfog.geo.discourse``); a county of the story's region pairs with no
  town elsewhere (``unfog.geo.counties``);
- "Mt." reads as "Mount" even where some entry bears "Mt. X" as its main name
  (``Gazetteer.lookup_abbreviated``);
- a dateline's name recurring where the NER model says person is the town (``geo.evidence.datelined``);
- a town the NER model calls a person or an organisation after a locative preposition, in a
  first-level region the story establishes by a region abbreviation or "Town, Region"
  (``geo.signs``), and so too its conjunct ("from X and Y"; ``Recognizer._coordinated``);
- "<compass word> of X" places X, as "near X" does; "<person> of X" and "residents of X" say where the
  person lives, as ", of X," does (``Recognizer._mention``, ``Recognizer._resident``).

``tests/fixtures/local_news/``: local articles written for this test, with their gold below (written
before the stage was run on them): articles 1-8 first, 9-19 after the fixes; 20-27 and 28-37 likewise
for longer names ("X Bay", "Gulf of X"), datelines naming a city alone and counties (geo23).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from spacy.language import Language

from unfog.context import DocContext
from unfog.geo import GeoStage
from unfog.model import Document, Place
from unfog.settings import Settings

ARTICLES = Path(__file__).parent / "fixtures" / "local_news"


@pytest.fixture(scope="module")
def stage() -> GeoStage:
    return GeoStage.from_settings(Settings())


def _places(nlp: Language, stage: GeoStage, text: str) -> list[Place]:
    return stage.run(DocContext(Document(id="t", text=text), nlp(text)))


@pytest.mark.parametrize(
    ("text", "name", "where"),
    [
        # a dateline's town named like a country, recurring bare
        ("JORDAN, Minn. — Council members agreed to build a fire hall. Jordan has grown fast since the new "
         "highway opened.", "Jordan", "US/Minnesota"),
        ("PERU, Ind. — A grain elevator collapsed on Monday. Peru firefighters searched the rubble for hours.",
         "Peru", "US/Indiana"),
        ("MEXICO, Maine — Snow closed the mill on Tuesday. Workers in Mexico said the shift would be made up.",
         "Mexico", "US/Maine"),
        # a well-known city's namesake beside the towns of the story's state
        ("Deputies in Biddeford, Maine, and Saco searched for the boat. It was later found near Portland.",
         "Portland", "US/Maine"),
        ("The plant near Canton, Miss., will hire workers from Ridgeland and Madison next year.", "Madison",
         "US/Mississippi"),
        # a county of the story's state pairs with no town of another state
        ("Volunteers from Sparta, Ga., and Hancock County drove to Atlanta on Friday.", "Atlanta", "US/Georgia"),
        ("Deputies in Marion County, Ind., said the man had moved from Atlanta last year.", "Atlanta",
         "US/Georgia"),
        # a dateline naming a city alone establishes the city's region: its neighbours' namesakes there
        ("CLEVELAND — Police in Parma arrested two men after a chase that ended in Medina.", "Parma", "US/Ohio"),
        ("CLEVELAND — Police in Parma arrested two men after a chase that ended in Medina.", "Medina", "US/Ohio"),
        ("PITTSBURGH — The mayor flew to Paris and Berlin for a conference on steel.", "Paris", "FR/"),
        # a name read as a region elsewhere (an English borough) is a town in the county the story names
        ("A Florence man was hurt when his truck hit a tree near Sheffield. He was taken to a hospital in "
         "Tuscumbia, Colbert County deputies said.", "Sheffield", "US/Alabama"),
        # several readings of the county hold a town of the name: the one in the county as read
        ("Lebanon firefighters were called to a barn fire. Crews from Mason and Springboro helped, and the "
         "Warren County sheriff said no one was hurt.", "Lebanon", "US/Ohio"),
        ("Deputies in Holland searched for a missing boater. Crews from Zeeland and Saugatuck joined the "
         "search, Ottawa County officials said.", "Holland", "US/Michigan"),
        # "Mt." for "Mount"
        ("COLUMBIA, Tenn. — Deputies searched a farm outside Mt. Pleasant after a truck was stolen.",
         "Mt. Pleasant", "US/Tennessee"),
        # a dateline's name recurring, tagged person
        ("GREENWOOD, Miss. — The cotton gin reopened on Monday. Greenwood, long a market town for the Delta, "
         "has lost many jobs.", "Greenwood", "US/Mississippi"),
        # a town the NER model calls a person, after a locative preposition, in the region a dateline or a
        # town's region establishes (geo.signs)
        ("TUPELO, Miss. — Patients in the county now drive to Jackson for their scans.", "Jackson",
         "US/Mississippi"),
        ("Workers from Kokomo, Ind., and Marion were sent home after the fire.", "Marion", "US/Indiana"),
        # "<compass> of X" places X as "near X" does; a conjunct of a place after a locative word is a place
        # (the preposition governs both), in the story's region where the NER model says person
        ("Storms are likely tonight, especially east of Dayton.", "Dayton", "US/Ohio"),
        ("CORINTH, Miss. — Buses now run from Iuka and Booneville to the clinic.", "Iuka", "US/Mississippi"),
        ("CORINTH, Miss. — Buses now run from Iuka and Booneville to the clinic.", "Booneville", "US/Mississippi"),
        ("PRATT, Kan. — Letters came from Ann Jackson and her brother. From Jackson and Lee came a gift.",
         "Jackson", "/"),
        # where a person lives: "<person> of X", "residents of X"
        ("GASTONIA, N.C. — Rep. Carla Dunn of Shelby voted for the bill on Tuesday.", "Shelby",
         "US/North Carolina"),
        ("LAGRANGE, Ga. — The angry residents of Hogansville packed the meeting on Tuesday night.", "Hogansville",
         "US/Georgia"),
        # guards: the name shown a person's (a longer person's name ends with it; the subject of "said")
        ("TUPELO, Miss. — The board gave its top award to Bill Jackson on Friday. The plaque went to Jackson "
         "himself.", "Jackson", "/"),
        ("KOKOMO, Ind. — The job went to Wilson, the board said. Wilson said he was pleased.", "Wilson", "/"),
        # guards: far from the story's towns, or a national capital, the reading stays
        ("NASHVILLE, Tenn. — The orchestra will tour Paris and Vienna next spring.", "Paris", "FR/"),
        ("ALEXANDRIA, Va. — The mayor flew to Washington to ask Congress for flood money.", "Washington", "US/"),
        ("SPRINGFIELD, Ill. — Lawmakers returned from a trade trip to Mexico and Canada on Friday.", "Mexico",
         "MX/"),
    ],
)
def test_one_region_per_discourse(nlp: Language, stage: GeoStage, text: str, name: str, where: str) -> None:
    got = {m.text: f"{p.country_code}/{p.admin1 or ''}" for p in _places(nlp, stage, text) for m in p.mentions}
    cc, admin1 = where.split("/")
    assert got.get(name, "/").split("/")[0] == cc, got
    if admin1:
        assert got[name] == where, got


# (file, surface, state): every mention of the surface is a place in that state ("=State": the state
# itself), or, with "-", no place is found inside it (street, school and church names)
GOLD = [
    ("article1", "Paris", "Tennessee"), ("article1", "Tenn.", "=Tennessee"), ("article1", "Puryear", "Tennessee"),
    ("article1", "Big Sandy", "Tennessee"), ("article1", "Henry County", "Tennessee"),
    ("article1", "Benton County", "Tennessee"), ("article1", "Murray", "Kentucky"), ("article1", "Ky.", "=Kentucky"),
    ("article1", "Tyson Avenue", "-"), ("article1", "Mineral Wells Road", "-"),
    ("article2", "Lebanon", "Ohio"), ("article2", "Ohio", "=Ohio"), ("article2", "Warren County", "Ohio"),
    ("article2", "Mason", "Ohio"), ("article2", "Springboro", "Ohio"), ("article2", "Waynesville", "Ohio"),
    ("article2", "Cincinnati", "Ohio"), ("article2", "Dayton", "Ohio"), ("article2", "Columbus Avenue", "-"),
    ("article2", "Lebanon High School", "-"), ("article2", "Donovan Elementary", "-"),
    ("article3", "Hannibal", "Missouri"), ("article3", "Mo.", "=Missouri"), ("article3", "Marion County", "Missouri"),
    ("article3", "Ralls County", "Missouri"), ("article3", "Missouri", "=Missouri"),
    ("article3", "Louisiana", "Missouri"), ("article3", "Illinois", "=Illinois"), ("article3", "Quincy", "Illinois"),
    ("article3", "New London", "Missouri"), ("article3", "St. Louis", "Missouri"), ("article3", "Broadway", "-"),
    ("article3", "First Baptist Church", "-"),
    ("article4", "Columbia", "Tennessee"), ("article4", "Tenn.", "=Tennessee"), ("article4", "Columbia Central", "-"),
    ("article4", "Spring Hill", "Tennessee"), ("article4", "Lewisburg", "Tennessee"),
    ("article4", "Franklin", "Tennessee"), ("article4", "Maury County", "Tennessee"),
    ("article4", "Mt. Pleasant", "Tennessee"), ("article4", "Cornersville", "Tennessee"),
    ("article4", "Page High School", "-"),
    ("article5", "Raleigh", "North Carolina"), ("article5", "N.C.", "=North Carolina"),
    ("article5", "North Carolina", "=North Carolina"), ("article5", "Kinston", "North Carolina"),
    ("article5", "Greenville", "North Carolina"), ("article5", "Jacksonville", "North Carolina"),
    ("article5", "Goldsboro", "North Carolina"), ("article5", "New Bern", "North Carolina"),
    ("article5", "Wilson", "North Carolina"), ("article5", "Pitt County", "North Carolina"),
    ("article5", "Onslow County", "North Carolina"), ("article5", "Lenoir County", "North Carolina"),
    ("article5", "Durham", "North Carolina"), ("article5", "Goldsboro Street", "-"),
    ("article6", "Marion", "Indiana"), ("article6", "Ind.", "=Indiana"), ("article6", "Gas City", "Indiana"),
    ("article6", "Jonesboro", "Indiana"), ("article6", "Grant County", "Indiana"),
    ("article6", "Fairmount", "Indiana"), ("article6", "Upland", "Indiana"), ("article6", "Main Street", "-"),
    ("article6", "Washington Street Church", "-"),
    ("article7", "Milledgeville", "Georgia"), ("article7", "Ga.", "=Georgia"),
    ("article7", "Baldwin County", "Georgia"),
    ("article7", "Atlanta", "Georgia"), ("article7", "Hardwick", "Georgia"), ("article7", "Eatonton", "Georgia"),
    ("article7", "Sparta", "Georgia"), ("article7", "Putnam", "Georgia"), ("article7", "Hancock", "Georgia"),
    ("article7", "Vinson Highway", "-"), ("article7", "Macon Road Baptist Church", "-"),
    ("article7", "Central State Hospital", "-"),
    ("article8", "Canton", "Mississippi"), ("article8", "Miss.", "=Mississippi"),
    ("article8", "Jackson", "Mississippi"),
    ("article8", "Madison County", "Mississippi"), ("article8", "Flora", "Mississippi"),
    ("article8", "Ridgeland", "Mississippi"), ("article8", "Madison", "Mississippi"),
    ("article8", "Mississippi", "=Mississippi"), ("article8", "Lexington", "Mississippi"),
    ("article8", "Holmes County", "Mississippi"), ("article8", "Peace Street", "-"),
    ("article8", "Canton High School", "-"),
    # written after the first fixes, to see whether they hold on text they were not made on (article18's
    # Samoa and Trinidad, and article19's Upper Darby, have no entry in the gazetteer: left out)
    ("article9", "Athens", "Tennessee"), ("article9", "Tenn.", "=Tennessee"),
    ("article9", "McMinn County", "Tennessee"), ("article9", "Etowah", "Tennessee"),
    ("article9", "Englewood", "Tennessee"), ("article9", "Cleveland", "Tennessee"),
    ("article9", "Niota", "Tennessee"), ("article9", "Sweetwater", "Tennessee"),
    ("article9", "Monroe County", "Tennessee"), ("article9", "Knoxville", "Tennessee"),
    ("article9", "Congress Parkway", "-"), ("article9", "Athens City Middle School", "-"),
    ("article10", "Florence", "Alabama"), ("article10", "Ala.", "=Alabama"),
    ("article10", "Lauderdale County", "Alabama"), ("article10", "Colbert County", "Alabama"),
    ("article10", "Sheffield", "Alabama"), ("article10", "Tuscumbia", "Alabama"),
    ("article10", "Muscle Shoals", "Alabama"), ("article10", "Limestone County", "Alabama"),
    ("article10", "Athens", "Alabama"), ("article10", "Cloverdale Road", "-"), ("article11", "Mexico", "Missouri"),
    ("article11", "Mo.", "=Missouri"), ("article11", "Audrain County", "Missouri"),
    ("article11", "Vandalia", "Missouri"), ("article11", "Centralia", "Missouri"),
    ("article11", "Missouri", "=Missouri"), ("article11", "Fulton", "Missouri"),
    ("article11", "Moberly", "Missouri"), ("article11", "Boone County", "Missouri"),
    ("article11", "Columbia", "Missouri"), ("article11", "Jefferson Street", "-"),
    ("article12", "Cairo", "Illinois"), ("article12", "Ill.", "=Illinois"),
    ("article12", "Mound City", "Illinois"), ("article12", "Olive Branch", "Illinois"),
    ("article12", "Alexander County", "Illinois"), ("article12", "Paducah", "Kentucky"),
    ("article12", "Ky.", "=Kentucky"), ("article12", "Cape Girardeau", "Missouri"),
    ("article12", "Pulaski County", "Illinois"), ("article12", "Washington Avenue", "-"),
    ("article13", "Versailles", "Kentucky"), ("article13", "Ky.", "=Kentucky"),
    ("article13", "Woodford County", "Kentucky"), ("article13", "Midway", "Kentucky"),
    ("article13", "Frankfort", "Kentucky"), ("article13", "Lawrenceburg", "Kentucky"),
    ("article13", "Louisville", "Kentucky"), ("article13", "Bardstown", "Kentucky"),
    ("article13", "Nelson County", "Kentucky"), ("article13", "McCracken Pike", "-"),
    ("article14", "Madison", "Wisconsin"), ("article14", "Wis.", "=Wisconsin"),
    ("article14", "Wisconsin", "=Wisconsin"), ("article14", "Berlin", "Wisconsin"),
    ("article14", "Ripon", "Wisconsin"), ("article14", "Green Lake", "Wisconsin"),
    ("article14", "Fond du Lac", "Wisconsin"), ("article14", "Princeton", "Wisconsin"),
    ("article14", "Oshkosh", "Wisconsin"), ("article14", "Appleton", "Wisconsin"),
    ("article14", "Portage", "Wisconsin"), ("article14", "Milwaukee", "Wisconsin"),
    ("article14", "Green Bay", "Wisconsin"), ("article15", "Xenia", "Ohio"), ("article15", "Loveland", "Ohio"),
    ("article15", "Morrow", "Ohio"), ("article15", "Warren County", "Ohio"), ("article15", "Lebanon", "Ohio"),
    ("article15", "Greene County", "Ohio"), ("article15", "Milford", "Ohio"), ("article15", "Dayton", "Ohio"),
    ("article15", "Ohio", "=Ohio"), ("article16", "Moscow", "Idaho"), ("article16", "Boise", "Idaho"),
    ("article16", "Pullman", "Washington"), ("article16", "Latah County", "Idaho"), ("article16", "Troy", "Idaho"),
    ("article16", "Potlatch", "Idaho"), ("article16", "Lewiston", "Idaho"),
    ("article16", "Lewis-Clark State College", "-"), ("article16", "Washington State University", "-"),
    ("article17", "Norman", "Oklahoma"), ("article17", "Okla.", "=Oklahoma"),
    ("article17", "Cleveland County", "Oklahoma"), ("article17", "Moore", "Oklahoma"),
    ("article17", "Noble", "Oklahoma"), ("article17", "Oklahoma City", "Oklahoma"),
    ("article17", "Edmond", "Oklahoma"), ("article17", "Alameda Street", "-"),
    ("article17", "Lincoln Elementary", "-"), ("article17", "Boston Avenue", "-"),
    ("article17", "Cleveland", "Oklahoma"), ("article17", "McClain", "Oklahoma"),
    ("article18", "Eureka", "California"), ("article18", "Calif.", "=California"),
    ("article18", "Humboldt County", "California"), ("article18", "Humboldt", "California"),
    ("article18", "Crescent City", "California"), ("article18", "Arcata", "California"),
    ("article18", "Fortuna", "California"), ("article18", "Ferndale", "California"),
    ("article18", "Sacramento", "California"), ("article18", "Del Norte", "California"),
    ("article19", "Media", "Pennsylvania"), ("article19", "Pa.", "=Pennsylvania"),
    ("article19", "Delaware County", "Pennsylvania"), ("article19", "Chester", "Pennsylvania"),
    ("article19", "Edgmont Avenue", "-"), ("article19", "Springfield", "Pennsylvania"),
    ("article19", "Wilmington", "Delaware"), ("article19", "Del.", "=Delaware"),
    ("article19", "Philadelphia", "Pennsylvania"),
    # issue 12, longer names and local news (geo23): articles 20-27 first, 28-37 after the fixes; waters,
    # valleys, townships and a city's neighbourhoods, mostly absent from the index, are left out
    ("article20", "Ore.", "=Oregon"), ("article20", "Salem", "Oregon"), ("article20", "Stayton", "Oregon"),
    ("article20", "Keizer", "Oregon"), ("article20", "Turner", "Oregon"), ("article20", "Marion County", "Oregon"),
    ("article20", "Polk County", "Oregon"), ("article20", "Commercial Street", "-"),
    ("article20", "Silverton", "Oregon"), ("article20", "Woodburn", "Oregon"), ("article20", "Portland", "Oregon"),
    ("article21", "Ohio", "=Ohio"), ("article21", "Tipp City", "Ohio"), ("article21", "County Road 25A", "-"),
    ("article21", "Piqua", "Ohio"), ("article21", "Dayton", "Ohio"), ("article21", "Troy", "Ohio"),
    ("article21", "Interstate 75", "-"), ("article21", "Montgomery County", "Ohio"),
    ("article21", "Huber Heights", "Ohio"), ("article21", "Vandalia", "Ohio"), ("article22", "Ill.", "=Illinois"),
    ("article22", "Lake Forest", "Illinois"), ("article22", "Chicago", "Illinois"),
    ("article22", "Evanston", "Illinois"), ("article22", "Lake Bluff", "Illinois"),
    ("article22", "Libertyville", "Illinois"), ("article22", "Highland Park", "Illinois"),
    ("article22", "Lake County", "Illinois"), ("article22", "Mundelein", "Illinois"),
    ("article22", "Waukegan", "Illinois"), ("article23", "Va.", "=Virginia"),
    ("article23", "Rockingham County", "Virginia"), ("article23", "Elkton", "Virginia"),
    ("article23", "Timberville", "Virginia"), ("article23", "Broadway", "Virginia"),
    ("article23", "Harrisonburg", "Virginia"), ("article23", "Luray", "Virginia"),
    ("article23", "Page County", "Virginia"), ("article23", "Stanley", "Virginia"),
    ("article23", "Richmond", "Virginia"), ("article23", "Staunton", "Virginia"), ("article23", "Route 11", "-"),
    ("article23", "Bridgewater", "Virginia"), ("article24", "Mich.", "=Michigan"),
    ("article24", "Midland", "Michigan"), ("article24", "Essexville", "Michigan"),
    ("article24", "Bay City", "Michigan"), ("article24", "Auburn", "Michigan"),
    ("article24", "Freeland", "Michigan"), ("article24", "Bay County", "Michigan"),
    ("article24", "Mount Pleasant", "Michigan"), ("article24", "Detroit", "Michigan"),
    ("article24", "Saginaw", "Michigan"), ("article25", "Ohio", "=Ohio"), ("article25", "Amelia", "Ohio"),
    ("article25", "Ohio Pike", "-"), ("article25", "Bethel", "Ohio"), ("article25", "State Route 125", "-"),
    ("article25", "Williamsburg", "Ohio"), ("article25", "New Richmond", "Ohio"), ("article25", "Milford", "Ohio"),
    ("article25", "Batavia", "Ohio"), ("article25", "Owensville", "Ohio"), ("article25", "Brown County", "Ohio"),
    ("article25", "Cincinnati", "Ohio"), ("article26", "Ala.", "=Alabama"), ("article26", "Gulf Shores", "Alabama"),
    ("article26", "Highway 182", "-"), ("article26", "Orange Beach", "Alabama"),
    ("article26", "Baldwin County", "Alabama"), ("article26", "Bay Minette", "Alabama"),
    ("article26", "Fairhope", "Alabama"), ("article26", "Daphne", "Alabama"), ("article26", "Foley", "Alabama"),
    ("article26", "Pensacola", "Florida"), ("article26", "Fla.", "=Florida"), ("article26", "Mobile", "Alabama"),
    ("article26", "Montgomery", "Alabama"), ("article27", "Murray Avenue", "-"),
    ("article27", "Carnegie Library", "-"), ("article27", "Allegheny County", "Pennsylvania"),
    ("article27", "Monroeville", "Pennsylvania"), ("article27", "Penn Hills", "Pennsylvania"),
    ("article27", "Forbes Avenue", "-"), ("article27", "Harrisburg", "Pennsylvania"),
    ("article27", "Mt. Lebanon", "Pennsylvania"), ("article28", "Oregon", "Ohio"), ("article28", "Sylvania", "Ohio"),
    ("article28", "Perrysburg", "Ohio"), ("article28", "Maumee", "Ohio"), ("article28", "Lucas County", "Ohio"),
    ("article28", "Wood County", "Ohio"), ("article28", "Port Clinton", "Ohio"), ("article28", "Monroe", "Michigan"),
    ("article28", "Mich.", "=Michigan"), ("article28", "Bowling Green", "Ohio"), ("article28", "Columbus", "Ohio"),
    ("article29", "Texas", "=Texas"), ("article29", "San Antonio", "Texas"), ("article29", "Portland", "Texas"),
    ("article29", "Nueces County", "Texas"), ("article29", "Robstown", "Texas"),
    ("article29", "Aransas Pass", "Texas"), ("article29", "Rockport", "Texas"), ("article29", "Kingsville", "Texas"),
    ("article29", "Kleberg County", "Texas"), ("article29", "Galveston", "Texas"),
    ("article30", "Lebanon", "Tennessee"), ("article30", "South Cumberland Street", "-"),
    ("article30", "Wilson County", "Tennessee"), ("article30", "Mt. Juliet", "Tennessee"),
    ("article30", "Watertown", "Tennessee"), ("article30", "Gladeville", "Tennessee"),
    ("article30", "Carthage", "Tennessee"), ("article30", "Nashville", "Tennessee"),
    ("article31", "Genesee County", "New York"),
    ("article31", "Batavia", "New York"), ("article31", "Oakfield", "New York"), ("article31", "Le Roy", "New York"),
    ("article31", "Alexander", "New York"), ("article31", "Pennsylvania", "=Pennsylvania"),
    ("article31", "Attica", "New York"), ("article31", "Orleans County", "New York"),
    ("article31", "Albany", "New York"), ("article31", "Rochester", "New York"),
    ("article31", "Buffalo", "New York"), ("article31", "Vermont", "=Vermont"),
    # (article31's "western New York" is still read as the city: left out; article32's Simpson and Grimesland
    # have no entry in the gazetteer: left out)
    ("article32", "Greenville", "North Carolina"), ("article32", "Pitt County", "North Carolina"),
    ("article32", "Farmville", "North Carolina"),
    ("article32", "Washington", "North Carolina"), ("article32", "Ayden", "North Carolina"),
    ("article32", "Winterville", "North Carolina"),
    ("article32", "Bethel", "North Carolina"), ("article32", "Edgecombe County", "North Carolina"),
    ("article32", "Martin County", "North Carolina"), ("article32", "Raleigh", "North Carolina"),
    ("article32", "North Carolina", "=North Carolina"), ("article33", "Ohio", "=Ohio"),
    ("article33", "Conneaut", "Ohio"), ("article33", "Geneva-on-the-Lake", "Ohio"),
    ("article33", "Fairport Harbor", "Ohio"), ("article33", "Ashtabula County", "Ohio"),
    ("article33", "Lake County", "Ohio"), ("article33", "Sandusky", "Ohio"), ("article33", "Madison", "Ohio"),
    ("article33", "Painesville", "Ohio"), ("article33", "Jefferson", "Ohio"), ("article33", "Columbus", "Ohio"),
    ("article33", "Erie", "Pennsylvania"), ("article33", "Pa.", "=Pennsylvania"),
    # (article35's Baileys Harbor, Washington Island, Egg Harbor, Ephraim and Fish Creek have no entry: left out)
    ("article34", "N.H.", "=New Hampshire"), ("article34", "Cheshire County", "New Hampshire"),
    ("article34", "Swanzey", "New Hampshire"), ("article34", "Marlborough", "New Hampshire"),
    ("article34", "Keene", "New Hampshire"), ("article34", "Jaffrey", "New Hampshire"),
    ("article34", "Troy", "New Hampshire"), ("article34", "Fitzwilliam", "New Hampshire"),
    ("article34", "Dublin", "New Hampshire"), ("article34", "Harrisville", "New Hampshire"),
    ("article34", "Hinsdale", "New Hampshire"), ("article34", "Walpole", "New Hampshire"),
    ("article34", "Brattleboro", "Vermont"), ("article34", "Vt.", "=Vermont"),
    ("article34", "Concord", "New Hampshire"), ("article34", "Peterborough", "New Hampshire"),
    ("article35", "Door County", "Wisconsin"), ("article35", "Sturgeon Bay", "Wisconsin"),
    ("article35", "Algoma", "Wisconsin"), ("article35", "Sister Bay", "Wisconsin"),
    ("article35", "Kewaunee County", "Wisconsin"), ("article35", "Green Bay", "Wisconsin"),
    ("article35", "Appleton", "Wisconsin"),
    # (article36's Haydenville, Rockbridge and Murray City have no entry: left out)
    ("article36", "Hocking County", "Ohio"), ("article36", "Logan", "Ohio"), ("article36", "Laurelville", "Ohio"),
    ("article36", "Athens County", "Ohio"), ("article36", "Nelsonville", "Ohio"), ("article36", "Lancaster", "Ohio"),
    ("article36", "Columbus", "Ohio"), ("article37", "Whatcom County", "Washington"),
    ("article37", "Everson", "Washington"), ("article37", "Sumas", "Washington"), ("article37", "Lynden", "Washington"),
    ("article37", "Bellingham", "Washington"), ("article37", "Ferndale", "Washington"),
    ("article37", "Blaine", "Washington"), ("article37", "Skagit County", "Washington"),
    ("article37", "Mount Vernon", "Washington"), ("article37", "Burlington", "Washington"),
    ("article37", "Olympia", "Washington"),
]
# gold mentions found per article today: the misses are names the NER model takes for persons or
# organisations ("a Republican from Wilson", "Spring Hill" as a team); a floor, not to go down
FOUND = {"article1": 11, "article2": 10, "article3": 14, "article4": 11, "article5": 15, "article6": 13,
         "article7": 9, "article8": 13, "article9": 13, "article10": 12, "article11": 12, "article12": 11,
         "article13": 9, "article14": 13, "article15": 10, "article16": 9, "article17": 12, "article18": 8,
         "article19": 8, "article20": 11, "article21": 12, "article22": 9, "article23": 13, "article24": 14,
         "article25": 10, "article26": 14, "article27": 5, "article28": 11, "article29": 11, "article30": 7,
         "article31": 11, "article32": 11, "article33": 12, "article34": 13, "article35": 8,
         "article36": 7, "article37": 8}


@pytest.mark.parametrize("article", sorted(FOUND))
def test_local_articles(nlp: Language, stage: GeoStage, article: str) -> None:
    text = (ARTICLES / f"{article}.txt").read_text()
    found = [(s, e, p) for p in _places(nlp, stage, text) for m in p.mentions if m.kind != "facility"
             for s, e in [m.span]]
    gold = [(surface, state) for a, surface, state in GOLD if a == article]
    spans = {state: [(x.start(), x.end()) for surface, st in gold if st == state
                     for x in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text)] for state in ("-",)}
    right = 0
    for surface, state in gold:
        for x in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
            inside = [p.name for s, e, p in found if x.start() <= s and e <= x.end() and (s, e) != x.span()]
            if state == "-":
                assert not inside, (surface, inside)
                continue
            if any(s <= x.start() and x.end() <= e and (s, e) != x.span() for s, e in spans["-"]):
                continue  # inside a street or school name
            hit = [p for s, e, p in found if (s, e) == x.span()]
            if not hit:
                continue
            p = hit[0]
            ok = (p.name == state[1:] and p.feature_code == "ADM1") if state.startswith("=") else (
                p.country_code == "US" and p.admin1 == state)
            assert ok, (surface, x.start(), p.name, p.admin1)
            right += 1
    assert right >= FOUND[article]


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        # a small town's alternate name, far from every other place the story settles, was left out; so too a
        # small town's main name outside the regions the story establishes ("Door County": Wisconsin). The
        # villages meant are now in the index as post-office towns (geo32, unfog.geo.post_towns) and are read
        ("LEBANON, Tenn. — Crews from Mt. Juliet and Gladeville dug out the broken pipe.", "Gladeville",
         "Gladeville"),
        ("GREENVILLE, N.C. — Deputies found the stolen car in a ditch near Simpson and Ayden.", "Simpson", "Simpson"),
        ("Door County deputies searched the shore near Ephraim and Sister Bay.", "Ephraim", "Ephraim"),
        # placed by its own phrase, or in a story that establishes no region: kept
        ("GREENVILLE, N.C. — The driver, 40, of Simpson, Pa., was charged.", "Simpson", "Simpson"),
        # near them, or a city's alternate name: kept
        ("The minister flew from Kiev to Washington on Monday.", "Kiev", "Kyiv"),
        ("LEBANON, Tenn. — Crews from Mt. Juliet and Watertown dug out the broken pipe.", "Watertown", "Watertown"),
        # a village the gazetteer lacks, whose name reaches only a town of a country the story holds nothing
        # else of (by an old name, or a town of modest size): left out (foreign_outliers)
        ("TIMBUKTU, Mali — Gunmen raided a market near Boni on Friday, officials in Bamako said.", "Boni", None),
        ("CAIRO, Ill. — Water crossed the road to Thebes on Monday, the sheriff said.", "Thebes", None),
        # a capital abroad, or a town of a country one of the story's adjectives names: kept
        ("KAYA, Burkina Faso — The minister flew to Paris on Monday.", "Paris", "Paris"),
        ("Ghanaian traders from Bolgatanga reached Djibo, in northern Burkina Faso, on Monday.", "Bolgatanga",
         "Bolgatanga"),
        # two towns of two countries and nothing else: neither says anything of the other, both kept
        ("Traders drove from Bolgatanga to Djibo on Monday.", "Bolgatanga", "Bolgatanga"),
        ("Traders drove from Bolgatanga to Djibo on Monday.", "Djibo", "Djibo"),
    ],
)
def test_far_alias(nlp: Language, stage: GeoStage, text: str, name: str, place: str | None) -> None:
    got = {m.text: p.name for p in _places(nlp, stage, text) for m in p.mentions}
    assert got.get(name) == place, got
