"""Claims stage: reports made to the speaker (nested attribution), names given by apposition or by a
participle of naming, a newspaper's short name and 'the paper', an interview phrase at the end of the
reported clause, and a relative clause inside the subject (own sentences)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from unfog.claims import ClaimStage

from .support import by_cue, run


@pytest.mark.parametrize(
    ("text", "cue", "source", "relays"),
    [
        # the report made to the outer source is its source's, the outer source its relay
        ("The warden said the guards had told him that the gate was locked.", "told", "the guards", ["The warden"]),
        (
            "Rita Olam said her neighbour had warned her that the bridge would close.",
            "warned",
            "her neighbour",
            ["Rita Olam"],
        ),
        # a pronoun relay is who that pronoun's claim turned out to be
        (
            "Piet Harl, the harbour master, said the tide was high. He said the pilots had informed him that the "
            "channel was blocked.",
            "informed",
            "the pilots",
            ["Piet Harl"],
        ),
    ],
)
def test_reports_to_the_speaker(
    nlp: Language, stage: ClaimStage, text: str, cue: str, source: str, relays: list[str]
) -> None:
    c = by_cue(run(nlp, stage, text), cue)
    assert c.source is not None and c.source.name == source
    assert [r.name for r in c.relays] == relays


@pytest.mark.parametrize(
    "text",
    [
        # no addressee: 'told' heads the clause but names no hearer
        "The warden said the guards had told reporters that the gate was locked.",
        # the hearer is a noun, not the outer source
        "The warden said the guards had told the driver that the gate was locked.",
    ],
)
def test_no_report_to_the_speaker(nlp: Language, stage: ClaimStage, text: str) -> None:
    claims = run(nlp, stage, text)
    assert all(c.relays == [] or c.relays[0].name != "The warden" for c in claims if c.cue.text == "told")


@pytest.mark.parametrize(
    ("text", "cue", "relays"),
    [
        # a name in apposition to a description apposed to the relay
        (
            "Another paper, the weekly Lanner Echo, said the gate was shut, citing police.",
            "said",
            ["Lanner Echo"],
        ),
        # a participle of naming gives the relay its name
        (
            "The blogger known as Blue Heron wrote on his channel that the road was shut, citing police.",
            "wrote",
            ["Blue Heron"],
        ),
        # the title word alone names a newspaper after its first mention
        ("The Orsk Herald said the dam held. A guard told the Herald that the water was falling.", "told", ["Herald"]),
        # 'the paper' refers back to the outlet named before it
        (
            "The mayor said the dam would hold, in an interview with the Tamsin Ledger. She told the paper that "
            "the water was falling.",
            "told",
            ["Tamsin Ledger"],
        ),
        # an interview phrase set off at the end of the reported clause is the saying's
        ("The mayor said the dam would hold, in an interview with the Tamsin Ledger.", "said", ["Tamsin Ledger"]),
    ],
)
def test_relay_names(nlp: Language, stage: ClaimStage, text: str, cue: str, relays: list[str]) -> None:
    """Each relay's name holds the expected name (the scorer's rule: 'the Herald' names the Herald)."""
    c = by_cue(run(nlp, stage, text), cue)
    assert len(c.relays) == len(relays)
    assert all(want in r.name and "paper" not in r.name for r, want in zip(c.relays, relays, strict=True))


def test_interview_channel_at_the_clause_end(nlp: Language, stage: ClaimStage) -> None:
    c = by_cue(run(nlp, stage, "The mayor said the dam would hold, in an interview with the Tamsin Ledger."), "said")
    assert c.channel is not None and c.channel.name == "interview"


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("The militia known as the Grey Hand said it had quit the valley.", "said", "the Grey Hand"),
        ("Another outlet, the news site Lunn Voice, said the pass was open.", "said", "Lunn Voice"),
        # the object torn from a relative clause is no second subject
        ('"The shop is on fire," one woman who had been queuing for a loaf told the Lanner Echo.', "told", "one woman"),
    ],
)
def test_source_names(nlp: Language, stage: ClaimStage, text: str, cue: str, source: str) -> None:
    c = by_cue(run(nlp, stage, text), cue)
    assert c.source is not None and c.source.name == source
