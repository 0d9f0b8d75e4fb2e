"""A scorer for the whole wire articles (wire_articles.py), deciding as the reference scorer's seed
mode does: a claim is found when the anchor lies inside a predicted content (at most 400 characters),
its source is right when the source's name or its actor's names match an accepted name (one holds the
other as whole words), its chain when the relays match one for one and the channel holds the gold's."""

from __future__ import annotations

import re
from typing import NamedTuple

from unfog.model import AnalysisRecord, Claim, Source

from .wire_articles import Article, Gold


class Verdict(NamedTuple):
    anchor: str
    found: bool
    source: bool
    chain: bool
    got: str


def _norm(name: str) -> str:
    return " " + re.sub(r"\W+", " ", name).strip().lower() + " "


def name_match(predicted: list[str], gold: tuple[str, ...]) -> bool:
    """One name holds the other as whole words; a predicted name under four letters must match exactly."""
    for p in (_norm(n) for n in predicted if n.strip()):
        for g in (_norm(n) for n in gold if n.strip()):
            if p == g or g in p or (len(p.strip()) >= 4 and p in g):
                return True
    return False


def source_names(record: AnalysisRecord, source: Source | None) -> list[str]:
    if source is None:
        return []
    names = [source.name]
    for actor in record.actors:
        if actor.id == source.actor:
            names += [actor.name, *actor.aliases]
    return names


def _chain_ok(claim: Claim, gold: Gold) -> bool:
    relays = [r.name for r in claim.relays]
    if len(relays) != len(gold.relays) or not all(name_match(relays, want) for want in gold.relays):
        return False
    channel = claim.channel.name.lower() if claim.channel else ""
    return gold.channel is None or gold.channel.lower() in channel


def _describe(claims: list[Claim]) -> str:
    return " | ".join(
        f"{c.cue.text}: {c.source.name if c.source else None} via {[r.name for r in c.relays]}"
        f" ch={c.channel.name if c.channel else None}"
        for c in claims
    )


def score(record: AnalysisRecord, article: Article) -> list[Verdict]:
    text = record.document.text
    claims = [c for c in record.claims if c.content.span[1] - c.content.span[0] <= 400]
    out = []
    for gold in article.claims:
        start = text.index(gold.anchor)
        end = start + len(gold.anchor)
        hits = [c for c in claims if c.content.span[0] <= start and end <= c.content.span[1]]
        ok_source = any(name_match(source_names(record, c.source), gold.source) for c in hits)
        ok_chain = ok_source and any(_chain_ok(c, gold) for c in hits)
        out.append(Verdict(gold.anchor, bool(hits), ok_source, ok_chain, _describe(hits)))
    return out
