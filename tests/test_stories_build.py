"""Stories: grouping, independence of sources, contested and denied status (hand-made records)."""

from __future__ import annotations

import re

import pytest

from unfog.model import (
    AcledType,
    Actor,
    AnalysisRecord,
    Claim,
    Document,
    Event,
    Place,
    PlaceMention,
    Relay,
    Source,
    Story,
    TextRef,
)
from unfog.stories import build_stories

BATTLE = ("Battles", "Armed clash")
TAKEOVER = ("Battles", "Non-state actor overtakes territory")
SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
ATTACK = ("Violence against civilians", "Attack")

# name -> (lat, lon): a few real towns, two of them close to each other
TOWNS = {
    "Avdiivka": (48.14, 37.74),
    "Marinka": (47.94, 37.50),
    "Krasnohorivka": (47.98, 37.51),
    "Dayton": (39.76, -84.19),
    "Springfield": (39.92, -83.81),
}


def ref(text: str) -> TextRef:
    return TextRef(text=text, span=(0, len(text)))


def record(
    doc: str,
    events: list[tuple[str, str, tuple[str, str] | None, str | None, str | None]],
    claims: list[tuple[str, str | None, list[str], list[str], str]] = (),  # type: ignore[assignment]
    outlet: str | None = None,
    actors: list[tuple[str, str, str | None]] = (),  # type: ignore[assignment]
    modality: dict[str, str] | None = None,
) -> AnalysisRecord:
    """events: (id, trigger, acled, town, date); claims: (id, source actor id, relays, event ids, stance);
    actors: (id, name, side)."""
    places = {
        town: Place(
            id=f"p{i}",
            name=town,
            lat=TOWNS[town][0],
            lon=TOWNS[town][1],
            precision=1,
            mentions=[PlaceMention(span=(0, 1), text=town)],
        )
        for i, town in enumerate(sorted({e[3] for e in events if e[3]}), 1)
    }
    acts = [Actor(id=a, name=n, side=s, type="armed_group") for a, n, s in actors]
    by_id = {a.id: a for a in acts}
    cls = []
    for cid, src, relays, evs, stance in claims:
        source = Source(name=by_id[src].name, actor=src) if src else None
        cls.append(
            Claim(
                id=cid,
                source=source,
                cue=ref("said"),
                content=ref("x"),
                stance=stance,  # type: ignore[arg-type]
                relays=[Relay(name=r) for r in relays],
                events=evs,
            )
        )
    evs_out = []
    for eid, trig, acled, town, date in events:
        ev_claims = [c.id for c in cls if eid in c.events]
        evs_out.append(
            Event(
                id=eid,
                trigger=ref(trig),
                acled=AcledType(event_type=acled[0], sub_event_type=acled[1]) if acled else None,
                place=places[town].id if town else None,
                date=date,
                claims=ev_claims,
                modality=(modality or {}).get(eid, "asserted"),  # type: ignore[arg-type]
            )
        )
    return AnalysisRecord(
        document=Document(id=doc, text=f"The report of {doc}.", outlet=outlet),
        places=list(places.values()),
        actors=acts,
        claims=cls,
        events=evs_out,
    )


def story_of(stories: list[Story], doc: str, event: str) -> Story:
    return next(s for s in stories if any(m.document == doc and m.event == event for m in s.members))


@pytest.mark.parametrize(
    ("a", "b", "together"),
    [
        (("shelled", SHELLING, "Avdiivka", "2024-02-01"), ("shelling", SHELLING, "Avdiivka", "2024-02-02"), True),
        (("shelled", SHELLING, "Marinka", "2024-02-01"), ("shelling", SHELLING, "Krasnohorivka", "2024-02-01"), True),
        (("shelled", SHELLING, "Avdiivka", "2024-02-01"), ("shelling", SHELLING, "Marinka", "2024-02-01"), False),
        (("shelled", SHELLING, "Avdiivka", "2024-02-01"), ("shelling", SHELLING, "Avdiivka", "2024-02-20"), False),
        (("shelled", SHELLING, "Avdiivka", "2024-02-01"), ("clashes", BATTLE, "Avdiivka", "2024-02-01"), False),
        (("shot", ATTACK, "Dayton", "2016-09-03"), ("shooting", ATTACK, "Dayton", None), True),
        (("shot", ATTACK, "Dayton", "2016-09-03"), ("shooting", ATTACK, "Springfield", "2016-09-03"), False),
    ],
)
def test_grouping_across_documents(a: tuple, b: tuple, together: bool) -> None:  # type: ignore[type-arg]
    r1 = record("d1", [("e1", *a)], outlet="Outlet One")
    r2 = record("d2", [("e1", *b)], outlet="Outlet Two")
    stories = build_stories([r1, r2])
    assert (story_of(stories, "d1", "e1") is story_of(stories, "d2", "e1")) == together
    assert sum(len(s.members) for s in stories) == 2  # each event in exactly one story


