"""Claims of Telegram posts (``Document.medium == "telegram"``), on the real pipeline, with posts
written for this test: a post that cites nobody is its channel's own statement (a claim whose source
is the channel, or the channel a forwarded post came from, with channel ``telegram``); a post that
cites somebody keeps that somebody as the source, and its claims were published on Telegram (channel
``telegram``) unless the text names the medium the source used; an article is left as it is."""

from __future__ import annotations

import pytest

from unfog.model import Document
from unfog.pipeline import Pipeline

OUTLET = "Steppe Front"
ORIGIN = "Dnipro Line"

# text, forwarded from, medium -> (source, source type, channel, relays) of each claim, in order
CASES = [
    # the channel's own statement: no reporting cue anywhere in the post
    ("Our units destroyed two armoured vehicles near Vuhledar this morning.", None, "telegram",
     [(OUTLET, "outlet", "telegram", [])]),
    ("Air raid alert in Zaporizhzhia region. Stay in shelters until the all-clear.", None, "telegram",
     [(OUTLET, "outlet", "telegram", [])]),
    # forwarded: the channel it came from said it, and is no relay of its own statement
    ("Enemy drones hit a fuel depot outside Kupiansk overnight, causing a large fire.", ORIGIN, "telegram",
     [(ORIGIN, None, "telegram", [])]),
    # a cited source stays the source; the claim was published on Telegram
    ("The mayor said that shelling damaged a school in Kherson on Tuesday.", None, "telegram",
     [("mayor", None, "telegram", [])]),
    # forwarded and cited: the forward's origin is the last relay, as before
    ("The regional governor said that two people were wounded in Sumy.", ORIGIN, "telegram",
     [("governor", None, "telegram", [ORIGIN])]),
    # an article: no channel of its own, no claim made up for an uncited sentence
    ("Our units destroyed two armoured vehicles near Vuhledar this morning.", None, None, []),
]


@pytest.mark.parametrize(("text", "fwd", "medium", "want"), CASES)
def test_post_claims(pipeline: Pipeline, text: str, fwd: str | None, medium: str | None,
                     want: list[tuple[str, str | None, str, list[str]]]) -> None:
    doc = Document(id="t1", text=text, outlet=OUTLET, forwarded_from=fwd, medium=medium, language="en")
    rec = pipeline.analyze(doc)
    got = [(c.source.name if c.source else None, c.source.type if c.source else None,
            c.channel.name if c.channel else None, [r.name for r in c.relays]) for c in rec.claims]
    assert len(got) == len(want), got
    for (name, kind, channel, relays), (wname, wkind, wchannel, wrelays) in zip(got, want, strict=True):
        assert name is not None and wname.lower() in name.lower()
        if wkind is not None or wname in (OUTLET, ORIGIN):
            assert kind == wkind
        assert (channel, relays) == (wchannel, wrelays)


def test_own_statement_spans_the_post_and_links_its_events(pipeline: Pipeline) -> None:
    text = "  Artillery shelled the village of Pryluky at dawn, killing three civilians.\n"
    rec = pipeline.analyze(Document(id="t2", text=text, outlet=OUTLET, medium="telegram", language="en"))
    (claim,) = rec.claims
    s, e = claim.content.span
    assert text[s:e] == claim.content.text == text.strip()
    assert claim.cue.text == "" and claim.cue.span == (s, s)
    assert claim.source is not None and claim.source.span is None and claim.source.actor is None
    assert rec.events and all(claim.id in ev.claims for ev in rec.events)
    assert sorted(ev.id for ev in rec.events) == sorted(claim.events)


def test_named_medium_is_kept(pipeline: Pipeline) -> None:
    text = "The governor said in a video that air defences shot down four drones over Belgorod."
    rec = pipeline.analyze(Document(id="t3", text=text, outlet=OUTLET, medium="telegram", language="en"))
    assert [c.channel.name if c.channel else None for c in rec.claims] == ["video"]
