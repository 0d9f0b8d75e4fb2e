"""Death tolls and contradictions across articles: our own short reports through the real pipeline.

Independent sources giving different death tolls for one event make its story contested; the story
carries each source's toll and ACLED's conservative figure (the lowest toll of a source that vouches
for it); every contradiction names its two sources and carries their words."""

from __future__ import annotations

import pytest

from unfog.model import Document, Story
from unfog.pipeline import Pipeline
from unfog.stories import build_stories
from unfog.stories.features import item_from_json

# (id, outlet, published, text): our own sentences
Article = tuple[str, str, str, str]

DISPUTED = [
    ("d1", "Harbor Times", "2025-03-12",
     "Militants attacked a police post in Garissa on Tuesday, killing four officers, the county police commander "
     "said."),
    ("d2", "Valley Post", "2025-03-12",
     "Eleven people were killed when gunmen stormed a police post in Garissa on Tuesday, a local official told "
     "reporters."),
]
AGREED = [
    ("a1", "Harbor Times", "2025-05-02",
     "A car bomb exploded near the central market in Baidoa on Thursday, killing five people, police said."),
    ("a2", "Valley Post", "2025-05-02",
     "Five people died when a car bomb went off near the central market in Baidoa on Thursday, a hospital director "
     "said."),
]
# one source raising its own toll the next day: an update, not a dispute
UPDATED = [
    ("u1", "Harbor Times", "2025-05-02",
     "A car bomb exploded near the central market in Baidoa on Thursday, killing three people, the Health Ministry "
     "said."),
    ("u2", "Valley Post", "2025-05-03",
     "The Health Ministry said on Friday that seven people had been killed in Thursday's car bomb blast near the "
     "central market in Baidoa."),
]
# a figure quoted at a distance ("claimed") is listed but is not the conservative one
CLAIMED = [
    ("c1", "Harbor Times", "2025-06-10", "Rebels claimed they killed 40 soldiers in an ambush near Beni on Monday."),
    ("c2", "Valley Post", "2025-06-10",
     "Nine soldiers were killed in an ambush near Beni on Monday, an army spokesman said."),
]
THREE = [
    *DISPUTED,
    ("d3", "Coast Daily", "2025-03-13",
     "Gunmen raided a police post in Garissa on Tuesday. The Interior Ministry said four officers were killed in the "
     "attack."),
]


def _analyse(pipeline: Pipeline, articles: list[Article]) -> list:  # type: ignore[type-arg]
    docs = (Document(id=i, outlet=o, published=p, text=t) for i, o, p, t in articles)
    return list(pipeline.analyze_many(docs))


@pytest.mark.parametrize(
    ("articles", "status", "fatalities", "tolls", "disputes"),
    [
        (DISPUTED, "contested", 4, [4, 11], [(4, 11)]),
        (AGREED, "corroborated", 5, [5, 5], []),
        (UPDATED, "single_source", 7, [7], []),
        (CLAIMED, "contested", 9, [40, 9], [(9, 40)]),
        # one contradiction per pair of sources whose tolls differ (the two who say four agree)
        (THREE, "contested", 4, [4, 11, 4], [(4, 11), (4, 11)]),
    ],
)
def test_death_tolls(
    pipeline: Pipeline, articles: list[Article], status: str, fatalities: int, tolls: list[int],
    disputes: list[tuple[int, int]],
) -> None:
    [story] = build_stories(_analyse(pipeline, articles))
    assert story.status == status
    assert story.fatalities == fatalities
    assert [t.fatalities for t in story.tolls] == tolls
    found = [(c.said_a.fatalities, c.said_b.fatalities) for c in story.contradictions if c.said_a and c.said_b]
    assert found == disputes
    texts = {i: t for i, _, _, t in articles}
    for c in story.contradictions:
        assert c.said_a is not None and c.said_b is not None and c.said_a.source != c.said_b.source
        for member, said in ((c.a, c.said_a), (c.b, c.said_b)):
            assert said.document == member.document  # each side's words are from its own report
            assert texts[said.document][said.span[0]:said.span[1]] == said.text != ""


def test_toll_order_does_not_matter(pipeline: Pipeline) -> None:
    recs = _analyse(pipeline, THREE)
    one, other = build_stories(recs), build_stories(recs[::-1])
    assert [(s.status, s.fatalities, sorted(t.source for t in s.tolls)) for s in one] == \
        [(s.status, s.fatalities, sorted(t.source for t in s.tolls)) for s in other]


@pytest.mark.parametrize(
    "stored",
    [
        # a story stored before contradictions carried their sources' words
        '{"id": "story-0123456789ab", "status": "contested", "members": [{"document": "d1", "event": "e1"}], '
        '"contradictions": [{"a": {"document": "d1", "event": "e1"}, "b": {"document": "d2", "event": "e1"}, '
        '"reason": "denied by X"}]}',
    ],
)
def test_stories_stored_before_load(stored: str) -> None:
    story = Story.model_validate_json(stored)
    assert story.contradictions[0].said_a is None and story.tolls == [] and story.fatalities is None


def test_features_stored_before_load() -> None:
    old = {"document": "d1", "event": {"id": "e1", "trigger": {"text": "shelled", "span": [0, 7]}}, "family": None,
           "place": None, "first": None, "last": None, "actors": [], "sides": [],
           "sources": [["outlet:a", "A", [], None, False, "d1"]], "trigger_words": ["shelled"], "group": "d1",
           "key": "ev-1"}
    [src] = item_from_json(old).sources
    assert (src.name, src.authorial, src.claim, src.text, src.credible) == ("A", "d1", None, "", True)
