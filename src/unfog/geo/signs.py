"""What a whole document says about its names (issue 12): the countries it names, and the names it
shows to be a person or an organisation somewhere.

A gazetteer town the NER model labels a person or an organisation is taken after a locative
preposition ("fighting near Tamale", "flights to Cairns") when the town lies in a country the
document names and nothing in the document says the name is a person's or an organisation's: a
title before it ("Mr. Tamale"), a longer person's name ending or beginning with it ("Ruth Cairns"),
a possessive of it before a kinship or role noun ("Cairns's wife"), a company suffix after it
("Cairns Ltd"), the name as the subject of a verb of saying or after "according to" ("Cairns said",
"according to Cairns"), or the name given as a surname ("by his last name of Cairns"). A person
named by surname alone after "to" or "from" shows one of these signs in nearly every story that
names him. The town taken keeps only its entries in the countries the document names.

So too a town in a first-level region a local story establishes by its newswire conventions (a
dateline's or a town's region abbreviation, "CANTON, Miss. —", "Kokomo, Ind.") or by a region's
name after a town ("Lebanon, Ohio"), though the story names no country: one region per discourse
(Leidner 2007, spatial minimality), "a round trip to Jackson" in a story filed from a Mississippi
town is Mississippi's Jackson. The town taken keeps only its entries in those regions. In such a story a
bare one-word name the NER model took for a person, with no locative word, is a town of those regions when
nothing above shows a person of that name (``in_established_region``; news names a person in full first).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cached_property
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from unfog.geo.gazetteer import Candidate, Gazetteer
from unfog.geo.names import normalize
from unfog.lines import entity_table, int_column, lemmas_and_lowers, span_text, str_column, token_texts

if TYPE_CHECKING:
    from collections.abc import Sequence

    from unfog.geo.recognize import Cues, Mention

MIN_TOWN = 1000  # a town of fewer people is no evidence of a place on its own words
#: entity labels under which a country's name counts as the country named (``_countries``); under
#: another label only when the name is a country's main name whole (``_whole_countries``)
COUNTRY_LABELS = frozenset({"GPE", "LOC", "NORP", "ORG"})
#: entity labels under which a first-level region's name names the region's country as well
REGION_LABELS = frozenset({"GPE", "LOC"})
#: a first-level region: (country code, region name)
Region = tuple[str, str]


def established_regions(named: Iterable[Region], placing: Iterable[Region]) -> frozenset[Region]:
    """The first-level regions a story establishes (one region per discourse; Leidner 2007, spatial
    minimality): those it names as regions (``named``) and those of the towns it places by their
    region ("X, State", "X, St.", a dateline "X, St. —": ``placing``). The one definition of a
    story's regions, fed by recognition (``Signs.regions``, before names are read) and by
    resolution (``discourse.home_regions``, from the readings chosen)."""
    return frozenset(named) | frozenset(placing)


def newswire_regions(given: Sequence[Mention]) -> frozenset[Region]:
    """The first-level regions of the newswire's region abbreviations (``datelines.Newswire``: "Kokomo,
    Ind.", the dateline's "CANTON, Miss. —"), as recognition reads them before any name is resolved."""
    return frozenset((c.country_code or "", c.name) for m in given if m.reason == "abbreviation"
                     for c in m.candidates[:1])


def dateline_region(mentions: Sequence[Mention]) -> Region | None:
    """The first-level region the dateline names with its town ("PARIS, Tenn. —", "PARIS, Tennessee —"),
    if any: the region ``datelines.link_containers`` gives the dateline's town, from the same newswire
    abbreviation ``newswire_regions`` reads (or the region's name). The one reading of the dateline's
    region: a dateline locates the story (AP Stylebook, datelines)."""
    return next((m.admin1_hint for m in mentions if m.reason == "dateline" and m.admin1_hint is not None), None)


