"""Evidence that a gazetteer hit is a place (issue 12): a locative verb governing it, a town the NER
model took for a person in such a place, a saint's name owning a building's name (none), a known
place near a loosely matched name, and the words that make a mention a part or the surroundings of
a place ("in western X", "greater X", "the X countryside": ``area_part``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from unfog.geo.gazetteer import LARGE_TOWN, Candidate, Gazetteer
from unfog.geo.names import normalize
from unfog.geo.signs import person_sign
from unfog.geodesy import km
from unfog.lines import capitalised_word, entity_table, int_column, str_column, token_texts
from unfog.settings import GEO_DISTANCES

if TYPE_CHECKING:
    from unfog.geo.recognize import Cues, Mention


def capitalised(tok: Token) -> bool:
    """A capitalised word (``lines.capitalised_word``: "St.", "O'Hare", "d'Ivoire")."""
    return capitalised_word(tok.text, tok.is_alpha)


def eponym(cues: Cues, sdoc: Doc, s: int, e: int) -> bool:
    """A saint's or a person's name owning a building's name ("St. Anne's Church", "Queen Mary's
    College"): no town, even where one bears the name. The possessor of a longer name ("St.
    Petersburg's Palace Square") is left to the other rules."""
    if sdoc[s].lower_.rstrip(".") not in cues.eponym_titles or e + 1 >= len(sdoc) or sdoc[e].tag_ != "POS":
        return False
    head = sdoc[e + 1]
    return (head.text[:1].isupper() and head.lower_ in cues.facility_heads | cues.name_heads
            and not (e + 2 < len(sdoc) and capitalised(sdoc[e + 2])))


def disease_name(cues: Cues, sdoc: Doc, e: int) -> bool:
    """The name ending before token ``e`` names a disease or its agent: one of ``disease_heads`` follows,
    after lower-case adjectives of the disease's name at most ("X virus", "X haemorrhagic fever": a
    disease named after the place it was found in is no mention of the place), and no noun follows it
    that the whole modifies ("the X flu season" is the place's season)."""
    k = e
    while k < len(sdoc) and k - e < 2 and sdoc[k].pos_ == "ADJ" and sdoc[k].is_lower:
        k += 1
    if k >= len(sdoc) or sdoc[k].lower_ not in cues.disease_heads:
        return False
    nxt = sdoc[k + 1] if k + 1 < len(sdoc) else None
    return not (nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and nxt.lower_ not in cues.disease_heads)


def disease_senses(sdoc: Doc, accepted: list[Mention], diseases: set[str], preps: frozenset[str]) -> list[Mention]:
    """One sense per discourse (Gale, Church and Yarowsky 1992): a name the document uses in a
    disease's name (``disease_name``: "X virus") is the disease where it stands alone too ("imported
    X", "X kills slowly"), unless a locative preposition stands before it ("the outbreak began in X")
    or it names a country or a first-level region."""
    if not diseases:
        return accepted
    return [m for m in accepted
            if normalize(m.text) not in diseases or (m.start > 0 and sdoc[m.start - 1].lower_ in preps)
            or any(c.is_country or c.is_admin1 for c in m.candidates[:1])]


def locative_verb(cues: Cues, sdoc: Doc, s: int, e: int) -> str:
    """"verb:<lemma>" where tokens [s, e) are the object of a verb of taking, holding, leaving or
    striking ground ("still held X", "fled X", "X was shelled"), else ""."""
    root = sdoc[s:e].root
    head = root.head
    if root.dep_ in ("dobj", "obj", "nsubjpass") and root.pos_ == "PROPN" and head.pos_ == "VERB" \
            and head.i not in range(s, e) \
            and head.lemma_.lower() in cues.locative_verbs:
        return f"verb:{head.lemma_.lower()}"
    return ""


def goal_on(cues: Cues, sdoc: Doc, k: int) -> str:
    """"on:ground:<lemma>" or "on:target:<lemma>" where token ``k`` is an "on" whose phrase is the
    ground hit or approached (``on_heads``: "shells fell on X", "advanced on X", "strikes on X"; a
    second "on" coordinated with such a one: "on X and on Y"), else ""."""
    on = sdoc[k]
    if on.lower_ != "on":
        return ""
    while on.dep_ == "conj" and on.head.lower_ == "on" and on.head.i != on.i:
        on = on.head
    head = on.head
    if head.i == on.i or head.pos_ not in ("VERB", "NOUN"):
        return ""
    lemma = head.lemma_.lower()
    kind = cues.on_heads.get(lemma) or cues.on_heads.get(head.lower_)
    return f"on:{kind}:{lemma}" if kind else ""


