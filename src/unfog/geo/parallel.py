"""Coordinated names are of one kind: a bare first-level region name beside another region.

A first-level region named like its own capital ("Quebec", "Oaxaca") is read bare as the town
(``rank.bare_reading``). Coordination joins like with like (conjuncts share a semantic category: Sag,
Gazdar, Wasow and Weisler 1985), so where such a name is coordinated with a name read as a
first-level region ("plates from Quebec and Vermont", "one in Manitoba, and one in Quebec") and with
no name read as a town, it is the region; not a national capital, which its bare name means first.
Two names are coordinated when their heads are conjuncts, or when the words above them, up to
``DEPTH`` steps and by the same relations, are ("one in X, and one in Y": both objects of "in" after
conjoined numerals). ``lists.like_with_like`` reads plain lists of three names or more; this reads
pairs too, but only for a region named after its capital.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from unfog.geo.gazetteer import Candidate
from unfog.geo.rank import named_after_capital
from unfog.geo.recognize import Mention

DEPTH = 2  # how many heads above two names may be the conjuncts


def _conjuncts(tok: Token) -> set[int]:
    """The token indices of the coordination ``tok`` is a conjunct of (itself alone when none)."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    out, stack = {tok.i}, [tok]
    while stack:
        for child in stack.pop().children:
            if child.dep_ == "conj" and child.i not in out:
                out.add(child.i)
                stack.append(child)
    return out


def _climb(tok: Token, depth: int) -> tuple[Token, tuple[str, ...]]:
    labels: list[str] = []
    for _ in range(depth):
        labels.append(tok.dep_)
        tok = tok.head
    return tok, tuple(labels)


def coordinated(a: Token, b: Token) -> bool:
    """The names headed by ``a`` and ``b`` are conjuncts, or lie by the same relations under conjuncts."""
    if a.sent.start != b.sent.start:
        return False
    for depth in range(DEPTH + 1):
        ta, la = _climb(a, depth)
        tb, lb = _climb(b, depth)
        if la == lb and ta.i != tb.i and tb.i in _conjuncts(ta):
            return True
    return False


def coordinated_regions(sdoc: Doc, mentions: Sequence[Mention], chosen: Sequence[Candidate]) -> list[Candidate]:
    """The chosen entries, with a town named like the first-level region it is the capital of read as
    that region where the names coordinated with it are read as first-level regions, none as a town."""
    out = list(chosen)
    heads = [sdoc[m.start : m.end].root for m in mentions]
    for j, m in enumerate(mentions):
        c = chosen[j]
        if m.kind != "name" or not c.is_town or c.feature_code == "PPLC" or m.hint == "town":
            continue
        region = next((r for r in m.candidates if r.is_admin1 and r.country_code == c.country_code
                       and r.name == c.admin1 and named_after_capital(r, m.candidates)), None)
        if region is None:
            continue
        kinds = [chosen[k] for k in range(len(mentions))
                 if k != j and mentions[k].kind == "name" and coordinated(heads[j], heads[k])]
        if any(t.is_admin1 for t in kinds) and not any(t.is_town for t in kinds):
            out[j] = region
    return out
