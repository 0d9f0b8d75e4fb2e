"""No two knowledge files list the same knowledge.

Every YAML file under ``src/unfog/data`` is walked for its word lists: a list of strings, or the keys
of a table whose values are no tables (``verbs: {say: [...], ...}``). A list is named by its file and
its path in the file (``events/triggers.yaml:commitments.heads``; list items as ``[]``). Two lists in
different files fail when they are the same list or one holds most of the other (at least
``SHARE`` of the smaller list, of at least ``MIN_WORDS`` words): the same knowledge kept twice,
which drifts apart when one copy is edited. Knowledge several stages need is kept once (the
language layer, ``data/language/``) and read by each of them.

Lists of codes (all upper case: PLOVER types) and ``@class`` references are not words and are not
compared. A pair that is genuinely different knowledge which happens to overlap goes in ``ALLOWED``
with the reason, one line each.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

DATA = Path(__file__).resolve().parents[1] / "src" / "unfog" / "data"
MIN_WORDS = 5
SHARE = 0.8

#: lists a stage reads as one (the claims stage merges the shared verbs of saying with its own cue
#: verbs): compared as one list too, so that a copy of the whole is found when it is split over them
COMBINED: dict[str, tuple[str, ...]] = {
    "claims cue verbs": ("language/reporting.yaml:verbs{}", "claims/lexicon.yaml:verbs{}"),
}

#: (list, list) -> why the two are different knowledge; a list is "<file>:<path>", as reported.
ALLOWED: dict[tuple[str, str], str] = {
    ("actors/lexicon.yaml:pronouns{}", "claims/lexicon.yaml:pronoun_gender{}"):
        "the same personal pronouns as keys, but other knowledge: the actor types each may refer back to "
        "(actors) against each one's gender (claims, for the gender agreement of a pronoun source, Quirk "
        "6.10); neither list holds the other's values",
    ("events/incident.yaml:positional_prepositions", "geo/cues.yaml:facility_preps"):
        "the prepositions of position only (Quirk 9.15ff), which place an undergoer's participle clause and "
        "people a noun names; geo's "
        "lists also hold those of direction and source (to, into, from) that make a name a location: a chosen "
        "part, not a copy",
    ("events/ontology.yaml:acled.Explosions/Remote violence{}", "events/triggers.yaml:classes.attack_specifics"):
        "the sub-event types a generic 'attack' may name by its means, chosen across three disorder types "
        "(grenade, abduction, territory, shelling, air strike ...): it now holds all of Explosions' types, "
        "a selection that happens to cover one group, not a copy of the ontology",
    ("events/rules.yaml:rules[].trigger", "events/triggers.yaml:families.loot.verbs"):
        "the last loot rule picks the family's words of taking (looting stays COERCE, CAMEO 1711) from "
        "its words of destroying (an ASSAULT, CAMEO 1712): a chosen part of the family, not a copy",
    ("actors/lexicon.yaml:pronouns{}", "events/rules.yaml:rules[].object"):
        "the actors stage's pronouns with the actor types they may stand for; the reflexive pronouns "
        "that, as a blockade verb's object, make it shelter and no blockade ('barricaded themselves "
        "in'): the same words, different knowledge",
    ("actors/lexicon.yaml:pronouns{}", "events/agents.yaml:pronoun_number.singular"):
        "the actors stage's pronouns with the actor types they may stand for; events' pronouns by the "
        "grammatical number their antecedent must agree with: the same words, different knowledge",
    ("events/plover.yaml:violence.populated", "geo/cues.yaml:district_nouns"):
        "geo's nouns after which a name is a part of a town ('the Y district'); events' nouns that make "
        "a target a populated area: a few shared words, different uses",
    ("events/triggers.yaml:classes.territory", "geo/cues.yaml:district_nouns"):
        "geo's nouns after which a name is a part of a town; events' nouns of territory an actor takes "
        "or holds: a few shared words, different uses",
    ("actors/lexicon.yaml:speaker", "events/triggers.yaml:classes.agent"):
        "speaker nouns ('a spokesman') are a few of the nouns naming people events take as agents",
    ("claims cue verbs", "events/plover.yaml:promises.expressions"):
        "verbs of stating that take a promise noun ('expressed its willingness'): a PLOVER choice "
        "('express', 'voice', 'show') of which most are claim cues",
    ("claims cue verbs", "events/plover.yaml:deontic.verbs"):
        "statement verbs whose must/should complement is a DEMAND, with 'decide', 'rule', "
        "'recommend': a narrower PLOVER choice (measured: all verbs of saying move events' triggers)",
    ("claims/open_frames.yaml:adj_preps", "stories/stories.yaml:not_names"):
        "stories' capitalised function words that name nobody hold the prepositions an adjective "
        "takes in claims' open frames: function words, different uses",
    ("events/agents.yaml:pronoun_number.singular", "stories/stories.yaml:not_names"):
        "stories' capitalised function words that name nobody hold the singular pronouns events "
        "match in number: function words, different uses",
    ("events/coref.yaml:definite_determiners", "stories/stories.yaml:not_names"):
        "stories' capitalised function words that name nobody hold the determiners that make a "
        "noun phrase definite in events' coreference: function words, different uses",
    ("claims/open_frames.yaml:noun_preps", "events/modality.yaml:passing_preps"):
        "prepositions through which a trigger takes its governor's modality, and those after which "
        "a noun opens a claim's content: a few shared prepositions, different uses",
    ("events/counts.yaml:numbers{}", "time/lexicon.yaml:numbers{}"):
        "number words to 'twelve' for 'three days ago' against events' counts up to the hundreds "
        "(to merge into the language layer)",
    ("events/modality.yaml:aspectual", "events/triggers.yaml:commitments.aspectual"):
        "verbs of phase: modality's transparent ones and commitments' that pass an auxiliary on "
        "(events helper to merge)",
    ("events/modality.yaml:directive_heads", "events/plover.yaml:directives.verbs"):
        "heads that make an act not yet done against verbs that make a DEMAND (events helper to judge)",
    ("events/modality.yaml:future_heads", "events/triggers.yaml:families.demand.nouns"):
        "nouns that make an act future ('plan', 'call for') overlap the nouns of demanding",
    ("events/modality.yaml:undone_nouns", "events/triggers.yaml:families.demand.nouns"):
        "nouns of an act not yet done overlap the nouns of demanding",
    ("events/modality.yaml:future_heads", "events/plover.yaml:directives.addressed"):
        "verbs of asking are both heads of a future act and directives",
    ("events/plover.yaml:directives.addressed", "events/triggers.yaml:families.demand.verbs"):
        "demand verbs that need an addressee are a few of the demand family's verbs",
    ("events/plover.yaml:directives.addressed", "geo/cues.yaml:metonymy_verbs"):
        "verbs of asking are among the speech and action verbs a country stands for its government with",
    ("events/plover.yaml:violence.assault_words", "events/rules.yaml:rules[].trigger"):
        "a rule retypes the one-sided violence triggers (assassinate, execute) that PLOVER reads too",
    ("events/rules.yaml:rules[].sentence", "events/triggers.yaml:classes.intervention"):
        "a rule's condition picks the crowd-control weapons of the class (a class of its own would do)",
    ("events/rules.yaml:rules[].sentence", "events/triggers.yaml:families.sexual.nouns"):
        "a rule's condition names the sexual-violence words of the family it refines",
    ("events/rules.yaml:rules[].sentence", "events/triggers.yaml:families.sexual.phrases"):
        "a rule's condition names the sexual-violence words of the family it refines",
    ("events/rules.yaml:rules[].object", "events/triggers.yaml:classes.returnable"):
        "a rule's condition names the people released ('prisoner', 'hostage'), some of the returnable",
    ("events/rules.yaml:rules[].families", "events/triggers.yaml:classes.protester_acts"):
        "family names in a rule that happen to be words of protesters' acts (riot, protest)",
    ("geo/cues.yaml:stopwords", "time/lexicon.yaml:weekdays{}"):
        "weekday names are never toponyms: geo's stopwords include them, time reads them as dates",
    ("actors/lexicon.yaml:national_forces.government.nouns", "events/triggers.yaml:classes.agent"):
        "the nouns of a state's officials and organs that with a country's adjective name its government "
        "('Hungarian officials'), a small part of the events' class of every noun of people or bodies who act",
    ("claims/lexicon.yaml:object_control", "events/plover.yaml:directives.addressed"):
        "verbs whose object is their infinitive's subject (a syntactic class, 'urged X to explain': X "
        "speaks) against the five demand verbs that are no event without an addressee",
}


def _lists(node: Any, path: str) -> Iterator[tuple[str, list[str]]]:
    if isinstance(node, dict):
        if node and all(isinstance(k, str) for k in node) and not any(isinstance(v, dict) for v in node.values()):
            yield f"{path}{{}}", list(node)
        for k, v in node.items():
            yield from _lists(v, f"{path}.{k}" if path else str(k))
    elif isinstance(node, list):
        if node and all(isinstance(x, str) for x in node):
            yield path, node
        else:
            for x in node:
                yield from _lists(x, f"{path}[]")


@cache
def word_lists() -> list[tuple[str, frozenset[str]]]:
    out = []
    for f in sorted(DATA.rglob("*.y*ml")):
        name = f.relative_to(DATA).as_posix()
        for path, items in _lists(yaml.safe_load(f.read_text(encoding="utf-8")), ""):
            words = frozenset(w.lower() for w in items if not w.startswith("@") and not w.isupper())
            if len(words) >= MIN_WORDS:
                out.append((f"{name}:{path}", words))
    named = dict(out)
    for name, parts in COMBINED.items():
        out.append((name, frozenset().union(*(named[p] for p in parts))))
    return out


def _same_file(a: str, b: str) -> bool:
    """Lists of one file, or a combined list and one of its parts (or their files)."""
    files_a = {p.split(":")[0] for p in COMBINED.get(a, (a,))}
    files_b = {p.split(":")[0] for p in COMBINED.get(b, (b,))}
    return bool(files_a & files_b)


@cache
def overlaps() -> dict[tuple[str, str], str]:
    """Pairs of lists in different files that repeat each other -> 'shared/smaller (larger)'."""
    found: dict[tuple[str, str], str] = {}
    for (na, a), (nb, b) in itertools.combinations(word_lists(), 2):
        if _same_file(na, nb):
            continue
        small, big = sorted((a, b), key=len)
        shared = len(a & b)
        if shared >= SHARE * len(small):
            found[(min(na, nb), max(na, nb))] = f"{shared}/{len(small)} ({len(big)})"
    return found


def test_the_walk_finds_the_word_lists() -> None:
    names = {n for n, _ in word_lists()}
    assert {"language/reporting.yaml:verbs{}", "language/lemmas.yaml:fixes{}",
            "claims/lexicon.yaml:verbs{}", "geo/cues.yaml:metonymy_verbs"} <= names


def test_no_two_files_list_the_same_knowledge() -> None:
    dupes = {pair: share for pair, share in overlaps().items() if pair not in ALLOWED}
    assert not dupes, "the same word list in two files (merge them, or allow the pair with a reason):\n" + "\n".join(
        f"  {a}  ~  {b}: {share}" for (a, b), share in sorted(dupes.items())
    )


@pytest.mark.parametrize("pair", sorted(ALLOWED))
def test_every_allowed_pair_still_overlaps(pair: tuple[str, str]) -> None:
    """An allowed pair that no longer overlaps is taken out of ALLOWED."""
    assert pair[0] < pair[1], "write an allowed pair in sorted order"
    assert pair in overlaps()


def test_a_reporting_verb_has_one_entry() -> None:
    """The claims stage reads the shared verbs of saying and its own cue verbs: one table per lemma."""
    shared = yaml.safe_load((DATA / "language" / "reporting.yaml").read_text(encoding="utf-8"))
    claims = yaml.safe_load((DATA / "claims" / "lexicon.yaml").read_text(encoding="utf-8"))
    assert not set(shared["verbs"]) & set(claims["verbs"])
    assert set(shared["statement"]) <= set(shared["verbs"])
