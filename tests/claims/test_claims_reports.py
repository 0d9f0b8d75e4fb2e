"""Candidate reports without a reporting verb: distancing adverbs ('reportedly'), poll frames in
the middle of a clause, and transcript speaker labels inside paragraph quotes."""

from __future__ import annotations

import pytest
from spacy.language import Language

from unfog.claims import ClaimStage
from unfog.claims.candidate import text_of
from unfog.claims.frames import adverb_candidates, colon_candidates
from unfog.claims.nouns import evidence_candidates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The militia was reportedly behind the strike on the depot, but it denied any role.",
            [("reportedly", "The militia was reportedly behind the strike on the depot")],
        ),
        (
            "With the army reportedly preparing a new offensive, villagers fled east.",
            [("reportedly", "the army reportedly preparing a new offensive")],
        ),
        (
            "The convoy was allegedly shelled near the border.",
            [("allegedly", "The convoy was allegedly shelled near the border")],
        ),
        # the verb is the cue; 'indeed' endorses, it reports nothing
        ("Officials reportedly said the dam was intact.", []),
        ("The dam was indeed damaged in the night.", []),
    ],
)
def test_adverb_reports(nlp: Language, stage: ClaimStage, text: str, expected: list[tuple[str, str]]) -> None:
    sd = nlp(text)
    found = adverb_candidates(sd, stage.lexicon)
    assert [(text_of(sd, c.cue), text_of(sd, c.content)) for c in found] == expected
    assert all(c.source is None and c.framing == "distancing" for c in found)


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "In the latest survey, the governor leads his rival by nine points.",
            "the latest survey",
            "the governor leads his rival by nine points",
        ),
        (
            "The governor has a clear lead in the polls ahead of the March vote.",
            "the polls",
            "The governor has a clear lead",
        ),
        (
            "The mayor trails the governor by four points in a new poll.",
            "a new poll",
            "The mayor trails the governor by four points",
        ),
    ],
)
def test_poll_frames(nlp: Language, stage: ClaimStage, text: str, source: str, content: str) -> None:
    sd = nlp(text)
    found = evidence_candidates(sd, stage.lexicon)
    assert len(found) == 1
    c = found[0]
    assert c.source is not None
    assert (text_of(sd, c.source), text_of(sd, c.content)) == (source, content)


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            'A partial transcript follows.\n\n"HOST: Will the talks resume next week?\n\n'
            '"MINISTER: We are ready to meet them in Geneva.',
            [("HOST", "Will the talks resume next week"), ("MINISTER", "We are ready to meet them in Geneva")],
        ),
        # a colon inside a running sentence labels nothing
        ('The minister said: "We are ready to meet them."', []),
    ],
)
def test_transcript_labels(nlp: Language, stage: ClaimStage, text: str, speakers: list[tuple[str, str]]) -> None:
    sd = nlp(text)
    found = colon_candidates(sd, stage.lexicon)
    assert [(text_of(sd, c.source), text_of(sd, c.content)) for c in found if c.source] == speakers
    # the opening quote of the paragraph does not make the label a quoted speaker's words
    assert not any(c.quoted for c in stage.proposals(sd) if sd[c.cue[0]].text == ":")