def goal_for(cues: Cues, sdoc: Doc, k: int) -> str:
    """"cue:for:<word>" where token ``k`` is a "for" marking the goal of a departure: after a verb of
    leaving (Levin 1993, 51.2) or "bound" (``goal_for``: "left for X", "a ship bound for X"), its object
    is a destination, a place, as after "to"; else ""."""
    prev = sdoc[k - 1] if k >= 1 and sdoc[k].lower_ == "for" else None
    goal = {prev.lower_, prev.lemma_.lower()} & cues.goal_for if prev is not None else set()
    return f"cue:for:{min(goal)}" if goal else ""


def area_part(cues: Cues, sdoc: Doc, s: int, e: int) -> tuple[int, bool, bool]:
    """(the index of the word before the lower-case qualifiers in front of tokens [s, e), -1 at the
    start; whether there were any; whether one of ``area_nouns`` follows): "in western X" reads as
    "in X", and X is named as a part or the surroundings of the place ("the X countryside")."""
    k = s - 1
    while k >= 0 and sdoc[k].is_lower and sdoc[k].lower_ in cues.area_qualifiers:
        k -= 1
    return k, k < s - 1, e < len(sdoc) and sdoc[e].lower_ in cues.area_nouns


def past_modifiers(sdoc: Doc, s: int, e: int, k: int, preps: frozenset[str]) -> int:
    """The index of a locative preposition before the lower-case adjectives modifying the name [s, e)
    ("in occupied X", "to nearby X", "from besieged X": an attributive adjective sits inside the noun
    phrase the preposition governs, Quirk et al. 1985 7.3), else ``k`` (the word before the name)."""
    j = k
    while j >= 0 and sdoc[j].is_lower and sdoc[j].dep_ == "amod" and s <= sdoc[j].head.i < e:
        j -= 1
    return j if j < k and j >= 0 and sdoc[j].lower_ in preps else k


def through_phrase(cues: Cues, sdoc: Doc, k: int) -> tuple[int, str, bool]:
    """(the index of the locative preposition before a complex preposition of extent or a partitive that
    ends at token ``k``, else ``k``; "to" for an extent phrase with no preposition before it, else "";
    whether a partitive): "from as far as X" reads as "from X", "reached as far as X" as "to X", "across
    much of X" as "across X" with X named as a part of the place (``extent_preps``, ``partitives``)."""
    lowers = str_column(sdoc, "lower")
    for phrase in cues.extent_preps:
        j = k - len(phrase)
        if j >= -1 and tuple(lowers[j + 1 : k + 1]) == phrase:
            return (j, "", False) if j >= 0 and lowers[j] in cues.preps else (k, "to", False)
    if k >= 2 and lowers[k] == "of" and lowers[k - 1] in cues.partitives and lowers[k - 2] in cues.preps:
        return k - 2, "", True
    return k, "", False


def town_not_person(sdoc: Doc, s: int, e: int, cands: tuple[Candidate, ...]) -> bool:
    """A name the NER model took for a person, after a locative preposition or verb, that is a
    town: the whole name, main or alternate, of a city of 100,000 ("in Ciudad Juarez", "fled Khan
    Yunis"), or the main name of a town closing an apposition ("Jane Roe, of Hayes, said")."""
    town = next((c for c in cands if c.is_town), None)
    if town is None:
        return False
    if e - s > 1 and town.population >= LARGE_TOWN:
        return True
    return (town.main and s >= 2 and sdoc[s - 1].lower_ == "of" and sdoc[s - 2].text == ","
            and e < len(sdoc) and sdoc[e].text in (",", ".") and town.population >= 1000)


def supported(accepted: list[Mention], loose_km: float = GEO_DISTANCES.loose_km) -> list[Mention]:
    """Loose matches kept only where a place found by its exact name lies within ``loose_km`` of one of their
    entries ("entered Graivoron" in a story about the Belgorod region), with those entries: a word
    a letter away from a far town's name ("Shariah law", Sharjah) is no place."""
    anchors = [m.candidates[0] for m in accepted if not m.meta.get("loose")]
    anchors = [a for a in anchors if not (a.is_country or a.is_large)]
    out: list[Mention] = []
    for m in accepted:
        if m.meta.get("loose"):
            near = tuple(c for c in m.candidates
                         if any(km(c.lat, c.lon, a.lat, a.lon) <= loose_km for a in anchors))
            if not near:
                continue
            m.candidates = near
        out.append(m)
    return out