@pytest.mark.parametrize(
    ("outlets", "status", "n_sources"),
    [
        (("Outlet One", "Outlet Two"), "corroborated", 2),
        (("Outlet One", "Outlet One"), "single_source", 1),  # one outlet twice is one source
    ],
)
def test_outlets_as_sources(outlets: tuple[str, str], status: str, n_sources: int) -> None:
    recs = [
        record(f"d{i}", [("e1", "shelled", SHELLING, "Avdiivka", "2024-02-01")], outlet=o)
        for i, o in enumerate(outlets)
    ]
    [story] = build_stories(recs)
    assert (story.status, len(story.sources)) == (status, n_sources)


def test_relayed_claim_is_not_independent() -> None:
    actors = [("a1", "Russian Volunteer Corps", "UA"), ("a2", "Newsweek", None)]
    # one article has the Corps's claim relayed by Newsweek, the other has Newsweek saying it
    r1 = record(
        "d1",
        [("e1", "entered", TAKEOVER, "Marinka", "2024-02-01")],
        claims=[("c1", "a1", ["Newsweek"], ["e1"], "asserts")],
        actors=actors,
    )
    r2 = record(
        "d2",
        [("e1", "entered", TAKEOVER, "Marinka", "2024-02-01")],
        claims=[("c1", "a2", [], ["e1"], "asserts")],
        actors=actors,
    )
    [story] = build_stories([r1, r2])
    assert story.status == "single_source"
    assert story.sources == ["Russian Volunteer Corps"]
    # without the relay they are two independent sources
    r1 = record(
        "d1",
        [("e1", "entered", TAKEOVER, "Marinka", "2024-02-01")],
        claims=[("c1", "a1", [], ["e1"], "asserts")],
        actors=actors,
    )
    assert build_stories([r1, r2])[0].status == "corroborated"


def test_takeover_against_fighting_is_contested() -> None:
    actors = [("a1", "Wagner Group", "RU"), ("a2", "Government of Ukraine", "UA")]
    rec = record(
        "d1",
        [("e1", "fallen", TAKEOVER, "Avdiivka", "2024-02-17"), ("e2", "fighting", BATTLE, "Avdiivka", "2024-02-18")],
        claims=[("c1", "a1", [], ["e1"], "asserts"), ("c2", "a2", [], ["e2"], "asserts")],
        actors=actors,
    )
    [story] = build_stories([rec])
    assert story.status == "contested"
    assert len(story.contradictions) == 1
    pair = {story.contradictions[0].a.event, story.contradictions[0].b.event}
    assert pair == {"e1", "e2"}


def test_same_side_is_not_a_contradiction() -> None:
    actors = [("a1", "Wagner Group", "RU"), ("a2", "Armed Forces of Russia", "RU")]
    rec = record(
        "d1",
        [("e1", "captured", TAKEOVER, "Avdiivka", "2024-02-17"), ("e2", "fighting", BATTLE, "Avdiivka", "2024-02-17")],
        claims=[("c1", "a1", [], ["e1"], "asserts"), ("c2", "a2", [], ["e2"], "asserts")],
        actors=actors,
    )
    [story] = build_stories([rec])
    assert story.status == "corroborated"


def test_denial() -> None:
    actors = [("a1", "Wagner Group", "RU"), ("a2", "Government of Ukraine", "UA")]
    r1 = record(
        "d1",
        [("e1", "struck", SHELLING, "Marinka", "2024-03-01")],
        claims=[("c1", "a2", [], ["e1"], "denies")],
        actors=actors,
    )
    assert build_stories([r1])[0].status == "denied"
    r2 = record(
        "d2",
        [("e1", "struck", SHELLING, "Marinka", "2024-03-01")],
        claims=[("c1", "a1", [], ["e1"], "asserts")],
        actors=actors,
    )
    [story] = build_stories([r1, r2])
    assert story.status == "contested"
    assert "denied" in story.contradictions[0].reason


def test_story_fields() -> None:
    r1 = record("d1", [("e1", "shelled", SHELLING, "Avdiivka", "2024-02-01")], outlet="A")
    r2 = record("d2", [("e1", "shelling", SHELLING, "Avdiivka", "2024-02-01")], outlet="B")
    r3 = record("d3", [("e1", "clashes", BATTLE, "Springfield", "2024-02-01")], outlet="C")
    stories = build_stories([r3, r1, r2])
    assert stories[0].place == "Avdiivka"  # the largest story first
    assert stories[0].acled is not None and stories[0].acled.sub_event_type == SHELLING[1]
    assert stories[0].lat == pytest.approx(48.14)
    assert stories[0].date == "2024-02-01"
    assert len(stories) == 2 and all(re.fullmatch(r"story-[0-9a-f]{12}", s.id) for s in stories)


