"""The whole pipeline on odd texts: no crash, and every span points into the text."""

from __future__ import annotations

import pytest

from unfog.claims import ClaimStage
from unfog.context import DocContext
from unfog.model import AnalysisRecord, Claim, Document
from unfog.pipeline import AnalysisFailure, Pipeline

ODD_TEXTS = [
    "x",
    "...",
    "\n\n\n",
    "Said.",
    "According to",
    "according to according to according to",
    '"',
    '"Unclosed quote said the',
    "He said that.",
    "Killed.",
    "The group. The group. The group said it.",
    "ÜBER Ünïcödé Kyïv — “curly” ‘quotes’ … and emoji 🚀 near Kharkiv.",
    "Monday Tuesday Wednesday over the weekend last week in April between 1999 and",
    "Between 2009 and 1999 nothing happened.",
    "12 people were killed and 12,000,000,000,000,000,000 people were injured.",
    "dozens dozens dozens of people were killed by scores of drones",
    "BREAKING: UKRAINE SAYS RUSSIA SHELLED KHARKIV; 3 KILLED",
    "Russia Russia Russia Russia Russia Russia Russia Russia Russia Russia.",
    "A " + "very " * 400 + "long sentence with no verb",
    "Kyiv,Moscow,Bakhmut,Dnipro,Belgorod,Grayvoron,Paris,London",
    "The governor said: 'The drones hit the depot,' adding, \"it burned\" - and then said nothing.",
    "Per per per as per as per, told told told Newsweek Newsweek.",
    "It was reported that it was reported that it was reported that troops attacked.",
    "\t tabs\tand\r\nwindows\r\nline endings: troops shelled Izium on Monday.\r\n",
]


def check_spans(rec: AnalysisRecord) -> None:
    text = rec.document.text
    n = len(text)
    for p in rec.places:
        for m in p.mentions:
            assert 0 <= m.span[0] < m.span[1] <= n and text[m.span[0]:m.span[1]] == m.text
    for a in rec.actors:
        for am in a.mentions:
            assert 0 <= am.span[0] < am.span[1] <= n and text[am.span[0]:am.span[1]] == am.text
    ids = {a.id for a in rec.actors}
    places = {p.id for p in rec.places}
    events = {e.id for e in rec.events}
    for c in rec.claims:
        for ref in (c.cue, c.content):
            assert 0 <= ref.span[0] < ref.span[1] <= n and text[ref.span[0]:ref.span[1]] == ref.text
        if c.source is not None and c.source.actor is not None:
            assert c.source.actor in ids
        assert set(c.events) <= events
    for e in rec.events:
        s, t = e.trigger.span
        assert 0 <= s < t <= n and text[s:t] == e.trigger.text
        assert e.actor1 is None or e.actor1 in ids
        assert e.actor2 is None or e.actor2 in ids
        assert e.place is None or e.place in places


@pytest.mark.parametrize("text", ODD_TEXTS)
@pytest.mark.parametrize("published", [None, "2024-02-29"])
def test_odd_text(pipeline: Pipeline, text: str, published: str | None) -> None:
    rec = pipeline.analyze(Document(id="odd", text=text, published=published))
    check_spans(rec)


def test_batch_equals_single(pipeline: Pipeline) -> None:
    docs = [Document(id=f"d{i}", text=t, published="2024-05-13") for i, t in enumerate(ODD_TEXTS)]
    batch = list(pipeline.analyze_many(docs, batch_size=4))
    assert [r.document.id for r in batch] == [d.id for d in docs]
    for d, r in zip(docs, batch, strict=True):
        assert isinstance(r, AnalysisRecord)
        assert r.model_dump() == pipeline.analyze(d).model_dump()


class _FailsOnBoom:
    """A claims stage that breaks on one document (a stand-in for a bug), to show the batch goes on."""

    def __init__(self, real: ClaimStage) -> None:
        self.real = real

    def run(self, ctx: DocContext) -> list[Claim]:
        if "BOOM" in ctx.doc.text:
            raise ValueError("cannot parse BOOM")
        return self.real.run(ctx)


def test_failure_on_one_document_keeps_the_others(pipeline: Pipeline) -> None:
    broken = Pipeline(
        pipeline.nlp, pipeline.geo, pipeline.actors, _FailsOnBoom(pipeline.claims),  # type: ignore[arg-type]
        pipeline.time, pipeline.events,
    )
    docs = [Document(id=i, text=t) for i, t in [("a", "Troops shelled Izium."), ("b", "BOOM said the man."),
                                                   ("c", "Police arrested ten protesters in Minsk.")]]
    out = list(broken.analyze_many(docs))
    assert [type(o).__name__ for o in out] == ["AnalysisRecord", "AnalysisFailure", "AnalysisRecord"]
    failure = out[1]
    assert isinstance(failure, AnalysisFailure)
    assert str(failure) == "b: analysis failed (ValueError: cannot parse BOOM)"