def business_possessive(sdoc: Doc, s: int, e: int, label: str, cands: Sequence[Candidate]) -> bool:
    """Tokens [s, e) a name in the possessive that names a business or premises, not a place: standing
    alone ("at Macy's", "from Wendy's": an elliptical possessive names the owner's shop or home) or
    after an indefinite article ("a Denny's diner": an outlet of a chain), where the NER model does
    not call the name a place (``label``) and no entry of it is a country, a region or a city of
    ``LARGE_TOWN`` people (whose elliptical possessive is a comparison: "Sydney's race was
    cancelled, Melbourne's goes ahead"). A place's possessive before its noun ("London's mayor") is
    left alone."""
    if label in ("GPE", "LOC") or e >= len(sdoc) or sdoc[e].tag_ != "POS":
        return False
    if any(c.is_country or c.is_admin1 or c.population >= LARGE_TOWN for c in cands):
        return False
    nxt = sdoc[e + 1] if e + 1 < len(sdoc) else None
    headless = nxt is None or nxt.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM")
    return headless or (s > 0 and sdoc[s - 1].lower_ in ("a", "an"))


def datelined(sdoc: Doc, spans: Sequence[tuple[int, int, str]], given: Sequence[Mention]) -> set[str]:
    """The names (keys) of the document's datelines: one sense per discourse (Gale, Church and Yarowsky
    1992), the name a story is filed from is that town where it recurs, though the NER model takes it
    for a person ("MILLVALE, Ga. — ... Millvale, the old mill town, ..."); not a name that ends a longer
    person's name in the document (a surname: "Ann Millvale"). ``spans``: the NER spans (start, end,
    label); ``given``: the mentions the newswire conventions found (``datelines.Newswire``)."""
    surnames = {normalize(sdoc[e - 1].text) for s, e, label in spans if label == "PERSON" and e - s > 1}
    return {key for m in given if m.reason == "dateline" and (key := normalize(m.text)) not in surnames}


_LOCATED = re.compile(r"\+(prep|cue|container|suffix|conj|title)|dateline")


def surname_senses(cues: Cues, sdoc: Doc, accepted: list[Mention]) -> list[Mention]:
    """One sense per discourse (Gale, Church and Yarowsky 1992) with the news convention of naming a
    person in full first and by surname after: a one-word name that closes a person's name in the
    document (a PERSON entity of two to four title-case words, none a place's or a building's head
    word: "Marta Sydney", not "Sydney Harbour") is that person wherever it stands alone, unless one of
    its mentions has a locative word, a place noun, a region or a dateline for it ("in Sydney",
    "Sydney, Nova Scotia"), or it names a country, a first-level region or a large area ("Michael
    Jordan" does not make Jordan a person). Those exceptions hold for the name, not for a mention that
    itself shows the person (``signs.person_sign``: the subject of a verb of saying, a title before it,
    "according to X"): "Ruth Hale ... Hale said ... flights to Hale" keeps only the last, as the second
    reference to a person is by surname alone (news style) and a subject of saying is a speaker. A mention
    with a locative word of its own (``Mention.meta["locative"]``: any the recogniser reads, "bound for X",
    "in occupied X", "out of X") is the place, whatever the name's other mentions are: "Ruth Hale ... Hale
    was fined ... passengers bound for Hale" keeps only the last."""
    heads = cues.facility_heads | cues.name_heads | cues.town_words | cues.admin_words | cues.area_heads
    texts, alpha, lowers = token_texts(sdoc), int_column(sdoc, "alpha"), str_column(sdoc, "lower")
    surnames = {normalize(texts[e - 1]) for s, e, label in entity_table(sdoc) if label == "PERSON" and 2 <= e - s <= 4
                and all(alpha[i] and texts[i].istitle() and lowers[i] not in heads for i in range(s, e))}
    if not surnames:
        return accepted
    located = {normalize(m.text) for m in accepted if m.hint or _LOCATED.search(m.reason)
               or (m.start > 0 and sdoc[m.start - 1].lower_ in cues.preps)}
    titles = cues.person_titles | cues.office_titles
    return [m for m in accepted
            if m.end - m.start > 1 or (key := normalize(m.text)) not in surnames or (
                (key in located or m.meta.get("locative")
                 or any(c.is_country or c.is_admin1 or c.is_large for c in m.candidates[:1]))
                and not person_sign(sdoc, m.start, titles, cues))]


def unlike_country(lead: Mention, m: Mention) -> bool:
    """Conjuncts are of one kind (like with like, as ``lists.listed_names``): a name coordinated with a
    country is a country or a place in that country, not a town abroad ("between Kaga and Velden"
    with Kaga a country does not make Velden a foreign town of that name)."""
    top = lead.candidates[0] if lead.candidates else None
    return top is not None and top.is_country and not any(
        c.is_country or c.country_code == top.country_code for c in m.candidates)


def country_of(gaz: Gazetteer, text: str) -> str | None:
    """The country code of the first country among the top entries of ``text``."""
    return next((c.country_code for c in gaz.lookup(text, fuzzy=False)[:3] if c.is_country), None)