def test_article_relaying_a_source_is_no_second_source() -> None:
    actors = [("a1", "Wagner Group", "RU")]
    rec = record(
        "d1",
        [("e1", "captured", TAKEOVER, "Avdiivka", "2024-02-17"), ("e2", "seized", TAKEOVER, "Avdiivka", "2024-02-17")],
        claims=[("c1", "a1", [], ["e1"], "asserts")],
        actors=actors,
    )
    [story] = build_stories([rec])
    assert (story.status, story.sources) == ("single_source", ["Wagner Group"])


@pytest.mark.parametrize(
    ("mode", "in_headline", "other", "together"),
    [
        # an untyped event with no place of its own is at the document's main place (its town)
        ("all", True, ("charged", "Dayton", "2016-09-04"), True),
        ("all", False, ("charged", "Dayton", "2016-09-04"), True),
        ("headline", True, ("charged", "Dayton", "2016-09-04"), True),
        ("headline", False, ("charged", "Dayton", "2016-09-04"), False),
        ("none", True, ("charged", "Dayton", "2016-09-04"), False),
        # ... and still joins another report only at the same place, with the same trigger, on close dates
        ("all", True, ("charged", "Springfield", "2016-09-04"), False),
        ("all", True, ("arrested", "Dayton", "2016-09-04"), False),
        ("all", True, ("charged", "Dayton", "2016-09-20"), False),
    ],
)
def test_untyped_event_takes_main_place(
    monkeypatch: pytest.MonkeyPatch, mode: str, in_headline: bool, other: tuple[str, str, str], together: bool
) -> None:
    import dataclasses

    import unfog.stories as stories_mod
    from unfog.stories.rules import load_rules

    rules = dataclasses.replace(load_rules(), untyped_main_place=mode)
    monkeypatch.setattr(stories_mod, "load_rules", lambda: rules)
    headline = "Neighbour charged over backyard shooting"
    body = "A man was shot in Dayton on Saturday. Police later charged a neighbour."
    text = f"{headline}\n{body}"
    start = text.index("charged") if in_headline else text.rindex("charged")
    r1 = record("d1", [("e1", "shot", ATTACK, "Dayton", "2016-09-03"), ("e2", "charged", None, None, "2016-09-03")])
    ev2 = r1.events[1].model_copy(update={"trigger": TextRef(text="charged", span=(start, start + 7))})
    r1 = r1.model_copy(
        update={"document": r1.document.model_copy(update={"text": text}), "events": [r1.events[0], ev2]}
    )
    trig, town, date = other
    r2 = record("d2", [("e1", trig, None, town, date)])
    found = build_stories([r1, r2])
    assert (story_of(found, "d1", "e2") is story_of(found, "d2", "e1")) == together


@pytest.mark.parametrize(
    ("asserters", "deniers", "n_contradictions"),
    [
        (["a1"], ["a2"], 1),
        (["a1", "a1"], ["a2"], 1),  # the same source in two reports: one pair of sources
        (["a1", "a1"], ["a2", "a2"], 1),
        (["a1", "a3"], ["a2"], 2),  # two sources asserting, one denying: two pairs
    ],
)
def test_contradictions_per_pair_of_sources(asserters: list[str], deniers: list[str], n_contradictions: int) -> None:
    actors = [("a1", "Wagner Group", "RU"), ("a2", "Government of Ukraine", "UA"), ("a3", "Governor of Donetsk", "UA")]
    recs = [
        record(f"d{n}", [("e1", "struck", SHELLING, "Marinka", "2024-03-01")],
               claims=[("c1", who, [], ["e1"], stance)], actors=actors)
        for n, (who, stance) in enumerate([(a, "asserts") for a in asserters] + [(d, "denies") for d in deniers])
    ]
    [story] = build_stories(recs)
    assert story.status == "contested"
    assert len(story.contradictions) == n_contradictions
    names = {"a1": "Wagner Group", "a2": "Government of Ukraine", "a3": "Governor of Donetsk"}
    for con in story.contradictions:
        assert con.said_a is not None and con.said_b is not None
        assert con.said_a.source in {names[a] for a in asserters} and con.said_b.source == "Government of Ukraine"
        assert (con.said_a.document, con.said_b.document) == (con.a.document, con.b.document)
        assert con.said_a.claim == con.said_b.claim == "c1" and con.said_a.text == "x"
