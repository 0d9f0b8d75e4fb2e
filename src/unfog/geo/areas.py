"""Areas the gazetteer lacks: the valleys, mountains, districts and regions conflict news names that
GeoNames' towns and first- and second-level regions do not hold ("fighting in the X Mountains",
"the X valley near Y", "the X area, a district of Y").

A name no gazetteer entry bears (as written) is an area when all of these hold:

- the NER model labels it a place (GPE, LOC) somewhere in the document, or a lower-case compass
  adjective qualifies it ("in eastern X", whatever the NER label: compass adjectives qualify places),
  or a geographic head word ends it ("the X Mountains") or follows it ("the X valley"; ``area_heads``,
  region, district and town nouns of cues.yaml);
- one of its occurrences has a locative word before it (``locative_preps``, past "the" and the
  qualifiers of ``area_part``: "in northern X"), a compass adjective, or a place noun after it;
- no mention, facility or district covers it, it is no demonym or stopword, no code (short and not
  title-case), not before a name head or a disease noun ("X Council", "X virus"), and the
  document labels it PERSON, ORG or NORP no more often than a place, nor uses it as a person's
  surname.

Placed as ACLED codes an event in an area it cannot locate more exactly, at the nearest
identifiable location with a lower geo-precision (3: a region, coded at a place in it), at the
first found of:

1. the place its stated relation names: "X, a district of Y", "X near Y", "X, north of Y" (Y a
   town or region found, no country);
2. the town it contains: "the town of Z in X", "Z, in the X area" (Z a town found right before);
3. the nearest town or region found in the same sentence, unless the name is one of a region or a
   water ("the X Mountains", "X Province", "Lake X", "East X"), which may lie far from a town named
   beside it.

Without such a tie the name is left out (a spurious place costs more than a missed one): a place
named elsewhere in the paragraph was tried as a tie and placed as many names far from where they
are as near (GeoVirus, training data). Every occurrence of the name (its text, not inside a longer
capitalised name) is a mention of the area.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from unfog.geo.evidence import area_part, capitalised
from unfog.geo.gazetteer import Candidate, Gazetteer
from unfog.geo.names import normalize
from unfog.geo.recognize import Cues, Mention
from unfog.lines import (
    capitalised_flags,
    entity_table,
    int_column,
    sentence_starts,
    span_text,
    str_column,
    token_texts,
)

AREA_PRECISION = 3
PLACE_LABELS = frozenset({"GPE", "LOC"})
OTHER_LABELS = frozenset({"PERSON", "ORG", "NORP"})
MAX_TOKENS = 5  # a longer run is a title or an institution, not an area's name
PID_BASE = -1_000_000  # pids of areas, apart from districts' (districts.py counts down from -1)


@dataclass
class _Name:
    key: str
    spans: list[tuple[int, int]]
    place_label: int = 0
    other_label: int = 0
    evidence: bool = False
    head: bool = False
    other: bool = False  # an occurrence names something else: "X virus", "X Council"
    large: bool = False  # a region or a water: tied only by a stated relation or a town it contains


class Areas:
    def __init__(self, gaz: Gazetteer, cues: Cues) -> None:
        self.gaz = gaz
        self.cues = cues
        self.nouns = cues.area_heads | cues.area_nouns | cues.admin_words | cues.district_nouns | cues.town_words

    def find(
        self, sdoc: Doc, mentions: Sequence[Mention], chosen: Sequence[Candidate], held: set[int],
    ) -> list[tuple[Mention, Candidate]]:
        """The areas of the document, each occurrence a mention with the entry it is placed at;
        ``mentions`` and ``chosen`` are the places found, ``held`` the tokens they (and facilities) cover."""
        names = self._names(sdoc, held)
        if not names:
            return []
        found = [(m, c) for m, c in zip(mentions, chosen, strict=True)
                 if not (c.is_country or c.is_large) and c.pid >= 0]
        out: list[tuple[Mention, Candidate]] = []
        for n, name in enumerate(names):
            if not (name.evidence and (name.place_label or name.head)) or name.other or \
                    name.other_label > name.place_label:
                continue
            tie = next((t for s, e in name.spans
                        if (t := self._tie(sdoc, s, e, found, name.large)) is not None), None)
            if tie is None:
                continue
            at, how = tie
            first = sdoc[name.spans[0][0] : name.spans[0][1]].text
            cand = replace(at, pid=PID_BASE - n, geonames_id=None, name=first, feature_code="AREA",
                           population=0, main=True)
            for s, e in name.spans:
                span = sdoc[s:e]
                m = Mention(s, e, (span.start_char, span.end_char), span.text, f"area:{how}:{at.name}", (cand,),
                            meta={"precision": AREA_PRECISION})
                out.append((m, cand))
        return out

    # ------------------------------------------------------------------ names
    def _names(self, sdoc: Doc, held: set[int]) -> list[_Name]:
        """Names no entry bears, with their occurrences and what the document says of them."""
        by_key: dict[str, _Name] = {}
        ents = entity_table(sdoc)
        bounds = [_strip(sdoc, s, e) for s, e, _ in ents]  # each entity less 'the', a possessive, marks
        keys = [normalize(span_text(sdoc, s, e)) for s, e in bounds]
        for (_, _, ent_label), (s, e), key in zip(ents, bounds, keys, strict=True):
            if e <= s or any(i in held for i in range(s, e)):
                continue
            label = "GPE" if self._compass(sdoc, s) else ent_label  # "eastern X": a place, whatever the tag
            if label in PLACE_LABELS | {"FAC", "WORK_OF_ART"} and (key in by_key or self._is_name(sdoc, s, e)):
                name = by_key.setdefault(key, _Name(key, []))
                name.place_label += label in PLACE_LABELS
        if not by_key:
            return []
        texts = token_texts(sdoc)
        for (s0, e0, label), (s, _), key in zip(ents, bounds, keys, strict=True):
            # surnames and organisations named by the same words elsewhere
            if key in by_key and label in OTHER_LABELS and not self._compass(sdoc, s):
                by_key[key].other_label += 1
            elif label == "PERSON" and e0 - s0 > 1 and normalize(texts[e0 - 1]) in by_key:
                by_key[normalize(texts[e0 - 1])].other_label += 99
        at: dict[str, list[int]] = {}  # each word's token indices, in order (per call)
        for i, text in enumerate(texts):
            at.setdefault(text, []).append(i)
        for name in by_key.values():
            first = next((b for b, key in zip(bounds, keys, strict=True) if key == name.key), None)
            if first is not None:
                self._occurrences(sdoc, name, held, texts[first[0] : first[1]], at.get(texts[first[0]], []))
        return [n for n in by_key.values() if n.spans]

    def _compass(self, sdoc: Doc, s: int) -> bool:
        """A lower-case compass adjective right before token ``s`` ("eastern X"): it qualifies places."""
        return s > 0 and bool(int_column(sdoc, "is_lower")[s - 1]) \
            and str_column(sdoc, "lower")[s - 1] in self.cues.compass_words

    def _is_name(self, sdoc: Doc, s: int, e: int) -> bool:
        span = sdoc[s:e]
        text = span.text
        if e - s > MAX_TOKENS or not capitalised(sdoc[s]) or not capitalised(sdoc[e - 1]):
            return False
        if any(t.like_num for t in span) or (len(text) <= 4 and not text.istitle()):
            return False
        low = text.lower()
        if low in self.cues.stopwords or low in self.cues.compass_words or self.gaz.is_demonym(text):
            return False
        if any(self.gaz.is_demonym(t.text) for t in span if t.text[:1].isupper()) and e - s <= 2:
            return False  # "Russian Far": an adjective of a people
        if sdoc[e - 1].lower_ in self.cues.name_heads or self._names_other(sdoc, e):
            return False
        return not self.gaz.lookup(text, fuzzy=False)

    def _names_other(self, sdoc: Doc, e: int) -> bool:
        """The name ending before token ``e`` is one of an organisation or a disease ("X Council",
        "X virus"), or modifies a common noun that is no place noun ("the X centre", "X outbreak")."""
        if e >= len(sdoc):
            return False
        nxt = sdoc[e]
        if (nxt.text[:1].isupper() and nxt.lower_ in self.cues.name_heads) or nxt.lower_ in self.cues.disease_heads:
            return True
        last = sdoc[e - 1]
        return (last.dep_ == "compound" and last.head.i >= e and last.head.pos_ == "NOUN"
                and last.head.lower_ not in self.nouns)

    def _occurrences(self, sdoc: Doc, name: _Name, held: set[int], words: list[str], firsts: list[int]) -> None:
        """Every occurrence of the name's words (``words``: the texts of its first occurrence as an
        entity; ``firsts``: the indices of the tokens of its first word) as a whole capitalised name,
        with its evidence."""
        texts, caps, starts = token_texts(sdoc), capitalised_flags(sdoc), sentence_starts(sdoc)
        n = len(words)
        for i in firsts:
            if i + n > len(sdoc) or texts[i : i + n] != words or any(k in held for k in range(i, i + n)):
                continue
            if (i > 0 and caps[i - 1] and starts[i - 1] != i - 1) or (i + n < len(sdoc) and caps[i + n]):
                continue  # inside a longer name
            if self._names_other(sdoc, i + n):
                name.other = True
                continue
            name.spans.append((i, i + n))
            name.large = name.large or self._large(sdoc[i : i + n])
            k, _, after = area_part(self.cues, sdoc, i, i + n)
            while k >= 0 and sdoc[k].lower_ == "the":
                k -= 1
            nxt = sdoc[i + n].lower_ if i + n < len(sdoc) else ""
            head = sdoc[i + n - 1].lower_ in self.cues.area_heads or nxt in self.nouns or after
            name.head = name.head or head
            name.evidence = (name.evidence or head or self._compass(sdoc, i)
                             or (k >= 0 and _locative(sdoc[k], self.cues)))

    def _large(self, span: Span) -> bool:
        """A name of a region or a water ("the X Mountains", "X Province", "Lake X", "East X"): it may
        lie far from a town named beside it."""
        last, first = span[-1], span[0]
        return len(span) > 1 and (last.lower_ in self.cues.area_heads | self.cues.admin_words | self.cues.water_heads
                                  or first.lower_ in self.cues.water_heads | self.cues.compass_words)

    # ------------------------------------------------------------------ ties
    def _tie(
        self, sdoc: Doc, s: int, e: int, found: Sequence[tuple[Mention, Candidate]], large: bool,
    ) -> tuple[Candidate, str] | None:
        """The place the occurrence [s, e) is tied to, and how; None."""
        by_start = {m.start: c for m, c in found}
        k = e + 1 if e < len(sdoc) and sdoc[e].lower_ in self.nouns else e
        y = self._related(sdoc, k)
        if y is not None and y in by_start:
            return by_start[y], "relation"
        j = s - 1
        while j >= 0 and sdoc[j].lower_ == "the":
            j -= 1
        if j >= 1 and sdoc[j].lower_ == "in":
            z = next((c for m, c in found if m.end in (j, j - 1) and c.is_town), None)
            if z is not None:
                return z, "contains"
        if large:
            return None
        sent = sdoc[s].sent
        near = self._nearest(s, [(m, c) for m, c in found if sent.start <= m.start < sent.end])
        return (near, "sentence") if near is not None else None

    def _related(self, sdoc: Doc, k: int) -> int | None:
        """The token where Y starts in "X, a district of Y", "X near Y", "X, north of Y" (X ends before
        token ``k``), or None."""
        if k < len(sdoc) and sdoc[k].text == ",":
            k += 1
            if k < len(sdoc) and sdoc[k].lower_ in ("a", "an", "the"):
                k += 1
            while k < len(sdoc) and sdoc[k].is_lower and sdoc[k].lower_ not in self.cues.relative_preps \
                    and sdoc[k].lower_ not in self.cues.compass_words and sdoc[k].lower_ not in self.nouns:
                k += 1
            if k < len(sdoc) and sdoc[k].lower_ in self.nouns:
                k += 1
                if k < len(sdoc) and sdoc[k].lower_ in ("of", "in"):
                    k += 1
                    return _skip(sdoc, k, self.cues)
        if k >= len(sdoc):
            return None
        low = sdoc[k].lower_
        if low in ("near", "outside"):
            return _skip(sdoc, k + 1, self.cues)
        if low in self.cues.compass_words and k + 1 < len(sdoc) and sdoc[k + 1].lower_ == "of":
            return _skip(sdoc, k + 2, self.cues)
        return None

    @staticmethod
    def _nearest(s: int, pairs: Sequence[tuple[Mention, Candidate]]) -> Candidate | None:
        best = min(pairs, key=lambda mc: abs(mc[0].start - s), default=None)
        return best[1] if best is not None else None


def _locative(prep: Token, cues: Cues) -> bool:
    """A locative preposition; "to" and "from" only after a verb, not after a participle or adjective
    of relation ("linked to X", "related to X", "free from X")."""
    if prep.lower_ not in cues.preps:
        return False
    return prep.lower_ not in ("to", "from") or (prep.head.pos_ == "VERB" and prep.head.tag_ != "VBN")


def _skip(sdoc: Doc, k: int, cues: Cues) -> int:
    while k < len(sdoc) and sdoc[k].is_lower and (sdoc[k].lower_ == "the" or sdoc[k].lower_ in cues.compass_words):
        k += 1
    return k


def _strip(sdoc: Doc, s: int, e: int) -> tuple[int, int]:
    """Tokens [s, e) less a leading 'the' and marks, and a trailing possessive and marks."""
    lowers, punct, tags = str_column(sdoc, "lower"), int_column(sdoc, "punct"), str_column(sdoc, "tag")
    while s < e and (lowers[s] == "the" or punct[s]):
        s += 1
    while e > s and (tags[e - 1] == "POS" or punct[e - 1]):
        e -= 1
    return s, e
