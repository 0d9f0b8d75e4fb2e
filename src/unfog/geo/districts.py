"""Districts and neighbourhoods of a named town: "the Y district of X", "X's Y neighbourhood", "the
city's Y quarter", "the city's East Side" (a capitalised district noun, or one of ``district_heads``,
is part of the name).

Y is a capitalised name right before one of ``district_nouns`` (cues.yaml). The town X that holds it
is, first found of: the town after "of" / "in" ("the Y district of X"), the possessor ("X's Y
district"), or, after "the city's" / "the capital's" / "the town's", the town mentioned last before
it. Y is then resolved to the gazetteer entry of that name within ``GeoDistances.district_km``
(settings) of X when there is one (a populated section of the town); otherwise the mention belongs
to X, at ACLED precision 2 (a part of the town's area, as ACLED codes a neighbourhood it cannot place
more exactly). A name with
no town that holds it ("Ituri district") is left to the recogniser (a district of a country is a
region of its own).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from unfog.geo.gazetteer import Candidate, Gazetteer
from unfog.geo.names import normalize
from unfog.geo.recognize import Cues, Mention, _capitalised
from unfog.geodesy import km
from unfog.lines import lemmas_and_lowers
from unfog.settings import GEO_DISTANCES, GeoDistances

DISTRICT_PRECISION = 2
TOWN_NOUNS = frozenset({"city", "town", "capital"})
LOCATING_TOKENS = 120  # "the city's": how far back the town it means may be named
PARTICLE_LEN = 3  # letters of a name's joined article ("al", "el", "ad")


@dataclass
class District:
    start: int  # token range of the district's name
    end: int
    how: str  # "of" | "in" | "possessor" | "city's"
    noun: int  # the district noun (the name's last token when capitalised: "East Side")


def _particle(sdoc: Doc, s: int) -> bool:
    """Tokens s-2, s-1 are a short lower-case word joined to token s by a hyphen ("al-", "el-", "de-"):
    romanised Arabic writes the article so inside a name (ALA-LC), lower-case, before a capital."""
    if s < 2 or sdoc[s - 1].text != "-" or sdoc[s - 1].whitespace_ or sdoc[s - 2].whitespace_:
        return False
    w = sdoc[s - 2]
    return w.is_alpha and w.is_lower and len(w) <= PARTICLE_LEN and _capitalised(sdoc[s])


class Districts:
    def __init__(self, gaz: Gazetteer, cues: Cues, distances: GeoDistances = GEO_DISTANCES) -> None:
        self.gaz = gaz
        self.cues = cues
        self.district_km = distances.district_km

    def find(self, sdoc: Doc) -> list[District]:
        """Names right before a district noun, with what tells which town holds them."""
        out: list[District] = []
        for i, low in enumerate(lemmas_and_lowers(sdoc)[1]):
            if low not in self.cues.district_heads and low not in self.cues.district_nouns:
                continue  # (neither a district's head word nor a district noun)
            t = sdoc[i]
            head = t.lower_ in self.cues.district_heads and t.text[:1].isupper()
            if not (head or t.lower_ in self.cues.district_nouns) or t.i == 0 or not _capitalised(sdoc[t.i - 1]):
                continue
            e, s = t.i, t.i - 1
            while s > 0:
                if _capitalised(sdoc[s - 1]) and sdoc[s - 1].whitespace_ and not sdoc[s - 1].is_sent_end:
                    s -= 1
                elif _particle(sdoc, s):
                    s -= 2  # "Bab al-Tabbaneh": a lower-case article joined by a hyphen is part of the name
                else:
                    break
            while s < e and sdoc[s].lower_ in ("the", "a"):
                s += 1
            end = e + 1 if t.text[:1].isupper() else e  # "East Side": the noun is part of the name
            name = sdoc[s:end].text
            if s == e or name.lower() in self.cues.stopwords or self.gaz.is_demonym(sdoc[s:e].text):
                continue
            nxt = sdoc[e + 1].lower_ if e + 1 < len(sdoc) else ""
            before = sdoc[s - 1] if s >= 1 else None
            if nxt in ("of", "in") and e + 2 < len(sdoc) and _capitalised(sdoc[e + 2]):
                out.append(District(s, end, nxt, e))
            elif before is not None and before.tag_ == "POS" and s >= 2:
                out.append(District(s, end, "city's" if sdoc[s - 2].lower_ in TOWN_NOUNS else "possessor", e))
        return out

    def locate(
        self, sdoc: Doc, districts: Sequence[District], mentions: Sequence[Mention], chosen: Sequence[Candidate],
    ) -> tuple[list[tuple[Mention, Candidate]], set[int]]:
        """Each district as a mention with the entry it stands for (its own, or its town's at precision
        2), and the indices of ``mentions`` it replaces (its own name, taken on its own)."""
        towns = [(m, c) for m, c in zip(mentions, chosen, strict=True) if m.kind == "name" and c.is_town]
        out: list[tuple[Mention, Candidate]] = []
        dropped: set[int] = set()
        pids: dict[tuple[int, str], int] = {}
        for d in districts:
            town = self._town(sdoc, d, towns)
            if town is None:
                continue
            span = sdoc[d.start : d.end]
            own = next((c for c in self.gaz.lookup(span.text, fuzzy=False)
                        if not (c.is_country or c.is_large or c.is_admin1) and c.pid != town.pid
                        and km(c.lat, c.lon, town.lat, town.lon) <= self.district_km), None)
            inside = [k for k, m in enumerate(mentions) if m.start < d.end and d.start < m.end]
            if any(mentions[k].start < d.start or mentions[k].end > d.end for k in inside):
                continue  # part of a longer name that was taken as a place
            dropped.update(inside)
            reason = f"district:{d.how};located:{town.name}"
            if own is not None:
                cand, reason = own, f"district:{d.how};resolved-near:{town.name}"
            else:
                pid = pids.setdefault((town.pid, normalize(span.text)), -1 - len(pids))
                cand = replace(town, pid=pid, geonames_id=None, name=span.text, feature_code="PPLX", population=0,
                               main=True)
            m = Mention(d.start, d.end, (span.start_char, span.end_char), span.text, reason, (cand,),
                        meta={} if own is not None else {"precision": DISTRICT_PRECISION})
            out.append((m, cand))
        return out, dropped

    @staticmethod
    def _town(sdoc: Doc, d: District, towns: Sequence[tuple[Mention, Candidate]]) -> Candidate | None:
        if d.how in ("of", "in"):
            return next((c for m, c in towns if m.start == d.noun + 2), None)
        if d.how == "possessor":
            return next((c for m, c in towns if m.end == d.start - 1), None)
        before = [(m, c) for m, c in towns if m.end <= d.start and d.start - m.end <= LOCATING_TOKENS]
        return before[-1][1] if before else None
