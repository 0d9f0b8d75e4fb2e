"""Stories built one document at a time: order, copies, stable ids, merges (hand-made records)."""

from __future__ import annotations

import itertools

import pytest

from tests.test_stories_build import ATTACK, SHELLING, TOWNS, record
from unfog.model import AnalysisRecord, Document, Story
from unfog.store import Store
from unfog.stories import build_stories, load_rules, store_record


def partition(stories: list[Story]) -> set[frozenset[tuple[str, str]]]:
    return {frozenset((m.document, m.event) for m in s.members) for s in stories}


ARTICLES = [
    record("a1", [("e1", "shelled", SHELLING, "Marinka", "2024-02-01")], outlet="One"),
    record("a2", [("e1", "shelling", SHELLING, "Krasnohorivka", "2024-02-02")], outlet="Two"),
    record("a3", [("e1", "shelled", SHELLING, "Avdiivka", "2024-02-01")], outlet="Three"),
    # joins the Marinka and the Avdiivka reports? No: 25 km apart is too far for towns, so it bridges none
    record("a4", [("e1", "shot", ATTACK, "Dayton", "2016-09-03")], outlet="Four"),
    record("a5", [("e1", "shooting", ATTACK, "Dayton", None), ("e2", "shelled", SHELLING, "Marinka", "2024-02-03")],
           outlet="Five"),
]


@pytest.mark.parametrize("order", list(itertools.permutations(range(len(ARTICLES))))[::17])
def test_same_stories_in_any_order(order: tuple[int, ...]) -> None:
    base = partition(build_stories(ARTICLES))
    assert partition(build_stories([ARTICLES[i] for i in order])) == base


def _copy(rec: AnalysisRecord, n: int) -> AnalysisRecord:
    text = f"By wire staff {n}. Artillery shelled the eastern town of Marinka on Thursday morning, " \
           "damaging houses and a school, the regional administration said in a statement."
    doc = Document(id=f"copy{n}", text=text, outlet=f"Outlet {n}")
    return rec.model_copy(update={"document": doc})


def test_thirty_copies_are_one_source() -> None:
    base = record("c", [("e1", "shelled", SHELLING, "Marinka", "2024-02-01"),
                        ("e2", "damaging", SHELLING, "Marinka", "2024-02-01")])
    stories = build_stories([_copy(base, n) for n in range(30)])
    assert len(stories) == 1
    [story] = stories
    assert len({m.document for m in story.members}) == 30
    assert (story.status, len(story.sources), story.contradictions) == ("single_source", 1, [])


def test_story_keeps_its_id_and_merges_are_recorded() -> None:
    TOWNS.setdefault("Midway", (48.04, 37.62))  # about 14 km from Marinka and from Avdiivka (28 km apart)
    rules = load_rules()
    first = record("m1", [("e1", "shelled", SHELLING, "Marinka", "2024-02-01")], outlet="One")
    later = record("m2", [("e1", "shelled", SHELLING, "Avdiivka", "2024-02-01")], outlet="Two")
    bridge = record("m3", [("e1", "shelling", SHELLING, "Midway", "2024-02-01")], outlet="Three")
    with Store.open("sqlite://") as store:
        with store.begin() as tx:
            store_record(tx, first, rules)
        [s1] = store.stories()
        with store.begin() as tx:
            store_record(tx, later, rules)
        ids = [s.id for s in store.stories()]
        assert ids[0] == s1.id and len(ids) == 2
        with store.begin() as tx:  # a report between the two joins both: one story, the older id survives
            store_record(tx, bridge, rules)
        [merged] = store.stories()
        assert merged.id == s1.id and len(merged.members) == 3
        with store.read() as tx:
            assert tx.merges() == [(ids[1], s1.id)]
        story = store.story(ids[1])  # a link to the absorbed story still finds it
        assert story is not None and story.id == s1.id


def _report(doc: str, text: str, event: tuple[str, tuple[str, str] | None, str | None, str | None],
            published: str) -> AnalysisRecord:
    rec = record(doc, [("e1", *event)], outlet=f"Outlet {doc}")
    return rec.model_copy(update={"document": Document(id=doc, text=text, published=published,
                                                       outlet=f"Outlet {doc}")})


# our own reports: the same incident told in other words (and typed or placed differently), or another
SAME_A = ("A man was wounded near the Riverside Mall in Dayton late on Friday, the Montgomery County sheriff "
          "said. Deputies said the man, Tom Albers, was taken to Miami Valley Hospital.")
SAME_B = ("Tom Albers remains in hospital after the Friday incident. The Montgomery County sheriff told reporters "
          "that Albers was found near the Riverside Mall; Miami Valley Hospital would not comment.")
OTHER = ("A woman was hurt in a crash on Main Street in Springfield on Friday, the Clark County coroner "
         "said. Jane Porter was taken to Mercy Hospital.")


@pytest.mark.parametrize(
    ("text_b", "published_b", "together"),
    [
        (SAME_B, "2016-09-04", True),  # the same names: one incident, though type and place cannot join
        (SAME_B, "2016-09-20", False),  # the same names, but weeks apart
        (OTHER, "2016-09-04", False),  # another incident's names
    ],
)
def test_reports_giving_the_same_names_join(text_b: str, published_b: str, together: bool) -> None:
    a = _report("r1", SAME_A, ("wounded", ATTACK, "Dayton", "2016-09-02"), "2016-09-03")
    b = _report("r2", text_b, ("found", None, None, None), published_b)
    stories = build_stories([a, b])
    joined = any({m.document for m in s.members} == {"r1", "r2"} for s in stories)
    assert joined == together
    assert partition(build_stories([b, a])) == partition(stories)
