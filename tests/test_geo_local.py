"""Local news (our own sentences): towns placed by what the text says about where they lie.

- an apposition or a relative location ("X, a suburb of Y", "X, near Y", "X, 20 miles north of Y",
  "X, a town in southern Region"): X is the candidate near the town Y, in the region or country Y
  (``unfog.geo.relative``);
- a first-level region the document names ("... the Illinois budget ..."): among the towns (counties)
  of one country, the one in the named region (``unfog.geo.rank.Ranker.choose``);
- names cut short by the tokeniser or the NER model ("Ft" "." "Worth", "Jefferson" + "Parish", "the Town of
  X" as one organisation, "Geneva" of "Geneva-on-the-Lake"; ``unfog.geo.joins``) and the "St." forms of
  derived regions ("St. Tammany Parish"; ``unfog.geo.sources.abbreviated``);
- spatial minimality with the country as the unit: a reading alone in a country nothing else of the
  story lies in gives way to one where its other places lie (``unfog.geo.rank.implied_country``), and a
  country or capital of such a country to a namesake town beside two of the story's towns
  (``unfog.geo.discourse.local_namesakes``);
- the AP-style "Town, St." and "Town, State" patterns (``unfog.geo.datelines``), and "Town, County":
  a town and a county of those names that lie together (``unfog.geo.relative``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from unfog.context import DocContext
from unfog.geo import GeoStage
from unfog.geo.knowledge import load_yaml
from unfog.geo.sources import abbreviated
from unfog.model import Document
from unfog.settings import Settings


@pytest.fixture(scope="module")
def stage() -> GeoStage:
    return GeoStage.from_settings(Settings())


@pytest.mark.parametrize(
    ("text", "name", "where"),
    [
        # "Town, St." and "Town, State"
        ("Firefighters in Springfield, Ill., put out a warehouse blaze on Tuesday.", "Springfield", "US/Illinois"),
        ("The school board in Paris, Tenn., voted to close two schools.", "Paris", "US/Tennessee"),
        ("Two people died in a crash in Columbus, Ga., police said.", "Columbus", "US/Georgia"),
        ("Voters in Portland, Maine, approved the school budget.", "Portland", "US/Maine"),
        ("The county fair in Marion, Ohio, drew a record crowd.", "Marion", "US/Ohio"),
        # a first word written abbreviated: "Mt." for Mount
        ("A flood hit Mt. Vernon, Wash., on Monday.", "Mt. Vernon", "US/Washington"),
        ("Crews cleared trees in Mt. Pleasant, Mich., on Sunday.", "Mt. Pleasant", "US/Michigan"),
        # a hyphenated name with lower-case inner parts, cut at its first hyphen, is read whole
        ("Boats from Geneva-on-the-Lake came in early on Monday.", "Geneva-on-the-Lake", "US/Ohio"),
        ("The festival in Stratford-upon-Avon drew large crowds.", "Stratford-upon-Avon", "GB/England"),
        # the abbreviation is a token of its own ("Ft" "."): the name is read across the split
        ("A water main broke in Ft. Worth on Friday.", "Ft. Worth", "US/Texas"),
        ("The school in Ft. Pierce reopened after the storm.", "Ft. Pierce", "US/Florida"),
        # a region suffix ("Parish", "County") the NER model left off the name joins it
        ("Levees held in Jefferson Parish overnight.", "Jefferson Parish", "US/Louisiana"),
        ("Voters in St. Louis County approved the tax.", "St. Louis County", "US/Missouri"),
        ("A jury in St. Clair County convicted the man.", "St. Clair County", "US/"),
        # a derived second-level region whose name opens with "Saint", written "St."
        ("Deputies in St. Tammany Parish searched the bayou.", "St. Tammany Parish", "US/Louisiana"),
        # a name whose own last word is a region suffix names a region, whatever the NER model said
        ("The sheriff of Caddo Parish resigned.", "Caddo Parish", "US/Louisiana"),
        ("Residents of East Baton Rouge Parish voted on the tax.", "East Baton Rouge Parish", "US/Louisiana"),
        # "the Town of X" tagged as one organisation: X is a town
        ("Officials in the Town of Hempstead approved the budget.", "Hempstead", "US/New York"),
        # apposition: "X, a <place noun> (of|in|near|outside) Y"
        ("The school board in Solon, a suburb of Cleveland, approved the levy.", "Solon", "US/Ohio"),
        ("Flooding closed roads in Athens, a college town in southeast Ohio, on Monday.", "Athens", "US/Ohio"),
        ("A fire gutted a barn in Lancaster, a farming town outside Columbus, overnight.", "Lancaster", "US/Ohio"),
        ("Hundreds marched in Richmond, a city in northern California, on Saturday.", "Richmond", "US/California"),
        # the apposition says town where the NER model said person
        ("Police in Aurora, a suburb of Denver, arrested a suspect.", "Aurora", "US/Colorado"),
        ("He moved to Greenwood, a town south of Indianapolis, last year.", "Greenwood", "US/Indiana"),
        ("Near Aurora, a suburb of Denver, the fire jumped the highway.", "Aurora", "US/Colorado"),
        ("The judge of the District Court, the district of Massachusetts, ruled.", "Court", "/"),  # a longer name
        # relative location: "X, (near|outside) Y", "X, <distance> <compass> of Y"
        ("The plant in Lebanon, north of Nashville, will hire 300 workers.", "Lebanon", "US/Tennessee"),
        ("A tornado damaged homes in Moore, just south of Oklahoma City, on Monday.", "Moore", "US/Oklahoma"),
        ("The mill in Bedford, about 20 miles west of Boston, will close.", "Bedford", "US/Massachusetts"),
        # the document names the region: among one country's candidates, the one in that region
        ("The mayor of Springfield said the Illinois budget would cut road money.", "Springfield", "US/Illinois"),
        ("Storms hit Peoria and Chicago; Illinois officials opened shelters.", "Peoria", "US/Illinois"),
        ("Deputies in Marion County searched the river after the Florida storm.", "Marion County", "US/Florida"),
        # "Town, County": the town of that name in (nearest) the county
        ("A barn burned in Salem, Columbiana County, on Monday.", "Salem", "US/Ohio"),
        ("Voters in Lebanon, Warren County, approved the levy.", "Lebanon", "US/Ohio"),
        ("Police in Salem, Marion County, closed the bridge.", "Salem", "US/Oregon"),  # both in Oregon
        ("Both Barcelona, Liverpool and Madrid want the striker.", "Barcelona", "ES/"),  # a list, no county
        # no town noun in the apposition: a person
        ("Marshall, a city councilman in Denver, voted against the plan.", "Marshall", "/"),
        ("Aurora, a nurse from Denver, won the award.", "Aurora", "/"),
        # no relation stated: the phrase leaves the choice alone
        ("Officials in Manchester said the trams would run again on Monday.", "Manchester", "GB/England"),
        ("Police in Kingston said the island's curfew would be lifted.", "Kingston", "JM/"),
        # a reading alone in a country nothing else of the story lies in gives way to one in the country
        # its other places lie in (``unfog.geo.rank.implied_country``)
        ("Officials in Portland said the fire spread from Gresham toward Troutdale. Crews from Salem helped.",
         "Salem", "US/Oregon"),
        # the country named, or a national capital: left alone
        ("Officials in Portland said the fire spread from Gresham. In India, floods reached Salem.", "Salem",
         "IN/"),
        ("Officials in Portland said the fire spread from Gresham. The minister later flew to Delhi.", "Delhi",
         "IN/"),
        # a country or a capital of a country nothing else of the story lies in, with a namesake town
        # within reach of two other names' towns: the town (``unfog.geo.discourse.local_namesakes``)
        ("The Lebanon school board voted Monday to raise fees. Parents from Mason and Springboro objected, "
         "and a teacher from Waynesville spoke.", "Lebanon", "US/Ohio"),
        ("A fire destroyed a barn near Paris on Sunday. Firefighters from Cynthiana helped, and the owner "
         "was taken to a hospital in Lexington.", "Paris", "US/Kentucky"),
        # the namesake near one other name only, or the country's own places named: left alone
        ("The envoy flew from Paris to Lexington and Louisville for talks.", "Paris", "FR/"),
        ("Talks in Paris and Lyon ended as officials from Lexington and Cynthiana left.", "Paris", "FR/"),
        # a dateline naming its state ("X, St. —"): a bare town is the namesake in that state, save a
        # national capital, a well-known city and a name a phrase places elsewhere
        # (``unfog.geo.namesakes.dateline_namesakes``, the AP dateline convention)
        ("COOKEVILLE, Tenn. — Two people were hurt in a crash on Monday and taken to a hospital in Jackson. "
         "A witness from Bowling Green, Ky., called for help.", "Jackson", "US/Tennessee"),
        ("HUNTSVILLE, Ala. — The council met on Monday. A delegate from Decatur asked for more time, and a "
         "mayor from Franklin, Tenn., spoke.", "Decatur", "US/Alabama"),
        ("JACKSON, Tenn. — The county board met on Monday. A delegate from Lexington asked for more time, "
         "and a farmer from Tupelo, Miss., spoke.", "Lexington", "US/Tennessee"),
        # a capital of a country nothing else of the story lies in, with a namesake city of 100,000 in the
        # dateline's state: the city (``unfog.geo.namesakes.dateline_namesakes``); its country's adjective or
        # name kept, as is a capital without such a namesake
        ("MACON, Ga. — The storm crossed the state on Friday and reached Athens by night.", "Athens",
         "US/Georgia"),
        ("MACON, Ga. — A Greek envoy visited the plant on Friday before flying home to Athens.", "Athens", "GR/"),
        ("MACON, Ga. — The storm crossed the state on Friday. In Greece, snow closed the roads to Athens.",
         "Athens", "GR/"),
        ("MACON, Ga. — The mayor flew to Paris on Friday for a trade fair.", "Paris", "FR/"),
        ("SALEM, Ore. — A brush fire closed the highway on Tuesday. A crew flew in from Chicago.", "Chicago",
         "US/Illinois"),
        ("SALEM, Ore. — A truck from Columbus, Ohio, overturned on Tuesday. The Columbus driver was unhurt.",
         "Columbus", "US/Ohio"),
        # geo31 (``unfog.geo.namesakes``): a capital or well-known city whose country (state) holds nothing
        # else of a datelined story gives way to its namesake near a town of the dateline's state; a
        # country's name a US state bears, among US places
        # the dateline's state
        ("VIDALIA, Ga. — The feed store in Cairo reopened on Monday, and buyers drove in from Albany and "
         "Thomasville.", "Cairo", "US/Georgia"),
        ("ROCKLAND, Maine — The ferry from Portland was late again, and riders in Camden complained.",
         "Portland", "US/Maine"),
        # nothing near the namesake in the dateline's state, or another foreign place named: the capital stays
        ("SAVANNAH, Ga. — The port signed a shipping deal with buyers in Cairo and Alexandria.", "Cairo", "EG/"),
        # no dateline: towns of one state do not move a well-known city
        ("The Houston firm opened offices in Dallas, Austin and Paris last year.", "Paris", "FR/"),
        ("Bands from Macon and Denver will play in Dublin this summer.", "Dublin", "IE/"),
        # a state that bears a country's name
        ("Scientists from Georgia shared the prize with labs in Boston and Denver.", "Georgia", "US/Georgia"),
        ("Officials in Tbilisi said Georgia would ask Washington and Brussels for help.", "Georgia", "GE/"),
        ("Georgia and Armenia signed a trade pact in Boston, watched by envoys from Denver.", "Georgia", "GE/"),
    ],
)
def test_local_news(nlp: Language, stage: GeoStage, text: str, name: str, where: str) -> None:
    places = stage.run(DocContext(Document(id="t", text=text), nlp(text)))
    got = {m.text: f"{p.country_code}/{p.admin1 or ''}" for p in places for m in p.mentions}
    cc, admin1 = where.split("/")
    assert got.get(name, "/").split("/")[0] == cc, got
    if admin1:
        assert got[name] == where, got


@pytest.mark.parametrize(
    ("name", "aliases"),
    [
        ("Saint Tammany Parish", ["St Tammany Parish"]),
        ("Sainte Genevieve County", ["Ste Genevieve County"]),
        ("Saint", []),  # no rest of a name
        ("Cook County", []),
    ],
)
def test_derived_region_abbreviations(name: str, aliases: list[str]) -> None:
    assert abbreviated(name, load_yaml("gazetteer.yaml")) == aliases


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        # names sharing a plural region noun ("X and Y counties"): each is "X County"
        ("Farmers in Kern and Tulare counties lost their crops.", "Kern", "Kern County"),
        ("Farmers in Kern and Tulare counties lost their crops.", "Tulare", "Tulare County"),
        ("Roads closed in Lafourche, Terrebonne and Assumption parishes.", "Lafourche", "Lafourche Parish"),
        ("Roads closed in Lafourche, Terrebonne and Assumption parishes.", "Assumption", "Assumption Parish"),
        # a first-level region before the noun contains the counties (a guard: passed before too)
        ("Tornadoes hit Texas and Oklahoma counties overnight.", "Texas", "Texas"),
        # coordinated with names that are only counties, a state's name is a county too, where one state
        # holds a county of each name
        ("Flooding closed roads in Lincoln, Washington and Marion counties.", "Washington", "Washington County"),
        ("Voters in Polk, Iowa and Story counties waited in line.", "Iowa", "Iowa County"),
        # the state holds the counties named with it: it contains them (a guard)
        ("In Oregon, Marion and Polk counties reported new cases.", "Oregon", "Oregon"),
    ],
)
def test_shared_region_noun(nlp: Language, stage: GeoStage, text: str, name: str, place: str) -> None:
    places = stage.run(DocContext(Document(id="t", text=text), nlp(text)))
    got = {m.text: p.name for p in places for m in p.mentions}
    assert got.get(name) == place, got