class Signs:
    """Per document: the country codes it names and the (normalised) names shown to be no place,
    read from the document the first time a name needs them (most documents have no such name)."""

    def __init__(self, sdoc: Doc, gaz: Gazetteer, cues: Cues,
                 regions: frozenset[Region] = frozenset()) -> None:
        self._sdoc, self._gaz, self._cues = sdoc, gaz, cues
        self._given = regions  # first-level regions of the newswire's abbreviations (country code, name)

    @cached_property
    def regions(self) -> frozenset[Region]:
        """The first-level regions the document establishes, as recognition sees them (no name is read
        yet): those of its region abbreviations and those named after a town and a comma ("Lebanon,
        Ohio"), both regions of the towns before them (``established_regions``)."""
        return established_regions((), self._given | _paired_regions(self._sdoc, self._gaz))

    @cached_property
    def countries(self) -> frozenset[str]:
        """The countries the document names: by a place, nationality or organisation entity, a demonym,
        or an entity of another label that is a country's name whole and no surname of the document
        ("central Mali" tagged a person: the label is a slip where no person bears the name)."""
        return _countries(self._sdoc, self._gaz) | frozenset(
            cc for key, cc in _whole_countries(self._sdoc, self._gaz) if key not in self.persons)

    @cached_property
    def region_countries(self) -> frozenset[str]:
        """The countries of the first-level regions the document names as places (containment: fighting in
        "North Kaga" is fighting in the country that holds North Kaga), but for those of the regions it
        establishes (``regions``: a local story's own region is the finer evidence)."""
        own = {cc for cc, _ in self.regions}
        return frozenset(cc for cc in _region_countries(self._sdoc, self._gaz) if cc not in own)

    @cached_property
    def persons(self) -> frozenset[str]:
        return _persons(self._sdoc, self._gaz, self._cues)

    def in_named_country(self, cands: tuple[Candidate, ...], implied: bool = False) -> tuple[Candidate, ...]:
        """The towns of ``cands`` of some size in a country the document names, or else in a first-level
        region it establishes; with ``implied``, or else in the country of a first-level region it names
        (evidence for a name after a locative word only: as a filter of a conjunct's readings it would drop
        the villages of the named region's country)."""
        towns = [c for c in cands if c.is_town and c.population >= MIN_TOWN]
        return tuple(c for c in towns if c.country_code in self.countries) or tuple(
            c for c in towns if (c.country_code, c.admin1) in self.regions) or (tuple(
            c for c in towns if c.country_code in self.region_countries) if implied else ())

    def town_in_named_country(self, cands: tuple[Candidate, ...], implied: bool = False) -> bool:
        return bool(self.in_named_country(cands, implied))

    def in_established_region(self, cands: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
        """The towns of ``cands`` of some size in a first-level region the story establishes (its
        dateline's, its abbreviations', "X, State"): the local lexicon of a local story."""
        return tuple(c for c in cands if c.is_town and c.population >= MIN_TOWN
                     and (c.country_code, c.admin1) in self.regions)

    def no_place(self, text: str) -> bool:
        key = normalize(text)
        return key in self.persons or key.split(" ")[-1] in self.persons


def _countries(sdoc: Doc, gaz: Gazetteer) -> frozenset[str]:
    """The countries named by an entity, or by a demonym that is no word of a longer place's name ("New
    Mexican", "British Columbia": the name of a place, not its people's adjective)."""
    out: set[str] = set()
    inside: set[int] = set()
    for s, e, label in entity_table(sdoc):
        if label in COUNTRY_LABELS:
            out.update(str(c.country_code) for c in gaz.lookup(span_text(sdoc, s, e), fuzzy=False)[:3] if c.is_country)
        if label in REGION_LABELS and e - s > 1:
            inside.update(range(s, e))
    for i, text in enumerate(token_texts(sdoc)):
        if text[:1].isupper() and i not in inside and (cc := gaz.demonym_country(text)):
            out.add(cc)
    return frozenset(out)


def _region_countries(sdoc: Doc, gaz: Gazetteer) -> frozenset[str]:
    """The countries of the first-level regions named by a place entity (first entry, exact name)."""
    return frozenset(str(c.country_code) for ent in sdoc.ents if ent.label_ in REGION_LABELS
                     for c in gaz.lookup(ent.text, fuzzy=False)[:1] if c.is_admin1 and c.country_code)


def _whole_countries(sdoc: Doc, gaz: Gazetteer) -> set[tuple[str, str]]:
    """(key, country code) of the entities of another label than a place, a nationality or an organisation
    that are a country's main name whole."""
    out: set[tuple[str, str]] = set()
    for s, e, label in entity_table(sdoc):
        if label not in COUNTRY_LABELS and (text := span_text(sdoc, s, e))[:1].isupper():
            out.update((normalize(text), str(c.country_code)) for c in gaz.lookup(text, fuzzy=False)[:1]
                       if c.is_country and c.main)
    return out


def _paired_regions(sdoc: Doc, gaz: Gazetteer) -> frozenset[Region]:
    """First-level regions named by their main name right after "<Capitalised word>," (a place entity
    of the NER model: "Lebanon, Ohio")."""
    out: set[tuple[str, str]] = set()
    texts = token_texts(sdoc)
    for s, e, label in entity_table(sdoc):
        if label == "GPE" and s >= 2 and texts[s - 1] == "," and texts[s - 2][:1].isupper():
            out.update((c.country_code or "", c.name) for c in gaz.lookup(span_text(sdoc, s, e), fuzzy=False)[:1]
                       if c.is_admin1 and c.main)
    return frozenset(out)


def _name(text: str, alpha: bool) -> str:
    return normalize(text) if alpha and text[:1].isupper() else ""


def _persons(sdoc: Doc, gaz: Gazetteer, cues: Cues) -> frozenset[str]:
    titles = cues.person_titles | cues.office_titles
    heads = cues.facility_heads | cues.name_heads | cues.town_words | cues.admin_words | cues.area_heads
    out: set[str] = set()
    texts, alpha, lowers, punct = token_texts(sdoc), int_column(sdoc, "alpha"), str_column(sdoc, "lower"), \
        int_column(sdoc, "punct")
    for s, e, label in entity_table(sdoc):
        # a person's name of two words or more ("Ruth Cairns"), unless the whole is a place's or
        # a building's name the model took for a person ("Cairns Racecourse")
        if label == "PERSON" and e - s > 1 and heads.isdisjoint(lowers[s:e]) \
                and not gaz.lookup(span_text(sdoc, s, e), fuzzy=False):
            out.update(_name(texts[i], bool(alpha[i])) for i in range(s, e) if not punct[i])
    out.update(_name(text, True) for i, (text, a) in enumerate(zip(texts, alpha, strict=True))
               if a and text[:1].isupper() and person_sign(sdoc, i, titles, cues))  # (normalised only then)
    out.discard("")
    return frozenset(out)


def person_sign(sdoc: Doc, i: int, titles: frozenset[str], cues: Cues) -> bool:
    """A sign at token ``i`` that the name is a person's or an organisation's (the module's list); read
    from the document's columns (``unfog.lines``), as ``Token`` attributes would say."""
    lemmas, lowers = lemmas_and_lowers(sdoc)
    tags, n = str_column(sdoc, "tag"), len(sdoc)
    prev = lowers[i - 1].rstrip(".") if i > 0 else ""
    before = lowers[i - 2] if i > 1 else ""
    nxt = i + 1 < n
    if prev in titles or (nxt and lowers[i + 1].rstrip(".") in cues.company_suffixes) \
            or (nxt and tags[i + 1] == "POS" and i + 2 < n and lowers[i + 2] in cues.person_nouns):
        return True
    if str_column(sdoc, "dep")[i] == "nsubj":
        head = int_column(sdoc, "head")[i]
        if str_column(sdoc, "pos")[head] == "VERB" and lemmas[head] in cues.speech_verbs:
            return True
    # "according to X"; "by the surname of X"
    return (prev == "to" and before == "according") or (prev == "of" and before in cues.name_nouns)


def document_signs(sdoc: Doc, gaz: Gazetteer, cues: Cues, regions: frozenset[Region] = frozenset()) -> Signs:
    return Signs(sdoc, gaz, cues, regions)
