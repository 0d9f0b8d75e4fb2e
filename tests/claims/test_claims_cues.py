"""Claims stage: cues, sources and content spans over the dependency parse (own sentences)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from unfog.claims import ClaimStage

from .support import by_cue, run


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "The regional governor said that two bridges were destroyed overnight.",
            "said",
            "The regional governor",
            "that two bridges were destroyed overnight",
        ),
        (
            "Officials stated in a briefing that the convoy had reached the port.",
            "stated",
            "Officials",
            "that the convoy had reached the port",
        ),
        (
            '"We will not retreat from the river," the commander said.',
            "said",
            "the commander",
            '"We will not retreat from the river,"',
        ),
        (
            'The mayor told reporters: "The shelling lasted all night."',
            "told",
            "The mayor",
            '"The shelling lasted all night."',
        ),
        (
            "The ministry denied that its aircraft had struck the market.",
            "denied",
            "The ministry",
            "that its aircraft had struck the market",
        ),
        (
            "The rebels claimed to have captured three villages.",
            "claimed",
            "The rebels",
            "to have captured three villages",
        ),
        (
            "The army later announced that the siege had ended, adding that the roads were open.",
            "adding",
            "The army",
            "that the roads were open",
        ),
        (
            "The council thanked the volunteers, who added that more food was needed.",
            "added",
            "the volunteers, who",
            "that more food was needed",
        ),
        (
            "The bridge, the engineer said, had been damaged by the floods.",
            "said",
            "the engineer",
            "The bridge, the engineer said, had been damaged by the floods",
        ),
    ],
)
def test_verb_cues(nlp: Language, stage: ClaimStage, text: str, cue: str, source: str, content: str) -> None:
    c = by_cue(run(nlp, stage, text), cue)
    assert c.source is not None
    s, e = c.source.span or (0, 0)
    assert text[s:e] == source
    assert c.content.text == content
    a, b = c.content.span
    assert text[a:b] == content
    assert len(c.content.text) < 400


def test_relative_pronoun_takes_antecedent_name(nlp: Language, stage: ClaimStage) -> None:
    text = "The fighting stopped, according to local officials, who added that the town was calm."
    c = by_cue(run(nlp, stage, text), "added")
    assert c.source is not None and c.source.name == "local officials"


def test_quote_over_two_sentences(nlp: Language, stage: ClaimStage) -> None:
    text = 'Intro line.\n"The road is open," the officer said. "Trucks can pass again."\nNext line.'
    c = by_cue(run(nlp, stage, text), "said")
    assert c.content.text == '"The road is open," the officer said. "Trucks can pass again."'


@pytest.mark.parametrize(
    "text",
    [
        "I think the weather will change.",
        "The convoy crossed the river before dawn.",
        "The speed is 90 kilometres per hour.",
    ],
)
def test_no_claim(nlp: Language, stage: ClaimStage, text: str) -> None:
    assert run(nlp, stage, text) == []


def test_ids_are_sequential(nlp: Language, stage: ClaimStage) -> None:
    text = "The police said the road was closed. The mayor said it would reopen soon."
    assert [c.id for c in run(nlp, stage, text)] == ["c1", "c2"]


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # title-case headlines: the subject nearest before the cue, not the parser's
        ("Moscow Hails Advance as Kyiv Says Lines Are Holding\n\nFighting went on.", "Says", "Kyiv"),
        (
            "Israel Claims Hills North of Gaza as Hamas Says Fighting Goes On\n\n"
            "The army said on Sunday that its units had taken two ridges.",
            "Says",
            "Hamas",
        ),
        ("Hamas Rejects Truce Plan While Israel Says Strikes Will Continue\n\nNo talks.", "Says", "Israel"),
        ("Talks Stall as Greece Says Drills Will Go Ahead\n\nThe dispute grew.", "Says", "Greece"),
    ],
)
def test_headline_source(nlp: Language, stage: ClaimStage, text: str, cue: str, source: str) -> None:
    claim = by_cue(run(nlp, stage, text), cue)
    assert claim.source is not None
    assert claim.source.name == source
