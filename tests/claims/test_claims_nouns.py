"""Claims stage, round 2: attitude verbs, nominal cues and evidence frames (own sentences)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from unfog.claims import ClaimStage

from .support import by_cue, run


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        # a lemma the tagger gets wrong ('hoping' -> 'hop') is corrected by the lexicon
        (
            "The farmers were hoping that the rain would come soon.",
            "hoping",
            "The farmers",
            "that the rain would come soon",
        ),
        # attitude verbs with a clausal complement
        ("The coach thinks the team can win the cup.", "thinks", "The coach", "the team can win the cup"),
        ("The council is seeking to close the old harbour.", "seeking", "The council", "to close the old harbour"),
        # 'talk about' / 'voice': an object is content
        ("The mayor talked about the new tram line.", "talked", "The mayor", "the new tram line"),
        # a noun with a 'that'-clause and a possessor
        (
            "Reporters laughed at the minister's assertion that the budget was balanced.",
            "assertion",
            "the minister's",
            "that the budget was balanced",
        ),
        # a noun with a prepositional content, held by the subject of a light verb
        ("The union raised concerns about the plant closures.", "concerns about", "The union", "the plant closures"),
        # a noun with a prepositional content and a possessor
        ("Her praise for the firefighters was warm.", "praise for", "Her", "the firefighters"),
    ],
)
def test_nominal_and_attitude_cues(
    nlp: Language, stage: ClaimStage, text: str, cue: str, source: str, content: str
) -> None:
    c = by_cue(run(nlp, stage, text), cue)
    assert c.source is not None and c.source.span is not None
    s, e = c.source.span
    assert text[s:e] == source
    assert c.content.text == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # no holder: a prepositional noun complement is no claim
        ("The concern about the plant closures grew.", None),
        ("Praise for the firefighters was warm.", None),
        # 'think' without a clause is no cue
        ("The coach thinks a lot.", None),
    ],
)
def test_no_cue_without_frame(nlp: Language, stage: ClaimStage, text: str, content: str | None) -> None:
    assert [c.content.text for c in run(nlp, stage, text)] == ([] if content is None else [content])


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "In the latest poll, the mayor leads her rival by five points.",
            "the latest poll",
            "the mayor leads her rival by five points",
        ),
        (
            "Support for the plan fell to 40 percent in a new poll.",
            "a new poll",
            "Support for the plan fell to 40 percent",
        ),
    ],
)
def test_evidence_frames(nlp: Language, stage: ClaimStage, text: str, source: str, content: str) -> None:
    c = by_cue(run(nlp, stage, text), "in")
    assert c.source is not None and c.source.span is not None
    s, e = c.source.span
    assert text[s:e] == source
    assert c.content.text == content


def test_evidence_frame_not_on_a_report(nlp: Language, stage: ClaimStage) -> None:
    """'In a statement, X said ...': the verb is the cue, no second claim from 'in'."""
    claims = run(nlp, stage, "In a statement, the ministry said the road was reopened.")
    assert [c.cue.text for c in claims] == ["said"]


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "In the harbour master's view, the new pier will not survive a winter storm.",
            "harbour master",
            "the new pier will not survive a winter storm",
        ),
        (
            "In their opinion, the toll road mostly benefits commuters from the suburbs.",
            "their",
            "the toll road mostly benefits commuters from the suburbs",
        ),
        (
            "The orchard tax will ruin small growers, in the eyes of most villagers.",
            "most villagers",
            "The orchard tax will ruin small growers",
        ),
        (
            "The ferry service, in the mayor's judgment, was cut too quickly.",
            "mayor",
            "ferry service",
        ),
    ],
)
def test_viewpoint_frames(nlp: Language, stage: ClaimStage, text: str, source: str, content: str) -> None:
    """'in X's view', 'in the eyes of X': the holder of the view is the source, the clause the
    frame modifies the content (the frame itself left out when it sits inside the clause)."""
    c = by_cue(run(nlp, stage, text), "in")
    assert c.source is not None and c.source.span is not None
    s, e = c.source.span
    assert source in text[s:e]
    assert content in c.content.text
    assert not c.content.text.startswith("in ")


@pytest.mark.parametrize(
    "text",
    [
        "Keep in mind that the museum closes early on Sundays.",
        "The tower came in view of the sailors at dawn.",
        "In view of the flooding, the festival was moved indoors.",
    ],
)
def test_viewpoint_needs_a_holder(nlp: Language, stage: ClaimStage, text: str) -> None:
    """A viewpoint noun nobody holds ('in mind', 'in view of') frames no report."""
    assert all(c.cue.text.lower() != "in" for c in run(nlp, stage, text))
