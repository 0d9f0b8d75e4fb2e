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

from spacy.tokens import Doc, Span, Token

from unfog.geo.gazetteer import Candidate, Gazetteer
from unfog.geo.names import normalize

PLACE_LABELS = frozenset({"GPE", "LOC"})
OTHER_LABELS = frozenset({"NORP", "ORG", "PERSON", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", ""})
BIG_TOWN = 1_000_000


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
    meta: dict[str, Any] = field(default_factory=dict)


class Cues:
    """The context word lists of ``data/geo/cues.yaml``, as sets."""

    def __init__(self, data: dict[str, Any]) -> None:
        def words(key: str) -> frozenset[str]:
            return frozenset(str(w).lower() for w in data[key])

        self.admin_words = words("admin_words")
        self.town_words = words("town_words")
        self.preps = words("locative_preps")
        self.stopwords = words("stopwords")
        self.name_heads = words("name_heads")
        self.metonymy_verbs = words("metonymy_verbs")
        self.metonymy_nouns = words("metonymy_nouns")


def _capitalised(tok: Token) -> bool:
    return tok.text[:1].isupper() and (tok.is_alpha or "." in tok.text or "'" in tok.text)


def _runs(sdoc: Doc) -> list[tuple[int, int]]:
    """Maximal runs of capitalised tokens (hyphen-joined parts kept together)."""
    runs, i, n = [], 0, len(sdoc)
    while i < n:
        if not _capitalised(sdoc[i]):
            i += 1
            continue
        j = i + 1
        while j < n:
            t = sdoc[j]
            if (_capitalised(t) and not sdoc[j - 1].is_punct) or (
                t.text == "-" and not sdoc[j - 1].whitespace_ and j + 1 < n and _capitalised(sdoc[j + 1])
            ) or (_capitalised(t) and sdoc[j - 1].text == "-"):
                j += 1
            else:
                break
        runs.append((i, j))
        i = j
    return runs


class Recognizer:
    def __init__(self, gaz: Gazetteer, cues: Cues) -> None:
        self.gaz = gaz
        self.cues = cues

    # ------------------------------------------------------------------ context
    def _hint(self, sdoc: Doc, start: int, end: int) -> tuple[str | None, str | None]:
        """(feature hint, country hint) from the words around tokens [start, end)."""
        hint: str | None = None
        country: str | None = None
        if end < len(sdoc):
            nxt = sdoc[end].lower_
            if nxt in self.cues.admin_words:
                hint = "admin1"
            elif nxt in self.cues.town_words and end + 1 < len(sdoc) and sdoc[end + 1].lower_ == "of":
                hint = "container"
        if start >= 2 and sdoc[start - 1].lower_ == "of":
            noun = sdoc[start - 2].lower_
            if noun in self.cues.town_words:
                hint = "town"
            elif noun in self.cues.admin_words:
                hint = "admin1"
            if hint is not None:
                for tok in sdoc[max(0, start - 7) : start - 2]:
                    cc = self.gaz.demonym_country(tok.text) if tok.text[:1].isupper() else None
                    country = cc or country
        if start >= 2 and sdoc[start - 1].tag_ == "POS":
            cc = self._country_code(sdoc[max(0, start - 3) : start - 1])
            country = cc or country
        return hint, country

    def _country_code(self, span: Span) -> str | None:
        for cand in self.gaz.lookup(span.text, fuzzy=False)[:3]:
            if cand.is_country:
                return cand.country_code
        return None

    def _embedded(self, sdoc: Doc, start: int, end: int) -> bool:
        """Part of a longer proper name: 'University of Texas', 'Chicago Police', 'Bank of England'."""
        if end < len(sdoc):
            nxt = sdoc[end]
            if nxt.text[:1].isupper() and nxt.lower_ in self.cues.name_heads:
                return nxt.lower_ not in self.cues.admin_words
            if _capitalised(nxt) and nxt.lower_ not in self.cues.admin_words and nxt.ent_type_ in ("ORG", "PERSON"):
                return True
        if start >= 2 and sdoc[start - 1].lower_ == "of":
            prev = sdoc[start - 2]
            if _capitalised(prev) and prev.lower_ not in self.cues.admin_words | self.cues.town_words:
                return not prev.is_sent_start or prev.ent_type_ == "ORG"
        return False

    # ------------------------------------------------------------------ candidates
    def _spans(self, sdoc: Doc) -> list[tuple[int, int, str]]:
        """Candidate token ranges with the NER label covering them ('' when none)."""
        out: dict[tuple[int, int], str] = {}
        for ent in sdoc.ents:
            s, e = ent.start, ent.end
            while s < e and (sdoc[s].lower_ == "the" or sdoc[s].is_punct):
                s += 1
            while e > s and (sdoc[e - 1].tag_ == "POS" or sdoc[e - 1].is_punct):
                e -= 1
            if e > s:
                out[(s, e)] = ent.label_
        covered = {i for (s, e) in out for i in range(s, e)}
        for s, e in _runs(sdoc):
            if any(i in covered for i in range(s, e)):
                continue
            out.setdefault((s, e), "")
        return sorted((s, e, lab) for (s, e), lab in out.items())

    def _segments(self, sdoc: Doc, s: int, e: int) -> list[tuple[int, int, tuple[Candidate, ...], str | None]]:
        """Gazetteer matches inside [s, e), longest first from the left; a region noun ending the
        range ("Kherson Oblast") is dropped when the whole is not itself a name, and kept as a hint."""
        hint = None
        if e - s > 1 and sdoc[e - 1].lower_ in self.cues.admin_words:
            found = self.gaz.lookup(sdoc[s:e].text, fuzzy=False)
            if found:
                return [(s, e, found, None)]
            e -= 1
            hint = "admin1"
        out: list[tuple[int, int, tuple[Candidate, ...], str | None]] = []
        i = s
        while i < e:
            for j in range(min(e, i + 5), i, -1):
                span = sdoc[i:j]
                if not _capitalised(sdoc[i]) or not (_capitalised(sdoc[j - 1]) or sdoc[j - 1].is_digit):
                    continue
                if j - i == 1 and (span.text.lower() in self.cues.stopwords or self.gaz.is_demonym(span.text)):
                    continue
                found = self.gaz.lookup(span.text, fuzzy=(j - i == e - s))
                if found:
                    out.append((i, j, found, hint if j == e else None))
                    i = j
                    break
            else:
                i += 1
        return out

    @staticmethod
    def _state_like(cands: tuple[Candidate, ...]) -> bool:
        """Names an organisation tag may hide: countries, large areas, regions, capitals."""
        return any(c.is_country or c.is_large or c.is_admin1 or c.feature_code == "PPLC" for c in cands)

    def _prominent(self, cands: tuple[Candidate, ...]) -> bool:
        top = cands[0]
        return any(c.is_country or c.is_large for c in cands) or (
            top.feature_code == "PPLC" or top.is_admin1 or top.population >= BIG_TOWN
        )

    def recognize(self, sdoc: Doc, given: Sequence[Mention] = ()) -> list[Mention]:
        """Toponyms of the document; ``given`` are mentions found beforehand (datelines, region
        abbreviations), kept as they are, their tokens not looked at again."""
        seen: set[str | int]
        taken = {i for m in given for i in range(m.start, m.end)}
        labels: dict[str, Counter[str]] = defaultdict(Counter)
        accepted: list[Mention] = []
        pending: list[Mention] = []
        spans = self._spans(sdoc)
        for s0, e0, label in spans:
            labels[normalize(sdoc[s0:e0].text)][label] += 1
        for s0, e0, label in spans:
            text0 = sdoc[s0:e0].text
            if self.gaz.is_demonym(text0) or text0.lower() in self.cues.stopwords:
                continue
            for s, e, cands, kw_hint in self._segments(sdoc, s0, e0):
                if any(i in taken for i in range(s, e)):
                    continue
                if self._embedded(sdoc, s, e):
                    continue
                if e0 - s0 > e - s and label in OTHER_LABELS - {""} and not kw_hint:
                    continue  # a place word inside a longer organisation / person name
                whole = (s, e) == (s0, e0) or (s == s0 and kw_hint is not None)
                m = self._mention(sdoc, s, e, label if whole else "", cands, kw_hint, s == s0)
                if m is None:
                    continue
                (accepted if m.reason else pending).append(m)
        seen = {normalize(m.text) for m in [*accepted, *given]} | {m.candidates[0].pid for m in accepted}
        for m in pending:
            if normalize(m.text) in seen or m.candidates[0].pid in seen:
                m.reason = "gazetteer:repeat"
                accepted.append(m)
        confirmed = {m.candidates[0].pid for m in accepted if m.hint}
        accepted = [
            m for m in accepted
            if m.candidates[0].pid in confirmed or self._state_like(m.candidates[:1])
            or not self._person_name(labels[normalize(m.text)])
        ]
        accepted.extend(given)
        accepted.sort(key=lambda m: m.start)
        return accepted

    @staticmethod
    def _person_name(labels: Counter[str]) -> bool:
        """Tagged PERSON more often than place in this document (surname-like names: "Jackson")."""
        return labels["PERSON"] > labels["GPE"] + labels["LOC"]

    def _mention(
        self, sdoc: Doc, s: int, e: int, label: str, cands: tuple[Candidate, ...], kw_hint: str | None,
        first: bool,
    ) -> Mention | None:
        """A mention with its reason set when accepted, with an empty reason when it waits for a
        surer mention of the same name elsewhere in the document; None when it is no toponym."""
        span = sdoc[s:e]
        if len(span.text) <= 4 and not span.text.istitle() and not any(c.is_country or c.is_large for c in cands):
            return None  # codes and acronyms ("MoD", "ABC") only for countries and large areas
        hint, country = self._hint(sdoc, s, e)
        m = Mention(s, e, (span.start_char, span.end_char), span.text, "", cands, kw_hint or hint, country)
        prev = sdoc[s - 1].lower_ if s > 0 and first else ""
        prominent = self._prominent(cands)
        if label in PLACE_LABELS:
            m.reason = f"ner:{label}"
        elif m.hint is not None:
            m.reason = f"gazetteer+cue:{m.hint}"
        elif prominent and label == "ORG" and not self._state_like(cands):
            pass
        elif prominent and (label != "PERSON" or (e - s == 1 and cands[0].population >= BIG_TOWN)):
            m.reason = f"gazetteer:prominent{':' + label if label else ''}"
        elif prev in self.cues.preps and label != "PERSON" and cands[0].population >= 1000:
            m.reason = f"gazetteer+prep:{prev}"
        return m
