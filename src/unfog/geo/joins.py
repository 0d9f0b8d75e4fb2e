"""Candidate spans the tokeniser or the NER model cut short, mended before lookup.

- An abbreviated first word split from its dot ("Ft" "." "Worth"): the name is read across the
  split, so that ``Gazetteer.lookup_abbreviated`` sees "Ft. Worth" (the abbreviations are the
  ``name_abbreviations`` of ``data/geo/cues.yaml``).
- A region suffix the NER model left off ("Jefferson" + "Parish", "St. Louis" + "County"): joined
  when the gazetteer knows the whole (``region_suffixes``).
- A name ending in a capitalised region suffix that the gazetteer holds as a second-level region
  ("Caddo Parish", "East Baton Rouge Parish") is a place by its own words (``region_named``), like a
  name after a place noun, whatever label the NER model gave it (but a person's).
- Names sharing a plural region noun ("Kern and Tulare counties", "Lafourche, Terrebonne and
  Assumption parishes"): each is read as "<name> <suffix>" where the gazetteer knows that
  (``shared_region``; ``region_plurals``). A first-level region or a country before the noun
  contains the regions instead ("Texas and Oklahoma counties" are counties in those states), so such
  names are left as they are, unless coordinated with names that are only such regions: coordination
  joins like with like ("Lincoln, Washington and Marion counties" are three counties, where one state
  holds a county of each name). Counties named together lie together: once resolved, they are chosen
  in one first-level region where one holds them all (``one_region``: "Jackson and Madison counties").
- A hyphenated name with lower-case inner parts ("Geneva-on-the-Lake"), cut by the capitalised run at
  its first hyphen, is read whole where the gazetteer knows it (``hyphen_tail``).
- "the Town of X" / "the Village of X" tagged as one organisation: the place noun and "of" are
  dropped, so that X is looked at with "<town noun> of" before it as a place cue (unless the whole is
  itself a gazetteer name: "District of Columbia").
- A capitalised geographic head before "of" and a name ("the Gulf of X", "the Bay of X"; the water and
  area heads of cues.yaml) makes one name with it (a proper name with a common-noun head and an
  of-phrase, Quirk et al. 1985 5.60-5.66), however the NER model cut it (``head_of_joined``): looked
  up whole, and where no entry bears the whole, neither the head nor the name after "of" is a place of
  its own (``spans.segments``): the Gulf of X is no town X.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from unfog.geo.evidence import capitalised
from unfog.geo.gazetteer import Candidate, Gazetteer
from unfog.lines import capitalised_flags, span_text, str_column, token_texts

if TYPE_CHECKING:
    from unfog.geo.recognize import Cues, Mention

Spans = list[tuple[int, int, str]]


def abbreviated(sdoc: Doc, gaz: Gazetteer, full: dict[str, str], spans: Spans) -> Spans:
    """``spans`` with "<Abbr> . <Name ...>" read as one span where the gazetteer knows it."""
    out = list(spans)
    n = len(sdoc)
    lowers = str_column(sdoc, "lower")
    for i in range(n - 2):
        if lowers[i] not in full:  # (tested first, on the document's column: most words are no abbreviation)
            continue
        tok = sdoc[i]
        if tok.whitespace_ or sdoc[i + 1].text != "." or not capitalised(sdoc[i + 2]):
            continue
        end = i + 3
        while end < n and capitalised(sdoc[end]) and not sdoc[end - 1].is_punct:
            end += 1
        k = next((k for k in range(end, i + 2, -1)
                  if gaz.lookup_abbreviated(sdoc[i:k].text, full)), None)
        if k is None:
            continue
        label = next((lab for s, e, lab in out if s <= i < e), "")
        out = [(s, e, lab) for s, e, lab in out if e <= i or s >= k]
        out.append((i, k, label))
    return sorted(out)


def suffixed(sdoc: Doc, gaz: Gazetteer, suffixes: frozenset[str], spans: Spans) -> Spans:
    """``spans`` with a capitalised region suffix right after one joined to it when the gazetteer
    knows the whole name."""
    out: Spans = []
    skip: set[int] = set()
    for s, e, label in spans:
        if s in skip:
            continue
        if e < len(sdoc) and sdoc[e].lower_ in suffixes and capitalised(sdoc[e]) and gaz.lookup(
            sdoc[s : e + 1].text, fuzzy=False
        ):
            skip.add(e)
            e += 1
        out.append((s, e, label))
    return out


def head_of(caps: Sequence[bool], lowers: Sequence[str], heads: frozenset[str], k: int) -> bool:
    """Token ``k`` is a capitalised geographic head opening "<Head> of <Name>" ("Gulf of X")."""
    return caps[k] and lowers[k] in heads and k + 2 < len(lowers) and lowers[k + 1] == "of" and caps[k + 2]


def head_of_joined(sdoc: Doc, heads: frozenset[str], spans: Spans) -> Spans:
    """``spans`` (sorted) with a span ending in a geographic head and the span right after its "of"
    joined ("Gulf" + "of" + "Aden"): one name."""
    caps, lowers = capitalised_flags(sdoc), str_column(sdoc, "lower")
    out: Spans = []
    for s, e, label in spans:
        if out and out[-1][1] == s - 1 and head_of(caps, lowers, heads, s - 2):
            prev = out.pop()
            s, label = prev[0], label if label in ("GPE", "LOC") else prev[2]
        out.append((s, e, label))
    return out


def town_of(sdoc: Doc, gaz: Gazetteer, town_words: frozenset[str], spans: Spans) -> Spans:
    """``spans`` with a leading capitalised "<Town noun> of" dropped from organisation names."""
    out: Spans = []
    for s, e, label in spans:
        if e - s > 2 and label not in ("GPE", "LOC") and sdoc[s].lower_ in town_words and capitalised(
            sdoc[s]
        ) and sdoc[s + 1].lower_ == "of" and not gaz.lookup(sdoc[s:e].text, fuzzy=False):
            s, label = s + 2, ""
        out.append((s, e, label))
    return out


def hyphen_whole(sdoc: Doc, gaz: Gazetteer, s: int, e: int, out: dict[tuple[int, int], str],
                 place_labels: frozenset[str]) -> None:
    """A hyphenated name the NER model cut at the hyphen ("Kaga" of "Kaga-Velden") is one word (a hyphen
    joins a compound into one orthographic word): each hyphen compound of the capitalised run [s, e) that
    is a gazetteer name replaces the entity spans inside it in ``out``, keeping their place label."""
    i = s
    while i < e:
        j = i + 1
        while j < e and not sdoc[j - 1].whitespace_:
            j += 1
        inner = [(a, b) for (a, b) in out if i <= a and b <= j and (a, b) != (i, j)]
        if j - i > 2 and inner and not any(a < i < b or a < j < b for (a, b) in out) and gaz.lookup(
                sdoc[i:j].text, fuzzy=False):
            labels = [out.pop(k) for k in inner]
            out[(i, j)] = next((lab for lab in labels if lab in place_labels), labels[0])
        i = j


def hyphen_tail(sdoc: Doc, gaz: Gazetteer, s: int, e: int, texts: Sequence[str]) -> int:
    """The end of the capitalised run [s, e) carried over lower-case hyphenated parts to a capitalised
    last word when the gazetteer knows the whole ("Geneva" + "-on-the-Lake", "Stratford" + "-upon-Avon":
    one orthographic word, as ``hyphen_whole`` reads it); else ``e``."""
    j = e
    while j + 1 < len(texts) and texts[j] == "-" and not sdoc[j - 1].whitespace_ and not sdoc[j].whitespace_:
        j += 2
    if j == e or not texts[j - 1][:1].isupper() or not gaz.lookup(span_text(sdoc, s, j), fuzzy=False):
        return e
    return j


def long_form(sdoc: Doc, gaz: Gazetteer, spans: Spans) -> Spans:
    """``spans`` with a country's long form the NER model cut to its last words ("Republic of Kaga" read
    as "Kaga") read whole: capitalised words and "of" ("of the") before the span that with it make a
    country's name in the gazetteer (its long form is one name, ``gazetteer.yaml`` country_articles)."""
    out: Spans = []
    lowers, caps = str_column(sdoc, "lower"), capitalised_flags(sdoc)
    for s, e, label in spans:
        k = s - 1
        if k > 0 and lowers[k] == "the":
            k -= 1
        if k > 0 and lowers[k] == "of" and caps[k - 1]:
            for b in range(max(0, k - 4), k):
                if all(caps[i] for i in range(b, k)) and all(a >= b for a, z, _ in out if z > b) and any(
                        c.is_country for c in gaz.lookup(sdoc[b:e].text, fuzzy=False)):
                    out = [(a, z, lab) for a, z, lab in out if z <= b]
                    s = b
                    break
        out.append((s, e, label))
    return out


