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
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Token

from unfog.events.draft import Draft

_CLIMB = ("conj", "compound", "amod")


def _definite(noun: Token, definite: frozenset[str]) -> bool:
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
        if t.dep_ in ("dobj", "pobj") and not _definite(t, definite):
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


def frame_reactions(drafts: Sequence[Draft], objects: frozenset[str], frames: Mapping[str, frozenset[str]],
                    definite: frozenset[str]) -> None:
    """Mark the acts a reaction's frame names ``reacted`` (see the module doc); ``definite``: the
    determiners of a definite description (coref.yaml)."""
    for d in drafts:
        if d.acled is not None and not d.reacted and _framed(d.head, objects, frames, definite):
            d.reacted = True
