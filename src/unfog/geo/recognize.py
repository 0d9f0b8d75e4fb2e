"""Toponym recognition: spaCy entities plus gazetteer matches of capitalised token runs.

A span becomes a mention when the gazetteer knows it and either the NER model agrees (GPE, LOC) or
the context says place ("the town of X", "X region", "in X"), or the name is prominent (a country,
a capital, a first-level region, a city of a million). Place words inside longer names
("Bank of England", "Chicago Police") and adjectives ("Syrian") are not mentions.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span

from unfog.geo import evidence, joins
from unfog.geo.conjuncts import coordinated_with
from unfog.geo.cues import Cues
from unfog.geo.evidence import area_part, capitalised, eponym, goal_on, locative_verb, supported, town_not_person
from unfog.geo.gazetteer import Candidate, Gazetteer
from unfog.geo.names import normalize
from unfog.geo.signs import Signs, document_signs, newswire_regions
from unfog.geo.spans import PLACE_LABELS, Segment, Spans, candidate_spans, joined, segments
from unfog.lines import capitalised_flags, span_text, str_column, token_texts
from unfog.settings import GEO_DISTANCES, GeoDistances

TIME_LABELS = frozenset({"DATE", "TIME"})  # a word inside a date or a time ("in Spring 2011") is no place
OTHER_LABELS = frozenset({"NORP", "ORG", "PERSON", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", ""})
NAME_LABELS = OTHER_LABELS - {""}
BIG_TOWN = 1_000_000
SMALL_TOWN = 10_000

__all__ = ["Cues", "Mention", "Recognizer"]


@dataclass
class Mention:
    """A recognised toponym: token range, character span, how it was found, what context hints."""

    start: int  # token index, inclusive
    end: int  # token index, exclusive
    span: tuple[int, int]
    text: str
    reason: str
    candidates: tuple[Candidate, ...]
    hint: str | None = None  # "admin1" | "town" | "container" (names the region of a town that follows)
    country_hint: str | None = None
    admin1_hint: tuple[str, str] | None = None  # (country code, region name) of "<Town>, <Region>"
    literal: bool = True
    kind: str = "name"  # "name" | "adjective" (adjectives.py) | "facility" | "inner" (facilities.py)
    meta: dict[str, Any] = field(default_factory=dict)


_capitalised = capitalised


class Recognizer:
    def __init__(self, gaz: Gazetteer, cues: Cues, distances: GeoDistances = GEO_DISTANCES) -> None:
        self.gaz = gaz
        self.cues = cues
        self.distances = distances

    # ------------------------------------------------------------------ context
    def _hint(self, sdoc: Doc, start: int, end: int) -> tuple[str | None, str | None]:
        """(feature hint, country hint) from the words around tokens [start, end)."""
        hint: str | None = None
        country: str | None = None
        lowers = str_column(sdoc, "lower")
        texts = token_texts(sdoc)
        if end < len(sdoc):
            nxt = lowers[end]
            if nxt in self.cues.admin_words or self._lower_admin(texts[end]):
                hint = "admin1"
            elif nxt in self.cues.town_words and end + 1 < len(sdoc) and lowers[end + 1] == "of":
                hint = "container"
        if start >= 2 and lowers[start - 1] in self.cues.name_markers:  # "the town of / called X"
            noun = lowers[start - 2]
            if noun in self.cues.town_words:
                hint = "town"
            elif noun in self.cues.admin_words or self._lower_admin(texts[start - 2]):
                hint = "admin1"
            if hint is not None:
                for tok in sdoc[max(0, start - 7) : start - 2]:
                    cc = self.gaz.demonym_country(tok.text) if tok.text[:1].isupper() else None
                    country = cc or country
        if start >= 2 and str_column(sdoc, "tag")[start - 1] == "POS":
            cc = self._country_code(sdoc[max(0, start - 3) : start - 1])
            country = cc or country
        return hint, country

    def _lower_admin(self, text: str) -> bool:
        """A noun of ``lowercase_admin_words`` written in lower case ("the department of X")."""
        return text in self.cues.lowercase_admin_words

    def _resident(self, sdoc: Doc, start: int, end: int) -> bool:
        """"a Brunswick man", "two Springfield teens", "residents of Brunswick": the name is the
        person's home town."""
        if start >= 2 and sdoc[start - 1].lower_ == "of" and sdoc[start - 2].lower_ in self.cues.resident_nouns:
            return True
        if start == 0 or end >= len(sdoc) or sdoc[end].lower_ not in self.cues.resident_nouns:
            return False
        det = sdoc[start - 1]
        return det.lower_ in ("a", "an") or (det.like_num and det.lower_ != "one")

    def _country_code(self, span: Span) -> str | None:
        return evidence.country_of(self.gaz, span.text)

    def _title_of(self, sdoc: Doc, start: int, end: int) -> bool:
        """The place of an office holder: "Texas Governor Greg Abbott", "the Governor of Kursk"."""
        lowers = str_column(sdoc, "lower")
        if end + 1 < len(sdoc) and lowers[end] in self.cues.office_titles and capitalised_flags(sdoc)[end + 1]:
            return True
        return start >= 2 and lowers[start - 1] == "of" and lowers[start - 2] in self.cues.office_titles

    def _person_context(self, sdoc: Doc, start: int) -> bool:
        """A name right after a kinship or role noun ("his daughter Anna", "girlfriend Olivia") or a
        naming verb ("known as X", "nicknamed X"): a person."""
        if start == 0:
            return False
        lowers = str_column(sdoc, "lower")
        if lowers[start - 1] in self.cues.person_nouns:
            return True
        return lowers[start - 1] == "as" and start >= 2 and lowers[start - 2] in ("known", "nicknamed", "dubbed")

    def _embedded(self, sdoc: Doc, start: int, end: int) -> bool:
        """Part of a longer proper name: 'University of Texas', 'Chicago Police', 'Bank of England'."""
        if self._title_of(sdoc, start, end):
            return False
        if start >= 2 and sdoc[start - 1].lower_ == "of" and sdoc[start - 2].ent_type_ == "PERSON":
            return False  # "Sgt John Roe of Austin": a person's home town
        if end < len(sdoc):
            nxt = sdoc[end]
            if nxt.text[:1].isupper() and nxt.lower_ in self.cues.name_heads:
                return nxt.lower_ not in self.cues.admin_words
            if evidence.disease_name(self.cues, sdoc, end):
                return True  # a disease or its agent ("Marburg virus"), not "the X flu season"
            if _capitalised(nxt) and nxt.lower_ not in self.cues.admin_words and nxt.ent_type_ in ("ORG", "PERSON"):
                return True
        if start >= 2 and sdoc[start - 1].lower_ == "of" and not sdoc[start - 1].is_sent_start \
                and sdoc[start - 1].text != "Of":
            # (a name ends at its sentence: "... visiting the U.S. Of X's cases, ...", a capital "Of" opening a
            # sentence the parser ran on, as running text writes "of" inside names in lower case; and at a
            # company's legal suffix: "Roe Farms Inc. of X" names the firm's seat)
            prev = sdoc[start - 2]
            if _capitalised(prev) and prev.lower_ not in self.cues.admin_words | self.cues.town_words \
                    and prev.lower_.rstrip(".") not in self.cues.company_suffixes:
                return not prev.is_sent_start or prev.ent_type_ == "ORG"
        return False

    # ------------------------------------------------------------------ candidates (spans.py)
    def _spans(self, sdoc: Doc) -> Spans:
        """Candidate token ranges with the NER label covering them ('' when none)."""
        return candidate_spans(sdoc, self.gaz, self.cues, self._joined)

    def _joined(self, sdoc: Doc, spans: Spans) -> Spans:
        """Adjacent spans the NER model split joined where together they are one gazetteer name."""
        return joined(sdoc, self.gaz, spans)

    def _segments(self, sdoc: Doc, s: int, e: int) -> list[Segment]:
        """Gazetteer matches inside [s, e), longest first from the left (``spans.segments``)."""
        return segments(sdoc, self.gaz, self.cues, s, e)

    @staticmethod
    def _state_like(cands: tuple[Candidate, ...]) -> bool:
        """Names an organisation tag may hide: countries, large areas, regions, capitals."""
        return any(c.is_country or c.is_large or c.is_admin1 or c.feature_code == "PPLC" for c in cands)

    def _prominent(self, cands: tuple[Candidate, ...]) -> bool:
        top = cands[0]
        return any(c.is_country or c.is_large for c in cands) or (
            top.feature_code == "PPLC" or top.is_admin1 or (top.is_town and top.population >= BIG_TOWN)
        )

    def recognize(self, sdoc: Doc, given: Sequence[Mention] = ()) -> list[Mention]:
        """Toponyms of the document; ``given`` are mentions found beforehand (datelines, region
        abbreviations), kept as they are, their tokens not looked at again."""
        seen: set[str | int]
        taken = {i for m in given for i in range(m.start, m.end)}
        labels: dict[str, Counter[str]] = defaultdict(Counter)
        accepted: list[Mention] = []
        pending: list[Mention] = []
        diseases: set[str] = set()  # names a disease's name holds in this document
        spans = self._spans(sdoc)
        signs = document_signs(sdoc, self.gaz, self.cues, newswire_regions(given))
        span_texts = [span_text(sdoc, s0, e0) for s0, e0, _ in spans]
        for (_, _, label), text0 in zip(spans, span_texts, strict=True):
            labels[normalize(text0)][label] += 1
        for (s0, e0, label), text0 in zip(spans, span_texts, strict=True):
            if self.gaz.is_demonym(text0) or text0.lower() in self.cues.stopwords:
                continue
            segments = self._segments(sdoc, s0, e0)
            listed = self._list_of_names(sdoc, s0, e0, segments)
            for s, e, cands, kw_hint, loose in segments:
                if any(i in taken for i in range(s, e)):
                    continue
                if evidence.disease_name(self.cues, sdoc, e):
                    diseases.add(normalize(span_text(sdoc, s, e)))
                if self._embedded(sdoc, s, e) or eponym(self.cues, sdoc, s, e) or (
                    e - s == 1 and self._person_context(sdoc, s)
                ) or evidence.business_possessive(sdoc, s, e, label, cands):
                    continue
                if e0 - s0 > e - s and (label in TIME_LABELS or (label in NAME_LABELS and not (kw_hint or listed))):
                    continue  # a place word inside a longer organisation / person name, or a date
                whole = (s, e) == (s0, e0) or (s == s0 and kw_hint is not None)
                m = self._mention(sdoc, s, e, label if whole else "", cands, kw_hint, s == s0, signs)
                if m is None:
                    continue
                if loose and not (label in PLACE_LABELS and whole) and not (kw_hint or m.hint in ("admin1", "town")):
                    m.meta["loose"] = True  # needs a known place near it (``_supported``)
                (accepted if m.reason else pending).append(m)
        seen = {normalize(m.text) for m in [*accepted, *given]} | {m.candidates[0].pid for m in accepted}
        leads: dict[tuple[int, int], int] = {}  # (per call: _coordinated's conjunct heads)
        for m in pending:
            if self._repeat(m, seen):
                m.reason = "gazetteer:repeat"
                accepted.append(m)
            elif self._contained(sdoc, m):
                m.reason = "gazetteer+container"
                accepted.append(m)
            elif self._in_country(sdoc, m):
                m.reason = "gazetteer+container:country"  # a town shown by its country, as by a locative word
                accepted.append(m)
            elif (lead := coordinated_with(sdoc, m, accepted, self.cues.preps, leads)) is not None:
                m.reason, m.hint = f"gazetteer+conj:{lead.reason.split(';')[0]}", lead.hint
                if signs.town_in_named_country(m.candidates) and not signs.no_place(m.text):
                    # "from Canton and Flora" as "from Canton and from Flora": as after a locative word
                    m.reason, m.candidates = f"{m.reason}:country", signs.in_named_country(m.candidates)
                accepted.append(m)
        accepted = supported(accepted, self.distances.loose_km)
        accepted = evidence.disease_senses(sdoc, accepted, diseases, self.cues.preps)
        accepted = evidence.surname_senses(self.cues, sdoc, accepted)
        confirmed = {m.candidates[0].pid for m in accepted if m.hint}
        # shown towns: by a locative word despite a PERSON tag, in a named country, or by the apposition of
        # their region ("Hayes, Texas": the AP dateline form names a town whatever the NER model's tag)
        towns = {normalize(m.text) for m in accepted if m.reason.endswith((":PERSON", ":country", "+container"))}
        towns |= evidence.datelined(sdoc, spans, given)
        accepted = [
            m for m in accepted
            if m.candidates[0].pid in confirmed or self._state_like(m.candidates[:1]) or m.reason == "gazetteer+suffix"
            or normalize(m.text) in towns or not self._person_name(labels[normalize(m.text)])
        ]
        accepted.extend(given)
        accepted.sort(key=lambda m: m.start)
        return accepted

    @staticmethod
    def _repeat(m: Mention, seen: set[str | int]) -> bool:
        """One sense per discourse: the name, or its first entry, accepted elsewhere in the document."""
        return normalize(m.text) in seen or m.candidates[0].pid in seen

    @staticmethod
    def _list_of_names(sdoc: Doc, s0: int, e0: int, segments: Sequence[Segment]) -> bool:
        """An entity that is only gazetteer names joined by "and" / "or" / commas ("Daejeon and
        Gwangju" tagged as one organisation): a list of places, not a name."""
        if len(segments) <= 1:
            return False
        covered = {i for s, e, *_ in segments for i in range(s, e)}
        lowers = str_column(sdoc, "lower")
        rest = [i for i in range(len(sdoc))[s0:e0] if i not in covered]
        return bool(rest) and all(lowers[i] in ("and", "or", ",") for i in rest)

    def _contained(self, sdoc: Doc, m: Mention) -> bool:
        """"<Town>, <Region>" where the gazetteer puts a town of that name in that region."""
        if m.end + 1 >= len(sdoc) or sdoc[m.end].text != ",":
            return False
        for width in (1, 2):
            for region in self.gaz.lookup(sdoc[m.end + 1 : m.end + 1 + width].text, fuzzy=False):
                if region.is_admin1 and any(c.is_town and (c.country_code, c.admin1) ==
                                            (region.country_code, region.name) for c in m.candidates):
                    return True
        return False

    def _in_country(self, sdoc: Doc, m: Mention) -> bool:
        """"<Name>, <Country>" (not "<Country>'s") where the gazetteer puts a town or a division of that
        name in that country: the apposition locates the place in the country, as "<Town>, <Region>"
        does in a region (``_contained``)."""
        if m.end + 1 >= len(sdoc) or sdoc[m.end].text != ",":
            return False
        for width in (1, 2, 3):
            after = m.end + 1 + width
            if after > len(sdoc) or (after < len(sdoc) and sdoc[after].tag_ == "POS"):
                continue
            for country in self.gaz.lookup(sdoc[m.end + 1 : after].text, fuzzy=False)[:1]:
                if country.is_country and any((c.is_town or c.is_admin1 or c.is_admin2)
                                              and c.country_code == country.country_code for c in m.candidates):
                    return True
        return False

    @staticmethod
    def _weak_alias(cands: tuple[Candidate, ...]) -> bool:
        """Only alternate names of small towns ("Newcomers" for Newcomerstown): no evidence of a place,
        even where the NER model says GPE."""
        return all(not c.main and c.is_town and c.population < SMALL_TOWN for c in cands)

    @staticmethod
    def _person_name(labels: Counter[str]) -> bool:
        """Tagged PERSON more often than place in this document (surname-like names: "Jackson")."""
        return labels["PERSON"] > labels["GPE"] + labels["LOC"]

    def _mention(
        self, sdoc: Doc, s: int, e: int, label: str, cands: tuple[Candidate, ...], kw_hint: str | None,
        first: bool, signs: Signs | None = None,
    ) -> Mention | None:
        """A mention with its reason set when accepted, with an empty reason when it waits for a
        surer mention of the same name elsewhere in the document; None when it is no toponym."""
        span = sdoc[s:e]
        if len(span.text) <= 4 and not span.text.istitle() and not any(c.is_country or c.is_large for c in cands):
            return None  # codes and acronyms ("MoD", "ABC") only for countries and large areas
        hint, country = self._hint(sdoc, s, e)
        m = Mention(s, e, (span.start_char, span.end_char), span.text, "", cands, kw_hint or hint, country)
        k, before, after = area_part(self.cues, sdoc, s, e)
        k = evidence.past_modifiers(sdoc, s, e, k, self.cues.preps)
        k, through, part = evidence.through_phrase(self.cues, sdoc, k) if k >= 0 else (k, "", False)
        prev = (through or sdoc[k].lower_) if k >= 0 and first else ""
        if before or after or part:
            m.meta["precision"] = 2  # a part or the surroundings of the place
        prominent = self._prominent(cands)
        if prev == "of" and s >= 2 and (sdoc[s - 2].text == "," or sdoc[s - 2].ent_type_ == "PERSON"):
            prev = "in"  # "John Roe, of Hayes, said", "Sen. Jane Roe of Hayes": where the person lives
        elif prev == "of" and k >= 1 and sdoc[k - 1].lower_ in self.cues.compass_words:
            prev = "near"  # "east of Hayes": a relative location, as "near Hayes"
        elif prev == "of" and k >= 1 and sdoc[k - 1].lower_ in self.cues.of_preps:
            prev = self.cues.of_preps[sdoc[k - 1].lower_]  # "out of Hayes" as "from Hayes"
        if prev == "on" and k >= 0:
            prev = goal_on(self.cues, sdoc, k)  # "shells fell on X", "strikes on X"
        elif prev == "for" and k >= 1:
            prev = evidence.goal_for(self.cues, sdoc, k)  # "bound for X", "left for X"
        elif prev not in self.cues.preps:
            prev = locative_verb(self.cues, sdoc, s, e) if first else ""
        if not prev and self._resident(sdoc, s, e) and any(c.main for c in cands):
            prev = "cue:resident"  # evidence as a locative word is, with no say on the kind of place
        locative = bool(prev) and (prev in self.cues.preps or prev.startswith(("verb:", "cue:", "on:")))
        if locative:
            m.meta["locative"] = prev  # the mention's own locative word, whatever its reason (``surname_senses``)
        if self._title_of(sdoc, s, e) and label != "PERSON":
            m.literal = False
            m.reason = f"{'ner:' + label if label in PLACE_LABELS else 'gazetteer'}+title"
            if not (label in PLACE_LABELS or prominent or m.hint):
                m.reason = ""
        elif label in PLACE_LABELS and self._weak_alias(cands):
            pass  # waits for a surer mention of the same name
        elif label in PLACE_LABELS:
            m.reason = f"ner:{label}"
        elif m.hint is not None:
            m.reason = f"gazetteer+cue:{m.hint}"
        elif after and label != "PERSON":
            m.reason = "gazetteer+cue:area"
        elif prominent and label == "ORG" and not self._state_like(cands):
            if locative:  # the object of a locative word, as a smaller town tagged ORG is below ("from X")
                m.reason = f"gazetteer+prep:{prev}"
        elif prominent and (label != "PERSON" or (e - s == 1 and cands[0].population >= BIG_TOWN)):
            m.reason = f"gazetteer:prominent{':' + label if label else ''}"
        elif prev in self.cues.preps and label in ("PERSON", "ORG") and signs is not None \
                and signs.town_in_named_country(cands, implied=True) and not signs.no_place(span.text):
            m.reason = f"gazetteer+prep:{prev}:country"  # a town of a country the story names (signs.py)
            m.candidates = signs.in_named_country(cands, implied=True)
        elif locative and label != "PERSON" and cands[0].population >= 1000:
            m.reason = f"gazetteer+prep:{prev}"
        elif locative and label == "PERSON" and (town_not_person(sdoc, s, e, cands) or (
            (prev.removeprefix("verb:") in self.cues.ground_verbs or prev.startswith(("cue:resident", "on:ground"))
             or before or part)
                and any(c.is_town and c.population >= 1000 for c in cands))):
            m.reason = f"gazetteer+prep:{prev}:PERSON"
        elif label == "PERSON" and e - s == 1 and not prev and signs is not None and not sdoc[s].is_sent_start \
                and not _capitalised(sdoc[s - 1]) and not (e < len(sdoc) and _capitalised(sdoc[e])) \
                and (local := signs.in_established_region(cands)) and not signs.no_place(span.text):
            # a bare one-word "person" (no word of a longer capitalised name) that no full name, title or verb of
            # saying in the story shows: news names a person in full at first mention (AP style), so a town of
            # the story's own region is that town
            m.reason, m.candidates = "gazetteer+region:PERSON", local
        if not m.reason and (label != "PERSON" or joins.shared_region(sdoc, self.gaz, s, e, self.cues.region_plurals)
                             or ((signs is None or not signs.no_place(span.text))
                                 and joins.region_named(sdoc, s, e, cands, self.cues.region_suffixes))) \
                and joins.says_region(sdoc, self.gaz, s, e, cands, self.cues):
            # "Caddo Parish", "Kern and Tulare counties": the words say region; so does a plural region noun or
            # the name's own region suffix (the head of the compound name) of a name the NER model took for a
            # person ("Cook and DuPage counties", "residents of Caddo Parish") where no person bears it
            m.reason = "gazetteer+suffix"
        return m