def region_named(sdoc: Doc, s: int, e: int, cands: tuple[Candidate, ...], suffixes: frozenset[str]) -> bool:
    """The name ends in a capitalised region suffix and names a second-level region ("Caddo Parish")."""
    last = sdoc[e - 1]
    return e - s > 1 and last.lower_ in suffixes and capitalised(last) and any(c.is_admin2 for c in cands)


def shared_noun(sdoc: Doc, s: int, e: int, plurals: dict[str, str]) -> int | None:
    """The index of the plural region noun the name [s, e) shares with the capitalised names (joined by
    commas, "and", "or") before it ("Kern and Tulare counties"), or None."""
    k = e
    lowers, texts, caps = str_column(sdoc, "lower"), token_texts(sdoc), capitalised_flags(sdoc)
    while k < len(sdoc) and k - e < 12 and lowers[k] not in plurals:
        if not (texts[k] == "," or lowers[k] in ("and", "or", "&") or caps[k]):
            return None
        k += 1
    return k if k < len(sdoc) and lowers[k] in plurals else None


def one_region(sdoc: Doc, mentions: Sequence[Mention], chosen: Sequence[Candidate], plurals: dict[str, str]
               ) -> list[Candidate]:
    """The chosen entries, the second-level regions that share one plural region noun ("Jackson and
    Madison counties") in one first-level region: counties named together lie together. Where their
    choices differ and a region holds a candidate of each, each is chosen there (the region most of
    them were chosen in, then the first's)."""
    groups: dict[int, list[int]] = {}
    for i, m in enumerate(mentions):
        if m.kind == "name" and chosen[i].is_admin2 and (k := shared_noun(sdoc, m.start, m.end, plurals)) is not None:
            groups.setdefault(k, []).append(i)
    out = list(chosen)
    for idx in groups.values():
        regions = [(chosen[i].country_code, chosen[i].admin1) for i in idx]
        if len(set(regions)) < 2:
            continue
        common = set.intersection(*({(c.country_code, c.admin1) for c in mentions[i].candidates if c.is_admin2}
                                    for i in idx))
        if not common:
            continue
        region = max(common, key=lambda r: (regions.count(r), -regions.index(r) if r in regions else -len(regions)))
        for i in idx:
            out[i] = next(c for c in mentions[i].candidates if c.is_admin2 and (c.country_code, c.admin1) == region)
    return out


