"""Acts named by the frame of a reaction: an inquiry, a reprisal, a response, a blame.

A reaction refers to an incident; it does not tell a new one. Beside the reactions of
events/episodes.py (an act as the object of "condemn", "mourn", "summon ... over"; a claim of
responsibility), an act noun is what a reaction is about when it is

- the direct object of a verb of inquiry or revenge (``reaction_objects`` in coref.yaml:
  "officials are investigating the bombing", "vowed to avenge the killing");
- the object of the preposition a word of inquiry, reprisal, response or blame takes for what it
  reacts to (``reaction_frames``: "an inquiry into the attack", "in retaliation for the
  shelling", "in response to the killings", "blamed the militia for the ambush", "accused the herders
  of the kidnapping", "protested against the killing", "outrage over the detention"; the
  preposition may hang on that word's object, as in "blamed" and "accused", or on the
  verb whose object the word is, "opened an inquiry into the attack").

Such an act is marked ``reacted``: events/incident.py then makes it a mention of the incident the
article tells (the last act before it of the same kind, else the first after it) and links the
reaction to that incident. With no incident told, it is the incident told only by reference and
keeps its types (ACLED codes the incident a report names: "in retaliation for a gas attack on the
town"); unlike the object of a condemnation (``claimed_acts``), which the document reports as
diplomacy. An act told in a clause of its own ("the navy struck a depot in
retaliation") is the reprisal, not its object, and stays.

Only a definite description refers back to an incident (``definite_determiners`` of coref.yaml, or
a possessive: "the attack", "these killings", "Monday's raid"): an indefinite or bare act noun, or a
gerund, in the frame introduces its act ("accused of sexual violence", "blamed the militia for
attacks on farmers", "accused of killing two herders"): the allegation or the blame is how the
article tells that act, which may be its incident, and the act stays an event of its own.

- **Predicate complements**: an act noun that is the predicate of an object or subject
  ("described it as a massacre", "called the bombing a cowardly act", "was condemned as an act of
  terror"; ``predicative_preps``) is a predicate, not a referring phrase (Quirk et al. 1985 16.44ff
  on complex-transitive complementation); so is the subject complement of a copula whose subject is
  an act word or a pronoun ("the bombing was a deliberate attack", "it was the deadliest raid";
  Quirk et al. 1985 16.21, a predicational sentence, Higgins 1979): it names an act told or referred to, as a reaction's
  object does, and is marked ``reacted`` the same way.
- **Reactions name the incident**: an act named only as what a reaction or a claim of
  responsibility is about ("the governor condemned the attack", "summoned the ambassador over the
  shelling", "claimed responsibility for the ambush"; ``reacted``, events/episodes.py) refers to an
  incident the article has told: it becomes a mention of the last act before it that took place
  with an ACLED type and a PLOVER type of the same kind (violence, ASSAULT or FIGHT, with
  violence), not an event of its own; with no such act before it, of the first one after it (a lead
  that opens with the reaction: "The president condemned the attack. Gunmen killed twelve
  worshippers ..."), whose type it so keeps. The reaction itself (the condemnation, PLOVER
  DISAPPROVE) stays, and refers to the incident (``Event.refers_to``: the event headed by the
  nearest word governing the act). An act so named with a time of its own on another month ("the
  victims of the 2018 bombing") or a place of its own elsewhere is a background incident and stays;
  so does one with no incident told ("the UN condemned the attack on the convoy"): then the
  reaction refers to that act.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from spacy.tokens import Token

from unfog.events.draft import OCCURRED, OWN_PLACE, VIOLENCE, Draft

_CLIMB = ("conj", "compound", "amod")
#: a year that dates an act noun it modifies ("the 2018 bombing")
_YEAR = re.compile(r"(1[89]|20)\d\d")


def definite_description(noun: Token, definite: frozenset[str]) -> bool:
    """A definite description: a definite determiner or a possessive ("the attack", "Monday's raid")."""
    return any((c.dep_ == "det" and c.lower_ in definite) or c.dep_ == "poss" for c in noun.children)


def _framed(head: Token, objects: frozenset[str], frames: Mapping[str, frozenset[str]],
            definite: frozenset[str]) -> bool:
    """The act word, a definite description, is the object of a reaction verb, or of the preposition
    of a reaction frame."""
    if head.pos_ != "NOUN":
        return False
    t = head
    for _ in range(3):
        if t.dep_ in ("dobj", "pobj") and not definite_description(t, definite):
            return False
        if t.dep_ == "dobj":
            return t.head.lemma_.lower() in objects
        if t.dep_ == "pobj" and t.head.dep_ == "prep":
            prep, host = t.head, t.head.head
            # the preposition may hang on the frame word's object ("blamed [the militia] for"), or on
            # the verb whose object the frame word is ("opened [an investigation] into")
            hosts = [host, *((host.head,) if host.dep_ in ("dobj", "nsubjpass") and host.head.i != host.i else ()),
                     *(c for c in host.children if c.dep_ == "dobj" and c.i < prep.i)]
            return any(prep.lower_ in frames.get(h.lemma_.lower(), ()) for h in hosts)
        if t.dep_ not in _CLIMB or t.head.i == t.i:
            return False
        t = t.head
    return False


def predicative(noun: Token, preps: frozenset[str], copulas: frozenset[str] = frozenset(),
                acts: frozenset[int] = frozenset()) -> bool:
    """The act noun is a predicate complement: an object predicative ("called the bombing a cowardly
    act"), the object of a preposition of complementation after a verb with an object or a
    passive subject before it ("described it as a massacre", "was condemned as an act of terror"),
    or the subject complement of a copula (``copulas``) whose subject is an act word (its head in
    ``acts``) or a pronoun ("the bombing was a deliberate attack", "it was the worst raid in
    years"): a predicational sentence classifies its subject's referent (Higgins 1979). An
    existential "there was an attack" has no subject and introduces its act."""
    if noun.pos_ != "NOUN":
        return False
    if noun.dep_ == "oprd":
        return True
    if noun.dep_ == "attr" and noun.head.lemma_.lower() in copulas:
        return any(c.dep_ == "nsubj" and c.i < noun.i and (c.i in acts or c.pos_ == "PRON")
                   for c in noun.head.children)
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in preps:
        return False
    verb = prep.head
    return verb.pos_ == "VERB" and any(c.dep_ in ("dobj", "nsubjpass") and c.i < prep.i for c in verb.children)


def frame_reactions(drafts: Sequence[Draft], objects: frozenset[str], frames: Mapping[str, frozenset[str]],
                    definite: frozenset[str], predicative_preps: frozenset[str] = frozenset(),
                    copulas: frozenset[str] = frozenset()) -> None:
    """Mark the acts a reaction's frame names ``reacted`` (see the module doc), and the act nouns
    that are predicate complements (``predicative``: a predicate names what its subject or object
    refers to and introduces no act of its own; ``copulas``: the linking verbs of modality.yaml);
    ``definite``: the determiners of a definite description (coref.yaml)."""
    acts = frozenset(d.head.i for d in drafts)
    for d in drafts:
        if d.acled is not None and not d.reacted and (_framed(d.head, objects, frames, definite)
                                                      or predicative(d.head, predicative_preps, copulas, acts)):
            d.reacted = True


def act_kind(d: Draft) -> str | None:
    """The kind of an act: its PLOVER type, one kind for all of violence (ASSAULT, FIGHT)."""
    t = d.plover.event_type if d.plover is not None else None
    return "violence" if t in VIOLENCE else t


def _host(d: Draft, candidates: Iterable[Draft]) -> Draft | None:
    """The incident a reacted act names: the first of the candidates (the acts before it, nearest
    first, or those after it) that took place with an ACLED type and is of the act's kind (an act
    of another kind told between them, "the bandits also looted shops", is not what "condemned the
    killings" names), unless the act is a background incident (a time or place of its own
    elsewhere)."""
    # not the act that governs it: a reprisal is not the act it avenges ("struck a depot in
    # retaliation for the shelling": events/reactions.py)
    above = {t.i for t in d.head.ancestors}
    host = next((h for h in candidates if h.acled is not None and h.modality in OCCURRED
                 and not h.reacted and act_kind(h) == act_kind(d) and h.head.i not in above), None)
    if host is None:
        return None
    if d.time is not None and (host.date is None or d.date is None or d.date[:7] != host.date[:7]):
        return None
    years = [c.text for c in d.head.children if c.dep_ in ("nummod", "compound", "amod") and _YEAR.fullmatch(c.text)]
    if years and (host.date is None or host.date[:4] not in years):  # "the 2018 bombing"
        return None
    if d.place is not None and d.place_reason in OWN_PLACE and d.place != host.place:
        return None
    return host


def _reaction(act: Draft, drafts: Sequence[Draft], host: Draft) -> Draft | None:
    """The reaction that names an act: the event headed by the nearest word governing the act's
    ("[condemned] the attack", "[summoned] the envoy over the shelling", "[claimed] responsibility
    for the ambush"), passing over other acts it names ("condemned the bombings and shootings")
    and the incident itself."""
    by_head = {d.head.i: d for d in drafts if d is not act and d is not host and not d.reacted}
    t = act.head
    for _ in range(4):
        if t.head.i == t.i:
            return None
        t = t.head
        if (r := by_head.get(t.i)) is not None:
            return r
    return None


def _fold(host: Draft, d: Draft) -> None:
    host.mentions = sorted([*host.mentions, d.trigger, *d.mentions], key=lambda m: m.span)


def fold_reactions(drafts: Sequence[Draft]) -> list[Draft]:
    """The drafts with each act named by a reaction made a mention of its incident, the last told
    before it, else the first told after it (a lead that opens with the reaction); the reaction
    refers to that incident, or to the act itself when the article tells none (see the module doc).
    In the given order."""
    out: list[Draft] = []
    named: list[tuple[Draft, Draft]] = []  # (act, the incident it names)
    waiting: list[Draft] = []  # acts named by a reaction with no incident told before them
    for d in drafts:
        reacted = d.reacted and d.modality in OCCURRED
        host = _host(d, reversed(out)) if reacted else None
        if host is not None:
            _fold(host, d)
            named.append((d, host))
            continue
        out.append(d)
        if reacted:
            waiting.append(d)
    for d in waiting:
        host = _host(d, out[out.index(d) + 1:])
        if host is not None:
            _fold(host, d)
            out.remove(d)
        named.append((d, host or d))
    for act, host in named:
        reaction = _reaction(act, drafts, host)
        if reaction is not None and reaction.refers_to is None:
            reaction.refers_to = host
    return out
