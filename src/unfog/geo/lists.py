"""Names in one list read alike: coordination joins like with like.

A list is a run of place names separated only by commas and a coordinating word ("Oregon, Nevada,
Washington and Idaho"). Where at least ``MIN_ALIKE`` other names of a list were resolved to first-level
regions of one country, a name of the list resolved to something else is read as that country's
first-level region of the name, where it has one ("Washington": the state, not the capital); where
at least ``MIN_ALIKE`` others are countries, as a country ("Peru, China, Chile": the country, not a
village named China). Names coordinated with a single other name are left alone ("Washington and
Oregon officials" may be the capital).

Coordination also finds names (``listed_names``, before resolution): a capitalised name the gazetteer
knows, joined in a list to a place mention (not a village found by the NER model alone), is a place
of its neighbour's kind ("Kericho, Bomet, Litein and Sotik"), whatever label the NER model gave it,
unless the list names a person in full ("Alma, Chester and Walter Brandt").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc

from unfog.geo.conjuncts import SHOWN
from unfog.geo.evidence import capitalised
from unfog.geo.gazetteer import Candidate, Gazetteer
from unfog.geo.recognize import SMALL_TOWN, Mention
from unfog.geodesy import km
from unfog.lines import entity_table, str_column

#: how many other names of a list must be of one kind before a name is read as that kind
MIN_ALIKE = 2
MAX_RUN = 3  # words of a listed name
LIST_KM = 500.0  # how far from its neighbour's entry a listed name's entry may lie
_JOINERS = frozenset({",", "and", "or", "&"})


def _lists(sdoc: Doc, mentions: Sequence[Mention]) -> list[list[int]]:
    """Indices of the mentions that form lists of three names or more, in text order."""
    groups: list[list[int]] = []
    current: list[int] = []
    lowers = str_column(sdoc, "lower")
    for i, m in enumerate(mentions):
        if m.kind != "name":
            continue
        if current:
            prev = mentions[current[-1]]
            if 0 < m.start - prev.end <= 2 and all(w in _JOINERS for w in lowers[prev.end : m.start]):
                current.append(i)
                continue
            if len(current) >= MIN_ALIKE + 1:
                groups.append(current)
        current = [i]
    if len(current) >= MIN_ALIKE + 1:
        groups.append(current)
    return groups


def _kind(c: Candidate) -> tuple[str, str] | None:
    if c.is_country:
        return ("country", "")
    if c.is_admin1:
        return ("admin1", c.country_code or "")
    return None


def like_with_like(sdoc: Doc, mentions: Sequence[Mention], chosen: Sequence[Candidate]) -> list[Candidate]:
    """The chosen entries, a name of a list read as the kind of region its other names are."""
    out = list(chosen)
    for group in _lists(sdoc, mentions):
        kinds = Counter(k for i in group if (k := _kind(chosen[i])) is not None)
        for i in group:
            own = _kind(chosen[i])
            for kind, n in kinds.most_common():
                if n - (own == kind) < MIN_ALIKE or own == kind:
                    continue
                alike = [c for c in mentions[i].candidates if _kind(c) == kind]
                if alike:
                    out[i] = max(alike, key=lambda c: c.population)
                    break
    return out


def _run_after(sdoc: Doc, k: int, held: set[int]) -> tuple[int, int] | None:
    """The run of capitalised tokens from ``k`` (at most ``MAX_RUN``), none held by a mention."""
    e = k
    while e < len(sdoc) and e - k < MAX_RUN + 1 and capitalised(sdoc[e]) and e not in held:
        e += 1
    return (k, e) if k < e <= k + MAX_RUN else None


def _run_before(sdoc: Doc, e: int, held: set[int]) -> tuple[int, int] | None:
    """The run of capitalised tokens ending before ``e`` (at most ``MAX_RUN``), none held."""
    s = e
    while s > 0 and e - s < MAX_RUN + 1 and capitalised(sdoc[s - 1]) and s - 1 not in held:
        s -= 1
    return (s, e) if s < e and e - s <= MAX_RUN else None


def _alike(entries: tuple[Candidate, ...], neighbour: Mention) -> tuple[Candidate, ...]:
    """The entries of the kind of the neighbour's first entry: countries beside a country, else
    entries in its country within ``LIST_KM`` of it (places named together lie together)."""
    if not neighbour.candidates:
        return ()
    top = neighbour.candidates[0]
    if top.is_country:
        return tuple(c for c in entries if c.is_country)
    near = [a for a in neighbour.candidates if a.country_code == top.country_code and not a.is_country]
    return tuple(c for c in entries if c.country_code == top.country_code and not c.is_country
                 and any(km(c.lat, c.lon, a.lat, a.lon) <= LIST_KM for a in near))


def _of_people(sdoc: Doc, gaz: Gazetteer, s: int, e: int) -> bool:
    """The list holding the name [s, e) names a person in full ("Helen, Clarence and Ruth Kunz": the
    list is of people): a member of its chain of capitalised runs that the gazetteer does not know
    lies in a PERSON entity of two words or more."""
    n = len(sdoc)
    members = [(s, e)]
    k = e
    while k < n and sdoc[k].lower_ in _JOINERS:
        while k < n and sdoc[k].lower_ in _JOINERS:
            k += 1
        run = _run_after(sdoc, k, set())
        if run is None:
            break
        members.append(run)
        k = run[1]
    k = s
    while k > 0 and sdoc[k - 1].lower_ in _JOINERS:
        while k > 0 and sdoc[k - 1].lower_ in _JOINERS:
            k -= 1
        run = _run_before(sdoc, k, set())
        if run is None:
            break
        members.append(run)
        k = run[0]
    people = {i for s0, e0, label in entity_table(sdoc) if label == "PERSON" and e0 - s0 >= 2 for i in range(s0, e0)}
    return any(any(i in people for i in range(a, b)) and not gaz.lookup(sdoc[a:b].text, fuzzy=False)
               for a, b in members)


def _anchors(sdoc: Doc, m: Mention, preps: frozenset[str]) -> bool:
    """A mention a list may grow from: more than a lead of the NER model alone to a village (a first
    name the model took for a place: "Mourners remembered Helen, Clarence and Irene"): a region or a
    country, a town of ``SMALL_TOWN`` people, or a name the words around it show a place: its reason
    says so, or a locative preposition (``preps``) stands right before it, the evidence the recogniser
    takes for a name the NER model did not label ("in Tarn, Kelby and Oster")."""
    top = m.candidates[0]
    return not top.is_town or top.population >= SMALL_TOWN or bool(SHOWN.search(m.reason)) \
        or (m.start > 0 and sdoc[m.start - 1].lower_ in preps)


def listed_names(sdoc: Doc, mentions: Sequence[Mention], gaz: Gazetteer, stopwords: frozenset[str],
                 held: set[int], preps: frozenset[str] = frozenset()) -> list[Mention]:
    """Names the gazetteer knows (exact key) coordinated with a place mention in a list: each joined
    to a mention or to a name found so by commas and "and"/"or", the whole capitalised run a name,
    entries only of the neighbour's kind (``_alike``). A name after the mention is taken when the
    list goes on after it or "and"/"or" joins it ("X, Y and Z"); a name before it when "and"/"or"
    joins the two or the list goes on after the mention ("Y, X, Z"): a comma alone may end a clause
    ("in Leeds, Smith said")."""
    taken = set(held)
    out: list[Mention] = []
    n = len(sdoc)

    def joined(a: int, b: int) -> list[str] | None:
        words = [t.lower_ for t in sdoc[a:b]]
        return words if words and len(words) <= 2 and all(w in _JOINERS for w in words) else None

    todo: list[Mention] = []
    for m in (m for m in mentions if m.kind == "name" and m.candidates):
        # a mention listed right after an anchor is one: the list is of places ("near X, Y and Z")
        if _anchors(sdoc, m, preps) or (todo and joined(todo[-1].end, m.start) is not None):
            todo.append(m)

    def goes_on(e: int) -> bool:
        return e < n and sdoc[e].lower_ in _JOINERS and e + 1 < n and capitalised(sdoc[e + 1])

    def make(span: tuple[int, int], seed: Mention, words: list[str], right: bool) -> Mention | None:
        s, e = span
        text = sdoc[s:e].text
        if text.lower() in stopwords or sdoc[s].is_sent_start or _of_people(sdoc, gaz, s, e):
            return None
        listy = any(w != "," for w in words) or (goes_on(e) if right else goes_on(seed.end))
        entries = _alike(gaz.lookup(text, fuzzy=False), seed) if listy else ()
        if not entries:
            return None
        sp = sdoc[s:e]
        return Mention(s, e, (sp.start_char, sp.end_char), text, "gazetteer+list", entries)

    while todo:
        m = todo.pop()
        after = m.end
        while after < n and sdoc[after].lower_ in _JOINERS and after - m.end < 2:
            after += 1
        words = joined(m.end, after)
        run = _run_after(sdoc, after, taken) if words else None
        if words and run and (new := make(run, m, words, True)) is not None:
            out.append(new)
            taken |= set(range(new.start, new.end))
            todo.append(new)
        before = m.start
        while before > 0 and sdoc[before - 1].lower_ in _JOINERS and m.start - before < 2:
            before -= 1
        words = joined(before, m.start)
        run = _run_before(sdoc, before, taken) if words else None
        if words and run and (new := make(run, m, words, False)) is not None:
            out.append(new)
            taken |= set(range(new.start, new.end))
            todo.append(new)
    return out


def coordinated(sdoc: Doc, left: Mention, right: Mention) -> bool:
    """``left`` and ``right`` are joined by a comma or a coordinating word alone ("Georgia and Armenia")."""
    words = [t.lower_ for t in sdoc[left.end : right.start]]
    return 0 < len(words) <= 2 and all(w in _JOINERS for w in words)