def shared_region(sdoc: Doc, gaz: Gazetteer, s: int, e: int, plurals: dict[str, str]) -> tuple[Candidate, ...]:
    """The second-level regions "<name> <suffix>" when the name [s, e) is one of the capitalised names
    (joined by commas, "and", "or") before a plural region noun; () otherwise."""
    k = shared_noun(sdoc, s, e, plurals)
    if k is None:
        return ()
    suffix = plurals[sdoc[k].lower_]
    found = tuple(c for c in gaz.lookup(f"{sdoc[s:e].text} {suffix}", fuzzy=False) if c.is_admin2)
    own = gaz.lookup(sdoc[s:e].text, fuzzy=False)
    if not any(c.is_admin1 or c.is_country for c in own):
        return found
    return _like_its_conjuncts(sdoc, gaz, s, k, suffix, found, own)


def _like_its_conjuncts(sdoc: Doc, gaz: Gazetteer, s: int, k: int, suffix: str, found: tuple[Candidate, ...],
                        own: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """The second-level regions ``found`` of a first-level region's or country's name at ``s``, one
    of the names sharing the plural noun at ``k``, where it is coordinated with names that are only
    such regions: coordination joins like with like, so "Lincoln, Washington and Marion counties" are
    three counties. Kept: those in a first-level region that holds one of every such name; none where
    no region holds them all ("Texas and Oklahoma counties": no name of them is only a county), nor
    where the name comes first and its region holds the others ("In Oregon, Marion and Polk counties")."""
    names = _conjuncts(sdoc, k)
    others: list[set[tuple[str | None, str | None]]] = []
    for a, b in names:
        if a == s:
            continue
        words = sdoc[a:b].text
        if any(c.is_admin1 or c.is_country for c in gaz.lookup(words, fuzzy=False)):
            continue
        regions = {(c.country_code, c.admin1) for c in gaz.lookup(f"{words} {suffix}", fuzzy=False) if c.is_admin2}
        if regions:
            others.append(regions)
    if not others or not found:
        return ()
    held = set.intersection({(c.country_code, c.admin1) for c in found}, *others)
    if names and names[0][0] == s and any(all((c.country_code, c.name) in r for r in others)
                                          for c in own if c.is_admin1):
        return ()
    return tuple(c for c in found if (c.country_code, c.admin1) in held)


def _conjuncts(sdoc: Doc, k: int) -> list[tuple[int, int]]:
    """The capitalised names (token ranges, in order) joined by commas, "and", "or" before the plural
    region noun at ``k``; a capitalised word at the start of the list that starts a sentence is left out."""
    j = k
    while j > 0 and (sdoc[j - 1].text == "," or sdoc[j - 1].lower_ in ("and", "or", "&") or capitalised(sdoc[j - 1])):
        j -= 1
    out: list[tuple[int, int]] = []
    i = j
    while i < k:
        if not capitalised(sdoc[i]):
            i += 1
            continue
        a = i
        while i < k and capitalised(sdoc[i]):
            i += 1
        out.append((a + 1 if sdoc[a].is_sent_start and i - a > 1 else a, i))
    return out


def says_region(sdoc: Doc, gaz: Gazetteer, s: int, e: int, cands: tuple[Candidate, ...], cues: Cues) -> bool:
    """The words name [s, e) a second-level region: its own suffix ("Caddo Parish") or a plural region
    noun it shares ("Kern and Tulare counties")."""
    return region_named(sdoc, s, e, cands, cues.region_suffixes) or bool(
        shared_region(sdoc, gaz, s, e, cues.region_plurals))
