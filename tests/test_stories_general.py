"""Stories for general news: reports of one incident (a trial, an earthquake, a product launch) that
no conflict type, date or place joins still make one story, through their names and words, and
reports of another incident of the same kind stay apart. Our own articles through the real pipeline;
a document in which no event is found is a member as a whole."""

from __future__ import annotations

from collections import Counter

import pytest

from unfog.model import AnalysisRecord, Document, Story
from unfog.pipeline import Pipeline
from unfog.stories import build_stories

# (id, incident, published, text): two incidents of each kind, two reports of each
ARTICLES = [
    ("t1a", "trial1", "2023-04-18",
     "Jury selection began on Monday in the fraud trial of Marcus Delaney, the former chief executive of Brightwater "
     "Capital, at the federal courthouse in Denver. Prosecutors say Delaney hid losses of $40 million from investors. "
     "His lawyer, Karen Whitfield, told the court her client had acted in good faith."),
    ("t1b", "trial1", "2023-04-19",
     "Former Brightwater Capital boss Marcus Delaney faces up to 20 years in prison if convicted. Opening statements "
     "in Denver are expected later this week, after Judge Alan Marsh finished questioning potential jurors. Delaney "
     "has pleaded not guilty to all charges."),
    ("t2a", "trial2", "2023-04-20",
     "A man accused of killing a teenager outside a Leeds nightclub went on trial on Thursday. Daniel Okafor, 24, "
     "denies the murder of Liam Price, who was stabbed on Call Lane in October. The prosecution told Leeds Crown "
     "Court that the attack was captured on camera."),
    ("t2b", "trial2", "2023-04-21",
     "Jurors at Leeds Crown Court were shown footage of the fight on Call Lane that ended in the death of 17-year-old "
     "Liam Price. Daniel Okafor told police he had acted in self-defence, the court heard. The trial is expected to "
     "last three weeks."),
    ("q1a", "quake1", "2022-09-07",
     "A magnitude 6.8 earthquake struck the Atacama region of northern Chile on Tuesday, cutting power to thousands "
     "of homes in Copiapo. The National Emergency Office said two people were injured by falling debris. No tsunami "
     "warning was issued."),
    ("q1b", "quake1", "2022-09-07",
     "Residents of Copiapo spent the night outdoors after the strong quake shook Atacama. Chile's interior minister "
     "said roads near Vallenar had cracked and that schools would stay closed on Wednesday while engineers inspect "
     "them."),
    ("q2a", "quake2", "2022-09-09",
     "A 6.2 magnitude earthquake hit Central Sulawesi in Indonesia on Thursday, damaging houses in Palu and "
     "Donggala. The disaster agency BNPB said at least 14 people were hurt. Aftershocks continued through the night."),
    ("q2b", "quake2", "2022-09-10",
     "Rescuers in Donggala searched collapsed homes on Friday after the earthquake in Central Sulawesi. BNPB "
     "spokesman Abdul Muhari said shelters had been set up in Palu for families whose houses were damaged by the "
     "tremor."),
    ("p1a", "launch1", "2024-02-13",
     "Norvik unveiled its first foldable phone, the Norvik Arc, at an event in Helsinki on Tuesday. Chief executive "
     "Sanna Lehto said the Arc would go on sale in March for 1,299 euros. Analysts said the launch puts Norvik in "
     "direct competition with Samsung."),
    ("p1b", "launch1", "2024-02-14",
     "Reviewers who handled the Norvik Arc in Helsinki praised its hinge but questioned its price. Sanna Lehto told "
     "reporters the Finnish company expects to ship half a million units this year."),
    ("p2a", "launch2", "2024-02-15",
     "Carmaker Veltra showed its new electric pickup, the Veltra Ridge, in Detroit on Thursday. The company said the "
     "Ridge can tow 5,000 kilograms and will cost $58,000. Veltra chief Tom Reyes said production starts in Ohio "
     "next year."),
    ("p2b", "launch2", "2024-02-16",
     "The Veltra Ridge drew crowds at its Detroit debut, but Tom Reyes declined to say how many orders the electric "
     "truck had received. Veltra's Ohio plant will build the pickup from 2025."),
]


def _clusters(stories: list[Story]) -> set[frozenset[str]]:
    """Each document in the story holding most of its members (the largest first on a tie), as the
    dedup scorer assigns them."""
    votes: dict[str, Counter[str]] = {}
    for s in stories:
        for m in s.members:
            votes.setdefault(m.document, Counter())[s.id] += 1
    rank = {s.id: n for n, s in enumerate(stories)}
    best = {d: min(c, key=lambda sid: (-c[sid], rank[sid])) for d, c in votes.items()}
    groups: dict[str, set[str]] = {}
    for d, sid in best.items():
        groups.setdefault(sid, set()).add(d)
    return {frozenset(g) for g in groups.values()}


@pytest.fixture(scope="module")
def analysed(pipeline: Pipeline) -> dict[bool, list[AnalysisRecord]]:
    return {dated: list(pipeline.analyze_many(
        Document(id=i, published=p if dated else None, outlet=f"Outlet {i}", text=t) for i, _, p, t in ARTICLES))
        for dated in (True, False)}


@pytest.mark.parametrize("dated", [True, False])
@pytest.mark.parametrize("reverse", [False, True])
def test_reports_of_one_incident_join(analysed: dict[bool, list[AnalysisRecord]], dated: bool, reverse: bool) -> None:
    recs = analysed[dated][::-1] if reverse else analysed[dated]
    stories = build_stories(recs)
    want: dict[str, set[str]] = {}
    for i, incident, _, _ in ARTICLES:
        want.setdefault(incident, set()).add(i)
    assert _clusters(stories) == {frozenset(g) for g in want.values()}


def test_document_without_events_is_a_member_as_a_whole(pipeline: Pipeline) -> None:
    text = "Shares of Norvik rose on Wednesday.\nThe Helsinki company gave no figures."
    [rec] = pipeline.analyze_many(iter([Document(id="x", text=text, published="2024-02-14")]))
    rec = rec.model_copy(update={"events": []})
    [story] = build_stories([rec])
    assert [(m.document, m.event) for m in story.members] == [("x", "document")]
    assert story.status == "single_source"
