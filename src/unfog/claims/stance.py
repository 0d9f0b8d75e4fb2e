"""Stance (what the source does with the content) and framing (how the author presents it)."""

from __future__ import annotations

from spacy.tokens import Doc

from unfog.claims.candidate import Candidate
from unfog.claims.lexicon import Lexicon
from unfog.lines import str_column


def refine(c: Candidate, doc: Doc, lex: Lexicon) -> None:
    """Adjust the lexicon's stance and framing: a negated cue ('did not confirm') takes no stance
    of its own; a distancing adverb on the cue or in the content ('allegedly') distances."""
    v = c.head
    if c.kind == "verb":
        negated = any(k.dep_ == "neg" for k in v.children)
        if negated:
            c.stance = "confirms" if c.stance == "denies" else "other"
            if c.framing == "endorsing":
                c.framing = "neutral"
    # a participle cue on a distancing verb ('an account claiming to speak for ...') or a cue adverb
    adverbs = [k.lower_ for k in v.children if k.dep_ == "advmod"]
    dep, lower = str_column(doc, "dep"), str_column(doc, "lower")
    adverbs += [lower[i] for i in range(*slice(c.content[0], c.content[1]).indices(len(dep))) if dep[i] == "advmod"]
    for a in adverbs:
        f = lex.adverbs.get(a)
        if f is not None and c.framing == "neutral":
            c.framing = f
