"""One dateline detection (unfog.datelines) read by every stage, on datelines of our own: geo's
dateline place, the sentence the split starts after the dash, time's report day, the lead sentence,
the claims' speaker and the events' filing places.

The table is the contract of the three former detectors (geo.datelines, nlp._dateline,
time.dateline's regex); where they disagreed, the AP form decides (place in capitals, optional
region, date and agency, then a spaced dash), and the rows marked "was" changed."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from unfog.claims.candidate import text_of
from unfog.claims.cues import verb_candidates
from unfog.claims.lexicon import load_lexicon as load_claims_lexicon
from unfog.context import DocContext
from unfog.datelines import DASHES, find_datelines
from unfog.events.arguments import ArgumentIndex
from unfog.geo import GeoStage
from unfog.model import Document
from unfog.nlp import lead_sentence, line_breaks
from unfog.pipeline import Pipeline
from unfog.settings import Settings
from unfog.time.dateline import dateline_day
from unfog.time.lexicon import load_lexicon

PUBLISHED = date(2024, 5, 21)

# (text, geo's dateline place, first word of the sentence after the dash, time's day)
TABLE = [
    ("OSLO, Norway, May 20 (Nordic Wire) — Rebels shelled a depot.", "OSLO", "Rebels", "2024-05-20"),
    ("DURBAN (AP) — A ferry ran aground near the harbour.", "DURBAN", "A", None),
    ("BEIRUT — Power cuts spread on Sunday.", "BEIRUT", "Power", None),
    ("BEIRUT -- Power cuts spread on Sunday.", "BEIRUT", "Power", None),
    ("LIMA, Peru — Two buses collided on the coast road.", "LIMA", "Two", None),
    ("SAN ANTONIO, May 18 - A water main broke under the school.", "SAN ANTONIO", "A", "2024-05-18"),
    # a dateline opening a later line: its place, its sentence; not the report's day (not the opening)
    ("Storm warning issued.\nOSLO, May 19 - Ferries stopped running.", "OSLO", "Ferries", None),
    # a byline run into a dateline that carries its agency (was: no sentence split)
    ("By Jo Roe, Nordic Wire DURBAN (AP) — A ferry ran aground.", "DURBAN", "A", None),
    # the wire credit right after the place at a line's start, its dash lost: the place, no split
    ("DURBAN (AP) * A ferry ran aground near the harbour.", "DURBAN", None, None),
    # no dash, no dateline (was: geo's dateline place)
    ("OSLO, the capital, stayed calm on Monday.", None, None, None),
    # a full stop before the dash (was: geo's place and time's day)
    ("DURBAN, May 19. The port was shut - twice.", None, None, None),
    # past the reach of 14 tokens (was: geo's place)
    ("OSLO, Norway, May 20 (The Long Northern Regional Newswire Service of Many Words) — Rebels left.",
     None, None, None),
    # a hyphen the tokeniser keeps on the next word is no dash (was: geo's place)
    ("OSLO, May 20 -Rebels left the town.", None, None, None),
    # a dash set off on one side only (was: geo's place only)
    ("BEIRUT —Power cuts spread on Sunday.", "BEIRUT", "Power", None),
    # a region abbreviated with a full stop the tokeniser splits off (was: geo's place only)
    ("LIMA, Per. — Two buses collided.", "LIMA", "Two", None),
    # a closed-up em dash; a region abbreviated with dots
    ("BEIRUT—Power cuts spread on Sunday.", "BEIRUT", "Power", None),
    ("LIMA, P.Ru. — Two buses collided.", "LIMA", "Two", None),
    # a dateline after the previous sentence on its line; not after the stop of an abbreviation
    ("The vote was close. DURBAN, Natal (AP) — A ferry ran aground.", "DURBAN", "A", None),
    ("Crowds cheered in ST. DURBAN — A ferry ran aground.", None, None, None),
    # a byline's names in capitals are no place
    ("By JO ROE and KIT LAM, Nordic Wire DURBAN (AP) — A ferry ran aground.", "DURBAN", "A", None),
    # a hyphen inside a compound is no dash
    ("OSLO, May 20 cross-border trains ran late.", None, None, None),
    # a sentence's own dash, a headline in capitals
    ("Envoys met in Oslo - A first since May.", None, None, None),
    ("FERRY SINKS OFF DURBAN\nA ferry sank on Monday.", None, None, None),
    # a place name's own function words: the article, 'of', 'and'
    ("THE HAGUE (AP) — Judges met on Monday.", "THE HAGUE", "Judges", None),
    ("PORT OF SPAIN, May 20 — Judges met.", "PORT OF SPAIN", "Judges", "2024-05-20"),
    # a run of capitals holding a pronoun, a preposition, a particle or a negation is a sentence or a
    # heading, no place name (datelines.yaml sentence_words; was: a dateline after the '!')
    ("Vote today! SIGN UP FOR OUR LETTERS — Judges met.", None, None, None),
    ("TOLLS NOT YET FINAL — Judges met.", None, None, None),
    ("Go on.\nWHY WE LEFT — Judges met.", None, None, None),
    # AFP's and CNN's form: a place in title case opening a line, the wire's credit, a dash (was: none)
    ("Durban (Nordic Wire) – A ferry ran aground.", "Durban", "A", None),
    ("Storm warning issued.\nNew York (AP) — Ferries stopped.", "New York", "Ferries", None),
    # ... not without the credit, nor inside a line, nor a credit with no dash after it
    ("Durban — A ferry ran aground.", None, None, None),
    ("The vote was close. Durban (AP) — A ferry ran aground.", None, None, None),
    ("Durban (AP) said a ferry ran aground.", None, None, None),
]


@pytest.fixture(scope="module")
def geo() -> GeoStage:
    return GeoStage.from_settings(Settings())


@pytest.mark.parametrize(("text", "place", "after", "day"), TABLE)
def test_one_dateline_three_readers(nlp: Language, geo: GeoStage, text: str, place: str | None,
                                    after: str | None, day: str | None) -> None:
    sdoc = nlp(text)
    places = [m.text for m in geo.newswire.find(sdoc) if m.reason == "dateline"]
    assert places == ([place] if place else [])
    split = line_breaks(nlp.make_doc(text))
    starts = [t.text for t in split if t.i > 0 and t.is_sent_start and split[t.i - 1].text in DASHES]
    assert starts == ([after] if after else [])
    got = dateline_day(load_lexicon(), sdoc, PUBLISHED)
    assert (got[1].isoformat() if got else None) == day


def _lead(nlp: Language, text: str) -> str:
    lead = lead_sentence(nlp(text))
    return "" if lead is None else lead.text


def _source(nlp: Language, text: str) -> str | None:
    doc = nlp(text)
    found = [c for c in verb_candidates(doc, load_claims_lexicon(), open_verbs=True) if text_of(doc, c.cue) == "said"]
    return None if not found or found[0].source is None else text_of(doc, found[0].source)


def _dateline_places(nlp: Language, pipeline: Pipeline, text: str) -> list[str]:
    doc = Document(id="d", text=text, published=PUBLISHED.isoformat())
    sdoc = nlp(text)
    record = pipeline.analyze(doc)
    return [text[r.start : r.end] for r in ArgumentIndex(DocContext(doc, sdoc, places=record.places)).places
            if r.dateline]


# the three other readers of the one detection: the lead (nlp.lead_sentence: the dateline joined to
# the sentence it opens), the speaker (claims: a dateline's place is no speaker, an apposition after a
# dash that closes no dateline is no speaker either) and the events' filing places (every place
# inside the dateline, its region or country after the town, 'PORT VELDEN, Kaga —').
# (text, lead, source of 'said', the events' dateline places)
READERS = [
    ("DURBAN, South Africa (AP) — Mayor Ann Roe said the dam held. Rain fell.",
     "DURBAN, South Africa (AP) — Mayor Ann Roe said the dam held.", "Mayor Ann Roe", ["DURBAN", "South Africa"]),
    # a town the gazetteer lacks: the country after it is still the dateline's (was: the act's place)
    ("PORT VELDEN, South Africa (AP) — Mayor Ann Roe said the dam held.",
     "PORT VELDEN, South Africa (AP) — Mayor Ann Roe said the dam held.", "Mayor Ann Roe", ["South Africa"]),
    # a place named inside the agency's brackets is the dateline's (was: a place of the text)
    ("OSLO, Norway, May 20 (Oslo Wire) — Ann Roe said the dam held in Bergen.",
     "OSLO, Norway, May 20 (Oslo Wire) — Ann Roe said the dam held in Bergen.", "Ann Roe",
     ["OSLO", "Norway", "Oslo"]),
    # a dash inside a sentence closes no dateline: the subject before an apposition set off by dashes
    # speaks (was: the apposition)
    ("Roe — a former aide — said the count was wrong.", "Roe — a former aide — said the count was wrong.", "Roe", []),
    # AFP's form: the place the parser may take for the subject is no speaker
    ("New York (Nordic Wire) – Mayor Ann Roe on Monday said the dam held.",
     "New York (Nordic Wire) – Mayor Ann Roe on Monday said the dam held.", "Mayor Ann Roe", ["New York"]),
    # a heading in capitals is no dateline: no filing place, the heading's dash no lead's end
    ("SIGN UP FOR OUR LETTERS — Mayor Ann Roe said the dam in Durban held.",
     "SIGN UP FOR OUR LETTERS — Mayor Ann Roe said the dam in Durban held.", "Mayor Ann Roe", []),
]


@pytest.mark.parametrize(("text", "lead", "source", "places"), READERS)
def test_the_other_readers(nlp: Language, pipeline: Pipeline, text: str, lead: str, source: str | None,
                           places: list[str]) -> None:
    assert _lead(nlp, text) == lead
    assert _source(nlp, text) == source
    assert _dateline_places(nlp, pipeline, text) == places


def test_parts_are_stored_once(nlp: Language) -> None:
    sdoc = nlp("PORT VELDEN, Kaga, May 20 (Velden Wire) — Rebels left.")
    (d,) = find_datelines(sdoc)
    assert sdoc[d.start : d.place_end].text == "PORT VELDEN"
    assert sdoc[d.agency_start : d.agency_end].text == "Velden Wire"
    assert sdoc[d.dash].text == "—"
    assert find_datelines(nlp.make_doc("PORT VELDEN, Kaga — Rebels left.")) == find_datelines(
        nlp.make_doc("PORT VELDEN, Kaga — Rebels left."))
