"""Facilities as places: buildings, structures, streets and sites named as locations.

A facility is a capitalised name ending in a facility noun ("Manila Cathedral", "Eglinton Avenue
West", "the South Kilburn Estate", a saint's "St. Mary's Church"), beginning with one before "of"
("University of Kent"), or a span the NER model tags FAC. It becomes a place mention (kind
"facility") only where it is used as a location: the object of a locative preposition ("at the
Rogers Centre", "on Atlantic Avenue", "into the Oval Office"), the complement of a site noun ("the
400 block of State Street"), or coordinated with such a facility. Its own name is not a place (a
facility named in subject position, "the White House said", stands for the body that runs it and is
no mention at all, as GeoWebNews has it).

A facility is resolved to the place that locates it, first found of: the place written next to it
("X in Lagos", "X, Chicago", "Seoul's X"); a town its name contains ("Colchester General Hospital"),
when the document's other places support that town (near one of them, or a large town of a country
the document names); the town mentioned last before it, within a paragraph or so (not for
institutions, "a professor at Cornell University", which are not where the story is). A facility
nothing locates is left out: the document's main place would be a guess (measured on GeoWebNews, it
was wrong more often than right). The reason says which locator was used.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from spacy.tokens import Doc

from unfog.geo.gazetteer import LARGE_TOWN, Candidate, Gazetteer
from unfog.geo.recognize import Cues, Mention, _capitalised
from unfog.geo.spans import runs
from unfog.geodesy import km
from unfog.lines import entity_table, int_column, str_column, token_texts
from unfog.settings import GEO_DISTANCES, GeoDistances

LOCATING_TOKENS = 120  # a paragraph or so: how far back a town still locates a facility


@dataclass
class Facility:
    start: int  # token range of the facility's name
    end: int
    how: str  # what makes it a location: the preposition, "of-<site noun>" or "conj"
    inner: Mention | None  # a gazetteer name inside the facility's name, resolved with the others


class Facilities:
    def __init__(self, gaz: Gazetteer, cues: Cues, distances: GeoDistances = GEO_DISTANCES) -> None:
        self.gaz = gaz
        self.cues = cues
        self.near_km = distances.near_km

    # ------------------------------------------------------------------ finding
    def _head(self, sdoc: Doc, s: int, e: int) -> int | None:
        """Index of the last facility noun of the capitalised run [s, e) (not its first token)."""
        lower = str_column(sdoc, "lower")
        return next((j for j in range(e - 1, s, -1) if lower[j] in self.cues.facility_heads), None)

    def _spans(self, sdoc: Doc) -> list[tuple[int, int, int, int]]:
        """(start, end, start, end of the part that may name a place) of every facility name."""
        out: dict[tuple[int, int], tuple[int, int]] = {}
        lower, texts, tag, punct = str_column(sdoc, "lower"), token_texts(sdoc), str_column(sdoc, "tag"), \
            int_column(sdoc, "punct")
        for s, e, label in entity_table(sdoc):
            if label not in ("FAC", "ORG"):
                continue
            while s < e and (lower[s] == "the" or punct[s]):
                s += 1
            e = next((i for i in range(s + 1, e) if texts[i] in ",;:()" or lower[i] in ("and", "or")), e)
            while e > s and (tag[e - 1] == "POS" or punct[e - 1]):
                e -= 1
            head = self._head(sdoc, s, e)
            if label == "ORG" and head != e - 1:
                continue  # an organisation is a facility only by its name's last noun ("St Mary's Hospital")
            if e > s and _capitalised(sdoc[s]):
                out[(s, e)] = (s, head if head is not None else e)
        capitalised = runs(sdoc)
        for (s, e), (s2, e2) in pairwise(capitalised):
            if (s2 == e + 1 and e2 == s2 + 1 and sdoc[e].tag_ == "POS" and sdoc[s2].lower_ in self.cues.facility_heads
                    and sdoc[s].lower_.rstrip(".") in self.cues.eponym_titles):
                head = s2
                out.setdefault((s, head + 1), (s, s))  # "St. Peter's Basilica": a saint's name, no place in it
        for s, e in capitalised:
            while s < e and sdoc[s].lower_ in self.cues.facility_preps | {"the"}:
                s += 1  # "At Manila Cathedral" opening a sentence
            head = self._head(sdoc, s, e)
            if head is not None:  # "Manila Cathedral", "Eglinton Avenue West"
                end = head + 2 if head + 1 < e and sdoc[head + 1].lower_ in self.cues.facility_suffixes else head + 1
                out.setdefault((s, end), (s, head))
            elif (s < e and sdoc[s].lower_ in self.cues.facility_heads and e + 1 < len(sdoc)
                  and sdoc[e].lower_ == "of" and _capitalised(sdoc[e + 1])):
                j = e + 1  # "University of Kent": the place part follows "of"
                while j < len(sdoc) and _capitalised(sdoc[j]) and not sdoc[j - 1].is_punct:
                    j += 1
                out.setdefault((s, j), (e + 1, j))
        spans = sorted(((s, e, *p) for (s, e), p in out.items()), key=lambda x: (x[0], -x[1]))
        kept: list[tuple[int, int, int, int]] = []
        for span in spans:
            if kept and span[0] < kept[-1][1]:
                continue
            kept.append(span)
        return kept

    def _how(self, sdoc: Doc, s: int, found: Sequence[Facility]) -> str | None:
        """Why the name at token ``s`` is used as a location, or None when it is not."""
        i = s - 1
        if i >= 1 and sdoc[i].tag_ == "POS":  # "at Seoul's Jamsil Stadium"
            i -= 1
            while i >= 0 and _capitalised(sdoc[i]):
                i -= 1
        if i >= 0 and sdoc[i].lower_ == "the":
            i -= 1
        if i < 0:
            return None
        word = sdoc[i].lower_
        if word in self.cues.facility_preps:
            return word
        if word == "of" and i >= 1 and sdoc[i - 1].lower_ in self.cues.facility_nouns:
            return f"of-{sdoc[i - 1].lower_}"
        if word in ("and", "or") and found and found[-1].end == i:
            return "conj"
        return None

    def _inner(self, sdoc: Doc, s: int, e: int) -> Mention | None:
        """The first gazetteer name among tokens [s, e) of a facility's name."""
        for i in range(s, e):
            if not _capitalised(sdoc[i]):
                continue
            for j in range(e, i, -1):
                span = sdoc[i:j]
                if j - i == 1 and (span.text.lower() in self.cues.stopwords or self.gaz.is_demonym(span.text)):
                    continue
                found = self.gaz.lookup(span.text, fuzzy=False)
                if found:
                    return Mention(i, j, (span.start_char, span.end_char), span.text, "inner", found, kind="inner")
        return None

    def find(self, sdoc: Doc, mentions: Sequence[Mention]) -> list[Facility]:
        """Facilities used as locations. A toponym found inside a facility's name gives way to it
        ("St James" of "St James's Hospital", "Whitehall" tagged FAC), unless the NER model took the
        whole of it for a place; a facility overlapping a toponym otherwise is none."""
        out: list[Facility] = []
        for s, e, ps, pe in self._spans(sdoc):
            if sdoc[s:e].text.lower() in self.cues.stopwords:
                continue
            if e < len(sdoc) and sdoc[e].lower_ in self.cues.district_nouns:
                continue  # "the X district of Y": a part of a town (``districts``), no building
            inside = [m for m in mentions if m.start < e and s < m.end]
            if any(m.start < s or m.end > e or m.kind != "name" or ((m.start, m.end) == (s, e) and (
                    m.reason.startswith("ner:") or m.candidates[0].is_country)) for m in inside):
                continue  # a country's name is no building, whatever label the NER model gave it
            eponym = sdoc[s].lower_.rstrip(".") in self.cues.eponym_titles
            if (not eponym and any(t.ent_type_ == "PERSON" for t in sdoc[s:e])) or sdoc[s:e].root.dep_ == "poss":
                continue  # "at Jane Roe's house", "aim at X's policy": the possessor is no location
            how = self._how(sdoc, s, out)
            if how is not None:
                out.append(Facility(s, e, how, self._inner(sdoc, ps, pe)))
        return out

    # ------------------------------------------------------------------ locating
    def locate(
        self, sdoc: Doc, facilities: Sequence[Facility], mentions: Sequence[Mention], chosen: Sequence[Candidate],
        inner: dict[int, Candidate],
    ) -> list[tuple[Mention, Candidate]]:
        """Each facility as a mention with the place that locates it (facilities nothing locates are
        dropped). ``inner`` maps a facility's index to the resolved gazetteer name inside its name."""
        named = [(m, c) for m, c in zip(mentions, chosen, strict=True) if m.kind == "name"]
        by_start = {m.start: c for m, c in named}
        by_end = {m.end: c for m, c in named}
        out: list[tuple[Mention, Candidate]] = []
        for k, f in enumerate(facilities):
            where: tuple[str, Candidate] | None = None
            nxt = sdoc[f.end].lower_ if f.end < len(sdoc) else ""
            if nxt in ("in", ",") and f.end + 1 in by_start:
                where = ("in" if nxt == "in" else "comma", by_start[f.end + 1])
            elif f.start >= 2 and sdoc[f.start - 1].tag_ == "POS" and f.start - 1 in by_end:
                where = ("possessor", by_end[f.start - 1])
            elif k in inner and self._supported(inner[k], named):
                where = ("name", inner[k])
            elif sdoc[f.end - 1].lower_ in self.cues.institution_heads:
                pass  # "a professor at Cornell University": an institution is not where the story is
            else:
                before = [(m, c) for m, c in named if m.end <= f.start and c.is_town]
                if before and f.start - before[-1][0].end <= LOCATING_TOKENS:
                    where = ("previous-town", before[-1][1])
            if where is None:
                continue
            span = sdoc[f.start : f.end]
            m = Mention(f.start, f.end, (span.start_char, span.end_char), span.text,
                        f"facility:{f.how};located:{where[0]}:{where[1].name}", (where[1],), kind="facility")
            out.append((m, where[1]))
        return out

    def _supported(self, c: Candidate, named: Sequence[tuple[Mention, Candidate]]) -> bool:
        """A town a facility's name contains is taken when the document's other places are near it,
        or when it is a large town of a country the document names (or the document names none)."""
        if not named:
            return c.is_town and (c.population >= LARGE_TOWN or c.feature_code == "PPLC")
        if any(not (o.is_country or o.is_large) and km(c.lat, c.lon, o.lat, o.lon) < self.near_km for _, o in named):
            return True
        large = c.feature_code == "PPLC" or c.is_admin1 or (c.is_town and c.population >= LARGE_TOWN)
        return large and c.country_code in {o.country_code for _, o in named}

